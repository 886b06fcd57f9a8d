import { describe, expect, it } from 'vitest';
import { CURRICULUM } from '../games/curriculum.ts';
import { GAME_REGISTRY } from '../games/index.ts';
import { buildRecordBook, groupRounds, roundDurationMs, type RecordBookRound } from './model.ts';

const round = (gameId: string, level: number, startedAt: string, seconds: number, score: number, taskSetTitle: string | null = null): RecordBookRound => ({
  gameId, level, startedAt, endedAt: new Date(Date.parse(startedAt) + seconds * 1000).toISOString(), score, taskSetTitle,
});
const reaktion1 = GAME_REGISTRY.find('reaktion')!;

describe('record-book grouping', () => {
  it('groups by Berlin day across the October clock change, then by game level in order of play', () => {
    const days = groupRounds([
      round('reaktion', 1, '2026-10-25T22:59:00Z', 30, 100), // 23:59 CET Sunday
      round('reaktion', 1, '2026-10-24T22:30:00Z', 60, 300), // 00:30 CEST Sunday
      round('sensor-labor', 1, '2026-10-25T08:00:00Z', 90, 500),
      round('reaktion', 2, '2026-10-25T09:00:00Z', 45, 700),
      round('reaktion', 1, '2026-10-25T23:00:00Z', 40, 200), // 00:00 CET Monday
    ], GAME_REGISTRY, 'de');
    expect(days.map((d) => d.day)).toEqual(['2026-10-25', '2026-10-26']);
    const sunday = days[0]!.entries;
    expect(sunday.map((e) => [e.game, e.level, e.rounds, e.durationMs])).toEqual([
      [reaktion1.texts.de.title, 1, 2, 90_000],
      [GAME_REGISTRY.find('sensor-labor')!.texts.de.title, 1, 1, 90_000],
      [reaktion1.texts.de.title, 2, 1, 45_000],
    ]);
    expect(sunday[0]).toMatchObject({ levelName: reaktion1.texts.de.levels[1], firstStart: '2026-10-24T22:30:00Z', best: 300, median: 200 });
    expect(days[1]!.entries.map((e) => [e.level, e.rounds, e.best])).toEqual([[1, 1, 200]]);
  });

  it("a company task set's round names the set's own tagged items, never the example set's level items (a newcomer's signed PDF listed Mechatroniker items for glass-cement questions)", () => {
    const werkstatt = GAME_REGISTRY.find('werkstatt')!;
    expect((werkstatt.curriculum[1] ?? []).length).toBeGreaterThan(0);
    const own = { ...round('werkstatt', 1, '2026-03-23T08:00:00Z', 60, 1, 'Feinoptik Grundlagen'), taskSetTags: ['feinopt-bbp-1', 'Kitten', 'feinopt-bbp-1'] };
    const untagged = round('werkstatt', 1, '2026-03-23T09:00:00Z', 60, 1, 'Ohne Schlagwörter');
    const [day] = groupRounds([own, untagged], GAME_REGISTRY, 'de');
    expect(day!.entries.map((e) => [e.taskSet, e.levelName, e.items.map((i) => i.source)])).toEqual([
      ['Feinoptik Grundlagen', '', [CURRICULUM['feinopt-bbp-1'].source]],
      ['Ohne Schlagwörter', '', []],
    ]);
  });

  it("names each level's curriculum items in the regulation's words with their source", () => {
    const [day] = groupRounds([round('reaktion', 1, '2026-03-23T08:00:00Z', 60, 1)], GAME_REGISTRY, 'de');
    const ids = reaktion1.curriculum[1]!;
    expect(ids.length).toBeGreaterThan(0);
    expect(day!.entries[0]!.items).toEqual(ids.map((id) => ({ text: CURRICULUM[id].de, source: CURRICULUM[id].source, original: null })));
    const [en] = groupRounds([round('reaktion', 1, '2026-03-23T08:00:00Z', 60, 1)], GAME_REGISTRY, 'en');
    expect(en!.entries[0]!.items[0]).toEqual({ text: CURRICULUM[ids[0]!].en, source: CURRICULUM[ids[0]!].source, original: CURRICULUM[ids[0]!].de });
    expect(en!.entries[0]!.levelName).toBe(reaktion1.texts.en.levels[1]);
  });

  it('keeps different task sets of one level apart, and a game no longer on the server by its id', () => {
    const [day] = groupRounds([
      round('werkstatt', 1, '2026-03-23T08:00:00Z', 60, 1, 'Satz A'),
      round('werkstatt', 1, '2026-03-23T08:05:00Z', 60, 1, 'Satz B'),
      round('retired-game', 3, '2026-03-23T09:00:00Z', 60, 1),
    ], GAME_REGISTRY, 'de');
    // Sets without tagged items name none (the level's items describe the built-in example set).
    expect(day!.entries.map((e) => [e.taskSet, e.game, e.items.length > 0])).toEqual([['Satz A', 'Werkstatt', false], ['Satz B', 'Werkstatt', false], [null, 'retired-game', false]]);
  });

  it('totals rounds and time; a round whose end precedes its start counts 0 ms', () => {
    expect(roundDurationMs({ startedAt: '2026-03-23T08:00:00Z', endedAt: '2026-03-23T07:59:00Z' })).toBe(0);
    const doc = buildRecordBook({
      lang: 'de', company: 'Firma', apprentice: { name: 'Дмитрий', trade: '', trainingYear: 1 }, period: { from: '2026-03-23', to: '2026-03-29' },
      createdAt: '2026-03-30T08:00:00Z', showScores: false, games: GAME_REGISTRY,
      rounds: [round('reaktion', 1, '2026-03-23T08:00:00Z', 61, 1), round('reaktion', 1, '2026-03-24T08:00:00Z', 59, 1)],
    });
    expect([doc.totalRounds, doc.totalMs, doc.days.length]).toEqual([2, 120_000, 2]);
    expect(buildRecordBook({ ...doc, rounds: [], games: GAME_REGISTRY }).days).toEqual([]);
  });
});
