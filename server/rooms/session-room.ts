import { randomInt } from 'node:crypto';
import { Room, type AuthContext } from '@colyseus/core';
import { StateView } from '@colyseus/schema';
import { CLIENT_MESSAGES, HOST_MESSAGES, type ClientMessageType } from '../../shared/protocol/messages.ts';
import { CLOSE_KICKED, CLOSE_REPLACED, MAX_MESSAGES_PER_SECOND, ROOM_SOLO } from '../../shared/protocol/constants.ts';
import type { ErrorCode } from '../../shared/protocol/errors.ts';
import { PlayerState, RemovedState, SessionState } from '../../shared/protocol/state.ts';
import type { GameRegistry } from '../../shared/games/registry.ts';
import type { CardThrottle } from '../auth/card-throttle.ts';
import { logError, logRoomException } from '../log.ts';
import type { ApprenticeRepository } from '../repositories/apprentice-repository.ts';
import type { BoardRepository } from '../repositories/board-repository.ts';
import type { SessionRepository } from '../repositories/session-repository.ts';
import type { TrainerRepository } from '../repositories/trainer-repository.ts';
import { parseJoinOptions, refuse, type ParsedJoin } from './join-options.ts';
import { releaseJoinCode, reserveJoinCode } from './join-codes.ts';
import { proofRefusal, realSlotsFull, reservationRefusal, type AdmissionView } from './admission.ts';
import { sendPersonalBests, sendWeekBoards, type FeedbackTarget } from './round-feedback.ts';
import { cardHolder, hostIdentity, VERIFIED_HOST, type HostIdentity } from './room-auth.ts';
import { closedForAbuse, watchForOversize } from './abuse.ts';
import { Removals } from './removals.ts';
import { admitPlayer, earlyRefusal, refuseNewSeat, type SeatRoom } from './seat-admission.ts';
import { newSecret, Seats, type Seat } from './seats.ts';
import { SessionFlow, type FlowTimings } from './session-flow.ts';
import { standingOf } from './standings.ts';
import type { SoloLimits } from './solo-limits.ts';
import { listenForRevocations, type Revocation } from './revocations.ts';
import { Readiness } from './readiness.ts';
import { AggregateThrottle, dropEmptyPatches } from './quiet-patches.ts';
import { routeMessage, type ClientData, type MessageContext, type SessionClient } from './session-messages.ts';

export interface RoomDeps {
  sessions: SessionRepository;
  trainers: TrainerRepository;
  apprentices: ApprenticeRepository;
  boards: BoardRepository;
  /** Paces wrong card codes per address. */
  cardThrottle: CardThrottle;
  /** Bounds anonymous solo rooms and practice rounds per address and device. */
  soloLimits: SoloLimits;
  buildId: string;
  /** The games this server plays (server/app.ts passes the registry; tests may add a probe game). */
  games: GameRegistry;
  reconnectGraceS: number;
  maxPlayers: number;
  timings: FlowTimings;
  now?: () => number;
}

interface JoinAuth extends ClientData {
  join: ParsedJoin;
  /** The apprentice of a card join. */
  apprenticeId?: string;
}

/** A host's page may be closed longer than a player's (projector laptop asleep). */
const HOST_GRACE_S = 600;
/** Seconds between a seat reservation (HTTP) and its WebSocket before it lapses: a slow phone on a busy Wi-Fi (or a class reloading at once) needs them; unused reservations never count toward a full round, so a longer time costs nothing but a little memory. */
export const SEAT_RESERVATION_S = 15;

/** Builds the room class with its dependencies bound (rooms stay thin adapters). */
export function createSessionRoom(deps: RoomDeps) {
  const now = deps.now ?? Date.now;

  return class SessionRoom extends Room<{ state: SessionState; client: SessionClient }> {
    // Room slots never limit anyone: held seats, rejoins and a burst of joins would share
    // them and meet the matchmaker's raw "locked". The seat limit is ours (seat-admission.ts).
    override maxClients = Number.MAX_SAFE_INTEGER;
    override maxMessagesPerSecond = MAX_MESSAGES_PER_SECOND;
    override seatReservationTimeout = SEAT_RESERVATION_S;
    override state = new SessionState();
    private readonly seats = new Seats();
    /** What only the host sees (every player's figures); one view, handed to each host connection. */
    private readonly hostView = new StateView();
    private readonly aggregates = new AggregateThrottle(now);
    /** Ends this room's share of the process's revocation subscription (revocations.ts). */
    private stopRevocations: () => void = () => {};
    private flow!: SessionFlow;
    private hostKey = newSecret(18);
    private hostSessionId: string | null = null;
    private hostClaimed = false;
    /** The trainer who hosts now, and whether hosting was revoked (disabled trainer or company). */
    private hostTrainerId: string | null = null;
    private hostRevoked = false;
    private readonly removals = new Removals();
    private soloGame: { gameId: string; level: number } | null = null;
    /** Who practises in this solo room, for the bound on stored rounds. */
    private soloSource = { address: 'ip:unknown', device: '' };
    /** The company this hosted session belongs to: the first host's (null until then, and for solo). */
    private companyId: string | null = null;
    /** Which phones have which game code loaded (`ready`). */
    private readonly readiness = new Readiness();
    private readonly messageContext: MessageContext = {
      now,
      state: this.state,
      seats: this.seats,
      flow: () => this.flow,
      kick: (playerId) => this.kick(playerId),
      readmit: (playerId) => {
        if (!this.removals.undo(playerId)) return 'PLAYER_NOT_FOUND';
        this.state.removed.delete(playerId);
        return null;
      },
      playlistChanged: (items) => deps.sessions.updatePlaylist(this.roomId, items).catch((e) => logError(`room ${this.roomId} playlist`, e)),
      markReady: (seatId, games) => {
        this.readiness.mark(seatId, games);
        this.refreshReady();
      },
      // "Noch eine Runde" is a fresh start: who is gone for good leaves, the others start with no rounds played.
      dropLeftSeats: () => {
        for (const seat of this.seats.all()) {
          if (seat.sessionId === null) this.removeSeat(seat);
          else seat.rounds = 0;
        }
      },
    };

    override async onCreate(options: unknown) {
      const join = parseJoinOptions(options, deps.buildId, deps.games);
      const solo = this.roomName === ROOM_SOLO;
      if (solo ? join.role !== 'player' || !join.gameId : join.role !== 'host') throw refuse('JOIN_INVALID');
      this.state.mode = solo ? 'solo' : 'hosted';
      // Never listed: reachable only by id, after the code look-up (or by its creator).
      await this.setPrivate(true);
      if (solo) this.soloGame = { gameId: join.gameId as string, level: join.level };
      else this.state.code = await reserveJoinCode(this.presence, this.roomId);
      await this.setMetadata({ code: this.state.code });
      this.flow = new SessionFlow(this.state, this.seats, deps.timings, {
        now,
        newSeed: () => randomInt(0, 2 ** 31),
        broadcast: (type, payload) => this.broadcast(type, payload),
        send: (seat, type, payload) => this.clientOf(seat)?.send(type, payload),
        measureLatency: (seat) => this.measureLatency(seat),
        saveRound: (record) => deps.sessions.saveRound({ sessionId: this.roomId, companyId: this.companyId, ...record }),
        roundSaved: (seats) => void this.afterRound(seats, solo),
        endSession: () => deps.sessions.endSession(this.roomId),
        reopenSession: () => deps.sessions.reopenSession(this.roomId),
        fail: (err) => logError(`room ${this.roomId}`, err),
        allReady: (gameId) => this.readiness.allReportingReady(this.connectedSeatIds(), gameId),
      }, deps.games);
      // The default playlist: the registry's first game (the room names no game itself).
      const first = deps.games.all[0];
      if (!solo && first) this.flow.setPlaylist([{ gameId: first.id, level: first.levels[0] ?? 1, rounds: 3 }]);
      await deps.sessions.createSession({ id: this.roomId, mode: this.state.mode as 'hosted' | 'solo', code: this.state.code, playlist: this.state.playlist.toJSON() });
      this.stopRevocations = await listenForRevocations(this.presence, (r) => this.revoked(r));
      for (const type of CLIENT_MESSAGES) this.onMessage(type, (client, payload) => this.handle(type, client, payload));
      this.onMessage('*', (client, type) => this.reply(client, 'MESSAGE_UNKNOWN', String(type).slice(0, 40)));
    }

    /**
     * Matchmaking (HTTP, always sent to the page's own origin), before any room exists:
     * creating or taking over a hosted round needs a signed-in trainer from our own origin.
     * The verified trainer rides along in the join options to the room (possibly on another
     * process); a value a client put there itself is always removed first. The WebSocket
     * that follows carries no credential, only the seat reserved here. Players pass; the
     * room checks them in onAuth below.
     */
    static override async onAuth(_token: string, options: unknown, context: AuthContext): Promise<true> {
      const join = parseJoinOptions(options, deps.buildId, deps.games);
      const raw = options as Record<string, unknown>;
      delete raw[VERIFIED_HOST];
      if (join.role === 'host') raw[VERIFIED_HOST] = await hostIdentity(deps.trainers, context);
      // Only a solo room is asked for with a game: bound new ones per address and device.
      else if (join.gameId !== null && !(await deps.soloLimits.admitRoom(`ip:${context.ip ?? 'unknown'}`, join.practiceId))) throw refuse('RATE_LIMITED');
      return true;
    }

    override async onAuth(_client: SessionClient, options: unknown, context: AuthContext): Promise<JoinAuth> {
      const join = parseJoinOptions(options, deps.buildId, deps.games);
      // The solo room's creator is its only player: it needs no code (there is none).
      const proof = this.state.mode === 'solo' && this.seats.size === 0 ? null : proofRefusal(options, this.admissionView());
      if (proof) throw refuse(proof);
      if (join.role === 'host') {
        if (this.state.mode === 'solo') throw refuse('JOIN_INVALID');
        const host = (options as Record<string, unknown>)[VERIFIED_HOST] as HostIdentity | undefined;
        if (!host) throw refuse('AUTH_REQUIRED');
        if (this.companyId !== null && host.companyId !== this.companyId) throw refuse('HOST_KEY_INVALID');
        if (join.key ? join.key !== this.hostKey : this.hostClaimed) throw refuse('HOST_KEY_INVALID');
        if (this.hostRevoked) throw refuse('AUTH_REQUIRED');
        this.hostClaimed = true;
        this.hostTrainerId = host.trainerId;
        if (this.companyId === null) {
          this.companyId = host.companyId;
          await deps.sessions.assignOwner(this.roomId, host.companyId, host.trainerId);
        }
        return { role: 'host', seatId: null, join };
      }
      if (this.state.mode === 'solo') this.soloSource = { address: `ip:${context.ip ?? 'unknown'}`, device: join.practiceId ?? `room:${this.roomId}` };
      const admission = await admitPlayer(() => this.seatRoom(), join, (card) => cardHolder(deps.apprentices, deps.cardThrottle, card, this.companyId, context.ip));
      if (admission.seatId !== null) return { role: 'player', seatId: admission.seatId, join };
      return { role: 'player', seatId: null, join: { ...join, nickname: admission.nickname }, ...(admission.apprenticeId ? { apprenticeId: admission.apprenticeId } : {}) };
    }

    override onJoin(client: SessionClient, _options: unknown, auth: JoinAuth) {
      if (auth.role === 'host') {
        const previous = this.hostSessionId ? this.clients.getById(this.hostSessionId) : undefined;
        this.hostSessionId = client.sessionId;
        previous?.leave(CLOSE_REPLACED);
        this.state.hostConnected = true;
        client.view = this.hostView;
        client.userData = { role: 'host', seatId: null } satisfies ClientData;
        client.send('welcome', { role: 'host', playerId: '', key: this.hostKey, serverNow: now(), code: this.state.code, nickname: '' });
        return;
      }
      // A card that took a seat while this join waited for the database takes it over.
      let seat = auth.seatId ? this.seats.get(auth.seatId) : auth.apprenticeId ? this.seats.byApprentice(auth.apprenticeId) : undefined;
      if (seat) {
        this.takeOver(seat, client);
      } else {
        const nickname = auth.join.nickname as string;
        refuseNewSeat(this.seatRoom()); // others may have joined while this one waited
        if (this.seats.nicknameTaken(nickname)) throw refuse('NICKNAME_TAKEN'); // lost a race
        seat = this.seats.add(nickname, client.sessionId, auth.join.practiceId, auth.apprenticeId ?? null, auth.join.deviceId);
        const added = new PlayerState({ id: seat.id, nickname });
        this.state.players.set(seat.id, added);
        this.hostView.add(added);
      }
      const player = this.state.players.get(seat.id);
      if (player) player.connected = true;
      this.flow.present(seat);
      client.userData = { role: 'player', seatId: seat.id } satisfies ClientData;
      watchForOversize(client);
      dropEmptyPatches(client);
      client.send('welcome', { role: 'player', playerId: seat.id, key: seat.key, serverNow: now(), code: this.state.code, nickname: seat.nickname });
      this.sendStanding(seat, client);
      this.measureLatency(seat);
      this.refreshReady();
      if (this.soloGame && this.state.phase === 'lobby') this.flow.startSolo(this.soloGame.gameId, this.soloGame.level);
    }

    override onDrop(client: SessionClient, code?: number) {
      const data = client.userData as ClientData | undefined;
      if (data?.role === 'host') {
        if (this.hostSessionId !== client.sessionId) return;
        this.state.hostConnected = false;
        this.allowReconnection(client, HOST_GRACE_S).catch(() => {});
        return;
      }
      const seat = this.seats.bySession(client.sessionId);
      if (!seat) return;
      const player = this.state.players.get(seat.id);
      if (player) player.connected = false;
      this.refreshReady();
      // Closed for flooding or an oversized message: no seat is held (onLeave follows at once).
      if (closedForAbuse(client, code, this.maxMessagesPerSecond)) {
        seat.sessionId = null;
        this.removeSeat(seat);
        return;
      }
      const held = this.allowReconnection(client, deps.reconnectGraceS);
      const hold = { reject: (reason?: unknown) => held.reject(reason) };
      seat.held = hold;
      const done = () => {
        if (seat.held === hold) seat.held = null;
      };
      held.then(done, done);
    }

    override onReconnect(client: SessionClient) {
      const data = client.userData as ClientData | undefined;
      if (data?.role === 'host') {
        this.state.hostConnected = true;
        return;
      }
      dropEmptyPatches(client);
      const seat = this.seats.bySession(client.sessionId);
      const player = seat && this.state.players.get(seat.id);
      if (player) player.connected = true;
      this.refreshReady();
      if (seat) {
        watchForOversize(client);
        this.flow.present(seat);
        this.sendStanding(seat, client);
        this.measureLatency(seat);
      }
    }

    /** Gone for good (or left on purpose): a seat that played stays with its points until the session ends. */
    override onLeave(client: SessionClient) {
      const data = client.userData as ClientData | undefined;
      if (data?.role === 'host') {
        if (this.hostSessionId === client.sessionId) {
          this.hostSessionId = null;
          this.state.hostConnected = false;
        }
        return;
      }
      const seat = this.seats.bySession(client.sessionId);
      if (!seat) return;
      seat.sessionId = null;
      const player = this.state.players.get(seat.id);
      if (player) player.connected = false;
      if (this.state.phase !== 'podium' && seat.rounds === 0) this.removeSeat(seat);
    }

    /** The shared counters change at most a few times a second (a frame to every player each time). */
    override onBeforePatch() {
      this.aggregates.flush(this.state, () => ({ players: this.seats.size, answered: this.flow?.answeredCount ?? 0 }));
    }

    override async onDispose() {
      this.stopRevocations();
      this.flow?.dispose();
      if (this.state.code) await releaseJoinCode(this.presence, this.state.code).catch(() => {});
      await deps.sessions.endSession(this.roomId).catch((err) => logError(`room ${this.roomId} end`, err));
    }

    /** The matchmaker gate's question before reserving a seat (see matchmaker-gate.ts). */
    reservationRefusal(options: unknown): ErrorCode | null {
      const refusal = reservationRefusal(options, deps.buildId, deps.games, this.admissionView());
      if (refusal || this.state.mode === 'solo') return refusal;
      return earlyRefusal(this.seatRoom(), parseJoinOptions(options, deps.buildId, deps.games));
    }

    private admissionView(): AdmissionView {
      // A removed player's key passes here so that the room can say KICKED (seat-admission.ts).
      return { code: this.state.code, seatKeyValid: (key) => !!this.seats.byKey(key) || this.removals.shutsOut({ key }) };
    }

    /** Only real slots count toward maxClients: unused reservations never lock the round. */
    override hasReachedMaxClients(): boolean {
      return realSlotsFull(this);
    }

    /** Refusals thrown by the hooks are expected: one line with the code; never the join options. */
    override onUncaughtException(error: unknown, methodName: string) {
      logRoomException(this.roomId, methodName, error);
    }

    private seatRoom(): SeatRoom {
      return { seats: this.seats, removals: this.removals, phase: this.state.phase, solo: this.state.mode === 'solo', locked: this.state.locked, maxPlayers: deps.maxPlayers };
    }

    /** A new connection takes the seat: an older one (second tab, other device) is closed, a held reconnection cancelled. */
    private takeOver(seat: Seat, client: SessionClient) {
      const previous = seat.sessionId ? this.clients.getById(seat.sessionId) : undefined;
      seat.sessionId = client.sessionId;
      seat.held?.reject(false);
      seat.held = null;
      previous?.leave(CLOSE_REPLACED);
    }

    private removeSeat(seat: Seat) {
      this.seats.remove(seat.id);
      this.state.players.delete(seat.id);
      this.state.playerCount = this.seats.size;
      this.readiness.forget(seat.id);
      this.refreshReady();
    }

    /** The player's own figures: the shared state lists only the leaders. */
    private sendStanding(seat: Seat, client: SessionClient) {
      const standing = standingOf(this.state, seat.id, this.seats.size);
      if (standing) client.send('standing', standing);
    }

    private clientOf(seat: Seat): SessionClient | undefined {
      return seat.sessionId ? this.clients.getById(seat.sessionId) : undefined;
    }

    private reply(client: SessionClient, code: ErrorCode, type: string) {
      client.send('error', { code, type });
    }

    /** Routes one validated client message; every refusal is an `error` reply. */
    private handle(type: ClientMessageType, client: SessionClient, payload: unknown) {
      const data = client.userData as ClientData | undefined;
      if (!data) return;
      const soloControl = this.state.mode === 'solo' && (type === 'next' || type === 'end');
      if (HOST_MESSAGES.includes(type) && data.role !== 'host' && !soloControl) return this.reply(client, 'NOT_HOST', type);
      if (soloControl && type === 'next' && this.state.phase === 'reveal') return void this.nextSoloRound(client);
      const error = routeMessage(this.messageContext, type, client, data.seatId, payload);
      if (error) this.reply(client, error, type);
      else if (type === 'playlist' || type === 'kick' || type === 'again') this.refreshReady();
    }

    private connectedSeatIds(): string[] {
      return [...this.state.players.values()].filter((p) => p.connected).map((p) => p.id);
    }

    /** "n von m bereit": connected phones with every playlist game loaded. */
    private refreshReady() {
      const games = [...new Set(this.state.playlist.map((item) => item.gameId))];
      this.state.readyCount = this.readiness.count(this.connectedSeatIds(), games);
    }

    /** A new practice round, unless this device or address is over its rounds per minute. */
    private async nextSoloRound(client: SessionClient) {
      const admitted = await deps.soloLimits.admitRound(this.soloSource.address, this.soloSource.device || `room:${this.roomId}`).catch(() => true);
      if (!admitted) return this.reply(client, 'RATE_LIMITED', 'next');
      if (this.state.phase !== 'reveal') return; // moved on meanwhile
      const error = routeMessage(this.messageContext, 'next', client, (client.userData as ClientData).seatId, undefined);
      if (error) this.reply(client, error, 'next');
    }

    /** Removes a player for good (their seat key stops working); `code` says why. */
    private kick(playerId: string, code: ErrorCode = 'KICKED'): ErrorCode | null {
      const seat = this.seats.get(playerId);
      if (!seat) return 'PLAYER_NOT_FOUND';
      // The host's removal holds for the rest of the session; a revoked card only loses its seat.
      if (code === 'KICKED') {
        this.removals.add(seat);
        const removed = new RemovedState({ id: seat.id, nickname: seat.nickname });
        this.state.removed.set(seat.id, removed);
        this.hostView.add(removed);
      }
      const client = this.clientOf(seat);
      seat.held?.reject(false);
      this.removeSeat(seat);
      client?.send('kicked', { code });
      client?.leave(CLOSE_KICKED);
      return null;
    }

    /**
     * Someone lost their right to be here (published by the account routes, from any
     * process): a revoked, replaced or deleted card holder leaves; a disabled host trainer's
     * or company's session ends, and a disabled company's players are sent home.
     */
    private revoked(r: Revocation) {
      if (r.kind === 'apprentice') {
        const seat = this.seats.byApprentice(r.apprenticeId);
        if (seat) this.kick(seat.id, 'CARD_REVOKED');
        return;
      }
      const hostGone = r.kind === 'trainer' ? r.trainerId === this.hostTrainerId : r.companyId === this.companyId;
      if (!hostGone) return;
      this.hostRevoked = true;
      if (this.state.phase !== 'podium') this.flow.end();
      const host = this.hostSessionId ? this.clients.getById(this.hostSessionId) : undefined;
      host?.send('kicked', { code: 'SESSION_CLOSED' });
      host?.leave(CLOSE_KICKED);
      if (r.kind === 'company') {
        for (const client of this.clients) client.send('kicked', { code: 'SESSION_CLOSED' });
        this.clock.setTimeout(() => void this.disconnect(CLOSE_KICKED), 50);
      }
    }

    /** Three pings, 150 ms apart; pongs give the latency used when judging answers. */
    private measureLatency(seat: Seat) {
      for (let i = 0; i < 3; i++) {
        this.clock.setTimeout(() => {
          const client = this.clientOf(seat);
          if (!client) return;
          const s = now();
          this.seats.recordPing(seat, s);
          client.send('ping', { s });
        }, i * 150);
      }
    }

    /** After a stored round: boards and ranks (company session) or the personal best (solo). */
    private async afterRound(seats: Seat[], solo: boolean) {
      const target: FeedbackTarget = {
        gameId: this.state.gameId,
        level: this.state.level,
        now: now(),
        toHost: (type, payload) => (this.hostSessionId ? this.clients.getById(this.hostSessionId)?.send(type, payload) : undefined),
        toSeat: (seat, type, payload) => this.clientOf(seat)?.send(type, payload),
        roundScore: (seat) => this.state.players.get(seat.id)?.roundScore ?? 0,
      };
      try {
        if (solo) await sendPersonalBests(deps.sessions, target, seats);
        else if (this.companyId !== null) await sendWeekBoards(deps.boards, this.companyId, target, seats);
      } catch (err) {
        logError(`room ${this.roomId} after round`, err);
      }
    }
  };
}
