import { matchMaker } from '@colyseus/core';
import { logError } from '../log.ts';

/**
 * Tells every live room (in every process: the Colyseus presence is Redis when scaled out)
 * that someone lost their right to be there: an apprentice whose card was revoked or
 * replaced or who was deleted, a disabled trainer, a disabled company.
 */
export const REVOCATION_CHANNEL = 'arcade:revocation';

export type Revocation =
  | { kind: 'apprentice'; apprenticeId: string }
  | { kind: 'trainer'; trainerId: string }
  | { kind: 'company'; companyId: string };

/** Publishes a revocation to all rooms; never throws (the database change already happened). */
export async function publishRevocation(revocation: Revocation): Promise<void> {
  try {
    await matchMaker.presence.publish(REVOCATION_CHANNEL, revocation);
  } catch (err) {
    logError('revocation', err);
  }
}

/** A revocation as received (anything else is ignored). */
export function parseRevocation(raw: unknown): Revocation | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (r.kind === 'apprentice' && typeof r.apprenticeId === 'string') return { kind: 'apprentice', apprenticeId: r.apprenticeId };
  if (r.kind === 'trainer' && typeof r.trainerId === 'string') return { kind: 'trainer', trainerId: r.trainerId };
  if (r.kind === 'company' && typeof r.companyId === 'string') return { kind: 'company', companyId: r.companyId };
  return null;
}
