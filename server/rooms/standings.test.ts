import { describe, expect, it } from 'vitest';
import { LEADERS_SHOWN } from '../../shared/protocol/constants.ts';
import { PlayerState, SessionState } from '../../shared/protocol/state.ts';
import { rankMoves, rankPlayers, standingOf, updateLeaders } from './standings.ts';

function stateWith(scores: number[]): SessionState {
  const state = new SessionState();
  scores.forEach((score, i) => {
    const id = `p${i}`;
    state.players.set(id, new PlayerState({ id, nickname: `Azubi ${String(i).padStart(2, '0')}`, score, roundScore: score, detail: `{"i":${i}}` }));
  });
  state.playerCount = scores.length;
  return state;
}

describe('standings', () => {
  it('ranks by total with shared places (1, 1, 3)', () => {
    const state = stateWith([50, 80, 80, 10]);
    const ranked = rankPlayers(state);
    expect(ranked.map((p) => [p.score, p.rank])).toEqual([[80, 1], [80, 1], [50, 3], [10, 4]]);
  });

  it('lists only the best LEADERS_SHOWN in the shared state, in rank order', () => {
    const scores = Array.from({ length: 25 }, (_, i) => i * 10);
    const state = stateWith(scores);
    updateLeaders(state, rankPlayers(state));
    expect(state.leaders.length).toBe(LEADERS_SHOWN);
    expect(state.leaders.map((l) => l.rank)).toEqual(Array.from({ length: LEADERS_SHOWN }, (_, i) => i + 1));
    expect(state.leaders.at(0)?.score).toBe(240);
    // A second round replaces the list instead of growing it.
    updateLeaders(state, rankPlayers(state));
    expect(state.leaders.length).toBe(LEADERS_SHOWN);
  });

  it("gives a player its own figures and the class size, nothing of the others", () => {
    const state = stateWith([30, 70]);
    state.roundIndex = 2;
    rankPlayers(state);
    expect(standingOf(state, 'p0', 2)).toEqual({ round: 2, score: 30, roundScore: 30, rank: 2, of: 2, answered: 0, detail: '{"i":0}' });
    expect(standingOf(state, 'nobody', 2)).toBeNull();
  });
});

describe('rank moves', () => {
  it('tells each player its place before the round and who is next ahead, by how much', () => {
    const state = stateWith([30, 70, 70, 10]);
    const before = new Map([['p0', 1], ['p1', 2], ['p2', 3], ['p3', 4]]);
    const moves = rankMoves(rankPlayers(state), before);
    expect(moves.get('p1')).toEqual({ previousRank: 2, ahead: null });
    expect(moves.get('p2')).toEqual({ previousRank: 3, ahead: null }); // shares first place
    expect(moves.get('p0')?.previousRank).toBe(1);
    expect(moves.get('p0')?.ahead?.gap).toBe(40);
    expect(moves.get('p3')).toEqual({ previousRank: 4, ahead: { nickname: 'Azubi 00', gap: 20 } });
    const standing = standingOf(state, 'p3', 4, moves.get('p3'));
    expect(standing).toMatchObject({ rank: 4, previousRank: 4, ahead: { nickname: 'Azubi 00', gap: 20 } });
  });
});
