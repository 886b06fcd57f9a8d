import { Protocol, type Client } from '@colyseus/core';
import { filterOutgoingFrames } from '../colyseus-seams.ts';
import type { SessionState } from '../../shared/protocol/state.ts';

// Keeps a big round's patch traffic O(1) per player and tick. Two sources of frames that
// carry nothing for a player (measured with 2,000 players, issue 13: socket writes were the
// largest cost): Colyseus sends every client a patch on every tick in which anything
// changed, even when only the host's view (StateView) changed — a 1-byte frame to each
// player, 20 times a second; and counters that change with every answer or join.

/** How often the shared counters (`playerCount`, `answeredCount`) may change, in ms. */
export const AGGREGATE_PATCH_INTERVAL_MS = 250;

const EMPTY_PATCH = Protocol.ROOM_STATE_PATCH;

/** Stops the empty patch frames (header only) to one client; everything else passes. */
export function dropEmptyPatches(client: Client): void {
  filterOutgoingFrames(client, (frame) => frame.length === 1 && frame[0] === EMPTY_PATCH);
}

/** Copies the live counters into the shared state at most every AGGREGATE_PATCH_INTERVAL_MS, and at once on a new phase. */
export class AggregateThrottle {
  private at = -Infinity;
  private phase = '';

  constructor(private readonly now: () => number) {}

  /** Called before each patch; `counts` reads the live values. */
  flush(state: SessionState, counts: () => { players: number; answered: number }): void {
    const t = this.now();
    if (t - this.at < AGGREGATE_PATCH_INTERVAL_MS && state.phase === this.phase) return;
    this.at = t;
    this.phase = state.phase;
    const c = counts();
    state.playerCount = c.players;
    state.answeredCount = c.answered;
  }
}
