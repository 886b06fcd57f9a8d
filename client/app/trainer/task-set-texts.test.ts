import { describe, expect, it, vi } from 'vitest';

// The page's language module reads the browser's language and sets the page's when loaded.
vi.stubGlobal('navigator', { language: 'de-DE', languages: ['de-DE'] });
vi.stubGlobal('localStorage', { getItem: () => null, setItem: () => {} });
vi.stubGlobal('document', { documentElement: {} });
const { previewHintText } = await import('./task-set-texts.ts');

// Newcomer: the phone preview of a photo (tap-the-spot) task said "answers shuffled".
describe('the editor\'s phone preview hint', () => {
  it('says "shuffled" only for the kinds the game shuffles (choice answers, order steps)', () => {
    for (const l of ['de', 'en'] as const) {
      expect(previewHintText('choice', l)).toMatch(/gemischt|shuffled/);
      expect(previewHintText('order', l)).toMatch(/Schritte erscheinen im Spiel gemischt|steps appear shuffled/);
      for (const kind of ['spot', 'number'] as const) expect(previewHintText(kind, l), `${kind} ${l}`).not.toMatch(/gemischt|shuffled|Antworten|answers/);
    }
    expect(previewHintText('spot', 'de')).toContain('Stelle im Foto');
  });
});
