import './polyfills.ts';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineRoom, defineServer, matchMaker, type Server } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { setEncoderBufferBytes } from './colyseus-seams.ts';
import { GAME_REGISTRY } from '../shared/games/index.ts';
import type { GameRegistry } from '../shared/games/registry.ts';
import { MAX_MESSAGE_BYTES, ROOM_SESSION, ROOM_SOLO } from '../shared/protocol/constants.ts';
import { computeBuildId } from './build-id.ts';
import { releaseInfo } from './release/release-info.ts';
import { DEFAULT_PHOTO_QUOTA_MB, type Config } from './config.ts';
import { openDatabase, type Db } from './db/database.ts';
import { lockDataDir } from './db/data-dir-lock.ts';
import { migrate } from './db/migrate.ts';
import { makePrivate } from './db/data-dir-mode.ts';
import { mountAccountRoutes } from './http/account-routes.ts';
import { PdfPool } from './record-book/pdf-pool.ts';
import type { PdfGuardLimits } from './record-book/pdf-guard.ts';
import { RecordBookRepository } from './repositories/record-book-repository.ts';
import { mountApiRoutes } from './http/api-routes.ts';
import { mountPracticeRoutes } from './http/practice-routes.ts';
import { mountCheckRoutes } from './http/check-routes.ts';
import { mountStaticClient } from './http/static-client.ts';
import { silenceColyseusCors } from './http/cors-policy.ts';
import { installFrontDoor } from './http/front-door.ts';
import { createLimiterFactory, type LimiterFactory } from './http/rate-limits.ts';
import { guardMatchmaker } from './rooms/matchmaker-gate.ts';
import { CardThrottle, CODE_THROTTLE } from './auth/card-throttle.ts';
import { PasswordHasher } from './auth/password.ts';
import { guardRequests } from './http/request-guard.ts';
import { hostAllowlist } from './http/host-allowlist.ts';
import { logError, safeLogger } from './log.ts';
import { ApprenticeRepository } from './repositories/apprentice-repository.ts';
import { BoardRepository } from './repositories/board-repository.ts';
import { CompanyRepository } from './repositories/company-repository.ts';
import { ReportRepository } from './repositories/report-repository.ts';
import { CoverageRepository } from './repositories/coverage-repository.ts';
import { SessionRepository } from './repositories/session-repository.ts';
import { SessionSnapshotRepository } from './repositories/session-snapshot-repository.ts';
import { liveRestore, restoreAtStart } from './rooms/live-restore.ts';
import { RestoreGate } from './rooms/restore-gate.ts';
import { TaskSetRepository } from './repositories/task-set-repository.ts';
import { TrainerRepository } from './repositories/trainer-repository.ts';
import { cardUrls } from './http/card-addresses.ts';
import { startRetention } from './jobs/retention.ts';
import { createSessionRoom } from './rooms/session-room.ts';
import { PurgeScheduler } from './jobs/purge-deleted.ts';
import { publishRevocation } from './rooms/revocations.ts';
import { restoreJoinCodes } from './rooms/join-codes.ts';
import { redisPresenceAndDriver } from './redis-clients.ts';
import { SOLO_LIMITS, SoloLimits, type SoloLimitOptions } from './rooms/solo-limits.ts';
import { ReservedNames } from './rooms/reserved-names.ts';
import type { FlowTimings } from './rooms/session-flow.ts';
import { BoxRepository } from './repositories/box-repository.ts';
import { boxServerInfo, startHardware, type Hardware } from './hardware/start-hardware.ts';
import { linkPhotos, PHOTO_LINK_EXTRA_S } from './photos/photo-links.ts';
import { createPhotoDeps } from './photos/photo-deps.ts';

export const ROOT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
export const VERSION: string = releaseInfo()?.version ?? JSON.parse(readFileSync(join(ROOT_DIR, 'package.json'), 'utf8')).version;

export const DEFAULT_TIMINGS: FlowTimings = { countdownMs: 3000, revealMs: 15000, scoreboardMs: 10000 };

export interface App {
  server: Server;
  db: Db;
  sessions: SessionRepository;
  buildId: string;
  /** Rate limiters (Redis when REDIS_URL is set, else memory). */
  limits: LimiterFactory;
  cardThrottle: CardThrottle;
  purge: PurgeScheduler;
  /** Buzzer boxes over MQTT (server/hardware/); null while HARDWARE is off. */
  hardware: Hardware | null;
  /** Holds joins and code look-ups while `listen` brings crashed sessions back (restore-gate.ts). */
  restoring: RestoreGate;
  /** Starts listening; returns the bound port (useful with port 0). */
  listen(port: number, host: string): Promise<number>;
  /** Closes rooms, connections and the database; safe to call twice. */
  close(): Promise<void>;
}

export interface AppOverrides {
  timings?: Partial<FlowTimings>;
  buildId?: string;
  /** Delay before deleted personal data is purged from the data files. */
  purgeDelayMs?: number;
  /** Other bounds on solo practice (tests use small ones). */
  soloLimits?: Partial<SoloLimitOptions>;
  /** Key prefix of the rate limits in Redis (tests: one per server, so servers sharing a Redis count apart). */
  limiterKeyPrefix?: string;
  /** The games this server plays (default: the shipped registry; tests add a one-second probe game). */
  games?: GameRegistry;
  /** Password hashing (default: the real scrypt parameters; tests pass cheaper ones). */
  passwords?: PasswordHasher;
  /** Per-company limits on record-book PDFs (tests use small ones; default PDF_GUARD_LIMITS). */
  recordBookLimits?: Partial<PdfGuardLimits>;
}

// A full state of several hundred players exceeds the encoder's default 16 KB buffer.
setEncoderBufferBytes(256 * 1024);

/** Builds the whole server from its configuration. Never listens by itself (tests boot this). */
export async function createApp(config: Config, overrides: AppOverrides = {}): Promise<App> {
  const releaseLock = config.databaseUrl ? () => {} : lockDataDir(config.dataDir);
  let db: Db;
  try {
    db = await openDatabase(config);
    await migrate(db);
    // Migrations create relation files; the embedded database's files stay private (N11).
    if (db.kind === 'pglite') makePrivate(config.dataDir);
  } catch (err) {
    releaseLock();
    throw err;
  }
  const sessions = new SessionRepository(db);
  const trainers = new TrainerRepository(db);
  const apprentices = new ApprenticeRepository(db);
  const boards = new BoardRepository(db);
  const taskSets = new TaskSetRepository(db);
  const boxes = new BoxRepository(db);
  const hardware = await startHardware(config.hardware, boxes, config.ipv6PrefixBits);
  const { photos, close: closePhotos } = await createPhotoDeps(db, config.photoQuotaMb ?? DEFAULT_PHOTO_QUOTA_MB);
  const buildId = overrides.buildId ?? releaseInfo()?.buildId ?? computeBuildId(ROOT_DIR);
  const games = overrides.games ?? GAME_REGISTRY;
  const scaleOut = config.redisUrl ? await redisPresenceAndDriver(config.redisUrl, restoreAfterRedisLoss) : {};
  const limits = await createLimiterFactory(config.redisUrl, overrides.limiterKeyPrefix);
  const passwords = overrides.passwords ?? new PasswordHasher();
  await passwords.prepareDummy();
  const cardThrottle = new CardThrottle(limits);
  // JOINS_PER_MINUTE scales the free wrong codes too (default 300 → 30 a minute; load and fuzz tests raise it).
  const codeThrottle = new CardThrottle(limits, { ...CODE_THROTTLE, freeFailures: Math.max(CODE_THROTTLE.freeFailures, Math.floor(config.joinsPerMinute / 10)) }, 'code');
  const restoring = new RestoreGate();
  const snapshots = new SessionSnapshotRepository(db, () => matchMaker.processId);
  const revive = config.redisUrl ? liveRestore(snapshots, sessions) : undefined;
  guardMatchmaker({ codes: codeThrottle, restoring, revive });
  silenceColyseusCors();
  const purge = new PurgeScheduler(db, overrides.purgeDelayMs);
  // Our own HTTP server so every request is checked, and its client address and scheme decided,
  // before Colyseus reads them (request-guard.ts).
  const httpServer = guardRequests(createServer(), config.trustProxy, config.ipv6PrefixBits, hostAllowlist(config.publicUrl, config.allowedHosts));
  const transport = new WebSocketTransport({ server: httpServer, maxPayload: MAX_MESSAGE_BYTES, pingInterval: 5000, pingMaxRetries: 2 });
  const SessionRoom = createSessionRoom({
    sessions,
    snapshots,
    trainers,
    apprentices,
    boards,
    content: {
      find: async (setId, companyId) => taskSets.find(setId, companyId),
      // Phones fetch a round's photos with these links until 2 hours after play (reveal, podium).
      linkPhotos: (pub, playEndsMs) => linkPhotos(pub, photos.links, playEndsMs / 1000 + PHOTO_LINK_EXTRA_S),
    },
    cardThrottle,
    soloLimits: new SoloLimits(limits, { ...SOLO_LIMITS, ...overrides.soloLimits }),
    reservedNames: new ReservedNames(apprentices),
    buildId,
    games,
    reconnectGraceS: config.reconnectGraceS,
    maxPlayers: config.maxPlayers,
    timings: { ...DEFAULT_TIMINGS, ...overrides.timings },
    ...(hardware ? { boxes: hardware.hub } : {}),
  });
  let boundPort = config.port;
  const pdfs = new PdfPool(undefined, overrides.recordBookLimits);
  const startedAt = Date.now();
  const server = defineServer({
    transport,
    ...scaleOut,
    ...(config.publicAddress ? { publicAddress: config.publicAddress } : {}),
    gracefullyShutdown: false,
    greet: false,
    logger: safeLogger,
    rooms: { [ROOM_SESSION]: defineRoom(SessionRoom), [ROOM_SOLO]: defineRoom(SessionRoom) },
    express: (app) => {
      app.set('trust proxy', config.trustProxy);
      mountAccountRoutes(app, {
        limits,
        passwords,
        games,
        revoke: (r) => publishRevocation(r),
        purge,
        companies: new CompanyRepository(db), trainers, apprentices, boards, reports: new ReportRepository(db), taskSets, photos, coverage: new CoverageRepository(db),
        recordBooks: new RecordBookRepository(db), pdfs,
        boxes: { repository: boxes, revoked: (id) => hardware?.revoked(id), info: (url) => boxServerInfo(hardware, url) },
        publicUrl: () => cardUrls(config.publicUrl, boundPort)[0]!,
      });
      // Before the API routes: they answer every other /api path with 404.
      mountPracticeRoutes(app, { apprentices, taskSets, cards: cardThrottle });
      mountCheckRoutes(app, { host: config.host, publicUrl: config.publicUrl, port: () => boundPort });
      mountApiRoutes(app, { version: VERSION, buildId, database: db.kind, publicUrl: config.publicUrl, port: () => boundPort, sessions, startedAt, codes: codeThrottle, host: config.host, games, restoring, revive });
      mountStaticClient(app, config.clientDir);
    },
  });

  const stopRetention = startRetention(sessions, config.practiceRetentionDays, undefined, purge);
  let closed: Promise<void> | null = null;
  return {
    server, db, sessions, buildId, limits, cardThrottle, purge, hardware, restoring,
    async listen(port, host) {
      await server.listen(port, host);
      if (transport.server) installFrontDoor(transport.server, { trustProxy: config.trustProxy, limits, reservationsPerMinute: config.joinsPerMinute });
      boundPort = (transport.server?.address() as AddressInfo | null)?.port ?? port;
      // Hosted sessions a crash cut off come back with their seats (session-restore.ts, review N1);
      // the rest were never ended; rooms of other live processes (Redis) stay.
      // Joins and code look-ups that come meanwhile wait for this (restore-gate.ts).
      let restored: string[];
      try {
        restored = await restoreAtStart(snapshots, sessions, listed, Boolean(config.redisUrl));
      } finally {
        restoring.release();
      }
      if (restored.length > 0) console.info(`Brought back ${restored.length} hosted session(s) with their seats that a previous stop cut off.`);
      const live = await listed();
      const ended = await sessions.endOrphaned(live);
      if (ended > 0) console.info(`Marked ${ended} session(s) ended that a previous stop cut off.`);
      return boundPort;
    },
    close() {
      closed ??= (async () => {
        stopRetention();
        purge.stop();
        await server.gracefullyShutdown(false).catch((err) => logError('shutdown', err));
        await hardware?.close().catch((err) => logError('hardware close', err));
        await db.close().catch((err) => logError('database close', err));
        await limits.close();
        await pdfs.close();
        await closePhotos();
        releaseLock();
      })();
      return closed;
    },
  };
}

/** The room ids the matchmaker lists (every process's with Redis). */
async function listed(): Promise<string[]> {
  return (await matchMaker.query({})).map((r) => r.roomId);
}

/** After Redis lost its data (restarted empty): this process's room listings, join codes and stats again. */
async function restoreAfterRedisLoss(): Promise<void> {
  await matchMaker.restoreMissingRoomCaches();
  await restoreJoinCodes(matchMaker.presence);
  await matchMaker.stats.persist();
}
