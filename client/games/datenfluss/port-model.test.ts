import { describe, expect, it } from 'vitest';
import { createRound } from '../../../shared/games/datenfluss/rules.ts';
import { QUEUE_IDS, simulate, type QueueId } from '../../../shared/games/datenfluss/switch-sim.ts';
import { createRng } from '../../../shared/core/rng.ts';
import { PortModel } from './port-model.ts';

// The phone draws the queues from the same simulation the server replays: after the same
// arrivals and choices, both agree on what was sent and what waits.

describe('PortModel', () => {
  it('shows the queues the server simulation has, tick by tick, for any choices', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const round = createRound(seed, 4);
      const arrivals = round.switch!.arrivals;
      const rng = createRng(seed);
      const choices: (QueueId | null)[] = arrivals.map(() => (rng.next() < 0.3 ? null : rng.pick(QUEUE_IDS)));
      const model = new PortModel();
      arrivals.forEach((tokens, tick) => {
        model.arrivalsAt(tick, tokens);
        const view = model.viewAt(tick);
        const upTo = simulate([...arrivals.slice(0, tick), tokens], [...choices.slice(0, tick), null]);
        expect(view.tally.generated).toEqual(upTo.tally.generated);
        expect(view.lastServed).toBe(tick === 0 ? null : upTo.served[tick - 1]);
        model.choose(tick, choices[tick] ?? null);
      });
    }
  });

  it('a refused choice counts as none (round-robin)', () => {
    const model = new PortModel();
    model.arrivalsAt(0, ['B', 'A']);
    model.choose(0, 'bulk');
    model.arrivalsAt(1, []);
    expect(model.viewAt(1).lastServed).toBe('bulk');
    model.choose(0, null);
    expect(model.viewAt(1).lastServed).toBe('alarm');
  });
});
