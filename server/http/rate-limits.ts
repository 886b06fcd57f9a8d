import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Redis } from 'ioredis';
import { REDIS_OPTIONS } from '../redis-clients.ts';

// One place that makes rate limiters (rate-limiter-flexible): in memory for one process, in
// Redis when REDIS_URL is set, so a limit holds across every process of an installation.
// A Redis outage falls back to a per-process limiter in memory instead of failing requests.

export interface LimitSpec {
  /** Distinguishes this limit's keys in the store, e.g. "code-lookup". */
  name: string;
  /** Allowed events per window. */
  points: number;
  /** Window length in seconds. */
  durationS: number;
  /** Once the points are used up, refuse for this long (seconds; 0 = until the window ends). */
  blockS?: number;
}

/** Outcome of counting one event: allowed, or refused with seconds to wait. */
export type LimitVerdict = { ok: true } | { ok: false; retryAfterS: number };

export interface Limiter {
  /** Counts `points` events for `key` (an address, an account, …). Never throws. */
  consume(key: string, points?: number): Promise<LimitVerdict>;
  /** Whether `key` may go on (its points are not used up yet), without counting anything. Never throws. */
  check(key: string): Promise<LimitVerdict>;
  /** Forgets `key` (e.g. after a success that should not count). */
  reset(key: string): Promise<void>;
}

export interface LimiterFactory {
  limiter(spec: LimitSpec): Limiter;
  /**
   * The rate-limiter-flexible limiter itself (same store, Redis insured by memory), for
   * throttles that need counts, custom windows or blocks (sign-in backoff, card pacing,
   * trusted browsers); use it with `consumeCounted`.
   */
  raw(spec: LimitSpec): RateLimiterAbstract;
  /** Closes the Redis connection, if any. */
  close(): Promise<void>;
}

const KEY_PREFIX = 'arcade:limit:';
/** How long the server waits at start for Redis before counting in memory meanwhile. */
const REDIS_READY_WAIT_MS = 3000;

const refused = (res: RateLimiterRes): LimitVerdict => ({ ok: false, retryAfterS: Math.max(1, Math.ceil(res.msBeforeNext / 1000)) });

function wrap(rl: RateLimiterAbstract, limit: number): Limiter {
  return {
    async consume(key, points = 1) {
      try {
        await rl.consume(key, points);
        return { ok: true };
      } catch (res) {
        if (res instanceof RateLimiterRes) return refused(res);
        // Store failure without insurance: let the request through rather than lock a class out.
        return { ok: true };
      }
    },
    async check(key) {
      const res = await rl.get(key).catch(() => null);
      return res && res.consumedPoints >= limit ? refused(res) : { ok: true };
    },
    async reset(key) {
      await rl.delete(key).catch(() => {});
    },
  };
}

/** One counted try: allowed or not, points used in the window, ms until the window frees a point. */
export interface Counted {
  allowed: boolean;
  consumed: number;
  msBeforeNext: number;
}

/**
 * Takes `points` from a key of a raw limiter; over the limit resolves allowed=false (the try
 * still counts). `customDurationS` sets the window of a new key. A store failure lets it through.
 */
export async function consumeCounted(rl: RateLimiterAbstract, key: string, points = 1, customDurationS?: number): Promise<Counted> {
  try {
    const res = await rl.consume(key, points, customDurationS === undefined ? {} : { customDuration: customDurationS });
    return { allowed: true, consumed: res.consumedPoints, msBeforeNext: res.msBeforeNext };
  } catch (err) {
    if (err instanceof RateLimiterRes) return { allowed: false, consumed: err.consumedPoints, msBeforeNext: err.msBeforeNext };
    return { allowed: true, consumed: 0, msBeforeNext: 0 };
  }
}

/**
 * Limiters in memory, or in Redis at `redisUrl` (ioredis; falls back to memory on errors).
 * Every process of one installation shares `keyPrefix`; tests give each server its own, so
 * servers that share a Redis (and the address 127.0.0.1) do not count against each other.
 */
export async function createLimiterFactory(redisUrl: string | null, keyPrefix: string = KEY_PREFIX): Promise<LimiterFactory> {
  let redis: Redis | null = null;
  if (redisUrl) {
    const { Redis: RedisClient } = await import('ioredis');
    redis = new RedisClient(redisUrl, { ...REDIS_OPTIONS, enableOfflineQueue: false, lazyConnect: false, connectionName: 'arcade-limits' });
    redis.on('error', () => {}); // the insurance limiter takes over; never crash the server
    // Without an offline queue, commands before the connection is up would all fall back.
    const client = redis;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, REDIS_READY_WAIT_MS);
      const done = () => (clearTimeout(timer), resolve());
      client.once('ready', done);
      client.once('error', done);
    });
  }
  const raw = (spec: LimitSpec): RateLimiterAbstract => {
    const options = { keyPrefix: keyPrefix + spec.name, points: spec.points, duration: spec.durationS, blockDuration: spec.blockS ?? 0 };
    const memory = new RateLimiterMemory(options);
    return redis ? new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: memory }) : memory;
  };
  return {
    limiter: (spec) => wrap(raw(spec), spec.points),
    raw,
    async close() {
      if (redis) await redis.quit().catch(() => redis?.disconnect());
    },
  };
}
