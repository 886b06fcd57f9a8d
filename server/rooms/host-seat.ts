import type { ErrorCode } from '../../shared/protocol/errors.ts';
import type { SessionState } from '../../shared/protocol/state.ts';
import type { ParsedJoin } from './join-options.ts';
import type { Revocation } from './revocations.ts';
import { sameSecret } from './admission.ts';
import { newSecret } from './seats.ts';

// The host's side of a hosted session: which trainer holds the controls, with which key, on
// which connection, and whether hosting was revoked. Pure bookkeeping; the room sends and
// closes. A host's page may be closed and opened again (the key takes the controls back),
// and another tab or laptop of the same company may take them over with the key.

/** The signed-in trainer behind a host's join (room-auth.ts hostIdentity). */
export interface HostIdentity {
  trainerId: string;
  companyId: string;
}

/** Who hosts a session, and how the controls are taken (back). */
export class HostSeat {
  /** The secret from the host's `welcome`: it takes the controls back or over. */
  key = newSecret(18);
  /** The host's connection now, if any. */
  sessionId: string | null = null;
  /** The trainer who hosts now. */
  trainerId: string | null = null;
  /** True once the host trainer or company was disabled: nobody may host this session again. */
  revoked = false;
  private claimed = false;

  /** `state.hostConnected` follows the host's current connection. */
  constructor(private readonly state: Pick<SessionState, 'hostConnected'>) {}

  /**
   * Why this signed-in trainer may not take the controls, or null (they are theirs now). The
   * first host claims the session; later ones need the key and the same company.
   */
  claim(join: ParsedJoin, host: HostIdentity | undefined, companyId: string | null): ErrorCode | null {
    if (!host) return 'AUTH_REQUIRED';
    if (companyId !== null && host.companyId !== companyId) return 'HOST_KEY_INVALID';
    if (join.key ? !sameSecret(join.key, this.key) : this.claimed) return 'HOST_KEY_INVALID'; // constant time (review N13)
    if (this.revoked) return 'AUTH_REQUIRED';
    this.claimed = true;
    this.trainerId = host.trainerId;
    return null;
  }

  /** A session brought back after a restart (session-restore.ts): its key again, already claimed. */
  restore(key: string, trainerId: string | null): void {
    this.key = key;
    this.trainerId = trainerId;
    this.claimed = true;
  }

  /** A host connection joined; returns the session id of the one it replaces (to be closed). */
  connect(sessionId: string): string | null {
    const previous = this.sessionId;
    this.sessionId = sessionId;
    this.state.hostConnected = true;
    return previous;
  }

  /** The host's connection dropped; true when it was the current one (then a reconnection is held). */
  drop(sessionId: string): boolean {
    if (!this.isCurrent(sessionId)) return false;
    this.state.hostConnected = false;
    return true;
  }

  /** The host's dropped connection is back. */
  reconnect(): void {
    this.state.hostConnected = true;
  }

  /** True when this is the host's current connection (an older, replaced one is not). */
  isCurrent(sessionId: string): boolean {
    return this.sessionId === sessionId;
  }

  /** The host's connection left for good; true when it was the current one. */
  leave(sessionId: string): boolean {
    if (!this.isCurrent(sessionId)) return false;
    this.sessionId = null;
    this.state.hostConnected = false;
    return true;
  }

  /** True (and hosting ends for good) when this revocation takes hosting away from this session. */
  revokedBy(r: Revocation, companyId: string | null): boolean {
    if (r.kind === 'apprentice') return false;
    const gone = r.kind === 'trainer' ? r.trainerId === this.trainerId : r.companyId === companyId;
    if (gone) this.revoked = true;
    return gone;
  }
}
