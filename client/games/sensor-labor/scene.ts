import type { SensorWire } from '../../../shared/games/sensor-labor/wire.ts';
import type { GameContext, GameInstance } from '../../kit/contract.ts';
import { h } from '../../kit/dom.ts';
import { partsView } from './parts-view.ts';
import { signalView } from './signal-view.ts';
import { sortingView } from './sorting-view.ts';
import type { LevelView, ViewCtx } from './view.ts';
import './sensor-labor.css';

// Sensor-Labor on a player's device. Plain DOM controls (toggle buttons, selects, range
// inputs) serve touch, mouse, keyboard and screen readers alike; the signal is a canvas.
// No cues: the round is one decision per item, judged by the server on `answer`.

export async function mount(ctx: GameContext<SensorWire>): Promise<GameInstance<SensorWire>> {
  const viewCtx: ViewCtx = {
    lang: ctx.lang,
    answer: (data) => ctx.answer(data),
    answeredSoFar: () => ctx.answeredSoFar(),
  };
  const view: LevelView = ctx.level === 2 ? sortingView(viewCtx) : ctx.level === 3 ? signalView(viewCtx) : partsView(viewCtx);
  const root = h('div', { class: 'sl-root', 'data-testid': 'sensor-labor' }, view.el);
  ctx.container.replaceChildren(root);
  let started = false;
  const offAck = ctx.onAck((ack) => view.ack(ack));
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
