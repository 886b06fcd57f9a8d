import type { SensorWire } from '../../../shared/games/sensor-labor/wire.ts';
import type { GameContext, GameInstance } from '../../kit/contract.ts';
import { h } from '../../kit/dom.ts';
import { motionMs } from '../../kit/motion.ts';
import { partsLevel } from './parts-level.ts';
import { signalLevel } from './signal-level.ts';
import { sortingLevel } from './sorting-level.ts';
import type { LevelView, ViewCtx } from './view.ts';
import './sensor-labor.css';

// Sensor-Labor on a player's device: each level is a Phaser scene (the conveyor, the
// belt, the signal plot) with DOM controls beside it (buttons, slider grips) that serve
// touch, mouse, keyboard and screen readers alike. No cues: the round is one decision per
// item, judged by the server on `answer`.

export async function mount(ctx: GameContext<SensorWire>): Promise<GameInstance<SensorWire>> {
  const viewCtx: ViewCtx = {
    lang: ctx.lang,
    answer: (data) => ctx.answer(data),
    answeredSoFar: () => ctx.answeredSoFar(),
    motion: motionMs,
  };
  const view: LevelView = ctx.level === 2 ? sortingLevel(viewCtx) : ctx.level === 3 ? signalLevel(viewCtx) : partsLevel(viewCtx);
  const root = h('div', { class: 'sl-root', 'data-testid': 'sensor-labor' }, view.el);
  ctx.container.replaceChildren(root);
  try {
    await view.mounted();
  } catch (err) {
    console.error('sensor-labor: the scene did not start', err); // the app shows its own message
    view.destroy();
    throw err;
  }
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
