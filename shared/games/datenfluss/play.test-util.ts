import { createRng } from '../../core/rng.ts';
import { cues, judge, type DatenflussPlayer, type DatenflussRound } from './rules.ts';
import { rightAnswer } from './solver.ts';
import type { CueData } from './timeline.ts';

// Test helpers: play a whole round as a player would, answering each item `rtShare` into
// its window (0 = at once, 1 = at the last moment).

export const PLAY_START = 1_800_000_000_000;
export const ONE_WAY_MS = 25;

/** Judge context of an answer arriving `sinceStartMs` after play start. */
export const at = (sinceStartMs: number, oneWayMs = ONE_WAY_MS) => ({ nowMs: PLAY_START + sinceStartMs + oneWayMs, playStartMs: PLAY_START, oneWayMs });

/** The data each item's cue shows, in item order. */
export function shownData(round: DatenflussRound): CueData[] {
  return cues(round).map((c) => c.data);
}

/** A random answer payload for item i of a round of this level (what a guesser sends). */
export function randomAnswer(level: number, show: CueData, index: number, rng: ReturnType<typeof createRng>): Record<string, unknown> {
  switch (level) {
    case 1: {
      const k = show.task === 'set' ? 256 : String(show.options).split('|').length;
      return { item: index, value: rng.int(0, k - 1) };
    }
    case 2: return { item: index, accept: rng.next() < 0.5 };
    case 3: {
      const n = String(show.ids).split('|').length;
      const order = Array.from({ length: n }, (_, i) => ({ i, k: rng.next() })).sort((a, b) => a.k - b.k).map((x) => x.i);
      return { item: index, order: show.task === 'winner' ? order.slice(0, 1) : order };
    }
    case 4: return { item: index, queue: rng.pick(['alarm', 'cyclic', 'bulk']) };
    default: return { item: index, receivers: [0, 1, 2, 3, 4, 5].filter(() => rng.next() < 0.5) };
  }
}

/** Plays every item with `answer` (null: no answer), each `rtShare` into its window; returns the player. */
export function playRound(
  round: DatenflussRound,
  answer: (show: CueData, index: number, shown: CueData[]) => Record<string, unknown> | null,
  rtShare = 0.4,
): DatenflussPlayer {
  const shown = shownData(round);
  let player: DatenflussPlayer = { answers: {} };
  round.items.forEach((item, i) => {
    const payload = answer(shown[i] as CueData, i, shown);
    if (!payload) return;
    const out = judge(round, player, payload, at(item.atMs + rtShare * (item.endMs - item.atMs)));
    if (out.error) throw new Error(`item ${i}: ${out.error}`);
    player = out.player;
  });
  return player;
}

/** Plays with the rule-knowing solver. */
export const playRight = (round: DatenflussRound, rtShare = 0.4): DatenflussPlayer =>
  playRound(round, (_show, i, shown) => rightAnswer(round.level, shown, i), rtShare);
