import { randomUUID } from 'node:crypto';
import { matchMaker, type Presence } from '@colyseus/core';
import { logError } from '../log.ts';
import { RevocationOutbox } from './revocation-outbox.ts';

/**
 * Tells every live room (in every process: the Colyseus presence is Redis when scaled out)
 * that someone lost their right to be there: an apprentice whose card was revoked or
 * replaced or who was deleted, a disabled trainer, a disabled company.
 *
 * Rooms of the publishing process hear it at once, without Redis. For the other processes a
 * revocation that cannot be published (Redis down or frozen) waits in an outbox and is sent
 * as soon as Redis answers again, then twice more (a subscriber reconnecting after the same
 * outage may miss the first); every revocation carries an id, so a room acts on it once.
 */
export const REVOCATION_CHANNEL = 'arcade:revocation';

export type Revocation =
  | { kind: 'apprentice'; apprenticeId: string }
  | { kind: 'trainer'; trainerId: string }
  | { kind: 'company'; companyId: string };

type Sent = Revocation & { id: string };

/** A revocation as received (anything else is ignored); `id` is kept when there is one. */
export function parseRevocation(raw: unknown): (Revocation & { id?: string }) | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const id = typeof r.id === 'string' && r.id.length <= 64 ? { id: r.id } : {};
  if (r.kind === 'apprentice' && typeof r.apprenticeId === 'string') return { kind: 'apprentice', apprenticeId: r.apprenticeId, ...id };
  if (r.kind === 'trainer' && typeof r.trainerId === 'string') return { kind: 'trainer', trainerId: r.trainerId, ...id };
  if (r.kind === 'company' && typeof r.companyId === 'string') return { kind: 'company', companyId: r.companyId, ...id };
  return null;
}

type RevocationHandler = (revocation: Revocation) => void;

/** How many revocation ids a process remembers to act on each once (they repeat within seconds). */
const SEEN_IDS = 1000;

interface Listening {
  handlers: Set<RevocationHandler>;
  relay: (raw: unknown) => void;
  seen: Set<string>;
}

/** Per presence (one per server; tests run several in one process): its single subscription and the live rooms' handlers. */
const listening = new WeakMap<Presence, Listening>();
const outboxes = new WeakMap<Presence, RevocationOutbox>();

/** Hands a revocation to this process's rooms, once per id; one throwing room never stops the others (review N12). */
function deliver(entry: Listening, revocation: Revocation & { id?: string }): void {
  if (revocation.id) {
    if (entry.seen.has(revocation.id)) return;
    entry.seen.add(revocation.id);
    if (entry.seen.size > SEEN_IDS) entry.seen.delete(entry.seen.values().next().value as string);
  }
  const { id: _id, ...plain } = revocation;
  for (const h of Array.from(entry.handlers)) {
    try {
      h(plain as Revocation);
    } catch (err) {
      logError('revocation', err);
    }
  }
}

/** Publishes a revocation to all rooms; never throws (the database change already happened). */
export async function publishRevocation(revocation: Revocation, presence: Presence = matchMaker.presence): Promise<void> {
  const sent: Sent = { ...revocation, id: randomUUID() };
  const local = listening.get(presence);
  if (local) deliver(local, sent);
  let outbox = outboxes.get(presence);
  if (!outbox) outboxes.set(presence, (outbox = new RevocationOutbox((m) => presence.publish(REVOCATION_CHANNEL, m))));
  await outbox.send(sent);
}

/**
 * Calls `handler` with every valid revocation published on `presence` until the returned
 * stop function is called (a room calls it in onDispose). The process subscribes once and
 * fans out to the live rooms: a subscription per room would keep every disposed room
 * reachable and warn past 10 rooms (MaxListenersExceededWarning).
 */
export async function listenForRevocations(presence: Presence, handler: RevocationHandler): Promise<() => void> {
  let entry = listening.get(presence);
  if (!entry) {
    const created: Listening = { handlers: new Set(), seen: new Set(), relay: (raw) => {
      const revocation = parseRevocation(raw);
      if (revocation) deliver(created, revocation);
    } };
    entry = created;
    listening.set(presence, entry);
    await presence.subscribe(REVOCATION_CHANNEL, entry.relay);
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
