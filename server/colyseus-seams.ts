import { matchMaker, type Client } from '@colyseus/core';
import { Encoder } from '@colyseus/schema';

// Every place the server relies on Colyseus internals (members outside its public types, or
// public members replaced at run time). Versions: @colyseus/core 0.18.17, ws-transport
// 0.18.4, schema 5.0.34. A patch release may rename any of them without notice, so each is
// touched here only, and colyseus-seams.test.ts drives each against the installed packages:
// an upgrade that renames one fails that test instead of silently switching a defence off
// (and the same test fails when other server code reaches past the public API).

/** Room#_onMessage's per-client count of messages in the current second (reset every second). */
export const FLOOD_COUNTER = '_numMessagesLastSecond';

/** How many messages this client sent in the current second, as Colyseus counted them. */
export function messagesThisSecond(client: Client): number {
  return (client as unknown as Record<string, number | undefined>)[FLOOD_COUNTER] ?? 0;
}

/** The transport's socket behind a client (a `ws` WebSocket for ws-transport); its identity outlives the close. */
export function socketOf(client: Client): object | undefined {
  return (client.ref as object | undefined) ?? undefined;
}

/**
 * Calls `fn` with the error code of each error event of the client's socket. Only the socket
 * says why it was aborted (the room sees close code 1006 for an oversized message too).
 */
export function onSocketError(client: Client, fn: (code: string | undefined) => void): void {
  const ws = client.ref as unknown as { on?(event: 'error', listener: (err: { code?: string }) => void): void } | undefined;
  ws?.on?.('error', (err) => fn(err?.code));
}

/**
 * Replaces the client's frame writer (`client.raw`, through which every patch and message
 * leaves) so that frames for which `drop` says true are never written.
 */
export function filterOutgoingFrames(client: Client, drop: (frame: Uint8Array) => boolean): void {
  const raw = client.raw.bind(client);
  client.raw = (data, options, cb) => {
    if (drop(data)) return;
    raw(data, options, cb);
  };
}

/** Asked before each matchmaking call that passes the exposed list; throws to refuse it. `ip` is the caller's limit key (X-Real-IP, stamped by request-guard.ts). */
export type MatchmakingCheck = (method: string, roomName: string, clientOptions: unknown, ip: string | undefined) => Promise<void>;

const GUARDED = Symbol.for('arcade.matchmaker-gate');

/**
 * Narrows the process-wide matchmaker's HTTP entry: only `exposed` methods are answered
 * (`refuse()` throws for the others), and `check` runs before the call is carried out;
 * `mapError` may replace what the call throws (a Redis timeout by a documented refusal).
 * Idempotent: the first call per process wins (the matchmaker is a process singleton).
 */
export function interceptMatchmaking(exposed: readonly string[], refuse: () => Error, check: MatchmakingCheck, mapError: (err: unknown) => unknown = (err) => err): void {
  const controller = matchMaker.controller as typeof matchMaker.controller & { [GUARDED]?: true };
  if (controller[GUARDED]) return;
  controller[GUARDED] = true;
  controller.exposedMethods = [...exposed];
  const invoke: typeof controller.invokeMethod = controller.invokeMethod.bind(controller);
  controller.invokeMethod = async (method, roomName, clientOptions, authOptions) => {
    if (!exposed.includes(method)) throw refuse();
    await check(method, roomName, clientOptions, (authOptions as { ip?: string } | undefined)?.ip);
    try {
      return await invoke(method, roomName, clientOptions, authOptions);
    } catch (err) {
      throw mapError(err);
    }
  };
}

/** Removes the matchmaker's "any origin, with credentials" CORS headers from every response (process-wide). */
export function silenceMatchmakerCors(): void {
  matchMaker.controller.DEFAULT_CORS_HEADERS = {} as typeof matchMaker.controller.DEFAULT_CORS_HEADERS;
  matchMaker.controller.getCorsHeaders = () => ({}) as ReturnType<typeof matchMaker.controller.getCorsHeaders>;
}

/** Sets the schema encoder's buffer (process-wide): a big round's full state overflows the default. */
export function setEncoderBufferBytes(bytes: number): void {
  Encoder.BUFFER_SIZE = bytes;
}
