import { accountsApi, type Me } from '../../net/accounts-api.ts';
import { ApiError } from '../../net/api.ts';

// Who is signed in as a trainer in this browser. The session cookie is HttpOnly, so the page
// asks the server (/api/auth/me). On the start page it only asks when this browser signed in
// before (a hint in localStorage): apprentices' phones never send a request that must fail.

const HINT_KEY = 'arcade.trainerHint';
let current: Me | null = null;
const listeners = new Set<(me: Me | null) => void>();

function setHint(on: boolean): void {
  try {
    if (on) localStorage.setItem(HINT_KEY, '1');
    else localStorage.removeItem(HINT_KEY);
  } catch {
    // Without storage the start page just does not show the account until asked.
  }
}

function hasHint(): boolean {
  try {
    return localStorage.getItem(HINT_KEY) === '1';
  } catch {
    return false;
  }
}

/** The trainer as last known (null: not signed in, or not asked yet). */
export function signedIn(): Me | null {
  return current;
}

/** Call after a sign-in, a first-run setup, a sign-out (null) or a refused request (null). */
export function setSignedIn(me: Me | null): void {
  current = me;
  setHint(me !== null);
  for (const fn of listeners) fn(me);
}

export function onSignedInChange(fn: (me: Me | null) => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/**
 * Asks the server who is signed in: the trainer, or null when nobody is (or the sign-in
 * expired). Other failures (server unreachable) throw an ApiError.
 */
export async function checkSignedIn(): Promise<Me | null> {
  try {
    const me = await accountsApi.me();
    setSignedIn(me);
    return me;
  } catch (err) {
    if (err instanceof ApiError && err.code === 'AUTH_REQUIRED') {
      setSignedIn(null);
      return null;
    }
    throw err;
  }
}

/** On page load: learns the signed-in trainer in the background if this browser had one. */
export function restoreSignedIn(): void {
  if (hasHint()) void checkSignedIn().catch(() => {});
}

/** Signs out on the server (best effort) and forgets the trainer here. */
export async function signOut(): Promise<void> {
  try {
    await accountsApi.logout();
  } finally {
    setSignedIn(null);
  }
}
