// Timing constants of the Reaktion game, all in milliseconds.

/** Trials per round, catch trials included. */
export const TRIALS_PER_ROUND = 6;
/** Trials without a stimulus: pressing in them is a false start, so guessing does not pay. */
export const CATCH_TRIALS_PER_ROUND = 1;
/** The foreperiod (ready signal to stimulus) is MIN + an exponential part, cut at MAX. */
export const FOREPERIOD_MIN_MS = 1200;
export const FOREPERIOD_MAX_MS = 4500;
export const FOREPERIOD_MEAN_EXTRA_MS = 1100;
/** A press this soon after the stimulus is anticipation, not reaction (a false start). */
export const FALSE_START_BELOW_MS = 100;
/** Time after the stimulus in which a press still counts. */
export const RESPONSE_WINDOW_MS = 1500;
/** Pause between the end of one trial's window and the next ready signal. */
export const INTER_TRIAL_GAP_MS = 1000;
/** Quiet time at the start of play before the first ready signal. */
export const LEAD_IN_MS = 1000;
/** How long a visual stimulus stays on screen at most. One stimulus per trial keeps
 * flashes far below three per second (photosensitive players). */
export const STIMULUS_VISIBLE_MS = 800;
/** The stimulus time is sent this long before it is due, so every screen can show it on time. */
export const STIMULUS_CUE_LEAD_MS = 700;
/**
 * How far a claimed reaction time may differ from what the server observed (arrival minus
 * scheduled onset minus the player's one-way latency). Covers clock-sync error and frame
 * timing. A claim slower than observed + this is impossible and rejected; a claim faster
 * than observed − this is replaced by observed − this (the fastest the server can confirm).
 */
export const CLAIM_TOLERANCE_MS = 150;

/** Scoring: a median at or below FAST earns 1000 points, at or above SLOW none. */
export const SCORE_FAST_MS = 150;
export const SCORE_SLOW_MS = 800;
export const SCORE_MAX = 1000;
export const PENALTY_FALSE_START = 100;
export const PENALTY_MISS = 50;
