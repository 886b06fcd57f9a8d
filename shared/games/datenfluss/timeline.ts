// The one timeline of a Datenfluss round: items at server-time offsets, each shown to every
// player at the same moment (its cue goes out CUE_LEAD_MS early, the Reaktion pattern) and
// each with its own answer window. All times in milliseconds after play start.

/** Quiet time before the first item (also leaves room for the first cue's lead). */
export const LEAD_IN_MS = 1500;
/** An item's cue is sent this long before it is due, so every phone can show it on time. */
export const CUE_LEAD_MS = 800;
/** Pause between one item's window and the next item. */
export const GAP_MS = 600;
/** Quiet time after the last window before play ends (late answers still arrive). */
export const TAIL_MS = 1000;
/**
 * Clock error the judge allows: an answer may arrive up to this much before the item was
 * due (clock sync) or after its window closed plus the player's one-way latency.
 */
export const TOLERANCE_MS = 250;

/** Flat cue data (what a cue may carry). */
export type CueData = Readonly<Record<string, string | number | boolean>>;

/** One item: public `show` (goes out in the cue) and secret `truth` (never leaves the server before the reveal). */
export interface Item<T> {
  atMs: number;
  endMs: number;
  show: CueData;
  truth: T;
}

/** An item before scheduling: what to show, the secret answer, how long the window is. */
export interface ItemSpec<T> {
  show: CueData;
  truth: T;
  windowMs: number;
}

/** Lays items one after another: lead-in, then window + gap each; returns items and the play duration. */
export function schedule<T>(specs: readonly ItemSpec<T>[], gapMs = GAP_MS): { items: Item<T>[]; durationMs: number } {
  let t = LEAD_IN_MS;
  const items: Item<T>[] = [];
  for (const s of specs) {
    items.push({ atMs: t, endMs: t + s.windowMs, show: s.show, truth: s.truth });
    t += s.windowMs + gapMs;
  }
  return { items, durationMs: t - gapMs + TAIL_MS };
}

/** The data of an item's cue: the item's public fields plus its number and window. */
export type ItemCueData = CueData & { readonly kind: 'item'; readonly item: number; readonly windowMs: number };

/** One cue per item: `{ kind: 'item', item, windowMs, ...show }` at the item's time, CUE_LEAD_MS early. */
export function itemCues<T>(items: readonly Item<T>[]): { atMs: number; leadMs: number; data: ItemCueData }[] {
  return items.map((it, i) => ({
    atMs: it.atMs,
    leadMs: CUE_LEAD_MS,
    data: { ...it.show, kind: 'item', item: i, windowMs: it.endMs - it.atMs },
  }));
}

/** The public schedule: [atMs, endMs] per item (times only, no content). */
export function publicSchedule<T>(items: readonly Item<T>[]): number[][] {
  return items.map((it) => [it.atMs, it.endMs]);
}

export type WindowCheck = { ok: true; rtMs: number } | { ok: false; error: 'TIMING_IMPOSSIBLE' | 'ANSWER_LATE' };

/**
 * Checks an answer's arrival against its item's window. `sinceStartMs` = arrival − play
 * start. An answer before the item was due cannot be honest (TIMING_IMPOSSIBLE); one after
 * the window plus latency and tolerance is late (ANSWER_LATE). Otherwise the answer time
 * rtMs = arrival − one-way latency − item time, clamped into the window.
 */
export function checkWindow(item: { atMs: number; endMs: number }, sinceStartMs: number, oneWayMs: number): WindowCheck {
  if (sinceStartMs < item.atMs - TOLERANCE_MS) return { ok: false, error: 'TIMING_IMPOSSIBLE' };
  if (sinceStartMs > item.endMs + oneWayMs + TOLERANCE_MS) return { ok: false, error: 'ANSWER_LATE' };
  const rtMs = Math.min(item.endMs - item.atMs, Math.max(0, sinceStartMs - oneWayMs - item.atMs));
  return { ok: true, rtMs: Math.round(rtMs) };
}
