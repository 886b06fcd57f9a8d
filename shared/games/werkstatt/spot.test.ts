import { describe, expect, it } from 'vitest';
import { checkTaskSet } from './validate.ts';
import { createRoundFrom, judge, publicRound, score } from './rules.ts';
import { checkRegion, checkTap, fitCircle, inRegion, regionTooSmall } from './spot.ts';
import type { TaskSetContent } from './model.ts';

const PHOTO = '0b7c7e4e-1f0a-4c55-9a3e-2d9a8f1c0e11';
const SET: TaskSetContent = {
  title: 'Presse 3',
  tasks: [{ kind: 'spot', prompt: 'Wo ist der Endschalter?', explain: 'Oben rechts am Schlitten.', limitS: 20, tags: [], photo: PHOTO, region: { shape: 'rect', x: 0.6, y: 0.1, w: 0.2, h: 0.1 } }],
};
const ctx = { playStartMs: 1000, oneWayMs: 0, nowMs: 2000 };

describe('tap the spot', () => {
  it('checks regions: inside the photo, sides not too thin, at most a quarter of it', () => {
    expect(checkRegion({ shape: 'rect', x: 0.1, y: 0.1, w: 0.2, h: 0.2 })).toEqual({ shape: 'rect', x: 0.1, y: 0.1, w: 0.2, h: 0.2 });
    expect(checkRegion({ shape: 'rect', x: 0.9, y: 0.1, w: 0.2, h: 0.2 })).toBe('region');
    expect(checkRegion({ shape: 'rect', x: 0, y: 0, w: 0.6, h: 0.6 })).toBe('region-large');
    expect(checkRegion({ shape: 'circle', x: 0.5, y: 0.5, rx: 0.1, ry: 0.15 })).toMatchObject({ shape: 'circle' });
    expect(checkRegion({ shape: 'circle', x: 0.05, y: 0.5, rx: 0.1, ry: 0.1 })).toBe('region');
    expect(checkRegion({ shape: 'star' })).toBe('region');
    expect(checkRegion({ shape: 'rect', x: Number.NaN, y: 0, w: 0.1, h: 0.1 })).toBe('region');
  });

  it('warns below a fingertip (44 px) on a 360 px phone, by the photo\'s aspect', () => {
    // 0.1 × 360 = 36 px across: too small; 0.15 × 360 = 54 px across, 0.15 × 360 × 0.75 = 40.5 px down: too small.
    expect(regionTooSmall({ shape: 'rect', x: 0, y: 0, w: 0.1, h: 0.5 }, 1)).toBe(true);
    expect(regionTooSmall({ shape: 'rect', x: 0, y: 0, w: 0.15, h: 0.15 }, 0.75)).toBe(true);
    expect(regionTooSmall({ shape: 'rect', x: 0, y: 0, w: 0.15, h: 0.2 }, 0.75)).toBe(false);
    expect(regionTooSmall({ shape: 'circle', x: 0.5, y: 0.5, rx: 0.07, ry: 0.07 }, 1)).toBe(false);
  });

  it('a spot task needs its photo and a region; the check lists the problems', () => {
    const raw = { title: 'X', tasks: [{ kind: 'spot', prompt: 'Wo?', region: { shape: 'rect', x: 0, y: 0, w: 0.9, h: 0.9 } }] };
    expect(checkTaskSet(raw)).toEqual({ ok: false, problems: [{ task: 0, key: 'photo' }, { task: 0, key: 'region-large' }] });
    expect(checkTaskSet({ title: 'X', tasks: [{ kind: 'number', prompt: 'Wie viel?', value: 1, photo: '../etc/passwd' }] })).toMatchObject({ ok: false, problems: [{ task: 0, key: 'photo' }] });
    expect(checkTaskSet(SET)).toEqual({ ok: true, value: SET });
  });

  it('the public round carries the photo id, never the region', () => {
    const pub = publicRound(createRoundFrom(1, 1, SET));
    expect(pub.tasks[0]).toEqual({ kind: 'spot', prompt: 'Wo ist der Endschalter?', limitS: 20, photo: { id: PHOTO } });
    expect(JSON.stringify(pub)).not.toMatch(/region|0\.6|"w"|"h"/);
  });

  it('a tap inside is right, outside costs p/(1−p); taps out of range or of the wrong shape are MESSAGE_INVALID', () => {
    const round = createRoundFrom(1, 1, SET);
    const hit = judge(round, { answers: [] }, { task: 0, tap: [0.7, 0.15] }, ctx);
    expect(hit.player.answers[0]?.credit).toBe(1);
    const miss = judge(round, { answers: [] }, { task: 0, tap: [0.1, 0.9] }, ctx);
    expect(miss.player.answers[0]?.credit).toBeCloseTo(-0.02 / 0.98, 9);
    for (const tap of [[1.2, 0.5], [-0.1, 0.5], [0.5], ['0.5', 0.5], [0.5, Number.NaN], null]) {
      expect(judge(round, { answers: [] }, { task: 0, tap }, ctx).error, JSON.stringify(tap)).toBe('MESSAGE_INVALID');
    }
    const detail = score(round, hit.player).detail;
    expect(detail.tasks[0]).toEqual({ c: 1, a: [0.7, 0.15], s: [0, 0.6, 0.1, 0.2, 0.1], x: 'Oben rechts am Schlitten.' });
  });

  it('circle taps: the edge counts, just outside does not', () => {
    const r = { shape: 'circle', x: 0.5, y: 0.5, rx: 0.1, ry: 0.2 } as const;
    expect([inRegion(r, 0.6, 0.5), inRegion(r, 0.5, 0.7), inRegion(r, 0.59, 0.65), inRegion(r, 0.61, 0.5)]).toEqual([true, true, false, false]);
    expect(checkTap([0.123456, 1])).toEqual([0.1235, 1]);
  });

  it('fits a sheet\'s circle to its photo: ry = rx · width / height, then checked', () => {
    // 640 × 480 (aspect 0.75): a radius of 10 % of the width is 13.33 % of the height.
    expect(fitCircle({ x: 0.5, y: 0.5, rx: 0.1 }, 0.75)).toEqual({ shape: 'circle', x: 0.5, y: 0.5, rx: 0.1, ry: 0.1333 });
    expect(fitCircle({ x: 0.5, y: 0.08, rx: 0.06 }, 4 / 3)).toEqual({ shape: 'circle', x: 0.5, y: 0.08, rx: 0.06, ry: 0.045 });
    // Inside on a square photo, over the top edge on a wide one.
    expect(fitCircle({ x: 0.5, y: 0.1, rx: 0.09 }, 1)).toMatchObject({ shape: 'circle' });
    expect(fitCircle({ x: 0.5, y: 0.1, rx: 0.09 }, 0.75)).toBe('region');
    expect(fitCircle({ x: 0.5, y: 0.5, rx: 0.3 }, 1)).toBe('region-large');
  });
});
