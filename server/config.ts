import { resolve } from 'node:path';
import { MAX_PLAYERS } from '../shared/protocol/constants.ts';
import { DEFAULT_IPV6_PREFIX_BITS } from './http/address-key.ts';
import { HardwareConfigError, parseHardwareConfig, type HardwareConfig } from './hardware/hardware-config.ts';

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
   * names like "loopback". Then the client's address (every limit) and https (Secure cookies)
   * come from the proxy's X-Forwarded-* headers. Never `true` (security review N3: that
   * believes the leftmost X-Forwarded-For, which the client writes).
   */
  trustProxy: false | number | string;
  /** IPv6 clients are keyed by this prefix length for every limit (IPV6_PREFIX, default 64). */
  ipv6PrefixBits: number;
  /** Further names the server answers to (ALLOWED_HOSTS), beside IPs, localhost, the machine's name and PUBLIC_URL's. */
  allowedHosts: string[];
  /** Refused matchmaking calls per client address and minute (JOINS_PER_MINUTE); a tenth of it is the free wrong join codes a minute. */
  joinsPerMinute: number;
  /** Buzzer boxes over MQTT (HARDWARE, MQTT_URL, MQTT_PORT, MQTT_HOST; server/hardware/hardware-config.ts). */
  hardware: HardwareConfig;
  /** Photo storage per company in MB (PHOTO_QUOTA_MB, default DEFAULT_PHOTO_QUOTA_MB): both stored variants count. */
  photoQuotaMb?: number;
}

/** Default PHOTO_QUOTA_MB: some 1,000 photos of about 200 KB (both variants). */
export const DEFAULT_PHOTO_QUOTA_MB = 200;

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

function parseTrustProxy(raw: string | undefined): false | number | string {
  if (raw === undefined || raw === '' || raw === 'false' || raw === '0') return false;
  // "true" trusts every hop: the address would be the leftmost X-Forwarded-For entry, which
  // the client writes itself (nginx, Caddy and Traefik append to it). Refused (review N3).
  if (raw === 'true') throw new ConfigError('TRUST_PROXY=true would believe the address a client writes into X-Forwarded-For. Name the proxy instead ("loopback", "10.0.0.2") or give the number of proxies in front of the server ("1").');
  if (/^\d$/.test(raw)) return Number(raw);
  if (/^\d+$/.test(raw)) throw new ConfigError(`TRUST_PROXY hop counts go from 1 to 9 (the proxies in front of the server), got "${raw}".`);
  // Express accepts names (loopback, linklocal, uniquelocal) and comma-separated addresses or subnets.
  if (/^[\w.:/]+(\s*,\s*[\w.:/]+)*$/.test(raw)) return raw;
  throw new ConfigError(`TRUST_PROXY must be a hop count (1-9) or addresses like "loopback" or "10.0.0.1", got "${raw}".`);
}

function parseAllowedHosts(raw: string | undefined): string[] {
  const names = (raw ?? '').split(',').map((n) => n.trim()).filter(Boolean);
  for (const n of names) if (!/^[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$/.test(n)) throw new ConfigError(`ALLOWED_HOSTS must be host names separated by commas, got "${n}".`);
  return names;
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
  const ipv6Prefix = env.IPV6_PREFIX === undefined || env.IPV6_PREFIX === '' ? DEFAULT_IPV6_PREFIX_BITS : Number(env.IPV6_PREFIX);
  if (!Number.isInteger(ipv6Prefix) || ipv6Prefix < 32 || ipv6Prefix > 128) throw new ConfigError(`IPV6_PREFIX must be a prefix length from 32 to 128, got "${env.IPV6_PREFIX}".`);
  const photoQuotaMb = env.PHOTO_QUOTA_MB === undefined || env.PHOTO_QUOTA_MB === '' ? DEFAULT_PHOTO_QUOTA_MB : Number(env.PHOTO_QUOTA_MB);
  if (!Number.isFinite(photoQuotaMb) || photoQuotaMb < 0 || photoQuotaMb > 1_000_000) throw new ConfigError(`PHOTO_QUOTA_MB must be a number of megabytes from 0 to 1000000, got "${env.PHOTO_QUOTA_MB}".`);
  let hardware: HardwareConfig;
  try {
    hardware = parseHardwareConfig(env, env.HOST || '0.0.0.0');
  } catch (err) {
    throw err instanceof HardwareConfigError ? new ConfigError(err.message) : err;
  }
  // One gateway per process would answer every box, and a box reaches only its own process's rooms.
  if (hardware.enabled && env.REDIS_URL) throw new ConfigError('Buzzer boxes (HARDWARE, MQTT_URL) run on a single server process: they are not available with REDIS_URL (scale-out) yet.');
  return {
    hardware,
    photoQuotaMb,
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    ipv6PrefixBits: ipv6Prefix,
    allowedHosts: parseAllowedHosts(env.ALLOWED_HOSTS),
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
