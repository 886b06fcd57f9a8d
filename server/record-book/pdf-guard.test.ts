import { describe, expect, it } from 'vitest';
import { PDF_GUARD_LIMITS, PdfGuard } from './pdf-guard.ts';

// The per-company guard on record-book PDFs (issue 21 §3): requests at the same time and
// PDFs a rolling minute, each company on its own.

/** An admitted request that finished. */
function done(x: ReturnType<PdfGuard['admit']>): void {
  expect(x.ok).toBe(true);
  if (x.ok) x.release();
}

describe('PdfGuard', () => {
  it('admits at most concurrentPerCompany requests of a company at once; a released slot is free again', () => {
    const guard = new PdfGuard({ concurrentPerCompany: 2, pdfsPerMinute: 100 }, () => 0);
    const a = guard.admit('c1', 1);
    const b = guard.admit('c1', 1);
    expect([a.ok, b.ok]).toEqual([true, true]);
    expect(guard.admit('c1', 1)).toEqual({ ok: false, retryAfterS: 2 });
    expect(guard.admit('c2', 1).ok, 'another company is not held up').toBe(true);
    if (a.ok) { a.release(); a.release(); }
    expect(guard.admit('c1', 1).ok).toBe(true);
    expect(guard.admit('c1', 1).ok, 'a second release() frees nothing more').toBe(false);
  });

  it('counts PDFs (a ZIP each of its PDFs) in a rolling minute and names the seconds to wait', () => {
    let now = 1_000_000;
    const guard = new PdfGuard({ concurrentPerCompany: 10, pdfsPerMinute: 5 }, () => now);
    done(guard.admit('c1', 3));
    now += 20_000;
    done(guard.admit('c1', 2));
    now += 10_000;
    // 5 of 5 used: one more waits until the first 3 leave the window (30 s from now).
    expect(guard.admit('c1', 1)).toEqual({ ok: false, retryAfterS: 30 });
    // Four more wait for the second request, too (50 s).
    expect(guard.admit('c1', 4)).toEqual({ ok: false, retryAfterS: 50 });
    expect(guard.admit('c2', 5).ok).toBe(true);
    now += 30_001;
    done(guard.admit('c1', 3));
    expect(guard.admit('c1', 1).ok).toBe(false);
  });

  it('a request larger than the whole minute is refused for a minute; refusals use no budget', () => {
    const guard = new PdfGuard({ concurrentPerCompany: 1, pdfsPerMinute: 4 }, () => 0);
    expect(guard.admit('c1', 5)).toEqual({ ok: false, retryAfterS: 60 });
    expect(guard.admit('c1', 4).ok).toBe(true);
  });

  it('defaults: two requests at once, 400 PDFs a minute (two ZIPs of a class of 200)', () => {
    expect(PDF_GUARD_LIMITS).toEqual({ concurrentPerCompany: 2, pdfsPerMinute: 400 });
  });
});
