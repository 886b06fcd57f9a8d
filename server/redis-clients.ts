import type { RedisOptions } from 'ioredis';

// Every Redis connection of the server (presence, driver, rate limits) with the same bounds
// (security review N5): no call waits longer than REDIS_COMMAND_TIMEOUT_MS, a lost connection
// is retried at least every second (so the server is whole again within about a second of
// Redis returning, without a restart), and a command fails after one reconnection try instead
// of the default 20 (which held a request for 8 s and then crashed the process).
// What fails closed and what fails open meanwhile: README, "If Redis is away".

/** Longest any Redis call may take before it fails (ms). */
export const REDIS_COMMAND_TIMEOUT_MS = 500;
/** Longest pause between reconnection tries (ms). */
export const REDIS_RECONNECT_MAX_MS = 1000;

export const REDIS_OPTIONS: RedisOptions = {
  commandTimeout: REDIS_COMMAND_TIMEOUT_MS,
  connectTimeout: 2000,
  maxRetriesPerRequest: 1,
  retryStrategy: (times: number) => Math.min(100 * times, REDIS_RECONNECT_MAX_MS),
};

/**
 * Colyseus presence and driver on Redis at `url`, each connection with REDIS_OPTIONS.
 * `restore` runs whenever the driver's connection is ready again after a loss: a Redis that
 * restarted empty has forgotten this process's rooms, codes and stats.
 */
export async function redisPresenceAndDriver(url: string, restore: () => Promise<void> = async () => {}) {
  const { Redis } = await import('ioredis');
  const { RedisPresence } = await import('@colyseus/redis-presence');
  const { RedisDriver } = await import('@colyseus/redis-driver');
  const client = (name: string) => {
    const c = new Redis(url, { ...REDIS_OPTIONS, connectionName: `arcade-${name}` });
    c.on('error', () => {}); // presence logs its own (capped, log.ts); the driver's would be unhandled
    return c;
  };
  const driverClient = client('driver');
  let connectedBefore = false;
  driverClient.on('ready', () => {
    if (!connectedBefore) return void (connectedBefore = true);
    console.warn('[redis] connection back: restoring this process\'s rooms and codes');
    void restoreSoon(restore);
  });
  return { presence: new RedisPresence(client('presence')), driver: new RedisDriver(driverClient) };
}

/** Runs `restore` until it succeeds (the other connections may still be reconnecting), at most RESTORE_TRIES times. */
async function restoreSoon(restore: () => Promise<void>): Promise<void> {
  for (let attempt = 1; attempt <= RESTORE_TRIES; attempt++) {
    try {
      await restore();
      return;
    } catch (err) {
      if (attempt === RESTORE_TRIES) console.warn(`[redis] restore failed: ${err instanceof Error ? err.message : String(err)}`);
      await new Promise((r) => setTimeout(r, 300));
    }
  }
}

const RESTORE_TRIES = 20;
