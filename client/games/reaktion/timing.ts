import { CLAIM_TOLERANCE_MS, STIMULUS_VISIBLE_MS } from '../../../shared/games/reaktion/timing.ts';
import type { Modality } from '../../../shared/games/reaktion/wire.ts';

// The timing core of Reaktion, free of Phaser and the DOM so its rules are easy to read:
// - onset = the timestamp of the first animation frame at or after the due time; that same
//   frame draws the stimulus (or starts the tone);
// - response = the input event's timeStamp; rtMs = response − onset;
// - a press while nothing was shown since the last ready cue is a false start (rtMs null);
// - one press per trial; one stimulus per trial, visible at most STIMULUS_VISIBLE_MS.
// All times are performance.now() milliseconds (rAF timestamps and event.timeStamp use it).

export type { Modality };

/** What a trial looked like on this device (recorded for tests through the kit). */
export interface TrialRecord {
  round: number;
  trial: number;
  modality: string;
  /** rAF timestamp of the first frame that drew the stimulus (performance.now() base). */
  onsetMs: number | null;
  /** Extra, for diagnosis: when the stimulus was due locally (cue.at on this clock). */
  dueMs: number | null;
  /** event.timeStamp of the press. */
  responseMs: number | null;
  /** What the client sent as rtMs. */
  rtMs: number | null;
}

/**
 * A stimulus whose first frame comes this late (tab was hidden, phone froze) is not shown:
 * the server measures from the scheduled time, so such a reaction time could never pass its
 * check. Normally the first frame comes within one frame interval (~17 ms).
 */
export const MAX_LATE_ONSET_MS = CLAIM_TOLERANCE_MS;

/** Frames start this long before they matter: a resting loop needs a timer to wake it. */
export const WAKE_LEAD_MS = 250;

export interface TimingOutput {
  /**
   * Show the stimulus now, in this frame: draw it (visual) or start the tone (audio).
   * Returns how many ms after this frame it reaches the player (audio output latency; 0 for
   * a picture), or null when it cannot be presented (sound off): then there is no onset.
   */
  present(modality: Modality): number | null;
  /** Remove the visual stimulus. */
  withdraw(): void;
}

interface TrialState {
  trial: number;
  modality: Modality | null;
  /** When the stimulus is due; null when none is (yet) scheduled or it was cancelled. */
  dueMs: number | null;
  onsetMs: number | null;
  visible: boolean;
  answered: boolean;
  record: TrialRecord;
}

export type TrialPhase = 'idle' | 'ready' | 'stimulus' | 'answered';

export class TrialTiming {
  private current: TrialState | null = null;
  private lastFrameMs: number | null = null;
  private frameIntervalMs = 1000 / 60;

  constructor(
    private readonly round: number,
    private readonly out: TimingOutput,
    /** Where trial records go (the kit's record list, read by tests). */
    private readonly records: TrialRecord[],
  ) {}

  get phase(): TrialPhase {
    const c = this.current;
    if (!c) return 'idle';
    if (c.answered) return 'answered';
    return c.onsetMs !== null ? 'stimulus' : 'ready';
  }

  /**
   * From when on animation frames are needed (performance.now() ms), or null when none are:
   * shortly before a stimulus is due and shortly before a visible one must go. In between,
   * the picture does not change, so the frame loop may rest and leave the main thread free
   * for the press (a phone busy drawing handles the touch later).
   */
  framesNeededFrom(): number | null {
    const c = this.current;
    if (!c) return null;
    if (c.dueMs !== null && c.onsetMs === null && !c.answered) return c.dueMs - WAKE_LEAD_MS;
    if (c.visible && c.onsetMs !== null) return c.onsetMs + STIMULUS_VISIBLE_MS - WAKE_LEAD_MS;
    return null;
  }

  get trial(): number | null {
    return this.current?.trial ?? null;
  }

  /** A ready cue: a new trial begins; anything still shown goes away. */
  ready(trial: number): void {
    if (this.current?.trial === trial) return;
    if (this.current?.visible) this.out.withdraw();
    const record: TrialRecord = { round: this.round, trial, modality: 'none', onsetMs: null, dueMs: null, responseMs: null, rtMs: null };
    this.records.push(record);
    this.current = { trial, modality: null, dueMs: null, onsetMs: null, visible: false, answered: false, record };
  }

  /** A stimulus cue: show `modality` at `dueMs`. A cue without its ready cue starts the trial. */
  stimulus(trial: number, modality: Modality, dueMs: number): void {
    if (this.current?.trial !== trial) this.ready(trial);
    const c = this.current as TrialState;
    c.modality = modality;
    c.record.modality = modality;
    // After a false start the trial is over: the stimulus is not shown any more.
    if (!c.answered && c.onsetMs === null) {
      c.dueMs = dueMs;
      c.record.dueMs = Math.round(dueMs * 10) / 10;
    }
  }

  /** Called once per animation frame with that frame's timestamp, before it renders. */
  frame(timestampMs: number): void {
    if (this.lastFrameMs !== null) {
      const d = timestampMs - this.lastFrameMs;
      if (d > 0 && d < 100) this.frameIntervalMs = d;
    }
    this.lastFrameMs = timestampMs;
    const c = this.current;
    if (!c) return;
    if (c.dueMs !== null && c.onsetMs === null && timestampMs >= c.dueMs) {
      if (timestampMs - c.dueMs > MAX_LATE_ONSET_MS || c.modality === null) {
        c.dueMs = null;
        return;
      }
      const delayMs = this.out.present(c.modality);
      if (delayMs === null) {
        c.dueMs = null;
        return;
      }
      c.onsetMs = timestampMs + delayMs;
      c.record.onsetMs = c.onsetMs;
      c.visible = c.modality === 'visual';
    }
    // Withdraw in the last frame that keeps the stimulus within STIMULUS_VISIBLE_MS.
    if (c.visible && c.onsetMs !== null && timestampMs + this.frameIntervalMs - c.onsetMs > STIMULUS_VISIBLE_MS) {
      c.visible = false;
      this.out.withdraw();
    }
  }

  /**
   * A press at `eventTimeStampMs`. Returns the answer to send, or null when there is no trial
   * or this trial was answered already. The caller sends first and then calls `settle()`:
   * redrawing before the answer leaves would delay it on a slow phone.
   */
  press(eventTimeStampMs: number): { trial: number; rtMs: number | null } | null {
    const c = this.current;
    if (!c || c.answered) return null;
    c.answered = true;
    let rtMs: number | null = null;
    if (c.onsetMs !== null) {
      const d = eventTimeStampMs - c.onsetMs;
      // A press stamped before the stimulus frame happened before anyone could see it.
      rtMs = d >= 0 ? d : null;
    } else {
      c.dueMs = null;
    }
    c.record.responseMs = eventTimeStampMs;
    c.record.rtMs = rtMs;
    return { trial: c.trial, rtMs };
  }

  /** After a press: the stimulus goes away (one response per stimulus). */
  settle(): void {
    const c = this.current;
    if (c?.answered && c.visible) {
      c.visible = false;
      this.out.withdraw();
    }
  }

  /** Stops everything (round over or scene destroyed). */
  stop(): void {
    if (this.current?.visible) this.out.withdraw();
    this.current = null;
  }
}
