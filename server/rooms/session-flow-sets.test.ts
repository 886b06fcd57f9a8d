import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRoundFrom } from '../../shared/games/werkstatt/rules.ts';
import type { TaskSetContent } from '../../shared/games/werkstatt/model.ts';
import type { WerkstattPublicRound } from '../../shared/games/werkstatt/wire.ts';
import { flowHarness, TIMINGS } from '../../tests/helpers/flow-harness.ts';

// A Werkstatt round of a stored set through the SessionFlow (fake clock, recording I/O): the
// set is pinned at the version current when the playlist was set, played, and the stored
// round notes set, version and title. The integration test (werkstatt-round.test.ts) does
// the same over the real wire and database.

const SET_ID = '11111111-1111-4111-8111-111111111111';
const SET: TaskSetContent = {
  title: 'Presse 3',
  tasks: [{ kind: 'number', prompt: 'Spaltmaß?', explain: 'Laut Zeichnung.', limitS: 20, tags: [], value: 0.05, tolerance: 0.01, unit: 'mm' }],
};

beforeEach(() => {
  vi.useFakeTimers({ now: 1_700_000_000_000 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('SessionFlow with a stored set', () => {
  it('plays the pinned version and stores which one it played', async () => {
    let version = 4;
    const source = { find: async (setId: string, companyId: string) => (setId === SET_ID && companyId === 'a' ? { version, title: SET.title, content: SET } : null) };
    const h = flowHarness('hosted', true, TIMINGS, { source, companyId: () => 'a' });
    const anna = h.addPlayer('Anna');
    const items = await h.flow.pinContent([{ gameId: 'werkstatt', level: 1, rounds: 1, setId: SET_ID }]);
    expect(items).toEqual([{ gameId: 'werkstatt', level: 1, rounds: 1, setId: SET_ID, setTitle: 'Presse 3' }]);
    version = 5; // a later save does not change this session's pin
    expect(h.flow.setPlaylist(items as never)).toBeNull();
    expect(h.state.playlist[0]?.setTitle).toBe('Presse 3');
    expect(h.flow.start()).toBeNull();
    await vi.advanceTimersByTimeAsync(TIMINGS.countdownMs);
    expect(h.state.phase).toBe('play');
    const pub = JSON.parse(h.state.round) as WerkstattPublicRound;
    expect(pub).toEqual({ level: 1, title: 'Presse 3', durationMs: createRoundFrom(1, 1, SET).durationMs, tasks: [{ kind: 'number', prompt: 'Spaltmaß?', limitS: 20, unit: 'mm' }] });
    expect(h.flow.answer(anna, { round: 0, data: { task: 0, value: '0,05' } })).toBeNull();
    await vi.advanceTimersByTimeAsync(10);
    expect(h.state.phase).toBe('reveal');
    expect(h.saved).toHaveLength(1);
    expect(h.saved[0]).toMatchObject({ gameId: 'werkstatt', taskSet: { id: SET_ID, version: 4, title: 'Presse 3' } });
    expect(h.saved[0]?.results[0]?.score).toBe(1000);
  });

  it('refuses a set the session\'s company does not own', async () => {
    const source = { find: async () => null };
    const h = flowHarness('hosted', true, TIMINGS, { source, companyId: () => 'b' });
    expect(await h.flow.pinContent([{ gameId: 'werkstatt', level: 1, rounds: 1, setId: SET_ID }])).toBe('PLAYLIST_INVALID');
  });
});
