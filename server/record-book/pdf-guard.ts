// How many record-book PDFs one company may have made, so one company (a script, a trainer
// clicking "all apprentices" again and again) cannot keep the PDF workers busy for everyone
// else (issue 21 §3). Two limits per company: requests rendering at the same time, and PDFs
// in a rolling minute (a ZIP counts each PDF in it). A refusal names the seconds to wait;
// the routes answer 429 RECORD_BOOK_BUSY with Retry-After. Per process, in memory: a
// restart forgets the counts, which is harmless for a guard against overload.

export interface PdfGuardLimits {
  /** PDF requests (a single PDF or a ZIP) of one company rendering at the same time. */
  concurrentPerCompany: number;
  /** PDFs of one company in any 60 seconds. */
  pdfsPerMinute: number;
}

/** Two requests at once (two trainers of a company), and 400 PDFs a minute: two ZIPs of a whole class of 200. */
export const PDF_GUARD_LIMITS: PdfGuardLimits = { concurrentPerCompany: 2, pdfsPerMinute: 400 };

const WINDOW_MS = 60_000;

export type PdfAdmission = { ok: true; release: () => void } | { ok: false; retryAfterS: number };

export class PdfGuard {
  private readonly limits: PdfGuardLimits;
  private readonly running = new Map<string, number>();
  private readonly made = new Map<string, { at: number; count: number }[]>();

  constructor(limits: Partial<PdfGuardLimits> = {}, private readonly now: () => number = Date.now) {
    this.limits = { ...PDF_GUARD_LIMITS, ...limits };
  }

  /**
   * Admits a request for `count` PDFs of `companyId`, or says how long to wait. An admitted
   * request counts against the minute at once and holds a slot until `release()` (call it
   * once, also when rendering failed).
   */
  admit(companyId: string, count: number): PdfAdmission {
    const now = this.now();
    const recent = (this.made.get(companyId) ?? []).filter((m) => m.at > now - WINDOW_MS);
    const running = this.running.get(companyId) ?? 0;
    if (running >= this.limits.concurrentPerCompany) return { ok: false, retryAfterS: 2 };
    const used = recent.reduce((n, m) => n + m.count, 0);
    if (used + count > this.limits.pdfsPerMinute) {
      // Wait until enough of the minute's PDFs have left the window (a request larger than the whole budget: a full minute).
      let free = this.limits.pdfsPerMinute - used;
      let until = now + WINDOW_MS;
      for (const m of recent) {
        free += m.count;
        if (free >= count) { until = m.at + WINDOW_MS; break; }
      }
      this.keep(companyId, recent);
      return { ok: false, retryAfterS: Math.max(1, Math.ceil((until - now) / 1000)) };
    }
    recent.push({ at: now, count });
    this.keep(companyId, recent);
    this.running.set(companyId, running + 1);
    let released = false;
    return {
      ok: true,
      release: () => {
        if (released) return;
        released = true;
        const left = (this.running.get(companyId) ?? 1) - 1;
        if (left > 0) this.running.set(companyId, left);
        else this.running.delete(companyId);
      },
    };
  }

  private keep(companyId: string, recent: { at: number; count: number }[]): void {
    if (recent.length > 0) this.made.set(companyId, recent);
    else this.made.delete(companyId);
  }
}
