// Level 4 "Vorfahrt im Netz": one output port of a switch sends one packet per tick from
// three queues. A pure discrete-time simulation: the server replays a player's choices
// through it to score, the client runs the same code to draw the queues.
//
// Why these rules (see texts.ts for the sources): alarms carry a deadline (real time, like
// a safety or process alarm); cyclic measurements are "latest value wins" (a PROFINET RT
// or IO-Link process value is only useful while current, so a newer value replaces an
// older one of the same sensor); bulk orders have no deadline but must all arrive.

export const QUEUE_IDS = ['alarm', 'cyclic', 'bulk'] as const;
export type QueueId = (typeof QUEUE_IDS)[number];

/** Packets per queue; one more arriving drops the oldest (tail drop would keep stale data). */
export const QUEUE_CAPACITY = 5;
/** An alarm arriving at tick t is on time if sent at a tick ≤ t + ALARM_DEADLINE_TICKS − 1. */
export const ALARM_DEADLINE_TICKS = 3;
/** Penalty points: an alarm late, dropped or never sent; a bulk order lost; a measurement lost. */
export const PENALTY_ALARM = 10;
export const PENALTY_BULK = 6;
export const PENALTY_CYCLIC = 1;

/** Arrival tokens of one tick: 'A' alarm, 'B' bulk order, 'C1'..'C9' a value of cyclic sensor n. */
export type Token = string;

export interface Tally {
  generated: Record<QueueId, number>;
  delivered: Record<QueueId, number>;
  /** Lost to overflow (oldest dropped) or, for measurements, replaced by a newer value. */
  dropped: Record<QueueId, number>;
  queued: Record<QueueId, number>;
  replaced: number;
  alarmsOnTime: number;
  alarmsLate: number;
  /** Ticks in which the chosen queue was empty and nothing was sent. */
  idle: number;
  penalty: number;
}

export interface SimResult {
  tally: Tally;
  /** The queue served in each tick (null: nothing sent). */
  served: (QueueId | null)[];
}

export interface PortState {
  alarms: number[];
  cyclic: { sensor: number; tick: number }[];
  bulk: number[];
  /** Index in QUEUE_IDS of the last queue served (for round-robin). */
  last: number;
}

const zero = (): Record<QueueId, number> => ({ alarm: 0, cyclic: 0, bulk: 0 });

/** An empty port and tally. */
export function newPort(): { port: PortState; tally: Tally } {
  return {
    port: { alarms: [], cyclic: [], bulk: [], last: QUEUE_IDS.length - 1 },
    tally: { generated: zero(), delivered: zero(), dropped: zero(), queued: zero(), replaced: 0, alarmsOnTime: 0, alarmsLate: 0, idle: 0, penalty: 0 },
  };
}

/** The queue a token goes into, or null for an unknown token. */
export function queueOf(token: Token): QueueId | null {
  if (token === 'A') return 'alarm';
  if (token === 'B') return 'bulk';
  return /^C[1-9]$/.test(token) ? 'cyclic' : null;
}

function lengthOf(port: PortState, q: QueueId): number {
  return q === 'alarm' ? port.alarms.length : q === 'cyclic' ? port.cyclic.length : port.bulk.length;
}

/** Puts one tick's arrivals into the queues (mutates port and tally). */
export function arrive(port: PortState, tally: Tally, tick: number, tokens: readonly Token[]): void {
  for (const token of tokens) {
    const q = queueOf(token);
    if (!q) continue;
    tally.generated[q] += 1;
    if (q === 'cyclic') {
      const sensor = Number(token.slice(1));
      const old = port.cyclic.find((c) => c.sensor === sensor);
      if (old) {
        old.tick = tick; // the newer value takes the older one's place
        tally.dropped.cyclic += 1;
        tally.replaced += 1;
        tally.penalty += PENALTY_CYCLIC;
        continue;
      }
      port.cyclic.push({ sensor, tick });
    } else {
      (q === 'alarm' ? port.alarms : port.bulk).push(tick);
    }
    if (lengthOf(port, q) > QUEUE_CAPACITY) {
      if (q === 'alarm') port.alarms.shift();
      else if (q === 'cyclic') port.cyclic.shift();
      else port.bulk.shift();
      tally.dropped[q] += 1;
      tally.penalty += q === 'alarm' ? PENALTY_ALARM : q === 'bulk' ? PENALTY_BULK : PENALTY_CYCLIC;
    }
  }
}

/** The queue round-robin serves next: the first non-empty one after the last served, or null. */
export function roundRobin(port: PortState): QueueId | null {
  for (let k = 1; k <= QUEUE_IDS.length; k++) {
    const q = QUEUE_IDS[(port.last + k) % QUEUE_IDS.length] as QueueId;
    if (lengthOf(port, q) > 0) return q;
  }
  return null;
}

/** Sends one packet in this tick: the head of `choice`, round-robin when choice is null; an empty choice idles. */
export function serve(port: PortState, tally: Tally, tick: number, choice: QueueId | null): QueueId | null {
  const q = choice ?? roundRobin(port);
  if (!q) return null;
  if (lengthOf(port, q) === 0) {
    tally.idle += 1;
    return null;
  }
  if (q === 'alarm') {
    const arrived = port.alarms.shift() as number;
    if (tick <= arrived + ALARM_DEADLINE_TICKS - 1) tally.alarmsOnTime += 1;
    else {
      tally.alarmsLate += 1;
      tally.penalty += PENALTY_ALARM;
    }
  } else if (q === 'cyclic') port.cyclic.shift();
  else port.bulk.shift();
  tally.delivered[q] += 1;
  port.last = QUEUE_IDS.indexOf(q);
  return q;
}

/** Counts what is still queued at the end; alarms and bulk orders still waiting are penalised. */
export function finish(port: PortState, tally: Tally): void {
  for (const q of QUEUE_IDS) tally.queued[q] = lengthOf(port, q);
  tally.penalty += PENALTY_ALARM * port.alarms.length + PENALTY_BULK * port.bulk.length;
}

/** Replays a whole round: arrivals per tick, the player's choice per tick (null: none, round-robin). */
export function simulate(arrivals: readonly (readonly Token[])[], choices: readonly (QueueId | null)[]): SimResult {
  const { port, tally } = newPort();
  const served: (QueueId | null)[] = [];
  arrivals.forEach((tokens, tick) => {
    arrive(port, tally, tick, tokens);
    served.push(serve(port, tally, tick, choices[tick] ?? null));
  });
  finish(port, tally);
  return { tally, served };
}
