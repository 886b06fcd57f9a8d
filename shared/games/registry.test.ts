import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeJunk, junkValues } from '../../tests/helpers/garbage.ts';
import { importSpecifiers, listFiles, readRepoFile, resolveFromRepo, scanSource } from '../../tests/helpers/source-scan.ts';
import { isErrorCode } from '../protocol/errors.ts';
import { CURRICULUM, isCurriculumId } from './curriculum.ts';
import { GAMES, findGame } from './index.ts';
import type { AnyGameDefinition } from './types.ts';

// Conformance test: walks the registry and checks every game, so a new game only has to
// be added to shared/games/index.ts to be checked. A game's answer payload is an object
// with named fields: anything that is not (or has only unknown fields) must be refused.

const LANGS = ['de', 'en'] as const;
const SEEDS = Array.from({ length: 40 }, (_, i) => (i + 1) * 104729);

/** True for values JSON carries unchanged: null, booleans, finite numbers, strings, plain arrays/objects. */
function isJsonValue(v: unknown): boolean {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v);
  if (Array.isArray(v)) return v.every(isJsonValue);
  if (typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) return Object.values(v as object).every(isJsonValue);
  return false;
}

const FORBIDDEN: readonly [RegExp, string][] = [
  [/\bMath\s*\.\s*random\b/, 'Math.random (use the seeded rng)'],
  [/\bDate\s*\.\s*now\b/, 'Date.now'],
  [/\bnew\s+Date\b/, 'new Date'],
  [/\bperformance\s*\.\s*now\b/, 'performance.now'],
  [/\b(?:setTimeout|setInterval|setImmediate|queueMicrotask)\b/, 'timers'],
  [/\bfetch\s*\(/, 'fetch'],
  [/\bXMLHttpRequest\b|\bWebSocket\b/, 'network'],
  [/\bprocess\s*\./, 'process.'],
  [/\brequire\s*\(/, 'require('],
  [/\b(?:localStorage|sessionStorage|indexedDB|document|window|globalThis)\b/, 'browser globals'],
];

/** Rule violations in one source file of a game folder (repo-relative path). */
function gameSourceViolations(path: string, src: string): string[] {
  const found: string[] = [];
  const { codeOnly } = scanSource(src);
  for (const [re, what] of FORBIDDEN) if (re.test(codeOnly)) found.push(`${path}: ${what}`);
  for (const spec of importSpecifiers(src)) {
    const target = spec.startsWith('.') ? resolveFromRepo(path, spec) : null;
    if (!target || !target.startsWith('shared/')) found.push(`${path}: imports "${spec}" (only shared/ is allowed)`);
  }
  return found;
}

describe('game registry', () => {
  it('has games with unique, folder-safe ids that findGame finds', () => {
    expect(GAMES.length).toBeGreaterThan(0);
    const ids = GAMES.map((g) => g.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const g of GAMES) {
      expect(g.id).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(findGame(g.id)).toBe(g);
    }
    expect(findGame('no-such-game')).toBeUndefined();
  });

  it('the source checker catches each forbidden thing (so the per-game check can fail)', () => {
    const bad = [
      'const x = Math.random();', 'Date.now()', 'new Date()', 'performance.now()', 'setTimeout(f, 1)', 'await fetch("/x")',
      'process.env.X', 'const fs = require("fs")', 'import { readFileSync } from "node:fs";', "import x from 'phaser';",
      "import { y } from '../../../server/config.ts';", "export * from '../../../client/x.ts';", 'window.alert(1)',
    ];
    for (const line of bad) expect(gameSourceViolations('shared/games/demo/rules.ts', line), line).not.toEqual([]);
    const fine = "import { createRng } from '../../core/rng.ts';\n// no Math.random here\nconst s = 'Date.now';";
    expect(gameSourceViolations('shared/games/demo/rules.ts', fine)).toEqual([]);
  });
});

describe('curriculum table', () => {
  it('names each item and its source in German and English', () => {
    const ids = Object.keys(CURRICULUM);
    expect(ids.length).toBeGreaterThan(5);
    for (const [id, item] of Object.entries(CURRICULUM)) {
      expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
      for (const key of ['source', 'de', 'en'] as const) expect(item[key].trim().length, `${id}.${key}`).toBeGreaterThan(5);
    }
    expect(isCurriculumId('mech-bbp-15')).toBe(true);
    for (const bad of ['nope', 'toString', '__proto__', '', 15, null]) expect(isCurriculumId(bad), String(bad)).toBe(false);
  });

  it('lists only items some level serves (an id no level uses shows a trainer 0 % for nothing)', () => {
    const used = new Set(GAMES.flatMap((g) => g.levels.flatMap((l) => g.curriculum[l] ?? [])));
    expect(Object.keys(CURRICULUM).filter((id) => !used.has(id as never))).toEqual([]);
  });

  it('the README table of levels and items is the code\'s', () => {
    const rows = readRepoFile('README.md').split('\n').filter((l) => /^\| [A-Z][\w-]* [\d–, ]+ \| `/.test(l));
    const readme = new Map<string, string>();
    for (const row of rows) {
      const [, head = '', items = ''] = row.split('|').map((c) => c.trim());
      const [, title = '', spec = ''] = /^(\S+) (.+)$/.exec(head) ?? [];
      const levels = spec.split(',').flatMap((part) => {
        const [a, b] = part.trim().split('–').map(Number);
        return Array.from({ length: (b ?? a!) - a! + 1 }, (_, i) => a! + i);
      });
      for (const l of levels) readme.set(`${title} ${l}`, [...items.matchAll(/`([^`]+)`/g)].map((m) => m[1]).sort().join(','));
    }
    const code = new Map(GAMES.flatMap((g) => g.levels.map((l) => [`${g.texts.de.title} ${l}`, [...(g.curriculum[l] ?? [])].sort().join(',')] as const)));
    expect(Object.fromEntries(readme)).toEqual(Object.fromEntries(code));
  });

  it('is the README table: every id appears there, with its German name', () => {
    const readme = readRepoFile('README.md');
    for (const [id, item] of Object.entries(CURRICULUM)) {
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${id}\` |`));
      expect(row, `README row for ${id}`).toBeTruthy();
      expect(row, id).toContain(item.de.split(' (')[0]);
    }
  });
});

describe.each(GAMES.map((g) => [g.id, g] as [string, AnyGameDefinition]))('game "%s"', (id, game) => {
  it('names the curriculum items of every level (known ids, no duplicates, no extra levels)', () => {
    for (const level of game.levels) {
      const items = game.curriculum[level];
      expect(items?.length, `level ${level} has curriculum tags`).toBeGreaterThan(0);
      expect(new Set(items).size, `level ${level}`).toBe(items?.length);
      for (const item of items ?? []) expect(isCurriculumId(item), `level ${level}: ${item}`).toBe(true);
    }
    expect(Object.keys(game.curriculum).map(Number).sort()).toEqual([...game.levels].sort());
  });

  it('has levels, each an integer 0–99 (uint8 in state) named in both languages', () => {
    expect(game.levels.length).toBeGreaterThan(0);
    expect(new Set(game.levels).size).toBe(game.levels.length);
    for (const level of game.levels) {
      expect(Number.isInteger(level) && level >= 0 && level <= 99, String(level)).toBe(true);
      for (const lang of LANGS) expect(game.texts[lang].levels[level]?.trim(), `${lang} level ${level}`).toBeTruthy();
    }
  });

  it('has title, summary, howTo, and for every level its own debrief (taught, fact, mistake) in German and English', () => {
    for (const lang of LANGS) {
      const t = game.texts[lang];
      for (const key of ['title', 'summary', 'howTo'] as const) expect(t[key]?.trim(), `${lang}.${key}`).toBeTruthy();
      expect(Object.keys(t.debrief).map(Number).sort()).toEqual([...game.levels].sort());
      for (const level of game.levels) {
        const d = t.debrief[level];
        for (const part of ['taught', 'fact', 'mistake'] as const) {
          const sentence = d?.[part] ?? '';
          expect(sentence.trim().length, `${lang} ${level}.${part}`).toBeGreaterThan(10);
          expect(sentence.trim(), `${lang} ${level}.${part} ends like a sentence`).toMatch(/[.!?]$/);
          expect(sentence, `${lang} ${level}.${part} speaks to the class, not to one person`).not.toMatch(/\b(du|dein\w*|dich|dir)\b/i);
        }
      }
      // The same sentence twice is a game debrief copied into every level, not a level's own.
      const all = game.levels.flatMap((l) => Object.values(t.debrief[l] ?? {}));
      expect(new Set(all).size, `${lang} debriefs differ per level`).toBe(all.length);
    }
    expect(game.texts.de.howTo).not.toBe(game.texts.en.howTo);
    // The how-to is read from the projector too: it speaks to the class, not to one person.
    expect(game.texts.de.howTo).not.toMatch(/\b(du|dein\w*|dich|dir)\b/i);
  });

  it('createRound is deterministic per seed and varies between seeds', () => {
    for (const level of game.levels) {
      const seen = new Set<string>();
      for (const seed of SEEDS) {
        const a = game.createRound(seed, level);
        expect(game.createRound(seed, level), `seed ${seed} level ${level}`).toEqual(a);
        seen.add(JSON.stringify(a));
      }
      expect(seen.size, `level ${level}`).toBeGreaterThanOrEqual(Math.ceil(SEEDS.length * 0.9));
    }
  });

  it('publicRound, durations, answer counts and cues are well-formed', () => {
    for (const level of game.levels) {
      for (const seed of SEEDS.slice(0, 10)) {
        const round = game.createRound(seed, level);
        const pub = game.publicRound(round);
        expect(isJsonValue(pub), JSON.stringify(pub)).toBe(true);
        expect(JSON.parse(JSON.stringify(pub))).toEqual(pub);
        const duration = game.playDurationMs(round);
        expect(Number.isFinite(duration) && duration > 0).toBe(true);
        const expected = game.expectedAnswers(round);
        expect(Number.isInteger(expected) && expected >= 0 && expected <= 65_535).toBe(true);
        const cues = [...game.cues(round)];
        for (const cue of cues) {
          expect(Number.isFinite(cue.atMs) && Number.isFinite(cue.leadMs), JSON.stringify(cue)).toBe(true);
          expect(cue.atMs).toBeGreaterThanOrEqual(0);
          expect(cue.atMs).toBeLessThanOrEqual(duration);
          expect(cue.leadMs).toBeGreaterThanOrEqual(0);
          expect(cue.atMs - cue.leadMs).toBeGreaterThanOrEqual(0);
          expect(isJsonValue(cue.data)).toBe(true);
        }
        const sorted = cues.toSorted((a, b) => a.atMs - a.leadMs - (b.atMs - b.leadMs));
        expect(sorted).toHaveLength(cues.length);
      }
    }
  });

  it('a new player has answered nothing and scores a finite number ≥ 0 with JSON details', () => {
    for (const level of game.levels) {
      const round = game.createRound(SEEDS[0] as number, level);
      const player = game.newPlayer(round);
      expect(game.answered(round, player)).toBe(0);
      expect(typeof game.isDone(round, player)).toBe('boolean');
      const s = game.score(round, player);
      expect(Number.isFinite(s.score) && s.score >= 0, String(s.score)).toBe(true);
      expect(isJsonValue(s.detail)).toBe(true);
    }
  });

  it('judge never throws on garbage and refuses it with a registered error code', () => {
    const round = game.createRound(SEEDS[1] as number, game.levels[0] as number);
    const duration = game.playDurationMs(round);
    const junk = junkValues(77, 300);
    for (const sinceStart of [0, duration / 2, duration + 10_000]) {
      const ctx = { nowMs: 1e12 + sinceStart, playStartMs: 1e12, oneWayMs: 30 };
      for (const payload of junk) {
        const player = game.newPlayer(round);
        const before = structuredClone(player);
        let out: ReturnType<typeof game.judge> | undefined;
        expect(() => { out = game.judge(round, player, payload, ctx); }, describeJunk(payload)).not.toThrow();
        expect(isErrorCode(out!.error), `${describeJunk(payload)} → ${out!.error}`).toBe(true);
        expect(player, 'judge must not mutate the player').toEqual(before);
        expect(game.answered(round, out!.player)).toBe(0);
        expect(isJsonValue(out!.ack)).toBe(true);
      }
    }
  });

  it(`its folder shared/games/${id}/ uses no clocks, randomness, I/O or imports outside shared/`, () => {
    expect(existsSync(new URL(`./${id}/`, import.meta.url)), `folder shared/games/${id}/`).toBe(true);
    const files = listFiles(`shared/games/${id}`, /\.(?:ts|js|mjs|json)$/).filter((f) => !f.endsWith('.test.ts'));
    expect(files.length).toBeGreaterThan(0);
    const violations = files.flatMap((f) => gameSourceViolations(f, readRepoFile(f)));
    expect(violations).toEqual([]);
  });
});
