import { createRng, type Rng } from '../../shared/core/rng.ts';

// Untrusted-input fuzzing for pure validators and game judges. Seeded, so a failure can be
// replayed; every value is something msgpack/JSON could carry, plus a few worse ones.

/** Values that break naive checks (typeof number, truthiness, length, prototype keys). */
export const NASTY_VALUES: readonly unknown[] = [
  undefined, null, true, false, 0, -0, 1, -1, 0.5, NaN, Infinity, -Infinity,
  Number.MAX_SAFE_INTEGER + 2, 1e308, -1e308, Number.MIN_VALUE,
  '', ' ', '0', '1', 'NaN', 'null', '{}', '[]', 'x'.repeat(10_000), '\u0000', '😀',
  [], [0], [null], [[[]]], {}, { length: 3 }, Object.create(null),
  JSON.parse('{"__proto__": {"polluted": 1}}'), { constructor: 1 }, { toString: 'x' },
  123n, new Date(0), new Uint8Array(4), new Map([[1, 2]]),
];

const KEY_POOL = ['a', 'b', 'data', 'value', '', ' ', '0', '__proto__', 'constructor', 'length', 'fuzz'];

/** A random value up to `depth` levels deep: primitives, nasty values, arrays and objects. */
export function randomJunk(rng: Rng, depth = 3): unknown {
  const kind = rng.int(0, depth > 0 ? 5 : 2);
  switch (kind) {
    case 0:
      return rng.pick(NASTY_VALUES);
    case 1:
      return (rng.next() - 0.5) * 10 ** rng.int(0, 12);
    case 2:
      return String.fromCharCode(...Array.from({ length: rng.int(0, 12) }, () => rng.int(0, 0xffff)));
    case 3:
      return Array.from({ length: rng.int(0, 4) }, () => randomJunk(rng, depth - 1));
    default: {
      const o: Record<string, unknown> = {};
      const n = rng.int(0, 4);
      for (let i = 0; i < n; i++) o[`${rng.pick(KEY_POOL)}${rng.int(0, 3) || ''}`] = randomJunk(rng, depth - 1);
      return o;
    }
  }
}

/** `count` junk values from a fixed seed, the nasty ones first. */
export function junkValues(seed: number, count: number): unknown[] {
  const rng = createRng(seed);
  const out: unknown[] = [...NASTY_VALUES];
  while (out.length < count) out.push(randomJunk(rng));
  return out;
}

/** Short printable description of a junk value for failure messages. */
export function describeJunk(value: unknown): string {
  try {
    const text = typeof value === 'bigint' ? `${value}n` : typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? String(value));
    return text.length > 80 ? `${text.slice(0, 80)}…` : text;
  } catch {
    return Object.prototype.toString.call(value);
  }
}
