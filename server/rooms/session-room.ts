import { randomInt } from 'node:crypto';
import { Room, type AuthContext } from '@colyseus/core';
import { CLIENT_MESSAGES } from '../../shared/protocol/client-messages.ts';
import { CLOSE_KICKED, CLOSE_REPLACED, MAX_MESSAGES_PER_SECOND, ROOM_SOLO } from '../../shared/protocol/constants.ts';
import type { ErrorCode } from '../../shared/protocol/errors.ts';
import { SessionState } from '../../shared/protocol/state.ts';
import { logError, logRoomException } from '../log.ts';
import { closedForAbuse, watchForOversize } from './abuse.ts';
import { gateRefusal, proofIn } from './door.ts';
import { HostSeat } from './host-seat.ts';
import { parseJoinOptions, refuse } from './join-options.ts';
import { releaseJoinCode, reserveJoinCode } from './join-codes.ts';
import { AggregateThrottle, dropEmptyPatches } from './quiet-patches.ts';
import { listenForRevocations, type Revocation } from './revocations.ts';
import { admitHost, admitPlayer, cardHolder, hostIdentity, VERIFIED_HOST, type JoinAuth } from './room-auth.ts';
import { RoundFeedback } from './round-feedback.ts';
import { Roster } from './roster.ts';
import type { Seat } from './seats.ts';
import { SessionFlow } from './session-flow.ts';
import { applyRestore, takeRestore, watchSnapshots } from './session-restore.ts';
import { defaultPlaylist, HOST_GRACE_S, SEAT_RESERVATION_S, type RoomDeps } from './room-deps.ts';
import { handleClientMessage, type MessageContext } from './session-messages.ts';
import { measureLatency, RoomOutbox, SessionStore, type ClientData, type SessionClient } from './session-ports.ts';
import { standingOf } from './standings.ts';
import { attachBoxes } from '../hardware/box-side.ts';
import type { PlaylistEntry } from '../../shared/protocol/messages.ts';
import { pinPracticeSet, practiceCompany } from './practice-set.ts';

// The session room: the Colyseus lifecycle and the wiring, nothing else. Who is here is the
// Roster's (roster.ts), who may come in the Door's (door.ts), the host's side HostSeat's,
// the phases the SessionFlow's, what messages do session-messages.ts's, buzzer boxes the
// BoxRoom's (server/hardware/).

/** Builds the room class with its dependencies bound (rooms stay thin adapters). */
export function createSessionRoom(deps: RoomDeps) {
  const now = deps.now ?? Date.now;

  return class SessionRoom extends Room<{ state: SessionState; client: SessionClient }> {
    // Room slots never limit anyone: held seats, rejoins and a burst of joins would share
    // them and meet the matchmaker's raw "locked". The seat limit is ours (door.ts).
    override maxClients = Number.MAX_SAFE_INTEGER;
    override maxMessagesPerSecond = MAX_MESSAGES_PER_SECOND;
    override seatReservationTimeout = SEAT_RESERVATION_S;
    override state = new SessionState();
    private readonly roster = new Roster(this.state);
    private readonly host = new HostSeat(this.state);
    private readonly boxes = deps.boxes ? attachBoxes(deps.boxes, { state: this.state, roster: this.roster, flow: () => this.flow, companyId: () => this.store?.companyId ?? null, toHost: (type, payload) => this.outbox.toHost(type, payload), apprentices: deps.apprentices, measureLatency: (seat) => this.measureLatency(seat), now }) : null;
    private readonly outbox = new RoomOutbox(this.boxes?.connections(this.clients) ?? this.clients, (type, payload) => (this.broadcast(type, payload), this.boxes?.onBroadcast(type, payload)), () => this.host.sessionId);
    private store!: SessionStore;
    private readonly aggregates = new AggregateThrottle(now);
    /** Ends this room's share of the process's revocation subscription (revocations.ts). */
    private stopRevocations: () => void = () => {};
    private flow!: SessionFlow;
    private soloGame: { gameId: string; level: number; setId: string | null } | null = null;
    /** Solo practice of a stored set: the card's company (only for pinning) and the pinned playlist (practice-set.ts). */
    private practice: { companyId: string | null; items?: PlaylistEntry[] } = { companyId: null };
    /** Who practises in this solo room, for the bound on stored rounds. */
    private soloSource = { address: 'ip:unknown', device: '' };
    private readonly messageContext: MessageContext = {
      now,
      state: this.state,
      roster: this.roster,
      flow: () => this.flow,
      kick: (playerId) => this.kick(playerId),
      playlistChanged: (items) => this.store.updatePlaylist(items).catch((e) => logError(`room ${this.roomId} playlist`, e)),
      boxCommand: (cmd) => (this.boxes ? this.boxes.commands.run(cmd) : 'WRONG_PHASE'),
      ...(deps.boxes ? { answerArrived: () => deps.boxes?.answerArrived() } : {}),
      admitSoloRound: () => deps.soloLimits.admitRound(this.soloSource.address, this.soloSource.device || `room:${this.roomId}`),
    };

    override async onCreate(options: unknown) {
      const restore = takeRestore(this.roomId); // a hosted session a crash cut off, back under its id (session-restore.ts)
      const join = restore ? null : parseJoinOptions(options, deps.buildId, deps.games);
      const solo = this.roomName === ROOM_SOLO;
      if (join && (solo ? join.role !== 'player' || !join.gameId : join.role !== 'host')) throw refuse('JOIN_INVALID');
      this.state.mode = solo ? 'solo' : 'hosted';
      // Never listed: reachable only by id, after the code look-up (or by its creator).
      await this.setPrivate(true);
      if (solo) this.soloGame = { gameId: join?.gameId as string, level: join?.level ?? 1, setId: join?.setId ?? null };
      else this.state.code = await reserveJoinCode(this.presence, this.roomId, restore?.session.code);
      await this.setMetadata({ code: this.state.code });
      const store = (this.store = new SessionStore(deps.sessions, this.roomId));
      const fail = (err: unknown) => logError(`room ${this.roomId}`, err);
      this.flow = new SessionFlow(this.state, this.roster.seats, deps.timings, {
        now,
        newSeed: () => randomInt(0, 2 ** 31),
        store: this.boxes?.markStore(store) ?? store,
        outbox: this.outbox,
        feedback: new RoundFeedback({ ...deps, state: this.state, outbox: this.outbox, companyId: () => store.companyId, now, fail: (err) => logError(`room ${this.roomId} after round`, err) }),
        measureLatency: (seat) => this.measureLatency(seat),
        fail,
        allReady: (gameId) => this.roster.allReady(gameId),
        pins: { source: deps.content, companyId: () => store.companyId ?? this.practice.companyId },
      }, deps.games);
      if (!solo) this.flow.setPlaylist(defaultPlaylist(deps.games));
      if (restore) await applyRestore({ state: this.state, roster: this.roster, host: this.host, flow: this.flow, store, games: deps.games, keepEmptyFor: (s) => { this.autoDispose = false; this.clock.setTimeout(() => { this.autoDispose = true; }, s * 1000); } }, restore, defaultPlaylist(deps.games));
      else await deps.sessions.createSession({ id: this.roomId, mode: this.state.mode as 'hosted' | 'solo', code: this.state.code, playlist: this.state.playlist.toJSON() });
      if (!solo && deps.snapshots) watchSnapshots({ seats: this.roster.seats, host: this.host, state: this.state, base: () => this.flow.roundBase, save: (s) => deps.snapshots?.save(this.roomId, s) ?? Promise.resolve(), fail, every: (fn, ms) => this.clock.setInterval(fn, ms) });
      this.stopRevocations = await listenForRevocations(this.presence, (r) => this.revoked(r));
      for (const type of CLIENT_MESSAGES) this.onMessage(type, (client, payload) => handleClientMessage(this.messageContext, type, client, payload));
      this.onMessage('*', (client, type) => client.send('error', { code: 'MESSAGE_UNKNOWN', type: String(type).slice(0, 40) }));
    }

    /**
     * Matchmaking (HTTP, own origin), before any room exists: hosting needs a signed-in
     * trainer, who rides along in the join options to the room (possibly on another process;
     * a value a client put there is removed first). Players are checked in onAuth below.
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
      const proof = this.state.mode === 'solo' && this.roster.seats.size === 0 ? null : proofIn(options, this.doorView());
      if (proof) throw refuse(proof);
      if (join.role === 'host') {
        if (this.state.mode === 'solo') throw refuse('JOIN_INVALID');
        return admitHost(this.host, this.store, join, options);
      }
      if (this.state.mode === 'solo') this.soloSource = { address: `ip:${context.ip ?? 'unknown'}`, device: join.practiceId ?? `room:${this.roomId}` };
      const set = this.state.mode === 'solo' && this.roster.seats.size === 0 ? this.soloGame : null;
      if (set?.setId) {
        this.practice.companyId = await practiceCompany(deps.apprentices, deps.cardThrottle, join.card, context.ip);
        this.practice.items = await pinPracticeSet({ gameId: set.gameId, level: set.level, rounds: 1, setId: set.setId }, (items) => this.flow.pinContent(items));
      }
      return admitPlayer(() => this.doorView(), join, (card) => cardHolder(deps.apprentices, deps.cardThrottle, card, this.store.companyId, context.ip), (name) => deps.reservedNames.taken(this.store.companyId, name));
    }

    override onJoin(client: SessionClient, _options: unknown, auth: JoinAuth) {
      if (auth.role === 'host') {
        const previous = this.host.connect(client.sessionId);
        if (previous) this.clients.getById(previous)?.leave(CLOSE_REPLACED);
        client.view = this.roster.hostView;
        client.userData = { role: 'host', seatId: null } satisfies ClientData;
        return void client.send('welcome', { role: 'host', playerId: '', key: this.host.key, serverNow: now(), code: this.state.code, nickname: '' });
      }
      const claim = this.roster.claim(auth, client.sessionId, deps.maxPlayers);
      if ('refused' in claim) throw refuse(claim.refused);
      if (claim.replaced) this.clients.getById(claim.replaced)?.leave(CLOSE_REPLACED);
      const seat = claim.seat;
      client.userData = { role: 'player', seatId: seat.id } satisfies ClientData;
      this.arrive(seat, client, () => client.send('welcome', { role: 'player', playerId: seat.id, key: seat.key, serverNow: now(), code: this.state.code, nickname: seat.nickname }));
      if (this.soloGame && this.state.phase === 'lobby') this.flow.startSolo(this.soloGame.gameId, this.soloGame.level, this.practice.items);
    }

    override onDrop(client: SessionClient, code?: number) {
      if ((client.userData as ClientData | undefined)?.role === 'host') {
        if (this.host.drop(client.sessionId)) this.allowReconnection(client, HOST_GRACE_S).catch(() => {});
        return;
      }
      const seat = this.roster.seats.bySession(client.sessionId);
      if (!seat) return;
      this.roster.drop(seat);
      if (closedForAbuse(client, code, this.maxMessagesPerSecond)) return this.roster.closedForAbuse(seat);
      const held = this.allowReconnection(client, deps.reconnectGraceS);
      this.roster.hold(seat, held, (reason) => held.reject(reason));
    }

    override onReconnect(client: SessionClient) {
      if ((client.userData as ClientData | undefined)?.role === 'host') return this.host.reconnect();
      const seat = this.roster.seats.bySession(client.sessionId);
      if (seat) return this.arrive(seat, client);
      dropEmptyPatches(client);
      this.roster.connect(undefined);
    }

    /** Gone for good (or left on purpose): a seat that played stays with its points until the session ends. */
    override onLeave(client: SessionClient) {
      if ((client.userData as ClientData | undefined)?.role === 'host') return void this.host.leave(client.sessionId);
      const seat = this.roster.seats.bySession(client.sessionId);
      if (seat) this.roster.leave(seat);
    }

    /** The shared counters change at most a few times a second (a frame to every player each time). */
    override onBeforePatch() {
      this.aggregates.flush(this.state, () => ({ players: this.flow?.playerCount() ?? this.roster.seats.size, answered: this.flow?.answeredCount ?? 0 }));
    }

    override async onDispose() {
      this.stopRevocations();
      this.boxes?.close();
      this.flow?.dispose();
      if (this.state.code) await releaseJoinCode(this.presence, this.state.code).catch(() => {});
      await deps.sessions.endSession(this.roomId).catch((err) => logError(`room ${this.roomId} end`, err));
    }

    /** The matchmaker gate's question before reserving a seat (see matchmaker-gate.ts). */
    reservationRefusal(options: unknown): ErrorCode | null {
      return gateRefusal(options, deps.buildId, deps.games, this.doorView());
    }

    /** Refusals thrown by the hooks are expected: one line with the code; never the join options. */
    override onUncaughtException(error: unknown, methodName: string) {
      logRoomException(this.roomId, methodName, error);
    }

    private readonly doorView = () => this.roster.doorView(deps.maxPlayers);

    /** A player's connection is in its seat (joined or back): present, guarded, told its own figures. */
    private arrive(seat: Seat, client: SessionClient, welcome: () => void = () => {}) {
      this.roster.connect(seat);
      this.flow.present(seat);
      watchForOversize(client);
      dropEmptyPatches(client);
      welcome();
      // The player's own figures: the shared state lists only the leaders.
      const standing = standingOf(this.state, seat.id, this.flow?.rankedCount ?? this.roster.seats.size);
      if (standing) client.send('standing', standing);
      this.measureLatency(seat);
    }

    private readonly measureLatency = (seat: Seat) => measureLatency(this.roster.seats, this.outbox, now, (fn, ms) => this.clock.setTimeout(fn, ms), seat);

    /** Removes a player for good (their seat key stops working); `code` says why. */
    private kick(playerId: string, code: ErrorCode = 'KICKED'): ErrorCode | null {
      const seat = this.roster.seats.get(playerId);
      if (!seat) return 'PLAYER_NOT_FOUND';
      this.roster.remove(seat, code);
      this.outbox.dismiss(this.outbox.clientOf(seat), code);
      return null;
    }

    /**
     * Someone lost their right to be here (account routes, any process): a revoked card's
     * holder leaves; a disabled host's session ends; a disabled company's players go home.
     */
    private revoked(r: Revocation) {
      const seat = r.kind === 'apprentice' ? this.roster.seats.byApprentice(r.apprenticeId) : undefined;
      if (seat) return void this.kick(seat.id, 'CARD_REVOKED');
      if (!this.host.revokedBy(r, this.store.companyId)) return;
      if (this.state.phase !== 'podium') this.flow.end(true); // the trainer is gone: no one left to ask
      this.outbox.dismiss(this.host.sessionId ? this.clients.getById(this.host.sessionId) : undefined, 'SESSION_CLOSED');
      if (r.kind === 'company') {
        for (const client of this.clients) client.send('kicked', { code: 'SESSION_CLOSED' });
        this.clock.setTimeout(() => void this.disconnect(CLOSE_KICKED), 50);
      }
    }
  };
}
