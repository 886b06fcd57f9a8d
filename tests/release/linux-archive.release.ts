import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { playHostedRound } from './docs-bot.ts';
import { archiveOf, bareEnv, startAndWait, stop, unpackLinux } from './release-env.ts';

const NODE_PIN = /^24\.\d+\.\d+$/;

describe('Linux release archive', () => {
  it('is at most 80 MB and carries its version', () => {
    const archive = archiveOf('-linux-x64.tar.gz');
    expect(statSync(archive).size).toBeLessThan(80 * 1024 * 1024);
    expect(archive).toMatch(/azubi-arcade-\d+\.\d+\.\d+-linux-x64\.tar\.gz$/);
  });

  it('unpacked into an empty folder, starts without node on PATH, serves /health, lets a docs-only bot play a hosted round, and stops cleanly', async () => {
    const dir = unpackLinux();
    const manifest = JSON.parse(readFileSync(join(dir, 'app', 'release.json'), 'utf8'));
    expect(manifest.node).toMatch(NODE_PIN);
    expect(readFileSync(join(dir, 'VERSION.txt'), 'utf8')).toContain(manifest.version);
    expect(existsSync(join(dir, 'node_modules'))).toBe(false);
    // Only the image library's native add-on ships as a package (sharp and its @img binaries, sharp-packages.ts).
    expect(readdirSync(join(dir, 'app', 'node_modules')).filter((n) => n !== 'sharp' && n !== '@img' && n !== 'detect-libc' && n !== 'semver')).toEqual([]);

    const env = bareEnv();
    // The environment really has no node and no npm.
    expect(spawnSync('/bin/sh', ['-c', 'command -v node || command -v npm'], { env }).status).not.toBe(0);
    // All interfaces, as a trainer runs it (the tests still talk to 127.0.0.1): the window then
    // names the phones' address; on a loopback HOST it would say that phones cannot join.
    const run = await startAndWait(join(dir, 'azubi-arcade.sh'), [], dir, { ...env, HOST: '0.0.0.0' });
    try {
      const health = await (await fetch(`${run.url}/health`)).json();
      expect(health).toMatchObject({ status: 'ok', database: 'pglite', version: manifest.version });
      // The shipped runtime, not the machine's.
      expect(spawnSync(join(dir, 'node', 'bin', 'node'), ['--version'], { env, encoding: 'utf8' }).stdout.trim()).toBe(`v${manifest.node}`);
      // Data in the user's app-data folder, announced in the window with the phones' address and how to stop.
      expect(run.output()).toContain(join(env.HOME!, '.local', 'share', 'azubi-arcade'));
      expect(run.output()).toMatch(/Handys \/ phones:/);
      expect(run.output()).toMatch(/Beenden: Strg\+C/);
      // No xdg-open on this PATH: the window says which address to open instead.
      expect(run.output()).toMatch(/Bitte im Browser öffnen \/ please open in a browser: http:\/\/localhost:\d+\//);
      const index = await (await fetch(`${run.url}/`)).text();
      expect(index).toContain('<!doctype html>');

      const played = await playHostedRound(run.url);
      expect(played.score).toBeGreaterThan(0);
    } finally {
      expect(await stop(run)).toBe(0);
    }
    expect(run.output()).toContain('SIGINT: shutting down');
  });
});
