// Level 3: a switching output with hysteresis, as sensor manufacturers set it (ifm, Turck:
// switch point SP and reset point rP, e.g. ifm "Switch point / reset point" in the
// operating instructions of analog-output sensors, Turck "Schaltpunkt/Rückschaltpunkt"):
// the output switches on when the rising signal passes SP and off only when it falls below
// rP (rP ≤ SP). The hysteresis is SP − rP; it must be wider than the noise band measured
// peak to peak, or noise on a slow edge switches the output several times (chatter).
// The output function is chosen as on those sensors: Hno (hysteresis function, normally
// open, "Schließer") is on while the signal is high, Hnc (normally closed, "Öffner") on
// while it is low (ifm efector 160 LR70 operating instructions, "Hysteresefunktion (Hno,
// Hnc)" beside "Fensterfunktion / Schließer bzw. Öffner"; Jumo dTRANS T1000: "Die
// Hysteresefunktion unterscheidet zwischen Öffner und Schließer"). A part that raises the
// signal needs NO, one that lowers it (a through-beam's received light) needs NC, so that
// the output says "part present".
// Sources: Tietze/Schenk, "Halbleiter-Schaltungstechnik", comparators and Schmitt triggers.

/** Signal values are 0..SIGNAL_MAX (percent of the measuring range). */
export const SIGNAL_MAX = 100;

/** Output function: NO (Schließer, on above SP, off below rP) or NC (Öffner, on below rP, off above SP). */
export type OutputFunction = 'no' | 'nc';
export const OUTPUT_FUNCTIONS: readonly OutputFunction[] = ['no', 'nc'];

export interface Setting {
  /** Switch point SP, the upper point: NO switches on when the signal rises above it, NC off. */
  switchPoint: number;
  /** Reset point rP ≤ SP, the lower point: NO switches off when the signal falls below it, NC on. */
  resetPoint: number;
  /** Output function; NO when left out (answers and stored rounds from before NC existed). */
  output?: OutputFunction;
}

export interface PartWindow {
  /** First sample of the part's arriving ramp. */
  start: number;
  /** First sample of its leaving ramp: switching on from here on comes too late for "part present". */
  leaves: number;
  /** Last sample of its leaving ramp. */
  end: number;
}

/** The output per sample and the samples where it switched on. */
export function schmitt(samples: readonly number[], s: Setting): { output: boolean[]; onEdges: number[] } {
  const nc = s.output === 'nc';
  let state = false;
  const output: boolean[] = [];
  const onEdges: number[] = [];
  samples.forEach((x, i) => {
    if (!state && (nc ? x < s.resetPoint : x > s.switchPoint)) {
      state = true;
      onEdges.push(i);
    } else if (state && (nc ? x > s.switchPoint : x < s.resetPoint)) state = false;
    output.push(state);
  });
  return { output, onEdges };
}

export interface CountResult {
  /** Parts counted exactly once. */
  counted: number;
  /** Parts that did not switch the output on while arriving or present (never, or only as they left). */
  missed: number;
  /** Parts counted more than once. */
  doubled: number;
  /** Extra switchings: repeats within a part plus switchings with no part there. */
  chatter: number;
  /** Switchings with no part there (a spike past the switching point), or only as a missed part left (wrong output function). */
  stray: number;
  edges: number;
}

/**
 * Compares the switchings with the parts that really passed. A part is detected when the
 * output switches on while it arrives or is present (before its leaving ramp); further
 * switchings up to its end are repeats. A part first "seen" as it leaves is missed, and
 * that switching is stray: the output said "part present" when it was gone (an output
 * switching the wrong way, NO on a falling signal or NC on a rising one, does exactly that).
 */
export function countParts(samples: readonly number[], parts: readonly PartWindow[], s: Setting): CountResult {
  const { onEdges } = schmitt(samples, s);
  const early = parts.map(() => 0);
  const late = parts.map(() => 0);
  let stray = 0;
  for (const e of onEdges) {
    const i = parts.findIndex((p) => e >= p.start && e <= p.end);
    const p = parts[i];
    if (!p) stray++;
    else if (e < p.leaves) early[i] = (early[i] as number) + 1;
    else late[i] = (late[i] as number) + 1;
  }
  let counted = 0, missed = 0, doubled = 0, repeats = 0;
  parts.forEach((_, i) => {
    const e = early[i] as number, l = late[i] as number;
    if (e === 0) {
      missed++;
      stray += l;
    } else if (e + l === 1) counted++;
    else {
      doubled++;
      repeats += e + l - 1;
    }
  });
  return { counted, missed, doubled, chatter: stray + repeats, stray, edges: onEdges.length };
}

/**
 * Share of the round right, 0..1: parts counted exactly once, less one part for every part
 * missed or counted more than once and for every switching without a part, over the number
 * of parts. Every miscount costs: the counter shows a wrong number either way (so a bare
 * threshold that chatters on most parts earns nothing, walkthrough 2026-12-06 m7).
 */
export function countCredit(r: CountResult, parts: number): number {
  return Math.min(1, Math.max(0, (r.counted - r.missed - r.doubled - r.stray) / Math.max(1, parts)));
}

/**
 * The NO setting in the middle of all perfect ones (integer SP and rP), or null when no
 * setting counts every part exactly once. Searched, not derived, so it is right for any
 * signal. (For a falling signal, signal.ts searches the mirrored signal: NC on x is NO on
 * SIGNAL_MAX − x with SP and rP mirrored.)
 */
export function idealSetting(samples: readonly number[], parts: readonly PartWindow[]): Setting | null {
  // Bounds that every perfect setting keeps (they only shorten the search): SP at or above
  // every sample outside the parts and below each part's highest sample; rP above the
  // lowest sample of every gap between two parts.
  const inPart = (i: number) => parts.some((p) => i >= p.start && i <= p.end);
  const outside = samples.filter((_, i) => !inPart(i));
  const spFrom = Math.max(0, Math.ceil(Math.max(...outside)));
  const spTo = Math.min(SIGNAL_MAX, ...parts.map((p) => Math.ceil(Math.max(...samples.slice(p.start, p.end + 1))) - 1));
  const gapLows = parts.slice(1).map((p, k) => Math.min(...samples.slice((parts[k] as PartWindow).end + 1, p.start)));
  const rpFrom = Math.max(0, Math.floor(Math.max(...gapLows)) + 1);
  const good: Setting[] = [];
  for (let sp = spFrom; sp <= spTo; sp++) {
    // For one SP the perfect rPs form one run (too high chatters, too low never resets):
    // scan down from SP and stop where the run ends.
    let inRun = false;
    for (let rp = sp; rp >= rpFrom; rp--) {
      const ok = isPerfect(samples, parts, sp, rp);
      if (ok) good.push({ switchPoint: sp, resetPoint: rp });
      else if (inRun) break;
      inRun = ok;
    }
  }
  if (good.length === 0) return null;
  const mean = (f: (s: Setting) => number) => good.reduce((sum, s) => sum + f(s), 0) / good.length;
  const c = { sp: mean((s) => s.switchPoint), rp: mean((s) => s.resetPoint) };
  // The perfect setting closest to the centre of the perfect region (the region may be bent).
  let best = good[0] as Setting;
  const d = (s: Setting) => (s.switchPoint - c.sp) ** 2 + (s.resetPoint - c.rp) ** 2;
  for (const s of good) if (d(s) < d(best)) best = s;
  return best;
}

/** True when NO with SP/rP switches on exactly once per part before it leaves and never elsewhere (early exit). */
function isPerfect(samples: readonly number[], parts: readonly PartWindow[], sp: number, rp: number): boolean {
  let state = false;
  let k = 0; // the part window at or after sample i
  let onsInPart = 0;
  for (let i = 0; i < samples.length; i++) {
    const x = samples[i] as number;
    while (k < parts.length && i > (parts[k] as PartWindow).end) {
      if (onsInPart !== 1) return false;
      k++;
      onsInPart = 0;
    }
    if (!state && x > sp) {
      state = true;
      const p = parts[k];
      if (!p || i < p.start || i >= p.leaves || ++onsInPart > 1) return false;
    } else if (state && x < rp) state = false;
  }
  return k === parts.length || (k === parts.length - 1 && onsInPart === 1);
}
