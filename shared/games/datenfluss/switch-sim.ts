// Level 4 "Vorfahrt im Netz": one output port of a switch sends one packet per tick from
// three queues. A pure discrete-time simulation: the server replays a player's choices
// through it to score, the client runs the same code to draw the queues.
//
// Why these rules (sources in texts.ts [PN-PRIO] [WD] [TCP]): PROFINET sends cyclic IO data
// and high-priority alarms at VLAN priority 6 and IT traffic at 0, so a network engineer
// serves alarms and measurements before orders. Alarms carry a deadline. A cyclic value may
// be replaced by a newer one of the same sensor (in the game the port keeps only the newest
// value per sensor, a simplification: a real switch queues frames FIFO and drops arrivals
// when full), but if a sensor's data wait WATCHDOG_TICKS without getting through, the
// controller's watchdog trips and the station fails. Orders are IT traffic over TCP: a
// frame dropped at a full queue is sent again, so it arrives late but is not lost.

export const QUEUE_IDS = ['alarm', 'cyclic', 'bulk'] as const;
export type QueueId = (typeof QUEUE_IDS)[number];

/** Packets per queue; an arriving packet finds the queue full: dropped (tail drop). */
export const QUEUE_CAPACITY = 5;
/** An alarm arriving at tick t is on time if sent at a tick ≤ t + ALARM_DEADLINE_TICKS − 1. */
export const ALARM_DEADLINE_TICKS = 3;
/** A sensor whose data waited this many ticks without being sent trips the watchdog (station fails). */
export const WATCHDOG_TICKS = 6;
/** Penalty points: an alarm late, dropped or never sent; a station failure (watchdog). */
export const PENALTY_ALARM = 10;
export const PENALTY_STATION = 10;
/** An order still not delivered when the round ends (it arrives late; an order dropped at a full queue costs nothing by itself: TCP sends it again). */
export const PENALTY_BULK_LATE = 1;

/** Arrival tokens of one tick: 'A' alarm, 'B' bulk order, 'C1'..'C9' a value of cyclic sensor n. */
export type Token = string;

export interface Tally {
  generated: Record<QueueId, number>;
  delivered: Record<QueueId, number>;
  /** Alarms lost at a full queue; measurements replaced by a newer value; orders dropped and resent by TCP. */
  dropped: Record<QueueId, number>;
  /** Still waiting at the end (orders: in the queue or waiting for their resend). */
  queued: Record<QueueId, number>;
  replaced: number;
  /** Orders dropped at a full queue and sent again (TCP). */
  resent: number;
  /** Watchdog trips: a sensor's data waited WATCHDOG_TICKS (again every WATCHDOG_TICKS while the outage lasts). */
  stations: number;
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

/** A sensor's waiting value: newest arrival tick, the tick its watchdog started counting, and whether it has tripped. */
export interface CyclicEntry { sensor: number; tick: number; since: number; failed: boolean }

export interface PortState {
  alarms: number[];
  cyclic: CyclicEntry[];
  bulk: number[];
  /** Orders dropped at a full queue, waiting for TCP to send them again. */
  resend: number;
  /** Index in QUEUE_IDS of the last queue served (for round-robin). */
  last: number;
}

const zero = (): Record<QueueId, number> => ({ alarm: 0, cyclic: 0, bulk: 0 });

/** An empty port and tally. */
export function newPort(): { port: PortState; tally: Tally } {
  return {
    port: { alarms: [], cyclic: [], bulk: [], resend: 0, last: QUEUE_IDS.length - 1 },
    tally: {
      generated: zero(), delivered: zero(), dropped: zero(), queued: zero(),
      replaced: 0, resent: 0, stations: 0, alarmsOnTime: 0, alarmsLate: 0, idle: 0, penalty: 0,
    },
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

/** Puts one tick's arrivals into the queues, resent orders first (mutates port and tally). */
export function arrive(port: PortState, tally: Tally, tick: number, tokens: readonly Token[]): void {
  while (port.resend > 0 && port.bulk.length < QUEUE_CAPACITY) {
    port.resend -= 1;
    port.bulk.push(tick);
  }
  for (const token of tokens) {
    const q = queueOf(token);
    if (!q) continue;
    tally.generated[q] += 1;
    if (q === 'cyclic') {
      const sensor = Number(token.slice(1));
      const old = port.cyclic.find((c) => c.sensor === sensor);
      if (old) {
        old.tick = tick; // the newer value takes the older one's place; the data keep waiting since `since`
        tally.dropped.cyclic += 1;
        tally.replaced += 1;
      } else port.cyclic.push({ sensor, tick, since: tick, failed: false });
    } else if (lengthOf(port, q) >= QUEUE_CAPACITY) {
      tally.dropped[q] += 1; // tail drop
      if (q === 'alarm') tally.penalty += PENALTY_ALARM;
      else {
        port.resend += 1;
        tally.resent += 1;
      }
    } else (q === 'alarm' ? port.alarms : port.bulk).push(tick);
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

/** Trips the watchdog of every sensor whose data have now waited WATCHDOG_TICKS; an outage that goes on trips it again every WATCHDOG_TICKS. */
function watch(port: PortState, tally: Tally, tick: number): void {
  for (const c of port.cyclic) {
    if (tick - c.since + 1 >= WATCHDOG_TICKS) {
      c.failed = true;
      c.since = tick + 1;
      tally.stations += 1;
      tally.penalty += PENALTY_STATION;
    }
  }
}

/** Sends one packet in this tick (the head of `choice`, round-robin when null; an empty choice idles), then checks the watchdogs. */
export function serve(port: PortState, tally: Tally, tick: number, choice: QueueId | null): QueueId | null {
  const q = choice ?? roundRobin(port);
  let sent: QueueId | null = null;
  if (q && lengthOf(port, q) === 0) tally.idle += 1;
  else if (q) {
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
    sent = q;
  }
  watch(port, tally, tick);
  return sent;
}

/** Counts what is still waiting at the end; alarms and orders not delivered are penalised. */
export function finish(port: PortState, tally: Tally): void {
  for (const q of QUEUE_IDS) tally.queued[q] = lengthOf(port, q);
  tally.queued.bulk += port.resend;
  tally.penalty += PENALTY_ALARM * port.alarms.length + PENALTY_BULK_LATE * tally.queued.bulk;
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
