import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_PLAYERS } from '../shared/protocol/constants.ts';
import { ConfigError, DEFAULT_JOINS_PER_MINUTE, DEFAULT_PHOTO_QUOTA_MB, loadConfig } from './config.ts';

const CWD = resolve('/srv/arcade');

/** Runs loadConfig and returns the ConfigError it throws (fails the test if none). */
function configError(env: NodeJS.ProcessEnv): ConfigError {
  try {
    loadConfig(env, CWD);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return err as ConfigError;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

describe('loadConfig', () => {
  it('uses sensible defaults for an empty environment', () => {
    expect(loadConfig({}, CWD)).toEqual({
      port: 2567,
      host: '0.0.0.0',
      dataDir: resolve(CWD, 'data'),
      databaseUrl: null,
      redisUrl: null,
      publicUrl: null,
      publicAddress: null,
      clientDir: resolve(CWD, 'dist/client'),
      reconnectGraceS: 45,
      maxPlayers: MAX_PLAYERS,
      trustProxy: false,
      ipv6PrefixBits: 64,
      allowedHosts: [],
      joinsPerMinute: DEFAULT_JOINS_PER_MINUTE,
      photoQuotaMb: DEFAULT_PHOTO_QUOTA_MB,
      practiceRetentionDays: 90,
      hardware: { enabled: false, mqttUrl: null, mqttPort: 1883, mqttHost: '0.0.0.0', mqttUsername: null, mqttPassword: null },
    });
  });

  it('parses a complete, valid environment', () => {
    const env = {
      PORT: '8080',
      HOST: '127.0.0.1',
      DATA_DIR: 'var/arcade',
      DATABASE_URL: 'postgres://arcade:secret@db:5432/arcade',
      REDIS_URL: 'rediss://cache:6380/0',
      PUBLIC_URL: 'https://arcade.example.org/',
      PUBLIC_ADDRESS: 'node-1.internal:2567',
      CLIENT_DIR: '/opt/client',
      RECONNECT_GRACE_S: '90',
      MAX_PLAYERS: '500',
      TRUST_PROXY: 'loopback, 10.0.0.0/8',
      IPV6_PREFIX: '56',
      ALLOWED_HOSTS: 'arcade.schule.example, pc-12',
      JOINS_PER_MINUTE: '5000',
      PRACTICE_RETENTION_DAYS: '30',
      PHOTO_QUOTA_MB: '500',
    };
    expect(loadConfig(env, CWD)).toEqual({
      port: 8080,
      host: '127.0.0.1',
      dataDir: resolve(CWD, 'var/arcade'),
      databaseUrl: 'postgres://arcade:secret@db:5432/arcade',
      redisUrl: 'rediss://cache:6380/0',
      publicUrl: 'https://arcade.example.org/',
      publicAddress: 'node-1.internal:2567',
      clientDir: '/opt/client',
      reconnectGraceS: 90,
      maxPlayers: 500,
      trustProxy: 'loopback, 10.0.0.0/8',
      ipv6PrefixBits: 56,
      allowedHosts: ['arcade.schule.example', 'pc-12'],
      joinsPerMinute: 5000,
      photoQuotaMb: 500,
      practiceRetentionDays: 30,
      hardware: { enabled: false, mqttUrl: null, mqttPort: 1883, mqttHost: '127.0.0.1', mqttUsername: null, mqttPassword: null },
    });
  });

  it('refuses a PHOTO_QUOTA_MB that is not a number of megabytes from 0 to 1000000', () => {
    for (const PHOTO_QUOTA_MB of ['-1', 'lots', '1000001']) expect(configError({ PHOTO_QUOTA_MB }).message).toMatch(/\bPHOTO_QUOTA_MB\b/);
  });

  it('refuses a PRACTICE_RETENTION_DAYS that is not a whole number of days from 1 to 3650', () => {
    for (const PRACTICE_RETENTION_DAYS of ['0', '3651', 'forever', '1.5']) expect(configError({ PRACTICE_RETENTION_DAYS }).message).toMatch(/\bPRACTICE_RETENTION_DAYS\b/);
  });

  it('refuses a JOINS_PER_MINUTE that is not a whole number from 60 up', () => {
    for (const JOINS_PER_MINUTE of ['10', 'many', '1.5']) expect(configError({ JOINS_PER_MINUTE }).message).toMatch(/\bJOINS_PER_MINUTE\b/);
  });

  it('refuses an IPV6_PREFIX outside 32..128', () => {
    for (const IPV6_PREFIX of ['16', '129', 'wide', '64.5']) expect(configError({ IPV6_PREFIX }).message).toMatch(/\bIPV6_PREFIX\b/);
  });

  it('reads TRUST_PROXY as off, on, a hop count or addresses, and refuses anything else', () => {
    expect(loadConfig({}, CWD).trustProxy).toBe(false);
    // N3: "true" would believe the client's own leftmost X-Forwarded-For entry.
    expect(configError({ TRUST_PROXY: 'true' }).message).toMatch(/TRUST_PROXY=true/);
    expect(configError({ TRUST_PROXY: '12' }).message).toMatch(/\bTRUST_PROXY\b/);
    expect(loadConfig({ TRUST_PROXY: '1' }, CWD).trustProxy).toBe(1);
    for (const TRUST_PROXY of ['yes please', 'loopback;', '"*"']) expect(configError({ TRUST_PROXY }).message).toMatch(/\bTRUST_PROXY\b/);
  });

  it('accepts both postgres URL schemes, http and https public URLs, and port 0 (any free port)', () => {
    expect(loadConfig({ DATABASE_URL: 'postgresql://localhost/arcade' }, CWD).databaseUrl).toBe('postgresql://localhost/arcade');
    expect(loadConfig({ PUBLIC_URL: 'http://192.168.1.20:2567/' }, CWD).publicUrl).toBe('http://192.168.1.20:2567/');
    expect(loadConfig({ PORT: '0' }, CWD).port).toBe(0);
    expect(loadConfig({ PORT: '' }, CWD).port).toBe(2567);
  });

  it('names PORT when the port is not a port number', () => {
    for (const PORT of ['abc', '-1', '65536', '80.5', 'Infinity', '8080x']) {
      expect(configError({ PORT }).message, PORT).toMatch(/\bPORT\b/);
    }
  });

  it('names DATABASE_URL for a wrong scheme or an unparsable URL', () => {
    for (const DATABASE_URL of ['mysql://db/arcade', 'http://db:5432/arcade', 'sqlite:./data.db', 'db:5432/arcade', 'not a url']) {
      expect(configError({ DATABASE_URL }).message, DATABASE_URL).toMatch(/\bDATABASE_URL\b/);
    }
  });

  it('names PUBLIC_URL for a wrong scheme or an unparsable URL', () => {
    for (const PUBLIC_URL of ['ftp://arcade.example.org/', 'ws://arcade:2567', '192.168.1.20:2567', 'arcade.example.org', '://x']) {
      expect(configError({ PUBLIC_URL }).message, PUBLIC_URL).toMatch(/\bPUBLIC_URL\b/);
    }
  });

  it('names RECONNECT_GRACE_S when it is not 1–3600 seconds', () => {
    for (const RECONNECT_GRACE_S of ['0', '-5', '3601', 'abc', 'NaN', 'Infinity']) {
      expect(configError({ RECONNECT_GRACE_S }).message, RECONNECT_GRACE_S).toMatch(/\bRECONNECT_GRACE_S\b/);
    }
    expect(loadConfig({ RECONNECT_GRACE_S: '1' }, CWD).reconnectGraceS).toBe(1);
    expect(loadConfig({ RECONNECT_GRACE_S: '3600' }, CWD).reconnectGraceS).toBe(3600);
  });

  it('names the other variables too: REDIS_URL, MAX_PLAYERS, PUBLIC_ADDRESS', () => {
    expect(configError({ REDIS_URL: 'http://cache:6379' }).message).toMatch(/\bREDIS_URL\b/);
    for (const value of ['0', '2001', '10.5', 'many']) expect(configError({ MAX_PLAYERS: value }).message).toMatch(/\bMAX_PLAYERS\b/);
    for (const PUBLIC_ADDRESS of ['http://node-1:2567', 'node 1:2567', 'node-1:port']) {
      expect(configError({ PUBLIC_ADDRESS }).message).toMatch(/\bPUBLIC_ADDRESS\b/);
    }
  });

  it('quotes the bad value so the user sees what was read', () => {
    expect(configError({ PORT: 'eighty' }).message).toContain('"eighty"');
    expect(configError({ DATABASE_URL: 'mysql://db/arcade' }).message).toContain('mysql:');
  });
});
