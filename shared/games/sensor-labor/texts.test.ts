import { describe, expect, it } from 'vitest';
import { SENSOR_LABOR_TEXTS } from './texts.ts';

// Newcomer on a phone (level 3): "Hno/Hnc" in the debrief meant nothing to an apprentice.
// The output functions are named in plain German (Schließer/Öffner); NO/NC and the sensor
// menu's Hno/Hnc are explained once, where they first appear.

/** Level 3's debrief (taught, fact, mistake) as one text. */
const all = (lang: 'de' | 'en') => Object.values(SENSOR_LABOR_TEXTS[lang].debrief[3]!).join(' ');

describe('level 3 debrief names the output functions plainly', () => {

  it('German: Schließer and Öffner; each abbreviation explained once, the first time it appears', () => {
    const text = all('de');
    expect(text).toContain('Schließer');
    expect(text).toContain('Öffner');
    for (const abbr of ['Hno', 'Hnc']) expect(text.split(abbr).length - 1, abbr).toBeLessThanOrEqual(1);
    // Where Hno/Hnc stand, the same sentence says what they mean.
    const sentence = text.split(/(?<=\.)\s/).find((s) => s.includes('Hno'));
    if (sentence) expect(sentence).toMatch(/Hysterese/);
    expect(text.indexOf('NO')).toBeGreaterThan(-1);
    expect(text.slice(text.indexOf('NO') - 40, text.indexOf('NO') + 30)).toMatch(/normally open|Schließer/);
    expect(text.slice(text.indexOf('NC') - 40, text.indexOf('NC') + 30)).toMatch(/normally closed|Öffner/);
    expect(text).not.toMatch(/\((Hno|Hnc)\)/);
  });

  it('English: no bare Hno/Hnc either', () => {
    expect(all('en')).not.toMatch(/\((Hno|Hnc)\)/);
  });
});
