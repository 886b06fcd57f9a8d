import type { BoxLobbyEntry, LatencySummary } from '../../shared/protocol/hardware.ts';
import { CLOSE_REPLACED } from '../../shared/protocol/constants.ts';
import { isErrorCode, type ErrorCode } from '../../shared/protocol/errors.ts';
import type { ClientMessageType, ClientPayloadArgs } from '../../shared/protocol/client-messages.ts';
import type { AckMessage, BoardMessage, CueMessage, MyRankMessage, PersonalBestMessage, PingMessage, Role, StandingMessage, WelcomeMessage } from '../../shared/protocol/messages.ts';
import { ClockSync } from './clock-sync.ts';
import type { SessionRoom } from './connection.ts';
import { ownPlayer, toSnapshot, type SessionSnapshot } from './snapshot.ts';

// One joined room: state snapshots, server messages, clock sync and the connection's life.
// The SDK reconnects by itself after an abnormal close; we widen its limits so a Wi-Fi
// blip of ten seconds or more (and a drop right after joining) is survived.

/** Why the connection ended for good (not a drop the SDK retries). */
export type EndReason = 'kicked' | 'replaced' | 'lost';

export interface SessionEvents {
  state: (s: SessionSnapshot) => void;
  cue: (cue: CueMessage) => void;
  ack: (ack: AckMessage) => void;
  personalBest: (pb: PersonalBestMessage) => void;
  board: (board: BoardMessage) => void;
  myRank: (rank: MyRankMessage) => void;
  error: (code: ErrorCode, type: string | undefined) => void;
  dropped: () => void;
  reconnected: () => void;
  ended: (reason: EndReason) => void;
  /** Host only: the buzzer box list or a round's input latency changed (`boxes`, `inputLatency`). */
  hardware: () => void;
}

const WELCOME_TIMEOUT_MS = 10_000;

export class GameSession {
  readonly clock: ClockSync;
  snapshot: SessionSnapshot | null = null;
  welcome: WelcomeMessage | null = null;
  private readonly handlers: { [K in keyof SessionEvents]: Set<SessionEvents[K]> } = {
    state: new Set(), cue: new Set(), ack: new Set(), personalBest: new Set(), board: new Set(), myRank: new Set(), error: new Set(),
    dropped: new Set(), reconnected: new Set(), ended: new Set(), hardware: new Set(),
  };
  /** Host only: buzzer boxes waiting in the lobby or playing (docs/HARDWARE.md). */
  boxes: BoxLobbyEntry[] = [];
  /** Host only: transport latency per input kind of the last stored Reaktion round. */
  inputLatency: LatencySummary | null = null;
  /** Cues of the latest round, so a scene that mounts late can still catch up. */
  private cues: CueMessage[] = [];
  private kicked = false;
  /** Why the server removed this client (KICKED by the host, CARD_REVOKED, SESSION_CLOSED). */
  kickCode: ErrorCode = 'KICKED';
  private leaving = false;
  /** A player's own figures: the shared state lists only the leaders (docs/PROTOCOL.md §4). */
  private standing: StandingMessage | null = null;

  private constructor(readonly room: SessionRoom) {
    this.clock = new ClockSync((type, payload) => this.send(type, payload));
    Object.assign(room.reconnection, { maxRetries: 30, minDelay: 250, maxDelay: 2000, minUptime: 0 });
    room.onMessage('ping', (m: PingMessage) => this.send('pong', m)); // at once: it measures our latency
    room.onMessage('time', (m: unknown) => this.clock.handleReply(m));
    room.onMessage('welcome', (m: WelcomeMessage) => {
      this.welcome = m;
      this.clock.seed(m.serverNow);
      this.clock.burst();
    });
    room.onMessage('cue', (m: CueMessage) => {
      if (this.cues[0] && this.cues[0].round !== m.round) this.cues = [];
      this.cues.push(m);
      this.emit('cue', m);
    });
    room.onMessage('ack', (m: AckMessage) => {
      if (this.standing && typeof m?.answered === 'number') this.standing = { ...this.standing, answered: m.answered };
      this.emit('ack', m);
    });
    room.onMessage('standing', (m: StandingMessage) => {
      if (typeof m?.score !== 'number') return;
      this.standing = m;
      if (this.snapshot) this.refreshSnapshot(); // else the first state will carry it
    });
    room.onMessage('personalBest', (m: PersonalBestMessage) => this.emit('personalBest', m));
    room.onMessage('board', (m: BoardMessage) => {
      if (Array.isArray(m?.entries)) this.emit('board', m);
    });
    room.onMessage('myRank', (m: MyRankMessage) => {
      if (typeof m?.rounds === 'number') this.emit('myRank', m);
    });
    room.onMessage('error', (m: { code?: unknown; type?: unknown }) => {
      this.emit('error', isErrorCode(m?.code) ? m.code : 'SERVER_ERROR', typeof m?.type === 'string' ? m.type : undefined);
    });
    room.onMessage('kicked', (m: { code?: unknown } | undefined) => {
      this.kicked = true;
      if (isErrorCode(m?.code)) this.kickCode = m.code;
    });
    room.onMessage('boxes', (m: { boxes?: unknown }) => {
      if (!Array.isArray(m?.boxes)) return;
      this.boxes = m.boxes as BoxLobbyEntry[];
      this.emit('hardware');
    });
    room.onMessage('inputLatency', (m: LatencySummary) => {
      if (!m?.box) return;
      this.inputLatency = m;
      this.emit('hardware');
    });
    room.onMessage('*', () => {}); // newer servers may send more; never warn or crash
    room.onStateChange(() => {
      const before = this.snapshot?.phase;
      const phase = this.room.state.phase;
      if (phase === 'countdown' && before !== 'countdown') {
        // A new run of a round: old cues are void, no answers yet, and the clock is measured afresh.
        this.cues = [];
        if (this.standing) this.standing = { ...this.standing, answered: 0 };
        if (before !== undefined) this.clock.burst();
      }
      this.refreshSnapshot();
    });
    room.onDrop(() => this.emit('dropped'));
    room.onReconnect(() => {
      this.emit('reconnected');
      this.clock.burst();
    });
    room.onLeave((code: number) => {
      this.clock.dispose();
      if (this.leaving) return;
      this.emit('ended', this.kicked ? 'kicked' : code === CLOSE_REPLACED ? 'replaced' : 'lost');
    });
  }

  /** Wraps a just-joined room; resolves once `welcome` and the first state are in. */
  static open(room: SessionRoom): Promise<GameSession> {
    const session = new GameSession(room);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('SERVER_ERROR')), WELCOME_TIMEOUT_MS);
      const check = () => {
        if (!session.welcome || !session.snapshot) return;
        clearTimeout(timer);
        off();
        resolve(session);
      };
      const off = session.on('state', check);
      room.onMessage('welcome', () => queueMicrotask(check));
    });
  }

  /** Rebuilds the snapshot from the state (and a player's own figures) and tells the screens. */
  private refreshSnapshot(): void {
    if (!this.room.state) return;
    const id = this.playerId;
    const own = id && this.role === 'player' ? ownPlayer(id, this.welcome?.nickname ?? '', this.standing) : null;
    this.snapshot = toSnapshot(this.room.state, own);
    this.emit('state', this.snapshot);
  }

  get role(): Role {
    return this.welcome?.role ?? 'player';
  }

  get playerId(): string | null {
    return this.welcome?.playerId || null;
  }

  on<K extends keyof SessionEvents>(event: K, fn: SessionEvents[K]): () => void {
    this.handlers[event].add(fn);
    return () => this.handlers[event].delete(fn);
  }

  private emit<K extends keyof SessionEvents>(event: K, ...args: Parameters<SessionEvents[K]>): void {
    for (const fn of Array.from(this.handlers[event])) (fn as (...a: Parameters<SessionEvents[K]>) => void)(...args);
  }

  /** Cues already received for `round` (oldest first). */
  cuesOf(round: number): CueMessage[] {
    return this.cues.filter((c) => c.round === round);
  }

  /** Sends one client message (shared/protocol/client-messages.ts): a payload exactly when its type has one. */
  send<K extends ClientMessageType>(type: K, ...payload: ClientPayloadArgs<K>): void {
    this.room.send(type, payload[0]);
  }

  /** Plain JSON of the live state as the screens see it (a player's own entry included), for the test hook. */
  stateJson(): unknown {
    return this.snapshot;
  }

  /** Leaves on purpose: no reconnection, no `ended` event. */
  async leave(): Promise<void> {
    this.leaving = true;
    this.clock.dispose();
    for (const set of Object.values(this.handlers)) set.clear();
    try {
      await Promise.race([this.room.leave(true), new Promise((r) => setTimeout(r, 1500))]);
    } catch {
      // Already closed.
    }
  }
}
