import { matchMaker, type Presence } from '@colyseus/core';
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

type RevocationHandler = (revocation: Revocation) => void;

/** Per presence (one per server; tests run several in one process): its single subscription and the live rooms' handlers. */
const listening = new WeakMap<Presence, { handlers: Set<RevocationHandler>; relay: (raw: unknown) => void }>();

/**
 * Calls `handler` with every valid revocation published on `presence` until the returned
 * stop function is called (a room calls it in onDispose). The process subscribes once and
 * fans out to the live rooms: a subscription per room would keep every disposed room
 * reachable and warn past 10 rooms (MaxListenersExceededWarning).
 */
export async function listenForRevocations(presence: Presence, handler: RevocationHandler): Promise<() => void> {
  let entry = listening.get(presence);
  if (!entry) {
    const handlers = new Set<RevocationHandler>();
    const relay = (raw: unknown) => {
      const revocation = parseRevocation(raw);
      if (revocation) for (const h of handlers) h(revocation);
    };
    entry = { handlers, relay };
    listening.set(presence, entry);
    await presence.subscribe(REVOCATION_CHANNEL, relay);
  }
  entry.handlers.add(handler);
  const current = entry;
  return () => {
    current.handlers.delete(handler);
    if (current.handlers.size > 0 || listening.get(presence) !== current) return;
    listening.delete(presence);
    void Promise.resolve(presence.unsubscribe(REVOCATION_CHANNEL, current.relay)).catch((err) => logError('revocation unsubscribe', err));
  };
}
