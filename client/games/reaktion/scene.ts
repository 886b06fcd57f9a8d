import type { ReaktionWire } from '../../../shared/games/reaktion/wire.ts';
import type { AckOf, CueOf, GameContext, GameInstance } from '../../kit/contract.ts';
import { h, setText } from '../../kit/dom.ts';
import { listenForPresses } from '../../kit/input.ts';
import { bootStage, type Stage } from '../../kit/phaser-stage.ts';
import { dropRound, recordList } from '../../kit/records.ts';
import { SoundSet } from '../../kit/sound.ts';
import { BACKGROUND, ReaktionScene } from './reaktion-scene.ts';
import { TrialTiming, type Modality, type TrialRecord } from './timing.ts';
import { levelHint, levelUsesSound, rt, type ReaktionTextKey } from './ui-texts.ts';
import { CATCH_TRIALS_PER_ROUND } from '../../../shared/games/reaktion/timing.ts';

// Reaktion on a player's device: cues in, presses out. Loaded lazily with Phaser.

// The auditory stimulus: a short 1 kHz tone (assets/reaktion/tone-1000hz.wav, made by
// scripts/make-tone.mjs). Web Audio starts it within the frame that calls play(); the sound
// leaves the speaker the device's output latency later (often 10-40 ms, far more over
// Bluetooth), so the latency the browser reports is added to the onset. A tone that cannot
// be heard (audio context not running after a lock or a call) is no stimulus at all.
const TONE_URL = `${import.meta.env.BASE_URL}reaktion/tone-1000hz.wav`;
/** While the clock is re-measured after sleep, a stimulus cue waits in steps of this long, at most CLOCK_RETRIES times. */
const CLOCK_RETRY_MS = 50;
const CLOCK_RETRIES = 40;

type Message = { key: ReaktionTextKey; params?: Record<string, string | number>; tone?: 'good' | 'bad' };
type Ack = AckOf<ReaktionWire>;

export async function mount(ctx: GameContext<ReaktionWire>): Promise<GameInstance<ReaktionWire>> {
  const trialRecords = recordList<TrialRecord>('reaktion', 'trials');
  const ackRecords = recordList<Ack>('reaktion', 'acks');
  // A new run of this round (the first, or a restart after a pause during play): records of
  // an aborted run would only mislead, so they go.
  dropRound(trialRecords, ctx.round);
  dropRound(ackRecords, ctx.round);
  const message = h('p', { class: 'reaktion-message', 'aria-live': 'polite' });
  const hint = h('p', { class: 'reaktion-hint' });
  const counter = h('p', { class: 'reaktion-counter' });
  const canvasHost = h('div', { class: 'reaktion-canvas' });
  const pad = h('div', { class: 'reaktion-pad', 'data-testid': 'reaktion-pad', role: 'button', tabindex: '0' },
    canvasHost, h('div', { class: 'reaktion-overlay' }, h('div', { class: 'reaktion-top' }, counter, message), hint));
  ctx.container.replaceChildren(pad);

  let scene: ReaktionScene | null = null;
  let playing = false;
  let gone = false;
  let trials = 0;
  /** Trials whose signal came: the counter counts signals, as the result and the projector do. */
  const signalled = new Set<number>();
  let shown: Message = { key: 'waiting' };
  const sounds = levelUsesSound(ctx.level) ? new SoundSet({ tone: TONE_URL }) : null;

  const timing = new TrialTiming(ctx.round, {
    present(modality: Modality) {
      if (modality === 'visual') {
        scene?.showStimulus();
        // The heading says what to do now, in the frame the light appears ("Achtung …" was
        // still there). Not for a tone: a line appearing would be a visual signal in a
        // level that measures hearing.
        say({ key: 'go' });
        return 0;
      }
      const delayMs = sounds?.play('tone') ?? null;
      if (delayMs === null) say({ key: 'soundOff', tone: 'bad' });
      return delayMs;
    },
    withdraw() {
      scene?.hideStimulus();
    },
  }, trialRecords);

  const render = () => {
    const lang = ctx.lang();
    pad.setAttribute('aria-label', rt(lang, 'padLabel'));
    setText(message, rt(lang, shown.key, shown.params));
    message.dataset.tone = shown.tone ?? '';
    setText(hint, levelHint(lang, ctx.level));
    // A catch trial (no signal) is not counted: "Versuch 3 von 5" means the third signal.
    const total = Math.max(0, trials - CATCH_TRIALS_PER_ROUND);
    const trial = timing.trial;
    const n = trial === null ? 0 : Math.min(total, signalled.size + (signalled.has(trial) ? 0 : 1));
    setText(counter, trial !== null && total > 0 ? rt(lang, 'trial', { n, total }) : '');
  };
  const say = (m: Message) => {
    shown = m;
    render();
  };

  const onCue = (cue: CueOf<ReaktionWire>) => {
    if (cue.round !== ctx.round) return;
    if (cue.kind === 'ready') {
      timing.ready(cue.trial);
      scene?.setFixation(true);
      say({ key: 'ready' });
    } else if (cue.kind === 'stimulus') {
      signalled.add(cue.trial);
      schedule(cue.trial, cue.modality, cue.at, CLOCK_RETRIES);
    }
  };

  /** Schedules a stimulus; while the clock is re-measured (after sleep) it waits rather than trust a stale offset. */
  const schedule = (trial: number, modality: Modality, atServerMs: number, retries: number) => {
    // A retry only while this trial is still the current one.
    if (gone || (retries < CLOCK_RETRIES && timing.trial !== trial)) return;
    if (!ctx.clockFresh()) {
      if (retries > 0) setTimeout(() => schedule(trial, modality, atServerMs, retries - 1), CLOCK_RETRY_MS);
      return;
    }
    timing.stimulus(trial, modality, ctx.toLocalMs(atServerMs));
    const needed = timing.framesNeededFrom();
    if (needed !== null) scene?.wakeAt(needed); // frames must run (and be stamped) from then on
    render();
  };

  const onAck = (ack: Ack) => {
    if (ack.round !== ctx.round) return;
    ackRecords.push({ ...ack });
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
    ctx.answer(answer); // first: drawing can wait, the answer not
    timing.settle();
    scene?.setFixation(false);
    say({ key: 'sent' });
  };

  const unlisten = listenForPresses(pad, onPress, () => playing);
  let stage: Stage;
  try {
    const created = new ReaktionScene({
      frame: (time) => timing.frame(time),
      framesNeededFrom: () => timing.framesNeededFrom(),
    });
    stage = await bootStage(canvasHost, { background: BACKGROUND, scenes: [created] });
    scene = created;
    scene.setFixation(false);
  } catch (err) {
    unlisten();
    sounds?.unload();
    throw err;
  }

  const offCue = ctx.onCue(onCue);
  const offAck = ctx.onAck(onAck);
  render();

  return {
    start(publicRound) {
      if (playing) return;
      trials = publicRound.trials;
      playing = true;
      // The pad takes Space/Enter from here on; nothing else should hold the focus.
      if (document.activeElement instanceof HTMLElement && document.activeElement !== document.body) document.activeElement.blur();
      render();
    },
    testSound() {
      sounds?.play('tone');
    },
    relabel: render,
    destroy() {
      playing = false;
      gone = true;
      offCue();
      offAck();
      unlisten();
      timing.stop();
      scene?.dispose();
      stage.destroy();
      sounds?.unload();
      ctx.container.replaceChildren();
    },
  };
}
