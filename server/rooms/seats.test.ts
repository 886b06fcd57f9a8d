import { describe, expect, it } from 'vitest';
import { MAX_ONE_WAY_MS, PROTOCOL_VERSION } from '../../shared/protocol/constants.ts';
import { parseKick } from '../../shared/protocol/messages.ts';
import { parseJoinOptions } from './join-options.ts';
import { Seats } from './seats.ts';
import { GAME_REGISTRY } from '../../shared/games/index.ts';

describe('Seats', () => {
  it('adds seats with unique ids and keys, findable by id, key and session', () => {
    const seats = new Seats();
    const a = seats.add('Anna', 's1', null);
    const b = seats.add('Ben', 's2', 'practice-id-123456');
    expect(seats.size).toBe(2);
    expect(a.id).not.toBe(b.id);
    expect(a.key).not.toBe(b.key);
    expect(seats.get(a.id)).toBe(a);
    expect(seats.byKey(b.key)).toBe(b);
    expect(seats.bySession('s1')).toBe(a);
    expect(seats.bySession('nope')).toBeUndefined();
    seats.remove(a.id);
    expect(seats.get(a.id)).toBeUndefined();
    expect(seats.all()).toEqual([b]);
  });

  it("a seat's key is accepted as a rejoin key and its id as a kick target", () => {
    const seats = new Seats();
    for (let i = 0; i < 50; i++) {
      const seat = seats.add(`P${i}`, `s${i}`, null);
      expect(() => parseJoinOptions({ protocol: PROTOCOL_VERSION, role: 'player', key: seat.key }, 'b', GAME_REGISTRY)).not.toThrow();
      expect(parseKick({ playerId: seat.id })).toEqual({ ok: true, value: { playerId: seat.id } });
    }
  });

  it('finds a taken nickname regardless of case', () => {
    const seats = new Seats();
    seats.add('Anna', 's1', null);
    expect(seats.nicknameTaken('anna')).toBe(true);
    expect(seats.nicknameTaken('ANNA')).toBe(true);
    expect(seats.nicknameTaken('Anne')).toBe(false);
  });

  it('numbers a card holder whose name a guest already uses, within 20 characters; finds seats by apprentice', () => {
    const seats = new Seats();
    expect(seats.freeNickname('Mia')).toBe('Mia');
    seats.add('mia', 's1', null);
    expect(seats.freeNickname('Mia')).toBe('Mia 2');
    const long = 'Maximiliane Mustermann'.slice(0, 20);
    seats.add(long, 's2', null);
    seats.add(`${long.slice(0, 18)} 2`, 's3', null);
    expect(seats.freeNickname(long)).toBe(`${long.slice(0, 18)} 3`);
    const card = seats.add('Ben', 's4', null, 'apprentice-1');
    expect(seats.byApprentice('apprentice-1')).toBe(card);
    expect(seats.byApprentice('apprentice-2')).toBeUndefined();
  });

  it('counts only pongs for pings it sent, each once', () => {
    const seats = new Seats();
    const seat = seats.add('Anna', 's1', null);
    seats.recordPong(seat, 1_000, 1_080); // never sent: ignored
    expect(seat.rtts).toEqual([]);
    seats.recordPing(seat, 1_000);
    seats.recordPong(seat, 1_000, 1_080);
    seats.recordPong(seat, 1_000, 1_010); // replayed pong: ignored
    expect(seat.rtts).toEqual([80]);
  });

  it('accepts one pong per ping even when a busy event loop sent pings in the same millisecond', () => {
    const seats = new Seats();
    const seat = seats.add('Anna', 's1', null);
    for (let i = 0; i < 3; i++) seats.recordPing(seat, 2_000);
    expect([1, 2, 3, 4].map(() => seats.recordPong(seat, 2_000, 2_050))).toEqual([true, true, true, false]);
    expect(seat.rtts).toEqual([50, 50, 50]);
  });

  it('forgets the oldest unanswered pings beyond a bound, so a silent client cannot grow memory', () => {
    const seats = new Seats();
    const seat = seats.add('Anna', 's1', null);
    for (let i = 0; i < 100; i++) seats.recordPing(seat, i);
    expect(seats.recordPong(seat, 0, 10)).toBe(false);
    expect(seats.recordPong(seat, 99, 110)).toBe(true);
  });

  it('oneWayMs is half the shortest recent round trip, capped at MAX_ONE_WAY_MS, 0 without samples', () => {
    const seats = new Seats();
    const seat = seats.add('Anna', 's1', null);
    expect(seats.oneWayMs(seat)).toBe(0);
    for (const [sent, rtt] of [[1, 120], [2, 60], [3, 200]] as const) {
      seats.recordPing(seat, sent);
      seats.recordPong(seat, sent, sent + rtt);
    }
    expect(seats.oneWayMs(seat)).toBe(30);
    const slow = seats.add('Ben', 's2', null);
    seats.recordPing(slow, 5);
    seats.recordPong(slow, 5, 5 + 10 * MAX_ONE_WAY_MS);
    expect(seats.oneWayMs(slow)).toBe(MAX_ONE_WAY_MS);
  });

  it('keeps only the recent round trips, so an old fast sample ages out', () => {
    const seats = new Seats();
    const seat = seats.add('Anna', 's1', null);
    const pong = (sent: number, rtt: number): void => {
      seats.recordPing(seat, sent);
      seats.recordPong(seat, sent, sent + rtt);
    };
    pong(0, 10);
    for (let i = 1; i <= 50; i++) pong(i * 1_000, 100);
    expect(seats.oneWayMs(seat)).toBe(50);
    expect(seat.rtts.every((rtt) => rtt === 100)).toBe(true);
  });
});
