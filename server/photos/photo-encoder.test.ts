import { readFileSync } from 'node:fs';
import { getPriority } from 'node:os';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { jpegWithGps, pngBomb } from '../../tests/helpers/photo-files.ts';
import { PhotoEncoder } from './photo-encoder.ts';

/** Peak RSS (VmHWM) of a process in MB; null off Linux. */
function peakRssMb(pid: number): number | null {
  try {
    const m = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** Resolves when the process is gone (signal 0 throws ESRCH). */
async function gone(pid: number): Promise<void> {
  await expect.poll(() => {
    try {
      process.kill(pid, 0);
      return false;
    } catch {
      return true;
    }
  }, { timeout: 5000 }).toBe(true);
}

describe('photo encoder (child process)', () => {
  let encoder: PhotoEncoder | null = null;
  afterEach(async () => {
    await encoder?.close();
    encoder = null;
  });

  it('re-encodes in a child process below the server\'s priority, and the child ends when idle', async () => {
    encoder = new PhotoEncoder({ idleMs: 300 });
    const out = await encoder.encode(await jpegWithGps(2400, 1800));
    if (typeof out === 'string') throw new Error(out);
    expect([out.width, out.height]).toEqual([1600, 1200]);
    expect((await sharp(out.projector).metadata()).exif).toBeUndefined();
    const pid = encoder.childPid;
    expect(pid).not.toBeNull();
    expect(pid).not.toBe(process.pid);
    // A higher nice value is a lower priority (Windows reports its priority classes the same way).
    expect(getPriority(pid as number)).toBeGreaterThan(getPriority());
    await gone(pid as number);
    expect(encoder.childPid).toBeNull();
    // The next photo starts a new child.
    expect(typeof (await encoder.encode(await jpegWithGps(64, 48)))).toBe('object');
  }, 30_000);

  it('refuses a 30,000 × 30,000 PNG bomb from its header, the child staying small', async () => {
    encoder = new PhotoEncoder();
    expect(await encoder.encode(pngBomb())).toBe('PHOTO_TOO_MANY_PIXELS');
    const peak = peakRssMb(encoder.childPid as number);
    // A decoded bomb would be 30,000² × 4 bytes = 3.6 GB; node itself with sharp loaded is ~60–80 MB.
    if (peak !== null) expect(peak).toBeLessThan(150);
  }, 30_000);

  // SIGSTOP (a hung decoder) exists on POSIX systems only.
  it.skipIf(process.platform === 'win32')('a child that dies or overruns costs only that photo (PHOTO_INVALID); the next one works', async () => {
    encoder = new PhotoEncoder({ jobMs: 1500 });
    const first = encoder.encode(await jpegWithGps(64, 48));
    expect(typeof (await first)).toBe('object');
    process.kill(encoder.childPid as number, 'SIGSTOP');
    const stalled = encoder.encode(await jpegWithGps(64, 48));
    expect(await stalled).toBe('PHOTO_INVALID');
    expect(typeof (await encoder.encode(await jpegWithGps(64, 48)))).toBe('object');
    const pid = encoder.childPid as number;
    const during = encoder.encode(await jpegWithGps(1200, 900));
    process.kill(pid, 'SIGKILL');
    expect(await during).toBe('PHOTO_INVALID');
    expect(typeof (await encoder.encode(await jpegWithGps(64, 48)))).toBe('object');
  }, 30_000);
});
