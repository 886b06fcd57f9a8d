import type { AckMessage, CueMessage } from '../../../shared/protocol/messages.ts';
import { h, setText } from '../../app/dom.ts';
import type { GameContext, GameInstance } from '../index.ts';
import { listenForPresses } from './input.ts';
import { createGame, destroyGame, ReaktionScene, Tone } from './reaktion-scene.ts';
import { TrialTiming, type Modality } from './timing.ts';
import { levelHint, levelUsesSound, rt, type ReaktionTextKey } from './ui-texts.ts';

// Reaktion on a player's device: cues in, presses out. Loaded lazily with Phaser.

const SCENE_READY_TIMEOUT_MS = 15_000;

type Message = { key: ReaktionTextKey; params?: Record<string, string | number>; tone?: 'good' | 'bad' };

export async function mount(ctx: GameContext): Promise<GameInstance> {
  const records = ctx.hook.reaktion;
  // A new run of this round (the first, or a restart after a pause during play): records of
  // an aborted run would only mislead, so they go.
  dropRound(records.trials, ctx.round);
  dropRound(records.acks, ctx.round);
  const message = h('p', { class: 'reaktion-message', 'aria-live': 'polite' });
  const hint = h('p', { class: 'reaktion-hint' });
  const counter = h('p', { class: 'reaktion-counter' });
  const canvasHost = h('div', { class: 'reaktion-canvas' });
  const pad = h('div', { class: 'reaktion-pad', 'data-testid': 'reaktion-pad', role: 'button', tabindex: '0' },
    canvasHost, h('div', { class: 'reaktion-overlay' }, h('div', { class: 'reaktion-top' }, counter, message), hint));
  ctx.container.replaceChildren(pad);

  let scene: ReaktionScene | null = null;
  let playing = false;
  let trials = 0;
  let shown: Message = { key: 'waiting' };
  const tone = levelUsesSound(ctx.level) ? new Tone() : null;

  const timing = new TrialTiming(ctx.round, {
    present(modality: Modality) {
      if (modality === 'audio') tone?.play();
      else scene?.showStimulus();
    },
    withdraw() {
      scene?.hideStimulus();
    },
  }, records.trials);

  const render = () => {
    const lang = ctx.lang();
    pad.setAttribute('aria-label', rt(lang, 'padLabel'));
    setText(message, rt(lang, shown.key, shown.params));
    message.dataset.tone = shown.tone ?? '';
    setText(hint, levelHint(lang, ctx.level));
    const trial = timing.trial;
    setText(counter, trial !== null && trials > 0 ? rt(lang, 'trial', { n: trial + 1, total: trials }) : '');
  };
  const say = (m: Message) => {
    shown = m;
    render();
  };

  const onCue = (cue: CueMessage) => {
    if (cue.round !== ctx.round || typeof cue.trial !== 'number') return;
    if (cue.kind === 'ready') {
      timing.ready(cue.trial);
      scene?.setFixation(true);
      say({ key: 'ready' });
    } else if (cue.kind === 'stimulus' && (cue.modality === 'visual' || cue.modality === 'audio')) {
      timing.stimulus(cue.trial, cue.modality, ctx.toLocalMs(cue.at));
      const needed = timing.framesNeededFrom();
      if (needed !== null) scene?.wakeAt(needed); // frames must run (and be stamped) from then on
      render();
    }
  };

  const onAck = (ack: AckMessage) => {
    if (ack.round !== ctx.round) return;
    records.acks.push({ ...ack });
    if (ack.trial !== timing.trial) return; // an old trial's answer: nothing to show now
    const rtMs = typeof ack.rtMs === 'number' ? Math.round(ack.rtMs) : null;
    if (ack.outcome === 'hit' && rtMs !== null) say({ key: 'hit', params: { ms: rtMs }, tone: 'good' });
    else if (ack.outcome === 'false-start') say({ key: 'falseStart', tone: 'bad' });
    else if (ack.outcome === 'late') say({ key: 'late', tone: 'bad' });
    else if (ack.outcome === 'rejected') say({ key: 'rejected', tone: 'bad' });
  };

  const onPress = (timeStamp: number) => {
    const answer = timing.press(timeStamp);
    if (!answer) return;
    ctx.send('answer', { round: ctx.round, data: answer }); // first: drawing can wait, the answer not
    timing.settle();
    scene?.setFixation(false);
    say({ key: 'sent' });
  };

  const unlisten = listenForPresses(pad, onPress, () => playing);
  let game: ReturnType<typeof createGame> | null = null;
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('scene did not start')), SCENE_READY_TIMEOUT_MS);
      game = createGame(canvasHost, new ReaktionScene({
        frame: (time) => timing.frame(time),
        framesNeededFrom: () => timing.framesNeededFrom(),
        ready: (s) => {
          clearTimeout(timer);
          scene = s;
          s.setFixation(false);
          ctx.hook.renderType = game?.config.renderType ?? null;
          resolve();
        },
      }));
    });
  } catch (err) {
    unlisten();
    tone?.unload();
    const failed = game as ReturnType<typeof createGame> | null;
    if (failed) destroyGame(failed, scene);
    throw err;
  }

  const offCue = ctx.onCue(onCue);
  const offAck = ctx.onAck(onAck);
  render();

  return {
    start(publicRound) {
      if (playing) return;
      trials = typeof publicRound.trials === 'number' ? publicRound.trials : 0;
      playing = true;
      // The pad takes Space/Enter from here on; nothing else should hold the focus.
      if (document.activeElement instanceof HTMLElement && document.activeElement !== document.body) document.activeElement.blur();
      render();
    },
    testSound() {
      tone?.play();
    },
    relabel: render,
    destroy() {
      playing = false;
      offCue();
      offAck();
      unlisten();
      timing.stop();
      const running = game as ReturnType<typeof createGame> | null;
      if (running) destroyGame(running, scene);
      tone?.unload();
      ctx.container.replaceChildren();
    },
  };
}

/** Removes, in place, the entries of one round (the timing keeps a reference to the list). */
function dropRound(list: { round?: unknown }[], round: number): void {
  for (let i = list.length - 1; i >= 0; i--) if (list[i]?.round === round) list.splice(i, 1);
}
