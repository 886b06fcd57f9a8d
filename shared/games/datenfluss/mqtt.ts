import type { Rng } from '../../core/rng.ts';
import { shuffle, type LevelRules } from './level.ts';
import type { ItemSpec } from './timeline.ts';

// Level 5 "Publish/Subscribe": a message on a topic such as werk1/halle2/laser3/temp and six
// subscribers with topic filters. Rules of MQTT 3.1.1 §4.7 (OASIS Standard, 2014):
// levels are separated by "/"; "+" matches exactly one level; "#" matches the parent and
// any number of child levels and must be the last character, alone in its level
// (4.7.1.2, so "a/#" also matches "a"); a filter with a misplaced wildcard is invalid: an
// MQTT 3.1.1 server treats it as a protocol violation and closes the connection (§4.8), an
// MQTT 5 server answers SUBACK reason 0x8F (brokers have differed here); topics are case sensitive (4.7.3); wildcards at the
// first level do not match topics starting with "$" (4.7.2).

export interface MqttTruth {
  topic: string;
  filters: string[];
  /** Bit i set when subscriber i receives the message. */
  mask: number;
}

export const SUBSCRIBERS = 6;
export const MQTT_ITEMS = 8;
export const MQTT_WINDOW_MS = 9000;

/** True for a valid MQTT 3.1.1 topic filter (wildcards alone in their level, "#" last). */
export function isValidFilter(filter: string): boolean {
  if (filter.length === 0) return false;
  const levels = filter.split('/');
  return levels.every((l, i) => (!l.includes('#') || (l === '#' && i === levels.length - 1)) && (!l.includes('+') || l === '+'));
}

/** True when a subscription with `filter` receives a message published on `topic` (§4.7). */
export function topicMatches(filter: string, topic: string): boolean {
  if (!isValidFilter(filter)) return false;
  const f = filter.split('/');
  const t = topic.split('/');
  if (topic.startsWith('$') && (f[0] === '+' || f[0] === '#')) return false;
  for (let i = 0; i < f.length; i++) {
    if (f[i] === '#') return true;
    if (i >= t.length) return false;
    if (f[i] !== '+' && f[i] !== t[i]) return false;
  }
  return f.length === t.length;
}

const MACHINES = ['laser', 'presse', 'roboter', 'ofen'] as const;
const VALUES = ['temp', 'druck', 'status', 'strom'] as const;

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Filters built from a topic's levels [w, h, m, x]: ones that match it, ones that do not. */
function candidates(rng: Rng, [w, h, m, x]: string[], otherValue: string): { match: string[]; miss: string[] } {
  const match = [
    `${w}/${h}/${m}/${x}`, `${w}/${h}/+/${x}`, `${w}/+/+/${x}`, `${w}/${h}/${m}/+`, `${w}/#`, `${w}/${h}/#`,
    '#', '+/+/+/+', `${w}/${h}/${m}/${x}/#`, `+/${h}/${m}/${x}`,
  ];
  const miss = [
    `${w}/${h}/${m}/${otherValue}`, `${w}/${h}/+`, `${w}/+/${x}`, `${cap(w as string)}/${h}/${m}/${x}`,
    `${w}/${h}/${m}/${x}/+`, `${w === 'werk1' ? 'werk2' : 'werk1'}/#`, `${w}/#/${x}`, '+/+/+', `${w}/${h}/${m}`,
    `${w}/${h}/${(m as string).replace(/\d$/, String(rng.int(5, 9)))}/${x}`,
  ];
  return { match, miss };
}

function makeItem(rng: Rng): ItemSpec<MqttTruth> {
  const value = rng.pick(VALUES);
  const levels = [`werk${rng.int(1, 2)}`, `halle${rng.int(1, 3)}`, `${rng.pick(MACHINES)}${rng.int(1, 4)}`, value];
  const topic = levels.join('/');
  const { match, miss } = candidates(rng, levels, rng.pick(VALUES.filter((v) => v !== value)));
  const receivers = rng.int(2, 4);
  const filters = shuffle(rng, [...shuffle(rng, match).slice(0, receivers), ...shuffle(rng, miss).slice(0, SUBSCRIBERS - receivers)]);
  // The truth comes from the matcher, not from the lists above.
  const mask = filters.reduce((m, f, i) => (topicMatches(f, topic) ? m | (1 << i) : m), 0);
  return { show: { topic, filters: filters.join(' ') }, truth: { topic, filters, mask }, windowMs: MQTT_WINDOW_MS };
}

const popcount = (m: number): number => m.toString(2).split('').filter((b) => b === '1').length;

/** Credit of a tapped set: share of receivers found minus share of non-receivers tapped (−1..1, guessing averages 0). */
export function subscriberCredit(mask: number, answer: number): number {
  const p = popcount(mask);
  const n = SUBSCRIBERS - p;
  const hits = popcount(answer & mask);
  const wrong = popcount(answer & ~mask & ((1 << SUBSCRIBERS) - 1));
  return (p ? hits / p : 1) - (n ? wrong / n : 0);
}

/** Level 5 rules: answer `{ item, receivers: [subscriber indices 0–5] }` (may be empty). */
export const mqttLevel: LevelRules<MqttTruth> = {
  makeItems: (rng) => Array.from({ length: MQTT_ITEMS }, () => makeItem(rng)),
  fields: ['receivers'],
  parse: (raw) => {
    const r = raw.receivers;
    if (!Array.isArray(r) || r.length > SUBSCRIBERS || new Set(r).size !== r.length) return null;
    if (!r.every((x) => Number.isInteger(x) && x >= 0 && x < SUBSCRIBERS)) return null;
    return r.reduce((m: number, i: number) => m | (1 << i), 0);
  },
  credit: (item, answer) => subscriberCredit(item.truth.mask, answer as number),
  feedback: (item, answer) => ({ correct: answer === item.truth.mask, expected: item.truth.mask }),
  detail: (items, answers) => ({
    exact: items.filter((it, i) => answers.get(i) === it.truth.mask).length,
  }),
};
