import { builtinModules } from 'node:module';
import { describe, expect, it } from 'vitest';
import { importSpecifiers, listFiles, readRepoFile, resolveFromRepo, scanSource } from '../helpers/source-scan.ts';

// The layer rules of docs/ARCHITECTURE, checked by reading the sources:
// - client/ imports client/, shared/ and declared npm packages; never server/, never Node.
//   Inside client/: the game kit (client/kit/) imports only itself and shared/; a game
//   (client/games/<id>/) only its own folder, the kit and shared/ — never the app, the
//   network layer, i18n or another game. Only the registry (client/games/index.ts) and the
//   app above it import games.
// - shared/ (shipped code) imports shared/ and @colyseus/schema only. Tests beside it may
//   also use vitest, Node built-ins and tests/helpers/ (they never ship).
// - server/ imports server/, shared/ and packages, never client/ (its tests may add tests/helpers/).
// - SQL lives in server/repositories/ and server/db/ only.
// - No test is focused with `.only(`.
// Every rule has a self-check with a bad example, so a broken checker cannot pass silently.

const SOURCE = /\.(?:ts|tsx|mts|cts|js|mjs|cjs)$/;
const TEST_FILE = /\.(?:test|spec|e2e)\.(?:ts|tsx|js|mjs)$/;
const pkg = JSON.parse(readRepoFile('package.json')) as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
const DECLARED = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})]);
const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** npm package name of a bare specifier ('@scope/pkg/sub' → '@scope/pkg'), or null. */
function packageName(spec: string): string | null {
  const m = /^((?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*)(?:\/.*)?$/i.exec(spec);
  return m ? (m[1] as string) : null;
}

type Rule = { ownDirs: string[]; packages: (name: string) => boolean; builtins: boolean };
const CLIENT: Rule = { ownDirs: ['client/', 'shared/'], packages: (n) => DECLARED.has(n), builtins: false };
const SHARED: Rule = { ownDirs: ['shared/'], packages: (n) => n === '@colyseus/schema', builtins: false };
const SHARED_TEST: Rule = { ownDirs: ['shared/', 'tests/helpers/'], packages: (n) => n === 'vitest', builtins: true };
const KIT: Rule = { ownDirs: ['client/kit/', 'shared/'], packages: (n) => DECLARED.has(n), builtins: false };
/** A game's own folder, the kit and shared/. */
const gameRule = (path: string): Rule => ({ ownDirs: [`${path.split('/').slice(0, 3).join('/')}/`, 'client/kit/', 'shared/'], packages: (n) => DECLARED.has(n), builtins: false });
const SERVER: Rule = { ownDirs: ['server/', 'shared/'], packages: () => true, builtins: true };
const SERVER_TEST: Rule = { ...SERVER, ownDirs: [...SERVER.ownDirs, 'tests/helpers/'] };

/** Imports of one file that break its layer's rule. */
function importViolations(path: string, src: string, rule: Rule): string[] {
  const bad: string[] = [];
  for (const spec of importSpecifiers(src)) {
    if (spec.startsWith('.') || spec.startsWith('/')) {
      const target = spec.startsWith('/') ? spec.slice(1) : resolveFromRepo(path, spec);
      if (!rule.ownDirs.some((d) => target.startsWith(d))) bad.push(`${path} imports ${spec} (→ ${target})`);
    } else if (BUILTINS.has(spec) || spec.startsWith('node:')) {
      if (!rule.builtins) bad.push(`${path} imports the Node module ${spec}`);
    } else {
      const name = packageName(spec);
      if (!name || !rule.packages(name)) bad.push(`${path} imports the package ${spec}`);
    }
  }
  return bad;
}

const SQL_PATTERNS = [
  /\bselect\b[\s\S]+?\bfrom\s+["\w]/i,
  /\binsert\s+into\b/i,
  /\bupdate\s+["\w.]+\s+set\b/i,
  /\bdelete\s+from\b/i,
  /\bcreate\s+(?:unique\s+)?(?:table|index)\b/i,
];

/** String literals of a file that contain SQL. */
function sqlViolations(path: string, src: string): string[] {
  return scanSource(src).strings
    .filter((s) => SQL_PATTERNS.some((re) => re.test(s.text)))
    .map((s) => `${path}:${s.line} ${s.text.trim().slice(0, 60)}`);
}

/** Focused tests (`it.only(`, `describe.only(`, `test.concurrent.only(` …) in code. */
function onlyViolations(path: string, src: string): string[] {
  const code = scanSource(src).codeOnly;
  return [...code.matchAll(/\.\s*only\s*\(/g)].map((m) => `${path}:${code.slice(0, m.index).split('\n').length}`);
}

describe('layer rules (self-check: each rule catches a bad example)', () => {
  it('client rule', () => {
    const f = 'client/app/x.ts';
    for (const bad of ["import { loadConfig } from '../../server/config.ts';", "import type { Seat } from '../../server/rooms/seats.ts';",
      "const m = await import('../../server/app.ts');", "import fs from 'node:fs';", "import path from 'path';",
      "import x from 'left-pad';", "export { a } from '../../tests/helpers/bots.ts';", "import '/server/main.ts';"]) {
      expect(importViolations(f, bad, CLIENT), bad).not.toEqual([]);
    }
    const good = "import { t } from '../i18n/index.ts';\nimport { GAMES } from '../../shared/games/index.ts';\nimport { Client } from '@colyseus/sdk';\n// import '../../server/app.ts'";
    expect(importViolations(f, good, CLIENT)).toEqual([]);
  });

  it('kit and game rules', () => {
    for (const bad of ["import { hook } from '../app/hook.ts';", "import { t } from '../i18n/index.ts';", "import { GAMES } from '../games/index.ts';"]) {
      expect(importViolations('client/kit/x.ts', bad, KIT), bad).not.toEqual([]);
    }
    expect(importViolations('client/kit/x.ts', "import { h } from './dom.ts';\nimport * as Phaser from 'phaser';\nimport type { Lang } from '../../shared/protocol/errors.ts';", KIT)).toEqual([]);
    const game = 'client/games/demo/scene.ts';
    for (const bad of ["import { hook } from '../../app/hook.ts';", "import { h } from '../../app/dom.ts';", "import { x } from '../reaktion/timing.ts';",
      "import { loadGame } from '../index.ts';", "import { t } from '../../i18n/index.ts';", "import { GameSession } from '../../net/session.ts';"]) {
      expect(importViolations(game, bad, gameRule(game)), bad).not.toEqual([]);
    }
    expect(importViolations(game, "import { h } from '../../kit/dom.ts';\nimport { st } from './ui-texts.ts';\nimport { GAMES } from '../../../shared/games/index.ts';", gameRule(game))).toEqual([]);
  });

  it('shared rule', () => {
    const f = 'shared/core/x.ts';
    for (const bad of ["import { a } from '../../client/app/dom.ts';", "import { b } from '../../server/config.ts';",
      "import { readFileSync } from 'node:fs';", "import { Client } from '@colyseus/sdk';", "import { it } from 'vitest';"]) {
      expect(importViolations(f, bad, SHARED), bad).not.toEqual([]);
    }
    expect(importViolations(f, "import { schema } from '@colyseus/schema';\nimport { x } from '../games/index.ts';", SHARED)).toEqual([]);
  });

  it('server rule', () => {
    expect(importViolations('server/app.ts', "import { h } from '../client/app/dom.ts';", SERVER)).not.toEqual([]);
    expect(importViolations('server/x.test.ts', "import { junkValues } from '../tests/helpers/garbage.ts';", SERVER)).not.toEqual([]);
    expect(importViolations('server/x.test.ts', "import { junkValues } from '../tests/helpers/garbage.ts';", SERVER_TEST)).toEqual([]);
    expect(importViolations('server/app.ts', "import { GAMES } from '../shared/games/index.ts';\nimport express from 'express';\nimport { join } from 'node:path';", SERVER)).toEqual([]);
  });

  it('SQL rule', () => {
    for (const bad of ["db.query('SELECT id FROM sessions')", 'q(`insert into results (a) values ($1)`)', "'UPDATE sessions SET x = 1'",
      '"delete from rounds where id = $1"', '`CREATE TABLE t (id int)`', "'select count(*)::int as n from results'"]) {
      expect(sqlViolations('server/x.ts', bad), bad).not.toEqual([]);
    }
    // Comments and ordinary texts do not count; only string literals are SQL candidates.
    expect(sqlViolations('server/x.ts', "// select id from sessions\nconst s = 'Update the settings';\nconst n = select(from);")).toEqual([]);
  });

  it('.only rule', () => {
    for (const bad of ["it.only('x', () => {})", "describe.only('x', () => {})", "test.concurrent.only('x', f)", 'it\n  .only(']) {
      expect(onlyViolations('tests/x.test.ts', bad), bad).not.toEqual([]);
    }
    expect(onlyViolations('tests/x.test.ts', "// it.only( is forbidden\nconst s = 'describe.only(';\nconst only = 1;")).toEqual([]);
  });
});

describe('layer rules on the repository', () => {
  const clientFiles = listFiles('client', SOURCE);
  const sharedFiles = listFiles('shared', SOURCE);
  const serverFiles = listFiles('server', SOURCE);

  it('finds the sources it checks', () => {
    expect(sharedFiles.length).toBeGreaterThan(5);
    expect(serverFiles.length).toBeGreaterThan(5);
  });

  it('client/ imports only client/, shared/ and declared npm packages (never server/)', () => {
    expect(clientFiles.flatMap((f) => importViolations(f, readRepoFile(f), CLIENT))).toEqual([]);
  });

  it('the game kit imports only itself and shared/; a game only its folder, the kit and shared/', () => {
    const kit = clientFiles.filter((f) => f.startsWith('client/kit/'));
    const games = clientFiles.filter((f) => /^client\/games\/[^/]+\//.test(f));
    expect(kit.length).toBeGreaterThan(3);
    expect(games.length).toBeGreaterThan(3);
    expect(kit.flatMap((f) => importViolations(f, readRepoFile(f), KIT))).toEqual([]);
    expect(games.flatMap((f) => importViolations(f, readRepoFile(f), gameRule(f)))).toEqual([]);
  });

  it('shared/ imports only shared/ and @colyseus/schema; its tests add vitest, Node and tests/helpers/', () => {
    const bad = sharedFiles.flatMap((f) => importViolations(f, readRepoFile(f), TEST_FILE.test(f) ? SHARED_TEST : SHARED));
    expect(bad).toEqual([]);
  });

  it('server/ imports only server/, shared/ and packages (never client/)', () => {
    expect(serverFiles.flatMap((f) => importViolations(f, readRepoFile(f), TEST_FILE.test(f) ? SERVER_TEST : SERVER))).toEqual([]);
  });

  it('SQL appears in server/ only under server/repositories/ and server/db/ (and nowhere in client/ or shared/)', () => {
    const outside = serverFiles.filter((f) => !f.startsWith('server/repositories/') && !f.startsWith('server/db/'));
    const bad = [...outside, ...clientFiles, ...sharedFiles].flatMap((f) => sqlViolations(f, readRepoFile(f)));
    expect(bad).toEqual([]);
    // The check looks where SQL really is: the repositories do contain some.
    const inRepos = serverFiles.filter((f) => f.startsWith('server/repositories/')).flatMap((f) => sqlViolations(f, readRepoFile(f)));
    expect(inRepos.length).toBeGreaterThan(0);
  });

  it('no test file is focused with .only(', () => {
    const testFiles = [
      ...listFiles('tests', SOURCE),
      ...[...clientFiles, ...sharedFiles, ...serverFiles].filter((f) => TEST_FILE.test(f)),
    ];
    expect(testFiles.length).toBeGreaterThan(5);
    expect(testFiles.flatMap((f) => onlyViolations(f, readRepoFile(f)))).toEqual([]);
  });
});
