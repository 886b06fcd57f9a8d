import type { Request, Response } from 'express';
import type { ErrorCode } from '../../shared/protocol/errors.ts';
import type { DeviceTrust, LoginThrottle } from '../auth/throttle.ts';
import type { CompanyRepository } from '../repositories/company-repository.ts';
import type { Trainer, TrainerRepository } from '../repositories/trainer-repository.ts';

/** Who may call a route: anyone, any signed-in trainer, or an admin of the trainer's company. */
export type Access = 'public' | 'trainer' | 'admin';

/** One account route; mountAccountRoutes mounts every one of them from this table. */
export interface AccountRoute {
  method: 'get' | 'post';
  /** Path below /api. */
  path: string;
  access: Access;
  /** True when the route takes a JSON body. */
  body: boolean;
  /** `me` is null only for public routes. */
  handle(req: Request, res: Response, me: Trainer | null): Promise<unknown>;
}

export interface AccountDeps {
  companies: CompanyRepository;
  trainers: TrainerRepository;
  throttle: LoginThrottle;
  devices: DeviceTrust;
}

export const fail = (res: Response, status: number, error: ErrorCode) => res.status(status).json({ error });

/** What the client may see of a trainer (never the hash). */
export function publicTrainer(t: Trainer) {
  return { id: t.id, login: t.login, displayName: t.displayName, role: t.role, disabled: t.disabled };
}
