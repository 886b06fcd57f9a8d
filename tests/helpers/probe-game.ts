import { GAMES } from '../../shared/games/index.ts';
import { gameRegistry, type GameRegistry } from '../../shared/games/registry.ts';
import type { GameDefinition, GameTexts } from '../../shared/games/types.ts';

// A one-second game for platform tests (seats, doors, reports, boards, pace, persistence):
// they need a round that is stored and revealed, not a real game's clock (a Reaktion round
// lasts ~30 s). It travels the same generic path as every game: createRound → state `round`
// → cue → answer → judge → score → stored result. Its wire mimics a one-trial Reaktion
// (cue { kind: 'stimulus', trial }, answer { trial, rtMs }), so `playProbe` in bots.ts is tiny.

export const PROBE_ID = 'probe';
/** When the one stimulus comes, ms after play starts. */
export const PROBE_CUE_MS = 50;
/** Play ends by itself after this long if someone never answers. */
export const PROBE_PLAY_MS = 1_000;
/** The best score: an answer after 0 ms. */
export const PROBE_MAX_SCORE = 1_000;

interface ProbeRound { level: number; seed: number }
interface ProbePlayer { rtMs: number | null }
interface ProbeWire {
  publicRound: { level: number };
  answer: { trial: number; rtMs: number };
  ack: { trial: number; ok: boolean };
  detail: { rtMs: number | null };
  cue: { kind: 'stimulus'; trial: number };
}

const TEXTS: GameTexts = {
  title: 'Probe',
  summary: 'A test game: answer the one cue.',
  howTo: 'Answer when the cue comes.',
  // One debrief per level (GameTexts.debrief is a per-level record).
  debrief: Object.fromEntries([1, 2].map((level) => [level, {
    taught: 'A probe round checks the platform, not the player.',
    fact: 'One cue comes after 50 ms.',
    mistake: 'None: it only measures the way there and back.',
  }])),
  levels: { 1: 'One cue', 2: 'One cue, again' },
};

/** Score of an answer rtMs after the cue: faster is better, never below 0. */
export const probeScore = (rtMs: number | null): number => (rtMs === null ? 0 : Math.max(0, PROBE_MAX_SCORE - rtMs));

/** The probe game: one cue, one answer, scored by how fast it came. */
export const probeGame: GameDefinition<ProbeRound, ProbePlayer, ProbeWire> = {
  id: PROBE_ID,
  maxScore: PROBE_MAX_SCORE,
  levels: [1, 2],
  curriculum: { 1: ['mech-bbp-3'], 2: ['mech-bbp-3'] },
  texts: { de: TEXTS, en: TEXTS },
  createRound: (seed, level) => ({ seed, level }),
  publicRound: (round) => ({ level: round.level }),
  playDurationMs: () => PROBE_PLAY_MS,
  cues: () => [{ atMs: PROBE_CUE_MS, leadMs: 0, data: { kind: 'stimulus', trial: 0 } }],
  newPlayer: () => ({ rtMs: null }),
  judge(_round, player, payload) {
    const p = payload as Partial<ProbeWire['answer']> | null;
    const valid = typeof p === 'object' && p !== null && p.trial === 0 && typeof p.rtMs === 'number' && Number.isInteger(p.rtMs) && p.rtMs >= 0 && p.rtMs < PROBE_PLAY_MS;
    if (!valid) return { player, ack: { trial: -1, ok: false }, error: 'MESSAGE_INVALID' };
    if (player.rtMs !== null) return { player, ack: { trial: 0, ok: false }, error: 'ALREADY_ANSWERED' };
    return { player: { rtMs: p.rtMs as number }, ack: { trial: 0, ok: true } };
  },
  answered: (_round, player) => (player.rtMs === null ? 0 : 1),
  expectedAnswers: () => 1,
  isDone: (_round, player) => player.rtMs !== null,
  score: (_round, player) => ({ score: probeScore(player.rtMs), detail: { rtMs: player.rtMs } }),
};

/** What test servers play: the probe first (so it is the default playlist's game), then every real game. */
export const TEST_GAMES: GameRegistry = gameRegistry([probeGame, ...GAMES]);
