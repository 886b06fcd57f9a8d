import { GAMES } from '../../shared/games/index.ts';
import { reaktion } from '../../shared/games/reaktion/index.ts';
import type { ReaktionRound } from '../../shared/games/reaktion/rules.ts';
import { INTER_TRIAL_GAP_MS } from '../../shared/games/reaktion/timing.ts';
import { gameRegistry, type GameRegistry } from '../../shared/games/registry.ts';

// A shorter Reaktion round for e2e files whose subject is a VIEW (the projector's dialogs, the
// phone's screens, the board after three rounds), not the game's timing: the real round's
// first QUICK_TRIALS trials, unchanged (same foreperiods, window, gap, modality), the last of
// them the catch trial. ~15 s of play instead of ~30 s. Every rule (judge, score, figures,
// cues) is the shipped game's; only the schedule is cut. The files that test the real clock
// or a game's own play (group-round, timing, kit, datenfluss-*, sensor-labor) keep real rounds.

/** Trials in a quick round, the last one the catch trial: QUICK_TRIALS − 1 stimuli. */
export const QUICK_TRIALS = 3;
/** Stimuli (non-catch trials) in a quick round. */
export const QUICK_STIMULI = QUICK_TRIALS - 1;

/**
 * The real round of `seed` and `level`, cut to its first QUICK_TRIALS trials; the last kept
 * trial becomes the catch trial (the real one may lie beyond the cut), so every quick round
 * has exactly QUICK_STIMULI stimuli and one catch trial. Play ends one gap after the last window.
 */
export function quickReaktionRound(seed: number, level: number): ReaktionRound {
  const full = reaktion.createRound(seed, level);
  const trials = full.trials.slice(0, QUICK_TRIALS).map((t, i) => ({ ...t, catch: i === QUICK_TRIALS - 1 }));
  const last = trials.at(-1);
  return { ...full, trials, durationMs: (last?.endMs ?? 0) + INTER_TRIAL_GAP_MS };
}

/** The shipped games with Reaktion's rounds cut by quickReaktionRound (see above). */
export const QUICK_GAMES: GameRegistry = gameRegistry(GAMES.map((g) => (g.id === reaktion.id ? { ...reaktion, createRound: quickReaktionRound } : g)));
