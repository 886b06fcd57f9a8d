import type { AuthContext } from '@colyseus/core';
import { normalizeCardCode } from '../../shared/core/text.ts';
import { hashToken, isSameOrigin, SESSION_COOKIE, tokenFromCookieHeader } from '../auth/session-cookie.ts';
import type { CardThrottle } from '../auth/card-throttle.ts';
import type { ApprenticeRepository, CardHolder } from '../repositories/apprentice-repository.ts';
import type { TrainerRepository } from '../repositories/trainer-repository.ts';
import { decideJoin, type DoorView } from './door.ts';
import { refuse, type ParsedJoin } from './join-options.ts';
import type { HostIdentity, HostSeat } from './host-seat.ts';
import type { ClientData, SessionStore } from './session-ports.ts';

/** The join-options field in which matchmaking hands the verified trainer to the room. */
export const VERIFIED_HOST = '_verifiedHost';


/**
 * The signed-in trainer behind a host's matchmaking request. A request that carries a
 * trainer's cookie must come from our own page (cross-site request forgery and WebSocket
 * hijacking: browsers attach cookies for any site's page, but always say which Origin).
 */
export async function hostIdentity(trainers: TrainerRepository, context: AuthContext | undefined): Promise<HostIdentity> {
  const headers = context?.headers;
  if (!headers) throw refuse('AUTH_REQUIRED');
  const token = tokenFromCookieHeader(headers.get('cookie'), SESSION_COOKIE);
  if (!token) throw refuse('AUTH_REQUIRED');
  if (!isSameOrigin({ origin: headers.get('origin') ?? undefined, host: headers.get('host') ?? undefined })) throw refuse('ORIGIN_FORBIDDEN');
  const trainer = await trainers.findBySession(hashToken(token));
  if (!trainer || trainer.companyId === null) throw refuse('AUTH_REQUIRED');
  return { trainerId: trainer.id, companyId: trainer.companyId };
}

/**
 * The apprentice behind a card code typed or scanned by a player, for a session of
 * `companyId`. Unknown, revoked, mistyped and other companies' cards get the same refusal.
 * A correct card is let in at once; wrong ones are paced per address (see CardThrottle),
 * keyed on the address decided by server/http/client-address.ts (not a client's header).
 */
export async function cardHolder(apprentices: ApprenticeRepository, throttle: CardThrottle, raw: unknown, companyId: string | null, ip: string | undefined): Promise<CardHolder> {
  const source = `ip:${ip ?? 'unknown'}`;
  if (!throttle.admit(source)) throw refuse('RATE_LIMITED');
  const code = normalizeCardCode(raw);
  const holder = code.ok && companyId !== null ? await apprentices.findByCard(hashToken(code.value)) : null;
  if (!holder || holder.companyId !== companyId) {
    await throttle.failed(source);
    throw refuse('CARD_INVALID');
  }
  return holder;
}

/** What a join authorised in onAuth carries to onJoin. */
export interface JoinAuth extends ClientData {
  join: ParsedJoin;
  /** The apprentice of a card join. */
  apprenticeId?: string;
}

/**
 * A player's seat by the door's one decision (door.ts), with a card's look-up in between;
 * throws the refusal. `view()` is read again after the look-up, which waits for the database
 * (`lookUp` throws CARD_INVALID or RATE_LIMITED).
 */
export async function admitPlayer(view: () => DoorView, join: ParsedJoin, lookUp: (card: string) => Promise<CardHolder>, nameReserved: (nickname: string) => Promise<boolean> = async () => false): Promise<JoinAuth> {
  let room = view();
  let verdict = decideJoin(room, join);
  if ('lookUpCard' in verdict) {
    const holder = await lookUp(verdict.lookUpCard);
    room = view();
    verdict = decideJoin(room, join, holder);
  }
  if ('refused' in verdict) throw refuse(verdict.refused);
  if ('lookUpCard' in verdict) throw refuse('JOIN_INVALID'); // never: the holder is known now
  if (verdict.seatId !== null) {
    // Taken over by the card or the same device: the seat gets a new key, so the device that
    // had it keeps no credential (review N7a). A seat key itself stays as it is.
    const seat = join.key ? undefined : room.seats.get(verdict.seatId);
    if (seat) room.seats.rotateKey(seat);
    return { role: 'player', seatId: verdict.seatId, join };
  }
  // A guest may not take the name of one of the company's apprentices (review N10).
  if (verdict.apprenticeId === null && (await nameReserved(verdict.nickname))) throw refuse('NICKNAME_TAKEN');
  return { role: 'player', seatId: null, join: { ...join, nickname: verdict.nickname }, ...(verdict.apprenticeId ? { apprenticeId: verdict.apprenticeId } : {}) };
}

/**
 * A host's join: the trainer verified at matchmaking (VERIFIED_HOST) claims the controls
 * (host-seat.ts), and the first host's company owns the session. Throws the refusal.
 */
export async function admitHost(host: HostSeat, store: SessionStore, join: ParsedJoin, options: unknown): Promise<JoinAuth> {
  const identity = (options as Record<string, unknown>)[VERIFIED_HOST] as HostIdentity | undefined;
  const refusal = host.claim(join, identity, store.companyId);
  if (refusal) throw refuse(refusal);
  if (store.companyId === null && identity) await store.assignOwner(identity.companyId, identity.trainerId);
  return { role: 'host', seatId: null, join };
}
