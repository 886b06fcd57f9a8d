import type { Role } from '../../shared/protocol/messages.ts';

// Where the secret from `welcome` is kept so a reload gets the same seat back.
// sessionStorage: this tab's session, rejoined at once after a reload.
// localStorage: a player's seat survives a closed tab (the join link or the join form with
// the same code takes it back at once), and a trainer who closed the projector tab can
// take the round back from the home screen.

export interface StoredSession {
  roomId: string;
  key: string;
  role: Role;
  /** Join code ('' for solo); lets a failed player rejoin go to the join form pre-filled. */
  code: string;
  /** Who took the seat (identityTag): a shared tablet gives it back only to the same person. */
  identity?: string;
}

/**
 * A tag of the identity typed to join: the nickname (case-folded), or a 32-bit FNV-1a hash of
 * the card code, so the code itself never sits in localStorage (32 of its 80 bits at most;
 * the rest stays unguessable at the server's one-wrong-card-a-second pace). Review N7b: a
 * shared class tablet gave the previous pupil's seat — her card identity — to whoever typed
 * the same join code.
 */
export function identityTag(who: { nickname: string } | { card: string }): string {
  if ('card' in who) {
    const code = who.card.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
    let h = 0x811c9dc5;
    for (let i = 0; i < code.length; i++) h = Math.imul(h ^ code.charCodeAt(i), 0x01000193) >>> 0;
    return `card:${h.toString(16)}`;
  }
  return `name:${who.nickname.normalize('NFKC').trim().toLowerCase()}`;
}

const KEY = 'arcade.session';
const HOST_KEY = 'arcade.hostSession';
const SEAT_KEY = 'arcade.playerSeat';

function read(storage: Storage, key: string): StoredSession | null {
  try {
    const raw = storage.getItem(key);
    if (!raw) return null;
    const v = JSON.parse(raw) as Partial<StoredSession>;
    if (typeof v.roomId !== 'string' || typeof v.key !== 'string' || (v.role !== 'host' && v.role !== 'player')) return null;
    return { roomId: v.roomId, key: v.key, role: v.role, code: typeof v.code === 'string' ? v.code : '', ...(typeof v.identity === 'string' ? { identity: v.identity } : {}) };
  } catch {
    return null;
  }
}

function write(storage: Storage, key: string, value: StoredSession | null): void {
  try {
    if (value) storage.setItem(key, JSON.stringify(value));
    else storage.removeItem(key);
  } catch {
    // Storage blocked: a reload then starts over, nothing else breaks.
  }
}

/** The session this tab was in (player or host), if any. */
export function tabSession(): StoredSession | null {
  return read(sessionStorage, KEY);
}

/** A hosted round this browser opened earlier (maybe in a closed tab). */
export function savedHostSession(): StoredSession | null {
  return read(localStorage, HOST_KEY);
}

/**
 * The seat this device holds in the round with this join code (maybe taken in a closed tab),
 * only for the same identity (identityTag) when one is given: another pupil on a shared
 * tablet typing the same code gets a seat of their own.
 */
export function savedSeat(code: string, identity?: string): StoredSession | null {
  const seat = read(localStorage, SEAT_KEY);
  if (!seat || seat.role !== 'player' || seat.code === '' || seat.code !== code) return null;
  return identity === undefined || seat.identity === identity ? seat : null;
}

export function rememberSession(s: StoredSession): void {
  write(sessionStorage, KEY, s);
  write(localStorage, s.role === 'host' ? HOST_KEY : SEAT_KEY, s.code || s.role === 'host' ? s : null);
}

/**
 * Forgets the tab's session; `alsoHost` forgets the saved hosted round too. A player's saved
 * seat goes with it (left on purpose, removed, or the seat is gone).
 */
export function forgetSession(alsoHost: boolean): void {
  const current = tabSession();
  write(sessionStorage, KEY, null);
  const host = savedHostSession();
  if (alsoHost || (current?.role === 'host' && host?.roomId === current.roomId)) write(localStorage, HOST_KEY, null);
  const seat = read(localStorage, SEAT_KEY);
  if (current?.role === 'player' && seat?.roomId === current.roomId) write(localStorage, SEAT_KEY, null);
}

/** Forgets the seat saved for this join code (it could not be taken back). */
export function forgetSavedSeat(code: string): void {
  if (savedSeat(code)) write(localStorage, SEAT_KEY, null);
}

const PRACTICE_KEY = 'arcade.practiceId';
const DEVICE_KEY = 'arcade.deviceId';

/** A random id kept in localStorage under `storageKey`; undefined when storage is blocked. */
function deviceSecret(storageKey: string): string | undefined {
  try {
    let id = localStorage.getItem(storageKey);
    if (!id || !/^[A-Za-z0-9_-]{16,64}$/.test(id)) {
      const bytes = crypto.getRandomValues(new Uint8Array(18));
      id = btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
      localStorage.setItem(storageKey, id);
    }
    return id;
  } catch {
    return undefined;
  }
}

/** An anonymous id this device keeps for its personal bests (no name, no account). */
export function practiceId(): string | undefined {
  return deviceSecret(PRACTICE_KEY);
}

/** An anonymous id this device sends when joining a hosted round (join option `device`); never stored by the server. */
export function deviceId(): string | undefined {
  return deviceSecret(DEVICE_KEY);
}
