import { isErrorCode, MATCHMAKE_ERROR_CODE, type ErrorCode } from '../../shared/protocol/errors.ts';
import { ApiError } from './api.ts';

// Every way joining can fail, as one of our error codes. Kept apart from the SDK wrapper so
// the first page load does not need the SDK to show an error.

/** Colyseus matchmaking codes: unknown or vanished room (522), expired seat reservation (524). */
const ROOM_GONE_CODES: readonly unknown[] = [522, 524];

/** The server's refusal (4400 + our code), a vanished room, or the network, as our code. */
export function joinErrorCode(err: unknown): ErrorCode {
  if (err instanceof ApiError) return err.code;
  if (typeof err === 'object' && err !== null && 'code' in err) {
    const { code, message } = err as { code: unknown; message: unknown };
    if (code === MATCHMAKE_ERROR_CODE && isErrorCode(message)) return message;
    if (isErrorCode(message)) return message;
    if (ROOM_GONE_CODES.includes(code)) return 'SESSION_NOT_FOUND';
    if (typeof code === 'number' && code >= 500 && code < 600) return 'SERVER_ERROR';
  }
  // fetch() failing (server down, Wi-Fi gone) and a failed chunk download throw TypeErrors.
  if (err instanceof TypeError) return 'CONNECTION_LOST';
  if (err instanceof Error && isErrorCode(err.message)) return err.message;
  return 'SERVER_ERROR';
}
