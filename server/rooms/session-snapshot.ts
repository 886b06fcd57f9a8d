import type { Phase } from '../../shared/protocol/constants.ts';
import { BOX_MODES, type BoxMode } from '../../shared/protocol/hardware.ts';
import type { SessionState } from '../../shared/protocol/state.ts';
import type { StoredRound } from '../repositories/session-repository.ts';
import type { HostSeat } from './host-seat.ts';
import type { Seats } from './seats.ts';

// What of an open hosted session survives a crash of its process (review N1): the seats
// (keys, names, cards, devices, which buzzer box holds a seat), the host's key and trainer, and
// where the playlist stands.
// Scores are not in it: they are summed from the stored rounds when the session comes back,
// so a finished round counts exactly once and a round cut off by the crash not at all.
// Written by the room when it changes (checked once a second), never for solo practice.

/** How often a hosted room checks whether its snapshot changed (ms); at most one write each time. */
export const SNAPSHOT_EVERY_MS = 1000;

/** One seat as it is kept: enough to take it back with its key (or card) and name. */
export interface SavedSeat {
  id: string;
  key: string;
  nickname: string;
  practiceId: string | null;
  apprenticeId: string | null;
  deviceId: string | null;
  /** A buzzer box's seat: the box (id, timing mode) that alone may take it back (absent for a phone). */
  box?: { id: string; mode: BoxMode };
}

/** A hosted session's snapshot (JSON in `sessions.seats_snapshot`). */
export interface SessionSnapshot {
  v: 1;
  hostKey: string;
  seats: SavedSeat[];
  locked: boolean;
  autoAdvance: boolean;
  /** Stored round number of this play's first round (grows with "Noch eine Runde"). */
  base: number;
  /** The phase when written: countdown or play means a round was running. */
  phase: Phase;
  /** `state.roundIndex` when written (-1 before the first round). */
  round: number;
}

/** The snapshot of a hosted room now; `base` is the flow's first stored round number of this play. */
export function takeSnapshot(seats: Seats, host: HostSeat, state: SessionState, base: number): SessionSnapshot {
  return {
    v: 1,
    hostKey: host.key,
    seats: seats.all().map((s) => ({
      id: s.id, key: s.key, nickname: s.nickname, practiceId: s.practiceId, apprenticeId: s.apprenticeId, deviceId: s.deviceId,
      ...(s.boxId ? { box: { id: s.boxId, mode: boxModeOf(state.players.get(s.id)?.box) } } : {}),
    })),
    locked: state.locked,
    autoAdvance: state.autoAdvance,
    base,
    phase: state.phase,
    round: state.roundIndex,
  };
}

const str = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 200;
const strOrNull = (v: unknown): v is string | null => v === null || str(v);

const boxModeOf = (v: unknown): BoxMode => (BOX_MODES.includes(v as BoxMode) ? (v as BoxMode) : 'stimulus');

/** A saved box (`{id, mode}`), undefined when absent, null when malformed. */
function savedBox(v: unknown): SavedSeat['box'] | null {
  if (v === undefined) return undefined;
  const b = v as Record<string, unknown> | null;
  if (!b || typeof b !== 'object' || !str(b.id) || !BOX_MODES.includes(b.mode as BoxMode)) return null;
  return { id: b.id, mode: b.mode as BoxMode };
}

/** The snapshot read back from the database, or null when it is not one this release wrote. */
export function parseSnapshot(raw: unknown): SessionSnapshot | null {
  if (!raw || typeof raw !== 'object') return null;
  const s = raw as Record<string, unknown>;
  if (s.v !== 1 || !str(s.hostKey) || !Array.isArray(s.seats) || typeof s.base !== 'number' || !Number.isInteger(s.base) || s.base < 0 || !str(s.phase) || !Number.isInteger(s.round)) return null;
  const seats: SavedSeat[] = [];
  for (const x of s.seats as unknown[]) {
    const seat = x as Record<string, unknown>;
    if (!seat || !str(seat.id) || !str(seat.key) || !str(seat.nickname) || !strOrNull(seat.practiceId) || !strOrNull(seat.apprenticeId) || !strOrNull(seat.deviceId)) return null;
    const box = savedBox(seat.box);
    if (box === null) return null;
    seats.push({ id: seat.id, key: seat.key, nickname: seat.nickname, practiceId: seat.practiceId, apprenticeId: seat.apprenticeId, deviceId: seat.deviceId, ...(box ? { box } : {}) });
  }
  return { v: 1, hostKey: s.hostKey, seats, locked: s.locked === true, autoAdvance: s.autoAdvance === true, base: s.base, phase: s.phase as Phase, round: s.round as number };
}

/** Where a restored session stands, from its stored rounds of this play (round number ≥ base). */
export interface Progress {
  /** Rounds of this play that are stored (the next round to play is this 0-based index). */
  played: number;
  /** Per seat id: total score and rounds with a result, as the room had them. */
  totals: Map<string, { score: number; rounds: number }>;
}

/** Sums the stored rounds of this play (`base` from the snapshot); rounds of earlier plays do not count. */
export function progressOf(rounds: readonly StoredRound[], base: number): Progress {
  const totals = new Map<string, { score: number; rounds: number }>();
  let played = 0;
  for (const round of rounds) {
    if (round.roundIndex < base) continue;
    played = Math.max(played, round.roundIndex - base + 1);
    for (const r of round.results) {
      const t = totals.get(r.playerId) ?? { score: 0, rounds: 0 };
      t.score += r.score;
      t.rounds += 1;
      totals.set(r.playerId, t);
    }
  }
  return { played, totals };
}

/**
 * Writes a hosted room's snapshot when it changed since the last write: call `check` once a
 * second. One write at a time; a failed write is tried again at the next check.
 */
export class SnapshotWriter {
  private last = '';
  private writing = false;

  constructor(
    private readonly take: () => SessionSnapshot,
    private readonly save: (snapshot: SessionSnapshot) => Promise<void>,
    private readonly fail: (err: unknown) => void,
  ) {}

  /** Starts a write when the snapshot differs from the last one written; resolves when that write is done. */
  async check(): Promise<void> {
    if (this.writing) return;
    const snapshot = this.take();
    const json = JSON.stringify(snapshot);
    if (json === this.last) return;
    this.writing = true;
    try {
      await this.save(snapshot);
      this.last = json;
    } catch (err) {
      this.fail(err);
    } finally {
      this.writing = false;
    }
  }
}

/** What `watchSnapshots` reads and where it writes. */
export interface SnapshotWatch {
  seats: Seats;
  host: HostSeat;
  state: SessionState;
  /** The flow's first stored round number of this play. */
  base(): number;
  save(snapshot: SessionSnapshot): Promise<void>;
  fail(err: unknown): void;
  /** The room's clock: runs `fn` every `ms` (cleared with the room). */
  every(fn: () => void, ms: number): { clear(): void };
}

/**
 * Keeps a hosted room's snapshot current (SNAPSHOT_EVERY_MS) and takes the restart note off
 * the projector once the session moved on from where the restart left it. Returns the stop.
 */
export function watchSnapshots(w: SnapshotWatch): () => void {
  const writer = new SnapshotWriter(() => takeSnapshot(w.seats, w.host, w.state, w.base()), w.save, w.fail);
  const restoredIn = w.state.restartNote ? w.state.phase : null;
  const timer = w.every(() => {
    if (restoredIn !== null && w.state.restartNote && w.state.phase !== restoredIn) w.state.restartNote = '';
    void writer.check();
  }, SNAPSHOT_EVERY_MS);
  return () => timer.clear();
}
