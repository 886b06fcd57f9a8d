import { describe, expect, it } from 'vitest';
import { createRng } from '../../core/rng.ts';
import { playRight, playRound } from './play.test-util.ts';
import { createRound, score } from './rules.ts';
import { referenceSchedule, TICKS } from './switch-level.ts';
import {
  PENALTY_ALARM, PENALTY_BULK_LATE, PENALTY_STATION, QUEUE_CAPACITY, QUEUE_IDS, simulate, WATCHDOG_TICKS, type QueueId,
} from './switch-sim.ts';

// Level 4: the switch port simulation and its properties.

const randomChoices = (seed: number, n: number): (QueueId | null)[] => {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => (rng.next() < 0.25 ? null : rng.pick(QUEUE_IDS)));
};

describe('level 4: switch port simulation', () => {
  it('conserves packets: delivered + dropped + queued = generated, per queue, for any choices (property over 300 cases)', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const round = createRound(seed * 13, 4);
      const { tally, served } = simulate(round.switch!.arrivals, randomChoices(seed, TICKS));
      // Alarms and measurements are lost when dropped or replaced; orders dropped at a full queue are re-sent (TCP).
      for (const q of ['alarm', 'cyclic'] as const) {
        expect(tally.delivered[q] + tally.dropped[q] + tally.queued[q], `seed ${seed} ${q}`).toBe(tally.generated[q]);
      }
      expect(tally.delivered.bulk + tally.queued.bulk, `seed ${seed} bulk`).toBe(tally.generated.bulk);
      expect(tally.resent).toBe(tally.dropped.bulk);
      expect(served.filter(Boolean)).toHaveLength(QUEUE_IDS.reduce((n, q) => n + tally.delivered[q], 0));
      expect(tally.alarmsOnTime + tally.alarmsLate).toBe(tally.delivered.alarm);
      expect(tally.penalty).toBe(
        PENALTY_ALARM * (tally.alarmsLate + tally.dropped.alarm + tally.queued.alarm)
        + PENALTY_STATION * tally.stations + PENALTY_BULK_LATE * tally.queued.bulk,
      );
    }
  });

  it('the same choices give the same result and score; the server replay matches the simulation', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const round = createRound(seed, 4);
      const choices = randomChoices(seed + 1000, TICKS);
      expect(simulate(round.switch!.arrivals, choices)).toEqual(simulate(round.switch!.arrivals, choices));
      const play = () => playRound(round, (_s, item) => (choices[item] ? { item, queue: choices[item] } : null));
      const a = score(round, play());
      expect(score(round, play())).toEqual(a);
      expect(a.detail.penalty).toBe(simulate(round.switch!.arrivals, choices).tally.penalty);
    }
  });

  it('one packet per tick; alarms are late after 3 ticks; a newer value replaces the older one without cost', () => {
    const late = simulate([['A', 'A', 'A', 'A'], [], [], []], ['alarm', 'alarm', 'alarm', 'alarm']).tally;
    expect([late.alarmsOnTime, late.alarmsLate]).toEqual([3, 1]);
    const replaced = simulate([['C1'], ['C1'], ['C2']], [null, null, null].map(() => 'bulk' as const)).tally;
    expect(replaced).toMatchObject({ replaced: 1, idle: 3, stations: 0, penalty: 0 });
    expect(replaced.queued.cyclic).toBe(2);
  });

  it(`a sensor whose data wait ${WATCHDOG_TICKS} ticks trips the watchdog (station failure), again every further ${WATCHDOG_TICKS} ticks`, () => {
    const ticks = Array.from({ length: WATCHDOG_TICKS + 2 }, (_, t) => (t % 2 === 0 ? ['C1'] : []));
    const starved = simulate(ticks, ticks.map(() => 'bulk' as const)).tally;
    expect([starved.stations, starved.penalty]).toEqual([1, PENALTY_STATION]);
    const long = Array.from({ length: 2 * WATCHDOG_TICKS }, (_, t) => (t === 0 ? ['C1'] : []));
    expect(simulate(long, long.map(() => 'bulk' as const)).tally.stations).toBe(2);
    const justInTime = simulate(ticks, ticks.map((_, t) => (t === WATCHDOG_TICKS - 2 ? 'cyclic' as const : 'bulk' as const))).tally;
    expect(justInTime.stations).toBe(0);
  });

  it('a full queue drops the arriving packet: an alarm is lost, an order is re-sent (TCP) and only costs if still undelivered at the end', () => {
    const alarms = Array.from({ length: QUEUE_CAPACITY + 1 }, () => 'A');
    const lost = simulate([alarms], ['alarm']).tally;
    expect(lost.dropped.alarm).toBe(1);
    const burst = Array.from({ length: QUEUE_CAPACITY + 2 }, () => 'B');
    const over = simulate([burst, [], []], ['alarm', 'bulk', 'bulk']).tally;
    expect([over.resent, over.delivered.bulk, over.queued.bulk]).toEqual([2, 2, QUEUE_CAPACITY]);
    expect(over.penalty).toBe(PENALTY_BULK_LATE * QUEUE_CAPACITY);
    const drained = simulate([burst, ...Array.from({ length: QUEUE_CAPACITY + 2 }, () => [])], Array.from({ length: QUEUE_CAPACITY + 3 }, () => 'bulk' as const)).tally;
    expect([drained.delivered.bulk, drained.penalty]).toEqual([QUEUE_CAPACITY + 2, 0]);
  });

  it('without answers the port serves round-robin (alarm, cyclic, bulk, …) and skips empty queues', () => {
    const { served } = simulate([['B', 'B', 'C1', 'A', 'A'], [], [], [], [], []], []);
    expect(served).toEqual(['alarm', 'cyclic', 'bulk', 'alarm', 'bulk', null]);
  });

  it('the reference schedule beats round-robin by the margin and earns full credit; the reveal carries it', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const round = createRound(seed, 4);
      const t = round.switch!.truth;
      expect(t.rrPenalty - t.refPenalty).toBeGreaterThanOrEqual(12);
      const s = score(round, playRight(round));
      expect(s.detail.correctPct).toBe(100);
      expect(s.detail.reference).toBe(referenceSchedule(round.switch!.arrivals).map((q) => (q ? q[0]!.toUpperCase() : '-')).join(''));
      expect(s.detail.served).toBe(s.detail.reference);
    }
  });
});
