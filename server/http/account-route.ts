import type { PasswordHasher } from '../auth/password.ts';
import type { BoxRepository } from '../repositories/box-repository.ts';
import type { BoxServerInfo } from '../../shared/protocol/hardware.ts';
import type { Request, Response } from 'express';
import type { ErrorCode } from '../../shared/protocol/errors.ts';
import type { DeviceTrust, LoginThrottle } from '../auth/throttle.ts';
import type { LimiterFactory } from './rate-limits.ts';
import type { PurgeScheduler } from '../jobs/purge-deleted.ts';
import type { Revocation } from '../rooms/revocations.ts';
import type { CompanyRepository } from '../repositories/company-repository.ts';
import type { ApprenticeRepository } from '../repositories/apprentice-repository.ts';
import type { BoardRepository } from '../repositories/board-repository.ts';
import type { ReportRepository } from '../repositories/report-repository.ts';
import type { RecordBookRepository } from '../repositories/record-book-repository.ts';
import type { PdfPool } from '../record-book/pdf-pool.ts';
import type { CoverageRepository } from '../repositories/coverage-repository.ts';
import type { TaskSetRepository } from '../repositories/task-set-repository.ts';
import type { PhotoDeps } from '../photos/photo-deps.ts';
import type { CompanyTrainer, Trainer, TrainerRepository } from '../repositories/trainer-repository.ts';
import type { GameRegistry } from '../../shared/games/registry.ts';

/**
 * Who may call a route: anyone; any signed-in account; any trainer of a company; an admin of the
 * trainer's company; or the platform admin (who belongs to no company).
 */
export type Access = 'public' | 'account' | 'trainer' | 'admin' | 'platform';

interface RouteBase {
  method: 'get' | 'post';
  /** Path below /api. */
  path: string;
  /** True when the route takes a JSON body. */
  body: boolean;
  /**
   * A larger body than the 16 KiB of every other route (server/http/body-limits.ts
   * LARGE_BODY_ROUTES): the caller is admitted before a byte is read, then at most `bytes` are
   * read as JSON, or as raw bytes (`req.body` a Buffer) of the given content types; beyond
   * that `413 code`.
   */
  large?: { bytes: number; code: ErrorCode; raw?: string[] };
}

/** One account route; mountAccountRoutes mounts every one of them from these tables. */
export type AccountRoute = RouteBase & (
  | { access: 'public'; handle(req: Request, res: Response): Promise<unknown> }
  | { access: 'trainer' | 'admin'; handle(req: Request, res: Response, me: CompanyTrainer): Promise<unknown> }
  | { access: 'account' | 'platform'; handle(req: Request, res: Response, me: Trainer): Promise<unknown> }
);

export interface AccountDeps {
  /** The server's games (titles in reports, board filters). */
  games: GameRegistry;
  companies: CompanyRepository;
  trainers: TrainerRepository;
  apprentices: ApprenticeRepository;
  boards: BoardRepository;
  reports: ReportRepository;
  /** Counted plays per level, for coverage by curriculum item. */
  coverage: CoverageRepository;
  taskSets: TaskSetRepository;
  /** Rounds for record-book supplements, and the worker threads that render them as PDF. */
  recordBooks: RecordBookRepository;
  pdfs: PdfPool;
  /** Task photos: storage, signed links, the processing gate and the quota. */
  photos: PhotoDeps;
  limits: LimiterFactory;
  /** Hashes and checks trainer passwords (tests inject cheaper scrypt parameters). */
  passwords: PasswordHasher;
  throttle: LoginThrottle;
  devices: DeviceTrust;
  /** Removes someone who lost their right from every live room (all processes). */
  revoke: (revocation: Revocation) => Promise<void>;
  /** Purges deleted personal data from the data files a little later. */
  purge: PurgeScheduler;
  /** The base URL printed on join cards (PUBLIC_URL, else the request's host). */
  publicUrl: (req: Request) => string;
  /** A company's buzzer boxes and what revoking one does to live rounds (server/hardware/). */
  boxes: { repository: BoxRepository; revoked(boxId: string): void; info(publicUrl: string): BoxServerInfo };
}

export const fail = (res: Response, status: number, error: ErrorCode) => res.status(status).json({ error });

/** What the client may see of a trainer (never the hash). */
export function publicTrainer(t: Trainer) {
  return { id: t.id, login: t.login, displayName: t.displayName, role: t.role, disabled: t.disabled };
}

// Ids are UUIDs; anything else cannot exist and gets the very same 404 as a missing id.
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The :id parameter if it can be an id at all, else null (answer 404 like a missing one). */
export function idParam(req: Request): string | null {
  const id = String(req.params.id ?? '');
  return ID.test(id) ? id : null;
}

/** An integer query parameter within [min, max], or the fallback when absent or invalid. */
export function intQuery(req: Request, name: string, min: number, max: number, fallback: number): number {
  const raw = req.query[name];
  const n = typeof raw === 'string' && /^[0-9]{1,6}$/.test(raw) ? Number(raw) : Number.NaN;
  return Number.isInteger(n) && n >= min && n <= max ? n : fallback;
}
