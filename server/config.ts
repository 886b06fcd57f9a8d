import { resolve } from 'node:path';
import { MAX_PLAYERS } from '../shared/protocol/constants.ts';

/** Everything the server reads from the environment, parsed once. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  redisUrl: string | null;
  /** Join link base shown to players; null = the machine's LAN addresses. */
  publicUrl: string | null;
  /** This process's own address for other processes when scaled out (host:port). */
  publicAddress: string | null;
  /** Where the built web client lies. */
  clientDir: string;
  /** Seconds a dropped player's seat is held. */
  reconnectGraceS: number;
  /** Most players in one hosted session. */
  maxPlayers: number;
  /** Days anonymous solo practice (sessions, rounds, results) is kept. */
  practiceRetentionDays: number;
  /**
   * Express "trust proxy" behind a reverse proxy: false (default), a hop count, or addresses /
   * names like "loopback". Then the client's address (sign-in throttle) and https (Secure
   * cookies) come from the proxy's X-Forwarded-* headers.
   */
  trustProxy: boolean | number | string;
  /** Code look-ups and seat reservations per client address and minute (JOINS_PER_MINUTE). */
  joinsPerMinute: number;
}

/** Default JOINS_PER_MINUTE: a class of 60 on one shared address, with retries, stays far below. */
export const DEFAULT_JOINS_PER_MINUTE = 300;

export class ConfigError extends Error {}

function parsePort(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new ConfigError(`${name} must be a port number from 0 to 65535, got "${raw}".`);
  return n;
}

function parseUrl(name: string, raw: string | undefined, protocols: string[]): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${name} is not a valid URL: "${raw}".`);
  }
  if (!protocols.includes(url.protocol)) throw new ConfigError(`${name} must start with ${protocols.join(' or ')}, got "${url.protocol}".`);
  return raw;
}

function parseTrustProxy(raw: string | undefined): boolean | number | string {
  if (raw === undefined || raw === '' || raw === 'false') return false;
  if (raw === 'true') return true;
  if (/^\d{1,2}$/.test(raw)) return Number(raw);
  // Express accepts names (loopback, linklocal, uniquelocal) and comma-separated addresses or subnets.
  if (/^[\w.:/]+(\s*,\s*[\w.:/]+)*$/.test(raw)) return raw;
  throw new ConfigError(`TRUST_PROXY must be true, a hop count, or addresses like "loopback" or "10.0.0.1", got "${raw}".`);
}

/** Reads and checks the environment; throws ConfigError with a readable message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const grace = env.RECONNECT_GRACE_S === undefined ? 45 : Number(env.RECONNECT_GRACE_S);
  if (!Number.isFinite(grace) || grace < 1 || grace > 3600) throw new ConfigError(`RECONNECT_GRACE_S must be between 1 and 3600 seconds, got "${env.RECONNECT_GRACE_S}".`);
  const maxPlayers = env.MAX_PLAYERS === undefined || env.MAX_PLAYERS === '' ? MAX_PLAYERS : Number(env.MAX_PLAYERS);
  if (!Number.isInteger(maxPlayers) || maxPlayers < 1 || maxPlayers > 2000) throw new ConfigError(`MAX_PLAYERS must be a whole number from 1 to 2000, got "${env.MAX_PLAYERS}".`);
  const joinsPerMinute = env.JOINS_PER_MINUTE === undefined || env.JOINS_PER_MINUTE === '' ? DEFAULT_JOINS_PER_MINUTE : Number(env.JOINS_PER_MINUTE);
  if (!Number.isInteger(joinsPerMinute) || joinsPerMinute < 60 || joinsPerMinute > 1_000_000) throw new ConfigError(`JOINS_PER_MINUTE must be a whole number from 60 to 1000000, got "${env.JOINS_PER_MINUTE}".`);
  const practiceDays = env.PRACTICE_RETENTION_DAYS === undefined || env.PRACTICE_RETENTION_DAYS === '' ? 90 : Number(env.PRACTICE_RETENTION_DAYS);
  if (!Number.isInteger(practiceDays) || practiceDays < 1 || practiceDays > 3650) throw new ConfigError(`PRACTICE_RETENTION_DAYS must be a whole number of days from 1 to 3650, got "${env.PRACTICE_RETENTION_DAYS}".`);
  const publicAddress = env.PUBLIC_ADDRESS || null;
  if (publicAddress && !/^[\w.-]+(:\d+)?$/.test(publicAddress)) throw new ConfigError(`PUBLIC_ADDRESS must look like host:port, got "${publicAddress}".`);
  return {
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    port: parsePort('PORT', env.PORT, 2567),
    host: env.HOST || '0.0.0.0',
    dataDir: resolve(cwd, env.DATA_DIR || 'data'),
    databaseUrl: parseUrl('DATABASE_URL', env.DATABASE_URL, ['postgres:', 'postgresql:']),
    redisUrl: parseUrl('REDIS_URL', env.REDIS_URL, ['redis:', 'rediss:']),
    publicUrl: parseUrl('PUBLIC_URL', env.PUBLIC_URL, ['http:', 'https:']),
    publicAddress,
    clientDir: resolve(cwd, env.CLIENT_DIR || 'dist/client'),
    reconnectGraceS: grace,
    maxPlayers,
    joinsPerMinute,
    practiceRetentionDays: practiceDays,
  };
}
