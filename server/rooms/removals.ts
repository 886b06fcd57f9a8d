import { nameKey } from './name-key.ts';
import type { Seat } from './seats.ts';

/** What a removal by the host shuts out for the rest of the session. */
export interface Removal {
  seatId: string;
  nickname: string;
  key: string;
  nameKey: string;
  apprenticeId: string | null;
  deviceId: string | null;
}

/** Who knocks: any of these that matches a removal keeps them out. */
export interface Knock {
  key?: string | null;
  nickname?: string | null;
  apprenticeId?: string | null;
  deviceId?: string | null;
}

/**
 * The players the host removed from a session: they stay out by seat key, name (as its
 * look-alike key), card and device until the session ends or the host takes it back.
 */
export class Removals {
  private readonly bySeat = new Map<string, Removal>();

  add(seat: Seat): Removal {
    const removal: Removal = { seatId: seat.id, nickname: seat.nickname, key: seat.key, nameKey: nameKey(seat.nickname), apprenticeId: seat.apprenticeId, deviceId: seat.deviceId };
    this.bySeat.set(seat.id, removal);
    return removal;
  }

  /** Takes a removal back; false when there is none for this seat id. */
  undo(seatId: string): boolean {
    return this.bySeat.delete(seatId);
  }

  all(): Removal[] {
    return [...this.bySeat.values()];
  }

  /** True when any part of the knock matches a removal. */
  shutsOut(k: Knock): boolean {
    const nk = k.nickname ? nameKey(k.nickname) : null;
    const key = k.key ?? null;
    const apprenticeId = k.apprenticeId ?? null;
    const deviceId = k.deviceId ?? null;
    return this.all().some((r) =>
      (key !== null && r.key === key)
      || (nk !== null && r.nameKey === nk)
      || (apprenticeId !== null && r.apprenticeId === apprenticeId)
      || (deviceId !== null && r.deviceId === deviceId));
  }
}
