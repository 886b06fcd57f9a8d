import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { archiveOf } from './release-env.ts';
import { zipEntries } from './zip-entries.ts';

// The Windows archive cannot be started here (no Wine: see the release notes in the
// README); its contents are checked instead.

const MAX_PATH_CHARS = 200;

function unzipText(archive: string, entry: string): string {
  return execFileSync('unzip', ['-p', archive, entry], { encoding: 'utf8' });
}

describe('Windows release archive', () => {
  const archive = archiveOf('-win-x64.zip');
  const entries = zipEntries(archive);
  const names = entries.map((e) => e.name);
  const top = names[0]!.split('/')[0]!;

  it('is at most 80 MB, carries its version, and everything sits in one folder', () => {
    expect(statSync(archive).size).toBeLessThan(80 * 1024 * 1024);
    expect(top).toMatch(/^azubi-arcade-\d+\.\d+\.\d+-win-x64$/);
    expect(archive).toContain(`${top}.zip`);
    expect(names.every((n) => n.startsWith(`${top}/`))).toBe(true);
  });

  it('holds the pinned node.exe, the starter, the server bundle with PGlite files and the client', () => {
    const manifest = JSON.parse(unzipText(archive, `${top}/app/release.json`));
    expect(manifest.node).toMatch(/^24\.\d+\.\d+$/);
    expect(top).toContain(manifest.version);
    const nodeExe = entries.find((e) => e.name === `${top}/node/node.exe`);
    expect(nodeExe?.size).toBeGreaterThan(50 * 1024 * 1024);
    // A Windows executable whose version resource names the pinned version (UTF-16).
    const exe = execFileSync('unzip', ['-p', archive, `${top}/node/node.exe`], { maxBuffer: 256 * 1024 * 1024 });
    expect(exe.subarray(0, 2).toString('latin1')).toBe('MZ');
    expect(exe.includes(Buffer.from(manifest.node, 'utf16le'))).toBe(true);
    for (const file of ['Azubi-Arcade-starten.cmd', 'LIESMICH.txt', 'VERSION.txt', 'app/server.mjs', 'app/pglite-init.mjs', 'app/pglite.wasm', 'app/pglite.data', 'app/initdb.wasm', 'app/client/index.html', 'app/migrations/001_sessions_rounds_results.sql']) {
      expect(names, file).toContain(`${top}/${file}`);
    }
    // Only the image library's native add-on ships as a package (sharp and its @img binaries, sharp-packages.ts).
    expect(names.filter((n) => n.includes('node_modules/') && !/node_modules\/((sharp|@img|detect-libc|semver)(\/|$)|$)/.test(n))).toEqual([]);
  });

  it('has a starter that runs the shipped node.exe on the bundle, with CRLF line ends', () => {
    const cmd = unzipText(archive, `${top}/Azubi-Arcade-starten.cmd`);
    expect(cmd).toContain('"%~dp0node\\node.exe" "%~dp0app\\server.mjs"');
    expect(cmd.split('\n').slice(0, -1).every((line) => line.endsWith('\r'))).toBe(true);
    expect([...cmd].every((ch) => ch.charCodeAt(0) < 128), 'ASCII only').toBe(true);
  });

  it('has no links and no path over 200 characters', () => {
    expect(entries.filter((e) => e.isSymlink).map((e) => e.name)).toEqual([]);
    const longest = names.reduce((a, b) => (b.length > a.length ? b : a), '');
    expect(longest.length, longest).toBeLessThanOrEqual(MAX_PATH_CHARS);
  });
});
