import { describe, expect, it } from 'vitest';
import { reaktionResultLines } from './ui-texts.ts';

// Reaktion's reveal lines use the shared formatter with plurals (1 Frühstart, 2 Frühstarts).

describe('Reaktion result lines', () => {
  it('say singular and plural right in both languages', () => {
    expect(reaktionResultLines({ medianMs: 243.4, hits: 1, falseStarts: 1, misses: 0 }, 'de')).toEqual(['Median: 243 ms', '1 Treffer', '1 Frühstart', '0 verpasst']);
    expect(reaktionResultLines({ medianMs: 243.4, hits: 4, falseStarts: 2, misses: 1 }, 'de')).toEqual(['Median: 243 ms', '4 Treffer', '2 Frühstarts', '1 verpasst']);
    expect(reaktionResultLines({ medianMs: null, hits: 1, falseStarts: 1, misses: 2 }, 'en')).toEqual(['No valid hit', '1 hit', '1 false start', '2 missed']);
    expect(reaktionResultLines({ medianMs: 200, hits: 0, falseStarts: 0, misses: 5 }, 'en')).toEqual(['Median: 200 ms', '0 hits', '0 false starts', '5 missed']);
  });

  it('leave out figures a detail does not carry (an older stored round)', () => {
    expect(reaktionResultLines({ medianMs: null } as never, 'de')).toEqual(['Kein gültiger Treffer']);
  });
});
