import { describe, expect, it } from 'vitest';
import type { ReaktionDetail } from '../../../shared/games/reaktion/wire.ts';
import { reaktionClassView } from './class-view.ts';

// Newcomer 2026-12-06: a round without mistakes showed "Häufigster Fehler: Kein Frühstart und
// kein verpasstes Signal – bei allen 1." — a non-mistake under the mistake heading.

const d = (medianMs: number | null, falseStarts = 0, misses = 0) => ({ medianMs, falseStarts, misses }) as unknown as ReaktionDetail;
const round = {} as never;

describe('Reaktion class view', () => {
  it('a round without a false start or a miss names no mistake and says so beside the median', () => {
    const view = reaktionClassView([d(262)], round, 'de');
    expect(view.commonMistake).toBeUndefined();
    expect(view.answer).toBe('Median der Gruppe: 262 ms. Menschen brauchen etwa 200–300 ms – eine SPS nur 1–20 ms. Kein Frühstart und kein verpasstes Signal.');
    expect(reaktionClassView([d(250), d(300)], round, 'en').answer).toMatch(/No false start and no missed signal\.$/);
  });

  it('names the more common mistake with its count, and then no "clean" sentence', () => {
    const view = reaktionClassView([d(250, 1), d(300, 0, 2), d(280, 2)], round, 'de');
    expect(view.commonMistake).toBe('Frühstart: 2 von 3 haben zu früh getippt. Erst auf das Signal warten!');
    expect(view.answer).not.toContain('Kein Frühstart');
    expect(reaktionClassView([d(250, 0, 1), d(null, 0, 5)], round, 'de').commonMistake).toBe('Verpasst: 2 von 2 haben ein Signal nicht rechtzeitig erwischt.');
  });
});
