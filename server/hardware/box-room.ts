import type { ErrorCode } from '../../shared/protocol/errors.ts';
import type { BoxDown, BoxLobbyEntry, BoxMode, BoxUp, LatencySummary } from '../../shared/protocol/hardware.ts';
import type { CueMessage, ServerMessages, ServerMessageType } from '../../shared/protocol/messages.ts';
import type { BoxAuth } from '../repositories/box-repository.ts';
import type { Connections, RoundStore, SessionClient } from '../rooms/session-ports.ts';
import { newNonce } from './box-crypto.ts';
import type { BoxHub, BoxRoomPort } from './box-hub.ts';
import { BoxCommands } from './box-commands.ts';
import type { BoxRoomSide, RoomBox } from './box-types.ts';
import type { Seat } from '../rooms/seats.ts';
import { InputLatency } from './input-latency.ts';

// One hosted room's boxes: who waits in the lobby, who plays on which seat, the trial nonces
// and stimulus times of the running round. A box seat is a roster seat like a phone's; its
// "connection" is a pseudo client (session id `box:<id>`) whose `send` goes out over MQTT, so
// the phase machine, latency pings and acks reach a box without knowing it is one.

const BOX_SESSION_PREFIX = 'box:';

export class BoxRoom implements BoxRoomPort {
  readonly boxes = new Map<string, RoomBox>();
  /** Scheduled stimulus onsets (server ms) per `round:trial` of the running round. */
  private readonly onsets = new Map<string, number>();
  private cueRound = -1;
  readonly commands: BoxCommands;
  /** Transport latency per input kind in the running round (issue 23 §3). */
  readonly latency = new InputLatency();

  /** Modality of each stimulus of the running round (`round:trial`): a phone's press on a sound is "phone-sound". */
  private readonly modalities = new Map<string, string>();

  constructor(
    private readonly hub: BoxHub,
    private readonly side: BoxRoomSide,
    private readonly onLatency: (summary: LatencySummary) => void,
    private readonly now: () => number,
  ) {
    this.commands = new BoxCommands(this, side);
  }

  companyId(): string | null {
    return this.side.companyId();
  }

  code(): string {
    return this.side.code();
  }

  /** Sends a body to a box of this room. */
  send(entry: RoomBox, body: BoxDown): void {
    this.hub.send(entry.box, body);
  }

  /** The host's lobby list, sent on every change. */
  lobby(): BoxLobbyEntry[] {
    return [...this.boxes.values()].map((b) => ({ boxId: b.box.id, label: this.side.seatOf(b)?.nickname ?? b.box.label, mode: b.mode, state: b.state, playerId: b.seatId }));
  }

  hello(box: BoxAuth, mode: BoxMode): ErrorCode | null {
    if (this.side.phase() === 'podium') return 'BOX_SESSION';
    const known = this.boxes.get(box.id);
    if (known?.state === 'admitted') {
      known.mode = mode;
      const seat = this.side.seatOf(known);
      if (!seat) return this.forget(known), 'BOX_NOT_ADMITTED';
      this.side.retake(seat, BoxRoom.sessionIdOf(box.id), mode);
      this.send(known, { t: 'status', state: 'admitted', name: seat.nickname, mode });
      return null;
    }
    // After a server restart the session kept the box's seat (name, card, points): the same box
    // — the gateway checked its key and that it is not revoked, the hub its company — takes it back.
    const kept = known ? undefined : this.side.keptSeat(box.id);
    if (kept) return this.retakeKept(box, mode, kept), null;
    const entry: RoomBox = known ?? { box, mode, state: 'pending', seatId: null, nonces: new Map() };
    entry.mode = mode;
    this.boxes.set(box.id, entry);
    this.side.notifyHost(this.lobby());
    this.send(entry, { t: 'status', state: 'pending', name: box.label, mode });
    return null;
  }

  /** A box back after a restart: admitted onto its kept seat without a new pairing. */
  private retakeKept(box: BoxAuth, mode: BoxMode, seat: Seat): void {
    const entry: RoomBox = { box, mode, state: 'admitted', seatId: seat.id, nonces: new Map() };
    this.boxes.set(box.id, entry);
    this.side.retake(seat, BoxRoom.sessionIdOf(box.id), mode);
    this.send(entry, { t: 'status', state: 'admitted', name: seat.nickname, mode });
    this.side.notifyHost(this.lobby());
    this.side.measureLatency(seat);
  }

  receive(box: BoxAuth, msg: Exclude<BoxUp, { t: 'hello' | 'time' }>, arrivedAt: number): ErrorCode | null {
    const entry = this.boxes.get(box.id);
    const seat = entry && this.side.seatOf(entry);
    if (!entry || entry.state !== 'admitted' || !seat) return 'BOX_NOT_ADMITTED';
    switch (msg.t) {
      case 'pong':
        return this.side.recordPong(seat, msg.s) ? null : 'BOX_REPLAY';
      case 'bye':
        this.side.drop(seat);
        return null;
      case 'press': {
        const key = `${msg.round}:${msg.trial}`;
        const issued = entry.nonces.get(key);
        if (!issued || issued.used || issued.nonce !== msg.nonce) return 'BOX_REPLAY';
        issued.used = true;
        const onset = this.onsets.get(key);
        // Transport latency: arrival minus the press on the server clock (box stimulus: onset + own time).
        const pressedAt = entry.mode === 'stimulus' ? (onset !== undefined && msg.rtUs !== null ? onset + msg.rtUs / 1000 : null) : msg.at;
        if (pressedAt !== null) this.latency.add('box', arrivedAt - pressedAt);
        const rtMs = entry.mode === 'stimulus'
          ? (msg.rtUs === null ? null : msg.rtUs / 1000)
          : msg.at === null || onset === undefined || msg.at < onset ? null : msg.at - onset;
        return this.side.answer(seat, { round: msg.round, data: { trial: msg.trial, rtMs } });
      }
    }
  }

  release(boxId: string, why: 'revoked' | 'flooded' | 'moved'): void {
    const entry = this.boxes.get(boxId);
    if (!entry) {
      // A seat kept over a restart whose box has not come back: a revoked box loses it now.
      const kept = why === 'revoked' ? this.side.keptSeat(boxId) : undefined;
      if (kept) this.side.remove(kept, 'CARD_REVOKED');
      return;
    }
    const seat = this.side.seatOf(entry);
    if (why === 'flooded') {
      if (seat) this.side.drop(seat);
      return;
    }
    if (seat && why === 'revoked') this.side.remove(seat, 'CARD_REVOKED');
    else if (seat) this.side.drop(seat);
    if (why === 'revoked') this.send(entry, { t: 'status', state: 'revoked', name: entry.box.label, mode: null });
    if (!seat || why === 'revoked') this.forget(entry);
  }

  /** Removes a box from this room's lists (and its binding in the hub). */
  forget(entry: RoomBox): void {
    this.boxes.delete(entry.box.id);
    this.hub.unbind(entry.box.id, this);
    this.side.notifyHost(this.lobby());
  }

  /** The room's connections with the box seats' pseudo clients added. */
  connections(inner: Connections): Connections {
    return {
      getById: (sessionId) => {
        if (!sessionId.startsWith(BOX_SESSION_PREFIX)) {
          const client = inner.getById(sessionId);
          return client && this.side.phase() === 'play' && this.side.gameId() === 'reaktion' ? this.timedPhone(client) : client;
        }
        const entry = this.boxes.get(sessionId.slice(BOX_SESSION_PREFIX.length));
        return entry ? this.pseudoClient(entry, sessionId) : undefined;
      },
    };
  }

  /** A phone's connection whose acks in a Reaktion round are timed (press → arrival) for the latency summary. */
  private timedPhone(client: SessionClient): SessionClient {
    const send = (type: ServerMessageType, payload: unknown) => {
      const p = payload as Record<string, unknown>;
      const key = `${String(p.round)}:${String(p.trial)}`;
      const onset = this.onsets.get(key);
      const claimed = typeof p.claimedMs === 'number' ? p.claimedMs : p.rtMs;
      if (type === 'ack' && p.outcome === 'hit' && onset !== undefined && typeof claimed === 'number') {
        this.latency.add(this.modalities.get(key) === 'audio' ? 'phone-sound' : 'phone-touch', this.now() - (onset + claimed));
      }
      return (client.send as (t: string, p: unknown) => void)(type, payload);
    };
    return new Proxy(client, {
      get: (target, prop) => {
        if (prop === 'send') return send;
        const v = Reflect.get(target, prop, target) as unknown;
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
      },
    });
  }

  /** Every broadcast passes here too: Reaktion's cues become trial nonces and stimulus times for boxes. */
  onBroadcast<K extends ServerMessageType>(type: K, payload: ServerMessages[K]): void {
    if (type !== 'cue' || this.side.gameId() !== 'reaktion') return;
    const cue = payload as CueMessage;
    if (cue.round !== this.cueRound) {
      this.cueRound = cue.round;
      this.onsets.clear();
      this.modalities.clear();
      this.latency.clear();
      for (const b of this.boxes.values()) b.nonces.clear();
    }
    const trial = Number(cue.trial);
    const key = `${cue.round}:${trial}`;
    if (cue.kind === 'stimulus') {
      this.onsets.set(key, cue.at);
      this.modalities.set(key, String(cue.modality));
    }
    for (const entry of this.boxes.values()) {
      if (entry.state !== 'admitted') continue;
      if (cue.kind === 'ready') {
        const nonce = newNonce();
        entry.nonces.set(key, { nonce, used: false });
        this.send(entry, { t: 'trial', round: cue.round, trial, nonce });
      } else if (cue.kind === 'stimulus') {
        this.send(entry, { t: 'stimulus', round: cue.round, trial, at: cue.at, modality: cue.modality === 'audio' ? 'audio' : 'visual' });
      }
    }
  }

  /** Marks the results of box seats in a stored round (`detail.input`, `detail.boxMode`): boards keep them apart. */
  markStore(store: RoundStore): RoundStore {
    return {
      saveRound: (record) => {
        for (const r of record.results) {
          const entry = [...this.boxes.values()].find((b) => b.seatId === r.playerId);
          if (entry) Object.assign(r.detail as Record<string, unknown>, { input: 'box', boxMode: entry.mode });
        }
        if (record.gameId === 'reaktion') this.onLatency(this.latency.summary());
        return store.saveRound(record);
      },
      endSession: () => store.endSession(),
      reopenSession: () => store.reopenSession(),
    };
  }

  /** The session id a box seat is held by. */
  static sessionIdOf(boxId: string): string {
    return `${BOX_SESSION_PREFIX}${boxId}`;
  }

  private pseudoClient(entry: RoomBox, sessionId: string): SessionClient {
    const client = {
      sessionId,
      send: (type: ServerMessageType, payload: unknown) => {
        const p = payload as Record<string, unknown>;
        if (type === 'ping') this.send(entry, { t: 'ping', s: p.s as number });
        else if (type === 'ack') {
          this.send(entry, { t: 'ack', round: p.round as number, trial: (p.trial as number | null) ?? null, outcome: (p.outcome as string | null) ?? null, rtMs: (p.rtMs as number | null | undefined) ?? null, ...(p.error ? { error: p.error as ErrorCode } : {}) });
        } else if (type === 'kicked') {
          this.send(entry, { t: 'status', state: 'removed', name: entry.box.label, mode: null });
          this.forget(entry);
        }
      },
      leave: () => {},
    };
    return client as unknown as SessionClient;
  }
}
