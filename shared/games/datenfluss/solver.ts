import { rawToCelsius, toHex } from './bits.ts';
import { arbitrationOrder } from './can.ts';
import { receiverAccepts } from './frames.ts';
import { topicMatches } from './mqtt.ts';
import { referenceChoice } from './switch-level.ts';
import { arrive, newPort, serve } from './switch-sim.ts';
import type { CueData } from './timeline.ts';

// The answer of a player who knows the rules, computed from what the cues show and nothing
// else. Tests and bots use it; that it scores full marks proves every item can be solved
// from its public data (the truth is never needed to play well).

type Payload = Record<string, unknown>;

function option(show: CueData, right: string): number {
  return String(show.options).split('|').indexOf(right);
}

function bitsAnswer(show: CueData): number {
  const value = typeof show.bits === 'string' ? parseInt(show.bits, 2) : Number(show.value);
  switch (show.task) {
    case 'set': return value;
    case 'read': return option(show, String(value));
    case 'hex': return option(show, toHex(value));
    case 'temp': return option(show, rawToCelsius(Number(show.raw)).toFixed(1));
    case 'step': return option(show, (Number(show.span) / 255).toFixed(2));
    default: return option(show, String((Number(show.value) + Number(show.add)) % 256));
  }
}

/** The reference policy's queue for the last tick of `ticks` (the arrivals shown so far, one cue per tick). */
export function switchAnswer(ticks: readonly CueData[]): string | null {
  const { port, tally } = newPort();
  let choice: string | null = null;
  ticks.forEach((show, tick) => {
    const tokens = String(show.arrivals).split(',').filter(Boolean);
    arrive(port, tally, tick, tokens);
    const c = referenceChoice(port, tick);
    serve(port, tally, tick, c);
    choice = c;
  });
  return choice;
}

/** The right answer payload for item `index`, given the cues shown up to and including it (in item order). */
export function rightAnswer(level: number, shown: readonly CueData[], index: number): Payload {
  const show = shown[index] as CueData;
  switch (level) {
    case 1: return { item: index, value: bitsAnswer(show) };
    case 2: return { item: index, accept: receiverAccepts(String(show.bits)) };
    case 3: {
      const order = arbitrationOrder(String(show.ids).split('|').map((b) => parseInt(b, 2)));
      return { item: index, order: show.task === 'winner' ? order.slice(0, 1) : order };
    }
    case 4: return { item: index, queue: switchAnswer(shown.slice(0, index + 1)) ?? 'alarm' };
    default: {
      const topic = String(show.topic);
      const receivers = String(show.filters).split(' ').flatMap((f, i) => (topicMatches(f, topic) ? [i] : []));
      return { item: index, receivers };
    }
  }
}
