import { describe, expect, it } from 'vitest';
import type { SessionRepository } from '../repositories/session-repository.ts';
import { Seats } from './seats.ts';
import { measureLatency, RoomOutbox, SessionStore, type FlowRoundRecord, type SessionClient } from './session-ports.ts';

function fakeRepository() {
  const calls: unknown[][] = [];
  const record = (name: string) => async (...args: unknown[]) => void calls.push([name, ...args]);
  const repo = { saveRound: record('saveRound'), assignOwner: record('assignOwner'), updatePlaylist: record('updatePlaylist'), endSession: record('endSession'), reopenSession: record('reopenSession') };
  return { calls, repo: repo as unknown as SessionRepository };
}

function fakeClients() {
  const sent: { to: string; type: string; payload: unknown }[] = [];
  const client = (id: string) => ({ send: (type: string, payload: unknown) => void sent.push({ to: id, type, payload }) }) as unknown as SessionClient;
  const live = new Map([['host-1', client('host-1')], ['s1', client('s1')]]);
  return { sent, clients: { getById: (id: string) => live.get(id) } };
}

describe('SessionStore', () => {
  it('stores every round with the session id and the first host\'s company', async () => {
    const { calls, repo } = fakeRepository();
    const store = new SessionStore(repo, 'room-1');
    const round = { roundIndex: 0 } as FlowRoundRecord;
    await store.saveRound(round);
    expect(store.companyId).toBeNull();
    await store.assignOwner('c1', 't1');
    await store.saveRound(round);
    await store.updatePlaylist([]);
    await store.endSession();
    await store.reopenSession();
    expect(calls).toEqual([
      ['saveRound', { sessionId: 'room-1', companyId: null, roundIndex: 0 }],
      ['assignOwner', 'room-1', 'c1', 't1'],
      ['saveRound', { sessionId: 'room-1', companyId: 'c1', roundIndex: 0 }],
      ['updatePlaylist', 'room-1', []],
      ['endSession', 'room-1'],
      ['reopenSession', 'room-1'],
    ]);
  });
});

describe('RoomOutbox and latency pings', () => {
  it('sends to a seat\'s connection and to the host, and says when nobody holds the seat', () => {
    const { sent, clients } = fakeClients();
    let host: string | null = null;
    const outbox = new RoomOutbox(clients, () => {}, () => host);
    const seats = new Seats();
    const anna = seats.add('Anna', 's1', null);
    const away = seats.add('Ben', 's9', null);
    expect(outbox.toSeat(anna, 'ping', { s: 1 })).toBe(true);
    expect(outbox.toSeat(away, 'ping', { s: 1 })).toBe(false);
    outbox.toHost('kicked', { code: 'KICKED' });
    host = 'host-1';
    outbox.toHost('kicked', { code: 'SESSION_CLOSED' });
    expect(sent).toEqual([{ to: 's1', type: 'ping', payload: { s: 1 } }, { to: 'host-1', type: 'kicked', payload: { code: 'SESSION_CLOSED' } }]);
  });

  it('pings three times, 150 ms apart, and records only pings that were sent', () => {
    const { sent, clients } = fakeClients();
    const outbox = new RoomOutbox(clients, () => {}, () => null);
    const seats = new Seats();
    const anna = seats.add('Anna', 's1', null);
    const away = seats.add('Ben', 's9', null);
    const delays: number[] = [];
    let t = 1000;
    const later = (fn: () => void, ms: number) => {
      delays.push(ms);
      t += 1;
      fn();
    };
    measureLatency(seats, outbox, () => t, later, anna);
    measureLatency(seats, outbox, () => t, later, away);
    expect(delays).toEqual([0, 150, 300, 0, 150, 300]);
    expect(sent.map((m) => m.payload)).toEqual([{ s: 1001 }, { s: 1002 }, { s: 1003 }]);
    expect(anna.pendingPings).toEqual([1001, 1002, 1003]);
    expect(away.pendingPings).toEqual([]);
  });
});
