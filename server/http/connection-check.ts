import { randomBytes } from 'node:crypto';

// "Verbindung prüfen": the projector opens a check, phones that scan its QR code report
// their measured round trips, the projector lists them. Kept in memory only, bounded:
// at most MAX_CHECKS checks (the oldest goes), MAX_ARRIVALS phones each, CHECK_TTL_MS long.

export const MAX_CHECKS = 20;
export const MAX_ARRIVALS = 100;
export const CHECK_TTL_MS = 2 * 60 * 60 * 1000;
/** Round trips a phone may report (it measures a few). */
export const MAX_SAMPLES = 10;

export interface Arrival {
  /** 1, 2, 3 … in order of arrival ("Handy 1"). */
  n: number;
  /** What the phone says it is ("Android · Chrome"), cleaned. */
  device: string;
  /** Median of the reported round trips, ms. */
  rttMs: number;
  /** Server time of the report, ms since the epoch. */
  at: number;
}

interface Check {
  createdAt: number;
  arrivals: Arrival[];
  /** Phone ids already counted (a reload of the phone page does not add a second line). */
  phones: Map<string, Arrival>;
}

/** Cleans what a phone reports about itself: letters, digits, spaces, a few signs, 40 characters. */
export function cleanDevice(raw: unknown): string {
  const text = typeof raw === 'string' ? raw.replace(/[^\p{L}\p{N} .·()/_-]/gu, '').replace(/\s+/g, ' ').trim() : '';
  return text.slice(0, 40) || '?';
}

/** Median of 1–MAX_SAMPLES finite round trips (0–60000 ms), or null when the list is invalid. */
export function medianRtt(samples: unknown): number | null {
  if (!Array.isArray(samples) || samples.length < 1 || samples.length > MAX_SAMPLES) return null;
  if (!samples.every((s) => typeof s === 'number' && Number.isFinite(s) && s >= 0 && s <= 60_000)) return null;
  const sorted = [...(samples as number[])].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return Math.round(median);
}

export class ConnectionChecks {
  private readonly checks = new Map<string, Check>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Opens a new check; returns its id (12 url-safe characters). */
  open(): string {
    this.expire();
    while (this.checks.size >= MAX_CHECKS) this.checks.delete(this.checks.keys().next().value!);
    const id = randomBytes(9).toString('base64url');
    this.checks.set(id, { createdAt: this.now(), arrivals: [], phones: new Map() });
    return id;
  }

  has(id: string): boolean {
    this.expire();
    return this.checks.has(id);
  }

  /** Records a phone; false when the check is unknown, full or the report invalid. */
  arrive(id: string, phone: string, device: unknown, samples: unknown): Arrival | null {
    const check = this.has(id) ? this.checks.get(id)! : null;
    const rttMs = medianRtt(samples);
    if (!check || rttMs === null || !/^[\w-]{8,64}$/.test(phone)) return null;
    const known = check.phones.get(phone);
    if (known) {
      known.rttMs = rttMs;
      known.at = this.now();
      return known;
    }
    if (check.arrivals.length >= MAX_ARRIVALS) return null;
    const arrival: Arrival = { n: check.arrivals.length + 1, device: cleanDevice(device), rttMs, at: this.now() };
    check.arrivals.push(arrival);
    check.phones.set(phone, arrival);
    return arrival;
  }

  arrivals(id: string): Arrival[] | null {
    return this.has(id) ? this.checks.get(id)!.arrivals : null;
  }

  private expire(): void {
    const cutoff = this.now() - CHECK_TTL_MS;
    for (const [id, check] of this.checks) if (check.createdAt < cutoff) this.checks.delete(id);
  }
}
