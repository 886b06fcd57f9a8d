import { CloseCode, type Client } from '@colyseus/core';

// Connections the server closes for abuse give up their seat at once (no grace period).

/** The ws library's error code for a message over `maxPayload` (MAX_MESSAGE_BYTES). */
const WS_TOO_BIG = 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH';
const oversized = new WeakSet<object>();
/** Colyseus's per-client count of messages in the current second (Room#_onMessage). */
const FLOOD_COUNTER = '_numMessagesLastSecond';

/**
 * Watches a client's socket for an oversized message. The ws library then aborts the
 * socket, and the room only sees close code 1006, as for a Wi-Fi blip: only the socket's
 * error event tells them apart. Call on join and on reconnect (a new socket).
 */
export function watchForOversize(client: Client): void {
  const ws = client.ref as unknown as { on?(event: 'error', fn: (err: { code?: string }) => void): void } | undefined;
  ws?.on?.('error', (err) => {
    if (err?.code === WS_TOO_BIG) oversized.add(ws);
  });
}

/**
 * True when this connection was closed for abuse: an oversized message, or a flood
 * (Colyseus closes with WITH_ERROR once a client sends more than `maxPerSecond` messages;
 * its per-client counter tells a flood from other errors, such as a stale connection
 * replaced by the SDK's own reconnection).
 */
export function closedForAbuse(client: Client, code: number | undefined, maxPerSecond: number): boolean {
  if (oversized.has(client.ref as object)) return true;
  const sent = (client as unknown as Record<string, number | undefined>)[FLOOD_COUNTER] ?? 0;
  return code === CloseCode.WITH_ERROR && sent > maxPerSecond;
}
