import { matchMaker } from '@colyseus/core';
import { Client, type Room } from '@colyseus/sdk';
import { PROTOCOL_VERSION, ROOM_SESSION } from '../../shared/protocol/constants.ts';
import { SessionState } from '../../shared/protocol/state.ts';
import { ApiClient } from './accounts.ts';

/** A scripted SDK client that records every message it gets. */
export class Bot {
  readonly messages: { type: string; payload: any }[] = [];
  private waiters: { pred: (t: string, p: any) => boolean; resolve: (p: any) => void }[] = [];
  welcome: any = null;
  private listeners: { type: string; fn: (p: any) => void }[] = [];

  constructor(readonly room: Room<any, any>, readonly client: Client) {
    room.onMessage('*', (type, payload) => {
      const t = String(type);
      if (t === 'ping') room.send('pong', payload);
      if (t === 'welcome') this.welcome = payload;
      this.messages.push({ type: t, payload });
      for (const l of this.listeners) if (l.type === t) l.fn(payload);
      this.waiters = this.waiters.filter((w) => (w.pred(t, payload) ? (w.resolve(payload), false) : true));
    });
  }

  /** Calls fn for every message of this type (the SDK allows one handler per type, so bots use this). */
  on(type: string, fn: (p: any) => void): void {
    this.listeners.push({ type, fn });
  }

  get state(): any {
    return this.room.state;
  }

  /** Resolves with a matching message: an already received one (unless past=false) or the next. */
  next(type: string, pred: (p: any) => boolean = () => true, timeoutMs = 60_000, past = true): Promise<any> {
    if (past) {
      const found = this.messages.find((m) => m.type === type && pred(m.payload));
      if (found) return Promise.resolve(found.payload);
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timeout waiting for ${type}`)), timeoutMs);
      this.waiters.push({ pred: (t, p) => t === type && pred(p), resolve: (p) => (clearTimeout(timer), resolve(p)) });
    });
  }

  of(type: string): any[] {
    return this.messages.filter((m) => m.type === type).map((m) => m.payload);
  }

  send(type: string, payload?: unknown): void {
    this.room.send(type, payload);
  }
}

/** Polls until check() is truthy. */
export async function until(check: () => unknown, timeoutMs = 60_000, what = 'condition'): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timeout waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The test trainer every hosting helper signs in as (created by first-run setup when needed). */
export const TEST_TRAINER = { company: 'Testbetrieb GmbH', login: 'test-host', password: 'Test-Host-2026!' };
const signedIn = new Map<string, Promise<Record<string, string>>>();

/**
 * Request headers of a signed-in trainer on this server: a browser's session cookie and
 * Origin, which hosting needs. Runs first-run setup on a fresh server, else signs in.
 */
export function trainerHeaders(url: string): Promise<Record<string, string>> {
  let headers = signedIn.get(url);
  if (!headers) {
    headers = (async () => {
      const api = new ApiClient(url);
      const setup = await api.call('GET', '/api/setup');
      const reply = setup.body?.setupNeeded ? await api.call('POST', '/api/setup', TEST_TRAINER) : await api.login(TEST_TRAINER.login, TEST_TRAINER.password);
      if (reply.status >= 300) throw new Error(`test trainer could not sign in (${reply.status} ${reply.text}); the database has another first company`);
      return browserHeaders(api);
    })();
    signedIn.set(url, headers);
    headers.catch(() => signedIn.delete(url));
  }
  return headers;
}

/** What a browser of this API client's sign-in sends with a WebSocket: its cookies and Origin. */
export function browserHeaders(api: ApiClient): Record<string, string> {
  return { origin: api.baseUrl, cookie: [...api.cookies].map(([k, v]) => `${k}=${v}`).join('; ') };
}

/** Opens a hosted round as the signed-in test trainer, or as whoever `headers` sign in. */
export async function hostSession(url: string, extra: Record<string, unknown> = {}, headers?: Record<string, string>): Promise<Bot> {
  const client = new Client(url, { headers: headers ?? (await trainerHeaders(url)) });
  const room = await client.create(ROOM_SESSION, { protocol: PROTOCOL_VERSION, role: 'host', ...extra }, SessionState);
  const bot = new Bot(room, client);
  await bot.next('welcome', () => true, 10_000, true);
  return bot;
}

export async function lookupRoom(url: string, code: string): Promise<{ status: number; body: any }> {
  const res = await fetch(`${url}/api/sessions/${code}`);
  return { status: res.status, body: await res.json() };
}

export async function joinPlayer(url: string, code: string, nickname: string, extra: Record<string, unknown> = {}): Promise<Bot> {
  const { body } = await lookupRoom(url, code);
  return joinById(url, body.roomId, { nickname, code, ...extra });
}

/**
 * Joins a room by id as a player (or `role: 'host'`). A new player proves the code as the web
 * client does; without `code` in options the helper takes the code the (local) room shows.
 */
export async function joinById(url: string, roomId: string, options: Record<string, unknown>): Promise<Bot> {
  // Taking over as host needs the trainer's sign-in, as in the browser.
  const client = options.role === 'host' ? new Client(url, { headers: await trainerHeaders(url) }) : new Client(url);
  const proof = options.role === 'host' || options.key !== undefined || 'code' in options ? {} : { code: (matchMaker.getLocalRoomById(roomId)?.state as { code?: string } | undefined)?.code };
  const room = await client.joinById(roomId, { protocol: PROTOCOL_VERSION, role: 'player', ...proof, ...options }, SessionState);
  const bot = new Bot(room, client);
  await bot.next('welcome', () => true, 10_000, true);
  return bot;
}

/** Answers every stimulus cue of a Reaktion round after rtMs (an honest client). */
export function playReaktion(bot: Bot, rtMs: (trial: number) => number | 'skip' = () => 220): void {
  bot.on('cue', (cue: any) => {
    if (cue.kind !== 'stimulus') return;
    const rt = rtMs(cue.trial);
    if (rt === 'skip') return;
    setTimeout(() => bot.send('answer', { round: cue.round, data: { trial: cue.trial, rtMs: rt } }), Math.max(0, cue.at + rt - Date.now()));
  });
}

/**
 * Answers the probe game's one cue after rtMs (tests/helpers/probe-game.ts: its wire is a
 * one-trial Reaktion's, so the same honest client serves; score = 1000 − rtMs).
 */
export function playProbe(bot: Bot, rtMs: () => number | 'skip' = () => 220): void {
  playReaktion(bot, rtMs);
}

/** Browsers close with 1001 (going away) on a reload or closed tab; the WHATWG WebSocket the SDK uses on Node ≥ 22 lets a script send only 1000 or 3000–4999. */
const GOING_AWAY = 1001;
const NORMAL_CLOSURE = 1000;

/**
 * A page reload or a closed tab: the socket goes, and nothing reconnects by itself. Closes with
 * 1001 where the transport allows it (the ws package, Node 20), else 1000; the server treats
 * both alike (anything but 4000, consented, is a drop that holds the seat).
 */
export function closeLikeReload(bot: Bot): void {
  bot.room.reconnection.enabled = false;
  const ws = (bot.room.connection as unknown as { transport: { ws: { close(code?: number): void } } }).transport.ws;
  try {
    ws.close(GOING_AWAY);
  } catch {
    ws.close(NORMAL_CLOSURE);
  }
}

/** Error code of a refused join. */
export async function joinError(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('join unexpectedly succeeded');
}
