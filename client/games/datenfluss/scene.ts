import { hasKeyboard } from '../../kit/keyboard.ts';
import type { DatenflussWire } from '../../../shared/games/datenfluss/wire.ts';
import { errorText } from '../../../shared/protocol/errors.ts';
import type { AckOf, CueOf, GameContext, GameInstance } from '../../kit/contract.ts';
import { h, setText } from '../../kit/dom.ts';
import { listenForKeys, type KeyMap } from '../../kit/input.ts';
import { dropRound, recordList } from '../../kit/records.ts';
import { timerBar } from '../../kit/timer-bar.ts';
import { bitsView } from './bits-view.ts';
import { busView } from './bus-view.ts';
import { frameView } from './frame-view.ts';
import type { ItemView, MakeItemView } from './item-kit.ts';
import { PortModel } from './port-model.ts';
import { portView, queueName } from './port-view.ts';
import { topicView } from './topic-view.ts';
import { dt } from './ui-texts.ts';
import { mountWire, type WireStage } from './wire-stage.ts';
import './datenfluss.css';

// Datenfluss on a player's device. Items arrive as cues CUE_LEAD_MS early and show at
// their server time, so every phone shows them together; each has its own window. The
// controls are DOM buttons with keyboard equivalents; the Phaser stage above draws the
// data path and the current packet.

type Cue = CueOf<DatenflussWire>;

/** Mounts the game into ctx.container; input counts once start() was called. */
export async function mount(ctx: GameContext<DatenflussWire>): Promise<GameInstance<DatenflussWire>> {
  const model = new PortModel();
  const make: MakeItemView = ({ 1: bitsView, 2: frameView, 3: busView, 4: portView(model), 5: topicView } as Record<number, MakeItemView>)[ctx.level] ?? bitsView;
  const counter = h('p', { class: 'df-counter', 'aria-live': 'off', text: dt(ctx.lang(), 'wait') });
  const timer = timerBar(ctx.lang() === 'de' ? 'Zeit' : 'Time');
  const itemArea = h('div', { class: 'df-area' });
  const feedback = h('p', { class: 'df-feedback', role: 'status', 'aria-live': 'polite' });
  const hint = h('p', { class: 'df-hint' });
  const stageEl = h('div', { class: 'df-stage', 'aria-hidden': 'true' });
  const root = h('div', { class: 'df-root', 'data-testid': 'datenfluss', 'data-level': ctx.level }, counter, timer.el, stageEl, itemArea, feedback, hint);
  ctx.container.replaceChildren(root);
  timer.stop(); // empty until the first item
  const wire: WireStage | null = await mountWire(stageEl, ctx.level).catch(() => null); // a picture only: play works without it

  // For tests (read through the app's hook): what was shown and what was sent.
  const itemsLog = recordList<Record<string, unknown>>('datenfluss', 'items');
  const answersLog = recordList<Record<string, unknown>>('datenfluss', 'answers');
  dropRound(itemsLog, ctx.round); // a restarted round (after a pause) starts its records afresh
  dropRound(answersLog, ctx.round);
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const answered = new Set<number>();
  let started = false;
  let total = 0;
  let current: { item: number; view: ItemView } | null = null;

  const later = (ms: number, fn: () => void) => {
    const t = setTimeout(() => {
      timers.delete(t);
      fn();
    }, Math.max(0, ms));
    timers.add(t);
  };

  const show = (cue: Cue) => {
    const item = cue.item;
    const lang = ctx.lang();
    const view = make(cue, {
      lang: ctx.lang,
      submit: (fields) => {
        if (answered.has(item) || current?.item !== item) return;
        answered.add(item);
        view.lock();
        setText(feedback, dt(lang, 'sent'));
        answersLog.push({ round: ctx.round, item, ...fields });
        ctx.answer({ item, ...fields } as DatenflussWire['answer']);
      },
    });
    current = { item, view };
    itemsLog.push({ ...cue });
    itemArea.dataset.item = String(item);
    itemArea.replaceChildren(view.el);
    setText(feedback, '');
    setText(hint, hasKeyboard() ? dt(lang, 'keysHint', { keys: view.keysHint }) : '');
    setText(counter, dt(lang, ctx.level === 4 ? 'tickOf' : 'itemOf', { n: item + 1, total: total || item + 1 }));
    timer.run(ctx.toLocalMs(cue.at + cue.windowMs), cue.windowMs);
    wire?.showItem(cue);
    if (answered.has(item)) view.lock();
  };

  const close = (item: number) => {
    if (current?.item !== item) return;
    current.view.lock();
    timer.stop();
    if (!answered.has(item)) setText(feedback, dt(ctx.lang(), 'late'));
    if (total && item === total - 1) later(1200, () => setText(counter, dt(ctx.lang(), 'done')));
  };

  const offCue = ctx.onCue((cue) => {
    if (cue.round !== ctx.round || cue.kind !== 'item') return;
    // Level 4 needs every tick's arrivals, even of a tick that has passed (a reload).
    if (ctx.level === 4) model.arrivalsAt(Number(cue.tick), String(cue.arrivals).split(',').filter(Boolean));
    const now = performance.now();
    const endAt = ctx.toLocalMs(cue.at + cue.windowMs);
    if (endAt <= now) return;
    later(ctx.toLocalMs(cue.at) - now, () => show(cue));
    later(endAt - now, () => close(cue.item));
  });

  const offAck = ctx.onAck((ack: AckOf<DatenflussWire>) => {
    if (ack.round !== ctx.round || typeof ack.item !== 'number') return;
    if (ctx.level === 4 && ack.error) model.choose(ack.item, null); // refused: the port served round-robin
    if (current?.item !== ack.item) return;
    const lang = ctx.lang();
    if (ack.error) setText(feedback, ack.error === 'ANSWER_LATE' ? dt(lang, 'late') : errorText(ack.error, lang));
    else if (typeof ack.queue === 'string') setText(feedback, dt(lang, 'portSends', { q: queueName(ack.queue, lang) }));
    else if ('correct' in ack && typeof ack.correct === 'boolean') {
      setText(feedback, ack.correct ? dt(lang, 'right') : `${dt(lang, 'wrong')} · ${dt(lang, 'expected', { v: current.view.describe(ack.expected) })}`);
    }
  });

  // Keys go to the item on screen (a Proxy: the map changes with every item).
  const keys = new Proxy({}, { get: (_t, key) => (typeof key === 'string' ? current?.view.keys[key] : undefined) }) as KeyMap;
  const offKeys = listenForKeys(window, keys, () => started && current !== null && !answered.has(current.item));

  return {
    start(pub) {
      if (started) return;
      started = true;
      total = pub.items;
    },
    relabel() {
      // Texts of the open item stay until the next one; the frame's words follow now.
      timer.label(ctx.lang() === 'de' ? 'Zeit' : 'Time');
    },
    destroy() {
      for (const t of timers) clearTimeout(t);
      timers.clear();
      offCue();
      offAck();
      offKeys();
      timer.destroy();
      wire?.destroy();
      ctx.container.replaceChildren();
    },
  };
}
