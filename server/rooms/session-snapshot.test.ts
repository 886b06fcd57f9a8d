import { describe, expect, it } from 'vitest';
import { PlayerState, SessionState } from '../../shared/protocol/state.ts';
import { HostSeat } from './host-seat.ts';
import { Seats } from './seats.ts';
import { parseSnapshot, progressOf, SnapshotWriter, takeSnapshot } from './session-snapshot.ts';

const round = (roundIndex: number, results: [string, number][]) => ({ roundIndex, gameId: 'reaktion', level: 1, seed: 1, results: results.map(([playerId, score]) => ({ playerId, nickname: playerId, score, detail: {} })) });

describe('session snapshot', () => {
  it('keeps seat keys, names, cards and the host key, and reads them back', () => {
    const seats = new Seats();
    const anna = seats.add('Anna', 's1', null, 'appr-1', 'dev-1');
    const state = new SessionState();
    state.phase = 'play';
    state.roundIndex = 2;
    const host = new HostSeat(state);
    const snap = takeSnapshot(seats, host, state, 3);
    const back = parseSnapshot(JSON.parse(JSON.stringify(snap)));
    expect(back).toEqual({ v: 1, hostKey: host.key, seats: [{ id: anna.id, key: anna.key, nickname: 'Anna', practiceId: null, apprenticeId: 'appr-1', deviceId: 'dev-1' }], locked: false, autoAdvance: false, base: 3, phase: 'play', round: 2 });
  });

  it('keeps which buzzer box holds a seat, and restores it as that box\'s seat', () => {
    const seats = new Seats();
    const box = seats.add('Werkbank 3', 'box:b-1', null, null, null, 'box');
    box.boxId = 'b-1';
    const state = new SessionState();
    state.players.set(box.id, new PlayerState({ id: box.id, nickname: 'Werkbank 3', box: 'button' }));
    const back = parseSnapshot(JSON.parse(JSON.stringify(takeSnapshot(seats, new HostSeat(state), state, 0))))!;
    expect(back.seats[0]?.box).toEqual({ id: 'b-1', mode: 'button' });
    const { box: saved, ...phone } = back.seats[0]!;
    const again = new Seats().restore({ ...phone, boxId: saved!.id });
    expect({ input: again.input, boxId: again.boxId }).toEqual({ input: 'box', boxId: 'b-1' });
    expect(new Seats().restore(phone).input).toBe('phone');
    const seat = { id: 'a', key: 'k', nickname: 'A', practiceId: null, apprenticeId: null, deviceId: null };
    for (const bad of [{ id: 'b' }, { id: '', mode: 'button' }, { id: 'b', mode: 'laser' }, null, 'b']) {
      expect(parseSnapshot({ v: 1, hostKey: 'k', seats: [{ ...seat, box: bad }], base: 0, phase: 'lobby', round: -1 })).toBeNull();
    }
  });

  it('refuses what this release did not write', () => {
    for (const bad of [null, 'x', { v: 2 }, { v: 1, hostKey: 'k', seats: [{ id: 'a' }], base: 0, phase: 'lobby', round: -1 }, { v: 1, hostKey: 'k', seats: [], base: -1, phase: 'lobby', round: -1 }]) {
      expect(parseSnapshot(bad)).toBeNull();
    }
  });

  it('sums only the stored rounds of this play; the next round follows the last stored one', () => {
    const p = progressOf([round(0, [['a', 100]]), round(1, [['a', 5], ['b', 7]]), round(2, [['a', 10]])], 1);
    expect(p.played).toBe(2);
    expect(p.totals.get('a')).toEqual({ score: 15, rounds: 2 });
    expect(p.totals.get('b')).toEqual({ score: 7, rounds: 1 });
    expect(progressOf([], 0).played).toBe(0);
  });

  it('writes only when the snapshot changed', async () => {
    const written: string[] = [];
    let nick = 'Anna';
    const writer = new SnapshotWriter(() => ({ v: 1, hostKey: 'k', seats: [{ id: 'a', key: 'k', nickname: nick, practiceId: null, apprenticeId: null, deviceId: null }], locked: false, autoAdvance: false, base: 0, phase: 'lobby', round: -1 }), async (s) => void written.push(s.seats[0]!.nickname), () => {});
    await writer.check();
    await writer.check();
    nick = 'Ben';
    await writer.check();
    expect(written).toEqual(['Anna', 'Ben']);
  });
});
