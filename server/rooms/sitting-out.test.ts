import { describe, expect, it } from 'vitest';
import { GAME_REGISTRY } from '../../shared/games/index.ts';
import { PlayerState, PlaylistItemState, SessionState } from '../../shared/protocol/state.ts';
import { Seats } from './seats.ts';
import { SittingOut } from './sitting-out.ts';
import { rankPlayers } from './standings.ts';

// Who plays the current round (sitting-out.ts): a buzzer box plays Reaktion only.

function setup(games: string[]) {
  const state = new SessionState();
  for (const gameId of games) state.playlist.push(new PlaylistItemState({ gameId, level: 1, rounds: 1 }));
  const seats = new Seats();
  const phone = seats.add('Handy', 's1', null);
  const box = seats.add('Box', 'box:b1', null, null, null, 'box');
  for (const seat of [phone, box]) state.players.set(seat.id, new PlayerState({ id: seat.id, nickname: seat.nickname }));
  return { state, phone, box, sitting: new SittingOut(state, seats, GAME_REGISTRY) };
}

describe('SittingOut', () => {
  it('in the lobby everyone plays; in a Sensor-Labor round the box sits out, in Reaktion it plays', () => {
    const { state, phone, box, sitting } = setup(['sensor-labor', 'reaktion']);
    sitting.mark();
    expect([sitting.count(), state.players.get(box.id)?.out]).toEqual([2, false]);
    state.phase = 'play';
    state.gameId = 'sensor-labor';
    sitting.mark();
    expect([sitting.plays(phone), sitting.plays(box), sitting.count(), state.players.get(box.id)?.out]).toEqual([true, false, 1, true]);
    state.gameId = 'reaktion';
    sitting.mark();
    expect([sitting.plays(box), sitting.count(), state.players.get(box.id)?.out]).toEqual([true, 2, false]);
  });

  it('a box that sat out has no rank; one with an earlier result keeps its place; at the podium it is out only if no playlist game takes boxes', () => {
    const { state, phone, box, sitting } = setup(['sensor-labor']);
    state.phase = 'reveal';
    state.gameId = 'sensor-labor';
    sitting.mark();
    state.players.get(phone.id)!.score = 800;
    expect(rankPlayers(state, (p) => sitting.ranked(p)).map((p) => p.nickname)).toEqual(['Handy']);
    expect(state.players.get(box.id)?.rank).toBe(0);
    box.rounds = 1; // it played a Reaktion round before
    expect(rankPlayers(state, (p) => sitting.ranked(p)).map((p) => p.nickname)).toEqual(['Handy', 'Box']);
    state.phase = 'podium';
    expect(sitting.sitsOut(box)).toBe(true);
    state.playlist.push(new PlaylistItemState({ gameId: 'reaktion', level: 1, rounds: 1 }));
    expect(sitting.sitsOut(box)).toBe(false);
  });
});
