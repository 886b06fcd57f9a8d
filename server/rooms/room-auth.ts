import type { AuthContext } from '@colyseus/core';
import { normalizeCardCode } from '../../shared/core/text.ts';
import { hashToken, isSameOrigin, SESSION_COOKIE, tokenFromCookieHeader } from '../auth/session-cookie.ts';
import type { CardThrottle } from '../auth/card-throttle.ts';
import type { ApprenticeRepository, CardHolder } from '../repositories/apprentice-repository.ts';
import type { TrainerRepository } from '../repositories/trainer-repository.ts';
import { refuse } from './join-options.ts';

/** The join-options field in which matchmaking hands the verified trainer to the room. */
export const VERIFIED_HOST = '_verifiedHost';

export interface HostIdentity {
  trainerId: string;
  companyId: string;
}

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
