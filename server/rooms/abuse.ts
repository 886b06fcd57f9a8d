import { CloseCode, type Client } from '@colyseus/core';
import { messagesThisSecond, onSocketError, socketOf } from '../colyseus-seams.ts';

// Connections the server closes for abuse give up their seat at once (no grace period).

/** The ws library's error code for a message over `maxPayload` (MAX_MESSAGE_BYTES). */
const WS_TOO_BIG = 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH';
const oversized = new WeakSet<object>();

/**
 * Watches a client's socket for an oversized message. The ws library then aborts the
 * socket, and the room only sees close code 1006, as for a Wi-Fi blip: only the socket's
 * error event tells them apart. Call on join and on reconnect (a new socket).
 */
export function watchForOversize(client: Client): void {
  const ws = socketOf(client);
  onSocketError(client, (code) => {
    if (code === WS_TOO_BIG && ws) oversized.add(ws);
  });
}

/**
 * True when this connection was closed for abuse: an oversized message, or a flood
 * (Colyseus closes with WITH_ERROR once a client sends more than `maxPerSecond` messages;
 * its per-client counter tells a flood from other errors, such as a stale connection
 * replaced by the SDK's own reconnection).
 */
export function closedForAbuse(client: Client, code: number | undefined, maxPerSecond: number): boolean {
  const ws = socketOf(client);
  if (ws && oversized.has(ws)) return true;
  return code === CloseCode.WITH_ERROR && messagesThisSecond(client) > maxPerSecond;
}
