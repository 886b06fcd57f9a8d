import type { Page } from 'playwright-core';

// Typed access to the read-only test hook `window.__arcade` (see docs of the client).
// Tests assert through it and through accessible names, never through pixels alone.

export interface TrialRecord {
  round: number;
  trial: number;
  modality: string;
  /** rAF timestamp of the first frame that drew the stimulus; null for catch trials / before. */
  onsetMs: number | null;
  /** event.timeStamp of the press. */
  responseMs: number | null;
  /** What the client sent. */
  rtMs: number | null;
}

export interface ReaktionAck {
  round: number;
  trial: number | null;
  outcome: 'hit' | 'false-start' | 'late' | 'rejected' | null;
  rtMs?: number | null;
  error?: string;
}

export interface ArcadeSnapshot {
  screen: string;
  role: 'host' | 'player' | null;
  phase: string | null;
  playerId: string | null;
  joinUrl: string | null;
  clock: { offsetMs: number; rttMs: number } | null;
  timeOrigin: number;
  renderType: number | null;
  lastError: string | null;
  /** What games recorded through the kit (client/kit/records.ts), by game id and list name. */
  games: Record<string, Record<string, unknown[]>>;
  /** Reaktion's records (games.reaktion), always present for convenience. */
  reaktion: { trials: TrialRecord[]; acks: ReaktionAck[] };
  state: Record<string, any> | null;
}

/** A JSON copy of the hook, with state() called; null when the hook is missing. */
export async function snapshot(page: Page): Promise<ArcadeSnapshot | null> {
  return page.evaluate(() => {
    const a = (window as any).__arcade;
    if (!a) return null;
    const state = typeof a.state === 'function' ? a.state() : null;
    const { state: _fn, ...rest } = a;
    const reaktion = { trials: a.games?.reaktion?.trials ?? [], acks: a.games?.reaktion?.acks ?? [] };
    return JSON.parse(JSON.stringify({ ...rest, reaktion, state }));
  });
}

async function describe(page: Page): Promise<string> {
  const s = await snapshot(page).catch(() => null);
  if (!s) return 'window.__arcade missing';
  return `screen=${s.screen} phase=${s.phase} role=${s.role} lastError=${s.lastError}`;
}

/** Waits until `__arcade.screen` is one of `screens`. */
export async function waitForScreen(page: Page, screens: string | string[], timeoutMs = 30_000): Promise<void> {
  const list = Array.isArray(screens) ? screens : [screens];
  try {
    await page.waitForFunction((l) => l.includes((window as any).__arcade?.screen), list, { polling: 100, timeout: timeoutMs });
  } catch (err) {
    throw new Error(`Waited ${timeoutMs} ms for screen ${list.join('|')}; now ${await describe(page)}. ${(err as Error).message.split('\n')[0]}`, { cause: err });
  }
}

/**
 * Waits until the page is back in a session that a restarted server brought back: it holds a
 * seat or the controls again (`playerId` set for a player) and its state carries the restart
 * note. The screen alone does not show it: after a lost connection the old screen stays up
 * (with the "connecting" banner) while the hook's `playerId` is already null and the page
 * rejoins. Returns the snapshot of that moment.
 */
export async function waitForRestoredSession(page: Page, timeoutMs = 30_000): Promise<ArcadeSnapshot> {
  try {
    await page.waitForFunction(() => {
      const a = (window as any).__arcade;
      const back = a?.role === 'host' || (a?.role === 'player' && a.playerId !== null);
      return back && typeof a.state === 'function' && ['restarted', 'roundLost'].includes(a.state()?.restartNote);
    }, undefined, { polling: 100, timeout: timeoutMs });
  } catch (err) {
    throw new Error(`Waited ${timeoutMs} ms for the restored session; now ${await describe(page)}. ${(err as Error).message.split('\n')[0]}`, { cause: err });
  }
  const s = await snapshot(page);
  if (!s) throw new Error('window.__arcade vanished');
  return s;
}

/** Waits until `__arcade.phase` is one of `phases`. */
export async function waitForPhase(page: Page, phases: string | string[], timeoutMs = 30_000): Promise<void> {
  const list = Array.isArray(phases) ? phases : [phases];
  try {
    await page.waitForFunction((l) => l.includes((window as any).__arcade?.phase), list, { polling: 100, timeout: timeoutMs });
  } catch (err) {
    throw new Error(`Waited ${timeoutMs} ms for phase ${list.join('|')}; now ${await describe(page)}. ${(err as Error).message.split('\n')[0]}`, { cause: err });
  }
}

/**
 * Waits for a stimulus of round `round` that is on screen (onset known) and not in `done`,
 * or for play to end. Returns the trial record, or null when the phase left 'play'.
 */
export async function nextOnset(page: Page, round: number, done: Set<number>, timeoutMs = 20_000): Promise<TrialRecord | null> {
  const handle = await page.waitForFunction(
    (arg) => {
      const a = (window as any).__arcade;
      if (!a) return false;
      const t = (a.games?.reaktion?.trials ?? []).find((x: any) => x.round === arg.round && x.onsetMs !== null && !arg.done.includes(x.trial));
      if (t) return { ...t };
      return a.phase !== 'play' && a.phase !== 'countdown' ? 'ended' : false;
    },
    { round, done: [...done] },
    { polling: 'raf', timeout: timeoutMs },
  );
  const value = (await handle.jsonValue()) as TrialRecord | 'ended';
  await handle.dispose();
  return value === 'ended' ? null : value;
}

/** performance.now() in the page. */
export function pageNow(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

/**
 * Waits until the page has drawn what it was told (three frames: a view that starts its
 * transitions on the next frame has started them) and every animation and transition that
 * ends has ended: the moment a screenshot or a text measurement sees the settled view.
 * Endless decoration (a breathing "waiting" line) is ignored. Gives up after `timeoutMs`
 * (a view that keeps starting new animations) and goes on, as a fixed pause would.
 */
export async function settled(page: Page, timeoutMs = 6_000): Promise<void> {
  await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(() => r())))));
  await page
    .waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity), undefined, { polling: 'raf', timeout: timeoutMs })
    .catch(() => {});
}
