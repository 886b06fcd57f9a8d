import { describe, expect, it } from 'vitest';
import { PlaylistItemState, SessionState } from '../../shared/protocol/state.ts';
import { Roster } from './roster.ts';

// The Roster keeps seven structures in step (roster.ts); each verb is checked against all of
// them, with no Colyseus room around it.

function roster(phase: SessionState['phase'] = 'lobby') {
  const state = new SessionState();
  state.phase = phase;
  state.playlist.push(new PlaylistItemState({ gameId: 'reaktion', level: 1, rounds: 1 }));
  return { state, roster: new Roster(state) };
}

describe('Roster', () => {
  it('marks a seat taken with a card for the host (review N10), also when it comes back after a restart', () => {
    const { state, roster: r } = roster();
    const mia = r.seat('Mia', 's1', null, 'appr-1', null);
    const guest = r.seat('Miạ', 's2', null, null, null);
    expect([state.players.get(mia.id)?.card, state.players.get(guest.id)?.card]).toEqual([true, false]);
    const again = roster().roster.restoreSeat({ id: mia.id, key: mia.key, nickname: 'Mia', practiceId: null, apprenticeId: 'appr-1', deviceId: null });
    expect([again.key, again.sessionId, again.apprenticeId]).toEqual([mia.key, null, 'appr-1']);
  });

  it('claim at onJoin: takes the door\'s seat or the card\'s (closing the old connection), else a new one, else the refusal of a race lost meanwhile', () => {
    const { state, roster: r } = roster();
    const join = (nickname: string) => ({ nickname, practiceId: null, deviceId: null });
    const anna = r.seat('Anna', 's1', null, 'appr-1', null);
    expect(r.claim({ seatId: anna.id, join: join('Anna') }, 's2', 3)).toEqual({ seat: anna, replaced: 's1' });
    expect(r.claim({ seatId: null, apprenticeId: 'appr-1', join: join('Anna') }, 's3', 3)).toEqual({ seat: anna, replaced: 's2' });
    expect(r.claim({ seatId: null, join: join('Anna') }, 's4', 3)).toEqual({ refused: 'NICKNAME_TAKEN' });
    const ben = r.claim({ seatId: null, join: join('Ben') }, 's5', 3);
    expect('seat' in ben && [ben.seat.nickname, ben.seat.sessionId, ben.replaced, state.players.size]).toEqual(['Ben', 's5', null, 2]);
    expect(r.claim({ seatId: null, join: join('Cem') }, 's6', 2)).toEqual({ refused: 'SESSION_FULL' });
    state.locked = true;
    expect(r.claim({ seatId: null, join: join('Cem') }, 's6', 3)).toEqual({ refused: 'SESSION_LOCKED' });
  });

  it('readiness is about phones: a buzzer box seat is neither waited for nor counted', () => {
    const { state, roster: r } = roster();
    const anna = r.seat('Anna', 's1', null, null, null);
    const box = r.seat('Box', 'box:b1', null, null, null, 'box');
    r.connect(anna);
    r.connect(box);
    r.markReady(anna.id, ['reaktion']);
    expect(state.readyCount).toBe(1);
    expect(r.allReady('reaktion')).toBe(true);
    expect(box.input).toBe('box');
  });

  it('seats a player in the seats and the state, and counts readiness of connected phones', () => {
    const { state, roster: r } = roster();
    const anna = r.seat('Anna', 's1', null, null, 'dev-1');
    expect(r.seats.get(anna.id)?.nickname).toBe('Anna');
    expect(state.players.get(anna.id)?.nickname).toBe('Anna');
    expect(state.readyCount).toBe(0);
    r.connect(anna);
    expect(state.players.get(anna.id)?.connected).toBe(true);
    expect(r.allReady('reaktion')).toBe(true); // never reported: not waited for
    expect(state.readyCount).toBe(0);
    r.markReady(anna.id, ['reaktion']);
    expect(state.readyCount).toBe(1);
    expect(r.allReady('reaktion')).toBe(true);
    r.drop(anna);
    expect(state.players.get(anna.id)?.connected).toBe(false);
    expect(state.readyCount).toBe(0);
  });

  it('frees a seat that never played when its player leaves, keeps one that played', () => {
    const { state, roster: r } = roster();
    const anna = r.seat('Anna', 's1', null, null, null);
    const ben = r.seat('Ben', 's2', null, null, null);
    ben.rounds = 1;
    r.leave(anna);
    r.leave(ben);
    expect(r.seats.get(anna.id)).toBeUndefined();
    expect(state.players.has(anna.id)).toBe(false);
    expect(state.playerCount).toBe(1);
    expect(r.seats.get(ben.id)?.sessionId).toBeNull();
    expect(state.players.get(ben.id)?.connected).toBe(false);
  });

  it('keeps every seat on the podium, and "again" frees only those gone for good', () => {
    const { state, roster: r } = roster('podium');
    const anna = r.seat('Anna', 's1', null, null, null);
    const ben = r.seat('Ben', 's2', null, null, null);
    anna.rounds = 2;
    r.leave(anna);
    expect(state.players.has(anna.id)).toBe(true);
    ben.rounds = 2;
    r.dropLeftSeats();
    expect(state.players.has(anna.id)).toBe(false);
    expect(ben.rounds).toBe(0);
  });

  it('a removal by the host shuts the seat out and lists it; readmit takes it back', () => {
    const { state, roster: r } = roster();
    const anna = r.seat('Anna', 's1', null, null, 'dev-1');
    let cancelled = 0;
    r.hold(anna, new Promise(() => {}), () => void (cancelled += 1));
    r.remove(anna, 'KICKED');
    expect(cancelled).toBe(1);
    expect(state.players.has(anna.id)).toBe(false);
    expect(state.removed.get(anna.id)?.nickname).toBe('Anna');
    expect(r.doorView(10).removals.shutsOut({ deviceId: 'dev-1' })).toBe(true);
    expect(r.readmit('nobody')).toBe('PLAYER_NOT_FOUND');
    expect(r.readmit(anna.id)).toBeNull();
    expect(state.removed.has(anna.id)).toBe(false);
    expect(r.doorView(10).removals.shutsOut({ deviceId: 'dev-1' })).toBe(false);
  });

  it('a revoked card only loses its seat (no removal is listed)', () => {
    const { state, roster: r } = roster();
    const anna = r.seat('Anna', 's1', null, 'ap-1', null);
    r.remove(anna, 'CARD_REVOKED');
    expect(state.players.has(anna.id)).toBe(false);
    expect(state.removed.size).toBe(0);
    expect(r.doorView(10).removals.shutsOut({ apprenticeId: 'ap-1' })).toBe(false);
  });

  it('a takeover names the connection it replaces and cancels a held reconnection', async () => {
    const { roster: r } = roster();
    const anna = r.seat('Anna', 's1', null, null, null);
    let cancelled = 0;
    let settle: (() => void) | undefined;
    const held = new Promise<void>((resolve) => {
      settle = resolve;
    });
    r.hold(anna, held, () => void (cancelled += 1));
    expect(anna.held).not.toBeNull();
    expect(r.takeOver(anna, 's2')).toBe('s1');
    expect(anna.sessionId).toBe('s2');
    expect(cancelled).toBe(1);
    expect(anna.held).toBeNull();
    settle?.();
    await held;
    expect(anna.held).toBeNull();
  });

  it('tells the door the room as it is', () => {
    const { state, roster: r } = roster();
    state.code = '123456';
    state.locked = true;
    r.seat('Anna', 's1', null, null, null);
    const view = r.doorView(7);
    expect({ code: view.code, locked: view.locked, solo: view.solo, phase: view.phase, maxPlayers: view.maxPlayers, seats: view.seats.size }).toEqual({ code: '123456', locked: true, solo: false, phase: 'lobby', maxPlayers: 7, seats: 1 });
  });
});
