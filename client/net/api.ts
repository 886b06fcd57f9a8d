import { isErrorCode, MATCHMAKE_ERROR_CODE, type ErrorCode } from '../../shared/protocol/errors.ts';

// The server's small HTTP API (docs/PROTOCOL.md §1), and the one place that turns any
// failure of talking to the server into an error code. No SDK here: the first page load
// does not need it to show an error.

export class ApiError extends Error {
  constructor(readonly code: ErrorCode) {
    super(code);
    this.name = 'ApiError';
  }
}

/** HTTP base: same origin in production; in `vite dev` the /api proxy points at the server. */
function url(path: string): string {
  return new URL(path, location.origin).toString();
}

/**
 * One JSON request to our own API: same-origin cookies (the trainer's session), JSON body for
 * POST. Any failure becomes an ApiError with the server's code, or CONNECTION_LOST /
 * SERVER_ERROR when there is none.
 */
export async function requestJson<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url(path), {
      method,
      credentials: 'same-origin',
      cache: 'no-store',
      headers: body === undefined ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiError('CONNECTION_LOST');
  }
  let parsed: unknown = null;
  try {
    parsed = await res.json();
  } catch {
    // A proxy error page or similar: handled below by the status.
  }
  if (!res.ok) {
    const code = (parsed as { error?: unknown } | null)?.error;
    throw new ApiError(isErrorCode(code) ? code : res.status === 401 ? 'AUTH_REQUIRED' : 'SERVER_ERROR');
  }
  return parsed as T;
}

function getJson<T>(path: string): Promise<T> {
  return requestJson<T>('GET', path);
}

export interface ServerInfo {
  version: string;
  build: string;
  protocol: number;
  joinUrls: string[];
  defaultJoinUrl: string;
  /** Addresses for printed cards, stable first (PUBLIC_URL, else `<host>.local`). */
  cardUrls?: string[];
  /** False when the server listens on this machine only (HOST=127.0.0.1): phones cannot join. */
  phonesCanReach?: boolean;
}

export function fetchInfo(): Promise<ServerInfo> {
  return getJson<ServerInfo>('/api/info');
}

/** The room id of a running session for a six-digit code. */
export async function lookupSession(code: string): Promise<string> {
  const body = await getJson<{ roomId?: unknown }>(`/api/sessions/${encodeURIComponent(code)}`);
  if (typeof body.roomId !== 'string') throw new ApiError('SESSION_NOT_FOUND');
  return body.roomId;
}

/** The personal best of this device's practice id, or null. */
export async function fetchPersonalBest(practiceId: string, gameId: string, level: number, setId: string | null = null): Promise<number | null> {
  const q = new URLSearchParams({ practiceId, gameId, level: String(level), ...(setId ? { setId } : {}) });
  const body = await getJson<{ best?: unknown }>(`/api/practice/best?${q}`);
  return typeof body.best === 'number' ? body.best : null;
}

/** A company task set the card's holder may practise alone (POST /api/practice/sets). */
export interface PracticeSet {
  id: string;
  title: string;
  tasks: number;
}

/** The task sets of the card's company for solo practice ([] for a card the server does not know). */
export async function fetchPracticeSets(card: string): Promise<PracticeSet[]> {
  const body = await requestJson<{ sets?: unknown }>('POST', '/api/practice/sets', { card });
  return Array.isArray(body.sets) ? body.sets.filter((x): x is PracticeSet => typeof x?.id === 'string' && typeof x?.title === 'string' && typeof x?.tasks === 'number') : [];
}

/** Colyseus matchmaking codes: unknown or vanished room (522), expired seat reservation (524). */
const ROOM_GONE_CODES: readonly unknown[] = [522, 524];

/** The server's refusal (400 + our code), a vanished room, or the network, as our code. */
export function joinErrorCode(err: unknown): ErrorCode {
  if (err instanceof ApiError) return err.code;
  if (typeof err === 'object' && err !== null && 'code' in err) {
    const { code, message } = err as { code: unknown; message: unknown };
    if (code === MATCHMAKE_ERROR_CODE && isErrorCode(message)) return message;
    if (isErrorCode(message)) return message;
    if (ROOM_GONE_CODES.includes(code)) return 'SESSION_NOT_FOUND';
    if (typeof code === 'number' && code >= 500 && code < 600) return 'SERVER_ERROR';
    // The SDK reports an unreachable server ("Failed to fetch") with no numeric code.
    if (typeof code !== 'number') return 'CONNECTION_LOST';
  }
  // fetch() failing (server down, Wi-Fi gone) and a failed chunk download throw TypeErrors.
  if (err instanceof TypeError) return 'CONNECTION_LOST';
  if (err instanceof Error && isErrorCode(err.message)) return err.message;
  return 'SERVER_ERROR';
}
