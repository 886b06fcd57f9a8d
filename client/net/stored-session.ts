import type { Role } from '../../shared/protocol/messages.ts';

// Where the secret from `welcome` is kept so a reload gets the same seat back.
// Players: sessionStorage (this tab only: a second tab on the same phone is a new player).
// Hosts: sessionStorage for automatic rejoin after a reload, plus localStorage so a trainer
// who closed the projector tab can take the round back from the home screen.

export interface StoredSession {
  roomId: string;
  key: string;
  role: Role;
  /** Join code ('' for solo); lets a failed player rejoin go to the join form pre-filled. */
  code: string;
}

const KEY = 'arcade.session';
const HOST_KEY = 'arcade.hostSession';

function read(storage: Storage, key: string): StoredSession | null {
  try {
    const raw = storage.getItem(key);
    if (!raw) return null;
    const v = JSON.parse(raw) as Partial<StoredSession>;
    if (typeof v.roomId !== 'string' || typeof v.key !== 'string' || (v.role !== 'host' && v.role !== 'player')) return null;
    return { roomId: v.roomId, key: v.key, role: v.role, code: typeof v.code === 'string' ? v.code : '' };
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

export function rememberSession(s: StoredSession): void {
  write(sessionStorage, KEY, s);
  if (s.role === 'host') write(localStorage, HOST_KEY, s);
}

/** Forgets the tab's session; `alsoHost` forgets the saved hosted round too. */
export function forgetSession(alsoHost: boolean): void {
  const current = tabSession();
  write(sessionStorage, KEY, null);
  const host = savedHostSession();
  if (alsoHost || (current?.role === 'host' && host?.roomId === current.roomId)) write(localStorage, HOST_KEY, null);
}

const PRACTICE_KEY = 'arcade.practiceId';

/** An anonymous id this device keeps for its personal bests (no name, no account). */
export function practiceId(): string | undefined {
  try {
    let id = localStorage.getItem(PRACTICE_KEY);
    if (!id || !/^[A-Za-z0-9_-]{16,64}$/.test(id)) {
      const bytes = crypto.getRandomValues(new Uint8Array(18));
      id = btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
      localStorage.setItem(PRACTICE_KEY, id);
    }
    return id;
  } catch {
    return undefined;
  }
}
