import { Protocol, type Client } from '@colyseus/core';
import { describe, expect, it } from 'vitest';
import { SessionState } from '../../shared/protocol/state.ts';
import { AGGREGATE_PATCH_INTERVAL_MS, AggregateThrottle, dropEmptyPatches } from './quiet-patches.ts';

describe('quiet patches', () => {
  it('drops only the header-only patch frame', () => {
    const sent: Uint8Array[] = [];
    const client = { raw: (data: Uint8Array) => void sent.push(data) } as unknown as Client;
    dropEmptyPatches(client);
    client.raw(Uint8Array.of(Protocol.ROOM_STATE_PATCH));
    client.raw(Uint8Array.of(Protocol.ROOM_STATE_PATCH, 1, 2));
    client.raw(Uint8Array.of(Protocol.ROOM_DATA));
    expect(sent.map((b) => [...b])).toEqual([[Protocol.ROOM_STATE_PATCH, 1, 2], [Protocol.ROOM_DATA]]);
  });

  it('copies the counters at most every interval, and at once on a new phase', () => {
    let t = 1000;
    const state = new SessionState();
    const throttle = new AggregateThrottle(() => t);
    let live = { players: 1, answered: 0 };
    throttle.flush(state, () => live);
    expect([state.playerCount, state.answeredCount]).toEqual([1, 0]);
    live = { players: 2, answered: 1 };
    t += AGGREGATE_PATCH_INTERVAL_MS - 1;
    throttle.flush(state, () => live);
    expect([state.playerCount, state.answeredCount]).toEqual([1, 0]);
    t += 1;
    throttle.flush(state, () => live);
    expect([state.playerCount, state.answeredCount]).toEqual([2, 1]);
    live = { players: 2, answered: 2 };
    state.phase = 'reveal';
    throttle.flush(state, () => live);
    expect(state.answeredCount).toBe(2);
  });
});
