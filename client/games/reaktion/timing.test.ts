import { describe, expect, it } from 'vitest';
import { STIMULUS_VISIBLE_MS } from '../../../shared/games/reaktion/timing.ts';
import { MAX_LATE_ONSET_MS, TrialTiming, WAKE_LEAD_MS, type Modality, type TrialRecord } from './timing.ts';

// The timing rules of Reaktion, driven with made-up frame and event timestamps.

const FRAME_MS = 1000 / 60;

/** `audioDelayMs`: what the tone reports (output latency), null for a stopped audio context. */
function setup(audioDelayMs: number | null = 0) {
  const shown: { modality: Modality; at: number }[] = [];
  const withdrawn: number[] = [];
  const records: TrialRecord[] = [];
  let now = 0;
  const timing = new TrialTiming(2, {
    present: (modality) => {
      if (modality === 'audio' && audioDelayMs === null) return null;
      shown.push({ modality, at: now });
      return modality === 'audio' ? audioDelayMs : 0;
    },
    withdraw: () => withdrawn.push(now),
  }, records);
  /** Runs frames from `from` to `to` (inclusive) at 60 fps. */
  const frames = (from: number, to: number) => {
    for (now = from; now <= to; now += FRAME_MS) timing.frame(now);
  };
  return { timing, shown, withdrawn, records, frames };
}

describe('TrialTiming', () => {
  it('draws the stimulus in the first frame at or after the due time; onset is that frame', () => {
    const { timing, shown, records, frames } = setup();
    timing.ready(0);
    timing.stimulus(0, 'visual', 1000);
    frames(900, 1100);
    expect(shown).toHaveLength(1);
    const onset = records[0]?.onsetMs as number;
    expect(onset).toBeGreaterThanOrEqual(1000);
    expect(onset - 1000).toBeLessThan(FRAME_MS);
    expect(shown[0]?.at).toBe(onset);
    expect(records[0]).toMatchObject({ round: 2, trial: 0, modality: 'visual', dueMs: 1000 });
  });

  it('adds the reported audio output latency to a tone\'s onset; a tone that cannot be heard has no onset (issue 9 item 9)', () => {
    const late = setup(40);
    late.timing.ready(0);
    late.timing.stimulus(0, 'audio', 1000);
    late.frames(900, 1100);
    const frame = late.shown[0]?.at as number;
    expect(late.records[0]?.onsetMs).toBe(frame + 40);
    expect(late.timing.press(frame + 40 + 250)).toEqual({ trial: 0, rtMs: 250 });

    const silent = setup(null);
    silent.timing.ready(0);
    silent.timing.stimulus(0, 'audio', 1000);
    silent.frames(900, 1100);
    expect(silent.records[0]?.onsetMs).toBeNull();
    expect(silent.timing.phase).toBe('ready');
  });

  it('measures response event time minus onset, once per trial', () => {
    const { timing, records, frames } = setup();
    timing.ready(0);
    timing.stimulus(0, 'visual', 1000);
    frames(990, 1200);
    const onset = records[0]?.onsetMs as number;
    const answer = timing.press(onset + 243.5);
    expect(answer?.trial).toBe(0);
    expect(answer?.rtMs).toBeCloseTo(243.5, 9);
    expect(timing.press(onset + 300)).toBeNull();
    expect(records[0]?.responseMs).toBe(onset + 243.5);
  });

  it('calls a press before the stimulus a false start and never shows that stimulus', () => {
    const { timing, shown, frames } = setup();
    timing.ready(1);
    timing.stimulus(1, 'audio', 1000);
    frames(500, 800);
    expect(timing.press(810)).toEqual({ trial: 1, rtMs: null });
    frames(800, 1500);
    expect(shown).toHaveLength(0);
  });

  it('calls a press in a catch trial (ready cue, no stimulus) a false start', () => {
    const { timing } = setup();
    timing.ready(3);
    expect(timing.press(5000)).toEqual({ trial: 3, rtMs: null });
  });

  it('treats a press stamped before the stimulus frame as a false start', () => {
    const { timing, records, frames } = setup();
    timing.ready(0);
    timing.stimulus(0, 'visual', 1000);
    frames(990, 1020);
    const onset = records[0]?.onsetMs as number;
    expect(timing.press(onset - 2)).toEqual({ trial: 0, rtMs: null });
  });

  it(`keeps a visual stimulus at most ${STIMULUS_VISIBLE_MS} ms`, () => {
    const { timing, withdrawn, records, frames } = setup();
    timing.ready(0);
    timing.stimulus(0, 'visual', 1000);
    frames(990, 2500);
    const onset = records[0]?.onsetMs as number;
    expect(withdrawn).toHaveLength(1);
    expect((withdrawn[0] as number) - onset).toBeLessThanOrEqual(STIMULUS_VISIBLE_MS);
    expect((withdrawn[0] as number) - onset).toBeGreaterThan(STIMULUS_VISIBLE_MS - 2 * FRAME_MS);
  });

  it('withdraws the stimulus after the press only when settle() is called', () => {
    const { timing, withdrawn, frames } = setup();
    timing.ready(0);
    timing.stimulus(0, 'visual', 1000);
    frames(990, 1100);
    timing.press(1250);
    expect(withdrawn).toHaveLength(0);
    timing.settle();
    expect(withdrawn).toHaveLength(1);
  });

  it(`skips a stimulus whose first frame comes more than ${MAX_LATE_ONSET_MS} ms late`, () => {
    const { timing, shown, records } = setup();
    timing.ready(0);
    timing.stimulus(0, 'visual', 1000);
    timing.frame(1000 + MAX_LATE_ONSET_MS + 1);
    expect(shown).toHaveLength(0);
    expect(records[0]?.onsetMs).toBeNull();
    expect(timing.framesNeededFrom()).toBeNull();
  });

  it('starts a trial from a stimulus cue whose ready cue was missed', () => {
    const { timing, records, frames } = setup();
    timing.stimulus(4, 'audio', 1000);
    frames(990, 1010);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ trial: 4, modality: 'audio' });
    expect(records[0]?.onsetMs).not.toBeNull();
  });

  it('needs frames shortly before the stimulus is due and shortly before it must go', () => {
    const { timing, records, frames } = setup();
    timing.ready(0);
    expect(timing.framesNeededFrom()).toBeNull();
    timing.stimulus(0, 'visual', 1000);
    expect(timing.framesNeededFrom()).toBe(1000 - WAKE_LEAD_MS);
    frames(990, 1100);
    const onset = records[0]?.onsetMs as number;
    expect(timing.framesNeededFrom()).toBe(onset + STIMULUS_VISIBLE_MS - WAKE_LEAD_MS);
    frames(1100, 2000);
    expect(timing.framesNeededFrom()).toBeNull();
  });
});
