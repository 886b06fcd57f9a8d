import { describe, expect, it } from 'vitest';
import type { RecordBookDoc, RecordBookEntry } from '../../shared/record-book/model.ts';
import { pdfPages } from '../../tests/helpers/pdf-text.ts';
import { renderRecordBook } from './pdf-render.ts';

// Issue 21 §3, newcomer: an entry whose items run over a page break continued on the next
// page without its title, so the items there belonged to nothing a reader could see. Every
// page that continues an entry starts with the day, the entry's title and "(Fortsetzung)";
// a page that continues a day between entries starts with the day and "(Fortsetzung)".

const item = (n: number) => ({ text: `Inhalt Nummer ${n}: Steuerungen aufbauen, prüfen und in Betrieb nehmen`, source: `MechatronikerAusbV 2018, § 3 Abs. 2 Nr. ${n}`, original: null });
const entry = (game: string, items: number): RecordBookEntry => ({
  game, level: 1, levelName: 'Sortieren', taskSet: null, items: Array.from({ length: items }, (_, i) => item(i + 1)),
  rounds: 2, durationMs: 120_000, firstStart: '2026-12-07T08:05:00.000Z', best: 800, median: 700,
});
const doc = (entries: RecordBookEntry[], lang: 'de' | 'en' = 'de'): RecordBookDoc => ({
  lang, company: 'Laser Süd GmbH', apprentice: { name: 'Łukasz Öztürk', trade: 'Mechatroniker/-in', trainingYear: 2 },
  period: { from: '2026-12-07', to: '2026-12-13' }, createdAt: '2026-12-13T17:00:00.000Z', showScores: false,
  days: [{ day: '2026-12-07', entries }], totalRounds: 2 * entries.length, totalMs: 120_000 * entries.length,
});

// Rendering and parsing a PDF takes a few seconds on a busy 2-core machine: more than the unit default.
describe('record-book PDF: page breaks', { timeout: 30_000 }, () => {
  it('a page that continues an entry repeats its day and title with "(Fortsetzung)"', async () => {
    const pages = await pdfPages(await renderRecordBook(doc([entry('Sensor-Labor', 40)])));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const page of pages.slice(1)) {
      const first = page.split('\n').find((l) => l.trim() !== '')!;
      expect(first).toMatch(/^Mo\.?,? 07\.12\.2026 · Sensor-Labor – .*\(Fortsetzung\)$/);
    }
    // Once per page, never inside the first page.
    expect(pages[0]).not.toContain('Fortsetzung');
  });

  it('in English: every continued page says "(continued)", also between entries of a day', async () => {
    const pages = await pdfPages(await renderRecordBook(doc([entry('Sensor-Labor', 22), entry('Datenfluss', 22), entry('Werkstatt', 22)], 'en')));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const page of pages.slice(1)) expect(page.split('\n').find((l) => l.trim() !== '')!).toMatch(/\(continued\)$/);
  });

  it('a short supplement has no continuation heading', async () => {
    const pages = await pdfPages(await renderRecordBook(doc([entry('Sensor-Labor', 2)])));
    expect(pages).toHaveLength(1);
    expect(pages[0]).not.toMatch(/Fortsetzung|continued/);
  });
});
