import type { Answer, Flat, LevelRules } from './level.ts';
import { parseQueue, QUEUE_LETTER, switchCredit, type SwitchTruth } from './switch-level.ts';
import { simulate, type QueueId, type Token } from './switch-sim.ts';

// Level 4's answers and reveal: each tick's answer names a queue; the score replays all of
// a player's choices through the simulation (switch-sim.ts).

const LETTER_QUEUE: Readonly<Record<string, QueueId>> = { A: 'alarm', C: 'cyclic', B: 'bulk' };

/** The choice per tick from stored answers (null where the player gave none: round-robin). */
export function choicesOf(ticks: number, answers: ReadonlyMap<number, Answer>): (QueueId | null)[] {
  return Array.from({ length: ticks }, (_, t) => LETTER_QUEUE[String(answers.get(t))] ?? null);
}

/** Credit 0..1 and the reveal figures of a player's schedule. */
export function switchOutcome(arrivals: readonly (readonly Token[])[], truth: SwitchTruth, answers: ReadonlyMap<number, Answer>): { credit: number; detail: Flat } {
  const { tally, served } = simulate(arrivals, choicesOf(arrivals.length, answers));
  return {
    credit: switchCredit(truth, tally.penalty),
    detail: {
      alarms: tally.generated.alarm,
      alarmsOnTime: tally.alarmsOnTime,
      bulk: tally.generated.bulk,
      bulkLate: tally.queued.bulk,
      resent: tally.resent,
      values: tally.generated.cyclic,
      valuesReplaced: tally.replaced,
      stations: tally.stations,
      penalty: tally.penalty,
      refPenalty: truth.refPenalty,
      rrPenalty: truth.rrPenalty,
      reference: truth.reference,
      served: served.map((q) => (q ? QUEUE_LETTER[q] : '-')).join(''),
    },
  };
}

/** Level 4 rules: answer `{ item: tick, queue: 'alarm' | 'cyclic' | 'bulk' }`; credit comes from the replay. */
export const switchLevel: LevelRules<null> = {
  makeItems: () => [], // built with the arrivals in makeSwitchRound
  fields: ['queue'],
  parse: (raw) => {
    const q = parseQueue(raw.queue);
    return q ? QUEUE_LETTER[q] : null;
  },
  credit: () => 0, // a single tick has no credit of its own
  feedback: (_item, answer) => ({ queue: LETTER_QUEUE[String(answer)] ?? null }),
  detail: () => ({}),
};
