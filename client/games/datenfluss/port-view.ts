import { ALARM_DEADLINE_TICKS, QUEUE_CAPACITY, WATCHDOG_TICKS, type QueueId } from '../../../shared/games/datenfluss/switch-sim.ts';
import type { Lang } from '../../../shared/protocol/errors.ts';
import { h } from '../../kit/dom.ts';
import { lockButtons, type MakeItemView } from './item-kit.ts';
import type { PortModel } from './port-model.ts';
import { dt, type DtKey } from './ui-texts.ts';

// Level 4 "Vorfahrt im Netz": the three queues of a switch port. Each packet kind has its
// own shape (alarm ▲, measurement ●, order ■) besides its colour; a queue is a row of
// shapes, oldest first. Choose the queue to send from: ← alarm, ↓ measurement, → order.

export const SHAPE: Readonly<Record<QueueId, string>> = { alarm: '▲', cyclic: '●', bulk: '■' };
const NAME: Readonly<Record<QueueId, DtKey>> = { alarm: 'qAlarm', cyclic: 'qCyclic', bulk: 'qBulk' };
const KEY: Readonly<Record<QueueId, string>> = { alarm: '←', cyclic: '↓', bulk: '→' };
const ORDER: readonly QueueId[] = ['alarm', 'cyclic', 'bulk'];

/** A queue's shape and name ("▲ Alarm"). */
export function queueName(q: QueueId, lang: Lang): string {
  return `${SHAPE[q]} ${dt(lang, NAME[q])}`;
}

/** The view of one tick, drawn from the model (arrivals so far and this player's choices). */
export function portView(model: PortModel): MakeItemView {
  return (show, ctx) => {
    const lang = ctx.lang();
    const tick = Number(show.tick);
    const tokens = String(show.arrivals).split(',').filter(Boolean);
    model.arrivalsAt(tick, tokens);
    const { port } = model.viewAt(tick);
    const packets: Record<QueueId, string[]> = {
      // "!": an alarm's last tick before its deadline; a sensor's last two ticks before its watchdog trips.
      alarm: port.alarms.map((t) => `${SHAPE.alarm}${tick - t >= ALARM_DEADLINE_TICKS - 1 ? '!' : ''}`),
      cyclic: port.cyclic.map((c) => `${SHAPE.cyclic}${c.sensor}${tick - c.since >= WATCHDOG_TICKS - 2 ? '!' : ''}`),
      bulk: port.bulk.map(() => SHAPE.bulk),
    };
    const pick = (q: QueueId) => () => {
      const b = buttons[q];
      if (b.disabled) return;
      b.setAttribute('aria-pressed', 'true');
      model.choose(tick, q);
      ctx.submit({ queue: q });
    };
    const buttons = Object.fromEntries(ORDER.map((q) => {
      const b = h('button', { type: 'button', class: `btn df-queue df-q-${q}`, 'data-queue': q },
        h('span', { class: 'df-queue-head' }, h('span', { class: 'df-key', 'aria-hidden': 'true', text: KEY[q] }), queueName(q, lang)),
        h('span', { class: 'df-queue-packets', 'aria-label': dt(lang, 'queueLen', { n: packets[q].length, cap: QUEUE_CAPACITY }) },
          ...packets[q].map((p) => h('span', { class: 'df-packet', text: p }))),
        h('span', { class: 'df-queue-len', text: dt(lang, 'queueLen', { n: packets[q].length, cap: QUEUE_CAPACITY }) }));
      b.addEventListener('click', pick(q));
      return [q, b];
    })) as Record<QueueId, HTMLButtonElement>;
    const arrived = tokens.length
      ? dt(lang, 'arrived', { list: tokens.map((t) => (t === 'A' ? SHAPE.alarm : t === 'B' ? SHAPE.bulk : `${SHAPE.cyclic}${t.slice(1)}`)).join(' ') })
      : dt(lang, 'nothingNew');
    const el = h('div', { class: 'df-item df-port' },
      h('p', { class: 'df-prompt', text: dt(lang, 'switchPrompt') }),
      h('p', { class: 'df-arrived', text: `${arrived} · ${dt(lang, 'noAnswerRR')}${port.resend ? ` · ${dt(lang, 'resendWaiting', { n: port.resend })}` : ''}` }),
      h('div', { class: 'df-queues' }, ...ORDER.map((q) => buttons[q])),
      h('p', { class: 'df-arrived', text: dt(lang, 'portHint') }));
    return {
      el,
      keys: { ArrowLeft: pick('alarm'), ArrowDown: pick('cyclic'), ArrowUp: pick('cyclic'), ArrowRight: pick('bulk') },
      keysHint: '← ↓ →',
      lock: () => lockButtons(el),
      describe: () => '',
    };
  };
}
