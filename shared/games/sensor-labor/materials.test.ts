import { describe, expect, it } from 'vitest';
import { CONDITIONS, MATERIALS, SENSORS, TABLE, cell, sensorsWith, type MaterialId, type SensorId, type Verdict } from './materials.ts';
import { MATERIAL_NAMES, SENSOR_NAMES, mistakeSentence } from './texts.ts';

// The whole material × sensor table, cell by cell: a change to the judge must be a
// deliberate change here too.
const R = 'reliable', L = 'limited', N = 'no';
const EXPECTED: Record<MaterialId, [Verdict, Verdict, Verdict, Verdict, Verdict, Verdict]> = {
  //                    inductive capacitive diffuse through ultrasonic magnetic
  'steel-screw':        [R, R, R, R, L, N],
  'aluminium-housing':  [L, R, R, R, R, N],
  'brass-fitting':      [L, R, R, R, R, N],
  'glass-lens':         [N, R, N, L, L, N],
  'mirror-optic':       [N, R, L, R, L, N],
  'black-rubber':       [N, R, L, R, R, N],
  'white-plastic':      [N, R, R, R, R, N],
  'wood-block':         [N, L, R, R, R, N],
  'cardboard-box':      [N, L, R, R, R, N],
  'water-vial':         [N, R, L, L, R, N],
  'foam-block':         [N, N, R, R, N, N],
  'ferrite-magnet':     [N, R, L, R, R, R],
};

describe('material × sensor table', () => {
  it('has the parts and sensor types the issue asks for', () => {
    expect(MATERIALS).toHaveLength(12);
    expect(SENSORS).toEqual(['inductive', 'capacitive', 'diffuse', 'through-beam', 'ultrasonic', 'magnetic']);
  });

  it.each(MATERIALS.flatMap((m) => SENSORS.map((s, i) => [m, s, i] as [MaterialId, SensorId, number])))('%s × %s', (m, s, i) => {
    expect(cell(m, s).verdict).toBe(EXPECTED[m][i]);
  });

  it('every cell has a one-sentence reason in German and English', () => {
    for (const m of MATERIALS) {
      for (const s of SENSORS) {
        const { reason } = TABLE[m][s];
        for (const lang of ['de', 'en'] as const) {
          expect(reason[lang].length, `${m} ${s} ${lang}`).toBeGreaterThan(20);
          expect(reason[lang], `${m} ${s} ${lang}`).toMatch(/[.!]$/);
          expect(reason[lang].slice(0, -1), `${m} ${s} ${lang}: one sentence`).not.toMatch(/[.!?] [A-ZÄÖÜ]/);
        }
        expect(reason.de).not.toBe(reason.en);
      }
    }
  });

  it('every limited cell names its condition, and only limited cells do', () => {
    for (const m of MATERIALS) {
      for (const s of SENSORS) {
        const { verdict, condition } = TABLE[m][s];
        if (verdict === 'limited') expect(CONDITIONS, `${m} ${s}`).toContain(condition);
        else expect(condition, `${m} ${s}`).toBeUndefined();
      }
    }
    expect(cell('glass-lens', 'through-beam').condition).toBe('sensitivity');
    expect(cell('water-vial', 'through-beam').condition).toBe('sensitivity');
    expect(cell('aluminium-housing', 'inductive').condition).toBe('distance');
    expect(cell('mirror-optic', 'ultrasonic').condition).toBe(cell('mirror-optic', 'diffuse').condition);
    expect(cell('wood-block', 'capacitive').condition).toBe('moisture');
  });

  it('every part has a reliable and an unreliable sensor (so neither all nor none is right)', () => {
    for (const m of MATERIALS) expect(sensorsWith(m, 'no').length + sensorsWith(m, 'limited').length, m).toBeGreaterThan(0);
  });

  it('every part is detected reliably by at least one sensor type (so a perfect answer exists)', () => {
    for (const m of MATERIALS) expect(sensorsWith(m, 'reliable').length, m).toBeGreaterThan(0);
  });

  it('teaches the key facts', () => {
    expect(MATERIALS.filter((m) => cell(m, 'magnetic').verdict !== 'no')).toEqual(['ferrite-magnet']);
    expect(MATERIALS.filter((m) => cell(m, 'inductive').verdict !== 'no')).toEqual(['steel-screw', 'aluminium-housing', 'brass-fitting']);
    expect(cell('water-vial', 'capacitive').verdict).toBe('reliable');
    expect(cell('foam-block', 'ultrasonic').verdict).toBe('no');
    // A small curved lens gives a weak echo like the screw (content review B14).
    expect(cell('glass-lens', 'ultrasonic')).toMatchObject({ verdict: 'limited', condition: 'distance' });
    expect(cell('black-rubber', 'diffuse').reason.de).toContain('Hintergrundausblendung');
    expect(cell('ferrite-magnet', 'inductive').reason.en).toContain('neodymium');
    expect(cell('glass-lens', 'capacitive').reason.en).toContain('sensitivity set to suit');
  });

  it('names every part and sensor in both languages and explains a mistake key in one line', () => {
    for (const lang of ['de', 'en'] as const) {
      for (const m of MATERIALS) expect(MATERIAL_NAMES[lang][m]).toBeTruthy();
      for (const s of SENSORS) expect(SENSOR_NAMES[lang][s]).toBeTruthy();
    }
    expect(mistakeSentence('glass-lens:diffuse', 'de')).toContain('Glaslinse');
    expect(mistakeSentence('glass-lens:diffuse', 'en')).toContain('Clear glass');
    expect(mistakeSentence('nope:diffuse', 'en')).toBe('');
    expect(mistakeSentence('', 'en')).toBe('');
  });
});
