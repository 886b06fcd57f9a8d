import type { AckMessage } from '../../../shared/protocol/messages.ts';
import { h } from '../../app/dom.ts';
import type { GameContext, GameInstance } from '../index.ts';
import { partsView } from './parts-view.ts';
import { signalView } from './signal-view.ts';
import { sortingView } from './sorting-view.ts';
import type { LevelView, ViewCtx } from './view.ts';
import './sensor-labor.css';

// Sensor-Labor on a player's device. Plain DOM controls (toggle buttons, selects, range
// inputs) serve touch, mouse, keyboard and screen readers alike; the signal is a canvas.
// No cues: the round is one decision per item, judged by the server on `answer`.

export async function mount(ctx: GameContext): Promise<GameInstance> {
  const viewCtx: ViewCtx = {
    lang: ctx.lang,
    answer: (data) => ctx.send('answer', { round: ctx.round, data }),
    answeredSoFar: () => answeredSoFar(ctx),
  };
  const view: LevelView = ctx.level === 2 ? sortingView(viewCtx) : ctx.level === 3 ? signalView(viewCtx) : partsView(viewCtx);
  const root = h('div', { class: 'sl-root', 'data-testid': 'sensor-labor' }, view.el);
  ctx.container.replaceChildren(root);
  let started = false;
  const offAck = ctx.onAck((ack: AckMessage) => {
    if (ack.round === ctx.round) view.ack(ack);
  });
  return {
    start(publicRound) {
      if (started) return;
      started = true;
      view.start(publicRound);
    },
    relabel: () => view.relabel(),
    destroy() {
      offAck();
      view.destroy();
      ctx.container.replaceChildren();
    },
  };
}

/** This player's answers in the running round, from the room state (0 when unknown). */
function answeredSoFar(ctx: GameContext): number {
  const state = ctx.hook.state() as { players?: Record<string, { answered?: unknown }> } | null;
  const id = ctx.hook.playerId;
  const n = id ? state?.players?.[id]?.answered : undefined;
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : 0;
}
