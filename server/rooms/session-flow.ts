import { boardPoints } from '../../shared/boards/rules.ts';
import type { GameRegistry } from '../../shared/games/registry.ts';
import type { ErrorCode } from '../../shared/protocol/errors.ts';
import { parseAnswerEnvelope, type PlaylistEntry } from '../../shared/protocol/messages.ts';
import { RUNNING_PHASES, type Phase } from '../../shared/protocol/constants.ts';
import { PlaylistItemState, type SessionState } from '../../shared/protocol/state.ts';
import { ContentPins, type ContentSource, type PinnedContent } from './content-pins.ts';
import { RoundRunner } from './round-runner.ts';
import type { RoundFeedbackPort } from './round-feedback.ts';
import type { Outbox, RoundStore } from './session-ports.ts';
import type { Seat, Seats } from './seats.ts';
import { rankMoves, rankPlayers, standingOf, updateLeaders, type RankMove } from './standings.ts';
import { READY_POLL_MS, READY_WAIT_MAX_MS } from './readiness.ts';
import { PhaseTimer, RoomTimers } from './timers.ts';
import { SittingOut } from './sitting-out.ts';

// Over 250 lines on purpose: one phase machine whose transitions read best side by side.
// What is not a transition lives beside it: rounds in round-runner.ts, ranks in standings.ts,
// storing and sending behind the ports of session-ports.ts.

export interface FlowTimings {
  countdownMs: number;
  revealMs: number;
  scoreboardMs: number;
}

/** The flow's ports (session-ports.ts): it calls down into these, never up into the room. */
export interface FlowIO {
  now(): number;
  newSeed(): number;
  /** Where rounds and the session's end are stored. */
  store: RoundStore;
  /** Where messages to players and host go. */
  outbox: Outbox;
  /** After each stored round: boards, ranks or personal bests (not awaited: the reveal never waits for them). */
  feedback?: RoundFeedbackPort;
  /** Called with each seat at countdown so its latency is fresh for judging. */
  measureLatency(seat: Seat): void;
  fail(err: unknown): void;
  /** Where a company's stored sets come from and whose session this is (content-pins.ts); absent = no stored sets. */
  pins?: { source: ContentSource | undefined; companyId(): string | null };
  /** True when every connected phone has the game's code loaded (`ready`); absent = always. */
  allReady?(gameId: string): boolean;
}

/**
 * The phase machine of a session: lobby → countdown → play → reveal → scoreboard → … →
 * podium. It drives any registered game through its pure rules and never trusts a client.
 */
export class SessionFlow {
  private runner: RoundRunner | null = null;
  /** The stored content the running round plays (noted with the stored round). */
  private pinned: PinnedContent | null = null;
  private readonly pins: ContentPins;
  private readonly phaseTimer: PhaseTimer;
  private readonly cueTimers = new RoomTimers();
  private readonly solo: boolean;
  /** Players done with the current round; the room copies it into the state (throttled). */
  answeredCount = 0;
  /** True while a finished round is being written; the phase may not change meanwhile. */
  private saving = false;
  /** Rounds stored in earlier plays of this session ("Noch eine Runde"): keeps stored round numbers unique. */
  private storedRoundBase = 0;
  /** Players ranked by the last finished round (a `standing`'s "of n"). */
  private ranked: number | null = null;
  /** Each player's move in the ranking by the last finished round (sent in its own `standing`). */
  private moves = new Map<string, RankMove>();
  /** Which seats play the current round (a buzzer box sits out games it cannot play). */
  readonly sitting: SittingOut;

  constructor(
    private readonly state: SessionState,
    private readonly seats: Seats,
    private readonly timings: FlowTimings,
    private readonly io: FlowIO,
    /** The server's games (injected: tests run the platform on a probe game). */
    readonly games: GameRegistry,
  ) {
    this.solo = state.mode === 'solo';
    this.phaseTimer = new PhaseTimer(io.now, io.fail);
    this.pins = new ContentPins(io.pins?.source, games);
    this.sitting = new SittingOut(state, seats, games);
  }

  setPlaylist(items: PlaylistEntry[]): ErrorCode | null {
    if (this.state.phase !== 'lobby') return 'WRONG_PHASE';
    this.state.playlist.clear();
    for (const item of items) this.state.playlist.push(new PlaylistItemState(item));
    this.state.roundCount = items.reduce((n, i) => n + i.rounds, 0);
    return null;
  }

  /** Loads and pins the stored sets a playlist names (this session's company only): the items with titles, or the refusal. */
  pinContent(items: PlaylistEntry[]): Promise<PlaylistEntry[] | ErrorCode> {
    return this.pins.pin(items, this.io.pins?.companyId() ?? null);
  }

  start(): ErrorCode | null {
    if (this.state.phase !== 'lobby') return 'WRONG_PHASE';
    if (this.seats.size === 0) return 'NO_PLAYERS';
    if (this.state.roundCount === 0) return 'PLAYLIST_INVALID';
    this.state.roundIndex = 0;
    this.enterCountdown();
    return null;
  }

  pause(): ErrorCode | null {
    const phase = this.state.phase;
    if (this.saving || this.state.paused || !RUNNING_PHASES.includes(phase)) return 'WRONG_PHASE';
    if (phase === 'play') {
      // A timed round cannot be frozen fairly mid-trial: it starts again after the pause.
      this.abortPlay();
      this.state.phase = 'countdown';
      this.state.pausedRemainingMs = this.timings.countdownMs;
    } else {
      this.state.pausedRemainingMs = this.phaseTimer.pause();
    }
    this.state.paused = true;
    this.state.phaseEndsAt = 0;
    return null;
  }

  resume(): ErrorCode | null {
    if (!this.state.paused) return 'WRONG_PHASE';
    this.state.paused = false;
    const endsAt = this.phaseTimer.resume();
    if (endsAt > 0) this.state.phaseEndsAt = endsAt;
    else if (this.state.phase === 'countdown') this.enterCountdown();
    this.state.pausedRemainingMs = 0;
    return null;
  }

  /**
   * Moves on at once. Ending a hosted round that is still being played needs `confirmed`
   * (the host was asked): a late or doubled click never cuts the class's round short. Such
   * a round is stored as ended early and counts on no board.
   */
  next(confirmed = false): ErrorCode | null {
    if (this.saving) return 'WRONG_PHASE';
    if (this.state.phase === 'play' && !this.solo && !confirmed) return 'CONFIRM_REQUIRED';
    if (this.state.paused) this.resume();
    switch (this.state.phase) {
      case 'countdown': this.enterPlay(); return null;
      case 'play': void this.endPlay(!this.solo); return null;
      case 'reveal':
        if (this.solo) this.nextSoloRound();
        else this.enterScoreboard();
        return null;
      case 'scoreboard': this.advance(); return null;
      default: return 'WRONG_PHASE';
    }
  }

  /** Ends the session (podium). With players seated a hosted session ends only `confirmed` (the host was asked). */
  end(confirmed = false): ErrorCode | null {
    if (this.state.phase === 'podium') return 'WRONG_PHASE';
    if (!this.solo && !confirmed && this.seats.size > 0) return 'CONFIRM_REQUIRED';
    this.abortPlay();
    this.enterPodium();
    return null;
  }

  /**
   * Host setting: reveal and scoreboard move on by themselves after their time (true) or wait
   * for the host's `next` (false, the default of hosted sessions). Takes effect at once.
   */
  setAutoAdvance(on: boolean): ErrorCode | null {
    this.state.autoAdvance = on;
    const phase = this.state.phase;
    if (this.solo || this.state.paused || (phase !== 'reveal' && phase !== 'scoreboard')) return null;
    if (phase === 'reveal') this.setPhase('reveal', this.pacedMs(this.timings.revealMs), () => this.enterScoreboard());
    else this.setPhase('scoreboard', this.pacedMs(this.timings.scoreboardMs), () => this.advance());
    return null;
  }

  /**
   * "Noch eine Runde" from the podium: back to the lobby with the same code, players and
   * playlist; totals start from zero. The room first frees the seats of players who left.
   */
  again(): ErrorCode | null {
    if (this.solo || this.state.phase !== 'podium') return 'WRONG_PHASE';
    this.storedRoundBase += Math.max(0, this.state.roundIndex + 1);
    this.state.roundIndex = -1;
    this.state.gameId = '';
    this.state.round = '{}';
    this.state.expectedAnswers = 0;
    for (const player of this.state.players.values()) {
      player.score = 0;
      player.roundScore = 0;
      player.answered = 0;
      player.rank = 0;
      player.detail = '{}';
    }
    this.state.leaders.clear();
    this.moves.clear();
    this.ranked = null;
    this.answeredCount = 0;
    this.sendStandings(this.seats.all());
    this.setPhase('lobby', null);
    this.io.store.reopenSession().catch(this.io.fail);
    return null;
  }

  /** The stored round number of this play's first round (for the seats snapshot, session-snapshot.ts). */
  get roundBase(): number {
    return this.storedRoundBase;
  }

  /**
   * A session brought back after a server restart (session-restore.ts): `played` rounds of
   * this play (stored from round number `base` on) are done. None: the lobby; else the
   * scoreboard of the last one, waiting for the host's "next". Scores are already set.
   */
  resumeAfterRestart(base: number, played: number): void {
    this.storedRoundBase = base;
    if (played <= 0 || this.state.roundCount === 0) return;
    this.state.roundIndex = Math.min(played, this.state.roundCount) - 1;
    const item = this.playlistItemAt(this.state.roundIndex);
    this.state.gameId = item.gameId;
    this.state.level = item.level;
    this.setPhase('scoreboard', null);
    this.rank();
  }

  /** Judges one answer envelope from a seated player. */
  answer(seat: Seat, payload: unknown): ErrorCode | null {
    const runner = this.runner;
    if (this.state.phase !== 'play' || !runner) return 'WRONG_PHASE';
    const env = parseAnswerEnvelope(payload);
    if (!env.ok) return env.code;
    if (env.value.round !== runner.index) return 'ROUND_MISMATCH';
    const wasDone = runner.isDone(seat.id);
    const before = runner.answered(seat.id);
    const outcome = runner.judge(seat.id, env.value.data, { nowMs: this.io.now(), playStartMs: runner.startedAt, oneWayMs: this.seats.oneWayMs(seat) });
    const answered = runner.answered(seat.id);
    const player = this.state.players.get(seat.id);
    if (player) player.answered = answered;
    const expected = this.state.expectedAnswers;
    if (expected > 0 && before < expected && answered >= expected) this.answeredCount += 1;
    this.io.outbox.toSeat(seat, 'ack', { round: runner.index, answered, ...outcome.ack, ...(outcome.error ? { error: outcome.error } : {}) });
    // Only an answer that finished a player can finish the round: the O(players) check runs then only.
    if (!wasDone && runner.isDone(seat.id) && this.everyoneDone()) void this.endPlay();
    return null;
  }

  /** A seat is connected now: during play it then has a result for this round (else it has none). */
  present(seat: Seat): void {
    this.sitting.mark(seat);
    if (this.state.phase === 'play' && this.sitting.plays(seat)) this.runner?.present.add(seat.id);
  }

  /** Players a `standing` ranks among: those ranked by the last finished round (before any, who plays now). */
  get rankedCount(): number {
    return this.ranked ?? this.sitting.count();
  }

  /** Players who take part in the current round (the shared `playerCount`; all seats in the lobby). */
  playerCount(): number {
    return this.sitting.count();
  }

  /** Ends timers; used when the room is disposed. */
  dispose(): void {
    this.phaseTimer.clear();
    this.cueTimers.clearAll();
  }

  /** Solo rooms start the first round as soon as the player is in (`items`: a stored set, pinned by pinContent). */
  startSolo(gameId: string, level: number, items?: PlaylistEntry[]): void {
    this.setPlaylist(items ?? [{ gameId, level, rounds: 1 }]);
    this.start();
  }

  /** True when at least one player is connected and every connected player is done (stops at the first who is not). */
  private everyoneDone(): boolean {
    const runner = this.runner;
    if (!runner) return false;
    let active = 0;
    for (const seat of this.seats.all()) {
      if (!this.state.players.get(seat.id)?.connected || !this.sitting.plays(seat)) continue;
      if (!runner.isDone(seat.id)) return false;
      active++;
    }
    return active > 0;
  }

  private playlistItemAt(roundIndex: number): PlaylistEntry {
    let n = roundIndex;
    for (const item of this.state.playlist) {
      if (n < item.rounds) return { gameId: item.gameId, level: item.level, rounds: item.rounds, setId: item.setId };
      n -= item.rounds;
    }
    const last = this.state.playlist.at(-1);
    if (!last) throw new Error('empty playlist');
    return { gameId: last.gameId, level: last.level, rounds: last.rounds, setId: last.setId };
  }

  private setPhase(phase: Phase, durationMs: number | null, then?: () => void): void {
    this.state.phase = phase;
    this.state.paused = false;
    this.state.pausedRemainingMs = 0;
    if (durationMs === null || !then) {
      this.phaseTimer.clear();
      this.state.phaseEndsAt = 0;
    } else {
      this.state.phaseEndsAt = this.phaseTimer.set(durationMs, then);
    }
    this.sitting.mark();
  }

  private enterCountdown(): void {
    const item = this.playlistItemAt(this.state.roundIndex);
    this.state.gameId = item.gameId;
    this.state.level = item.level;
    this.state.round = '{}';
    this.state.roundEndedEarly = false;
    this.resetAnswered();
    for (const seat of this.seats.all()) this.io.measureLatency(seat);
    this.setPhase('countdown', this.timings.countdownMs, () => this.playWhenReady(this.io.now() + READY_WAIT_MAX_MS));
  }

  /** Play starts once every phone has loaded the game, or at `deadline` (server ms) at the latest. */
  private playWhenReady(deadline: number): void {
    if (this.io.allReady?.(this.state.gameId) ?? true) return this.enterPlay();
    const left = deadline - this.io.now();
    if (left <= 0) return this.enterPlay();
    this.setPhase('countdown', Math.min(READY_POLL_MS, left), () => this.playWhenReady(deadline));
  }

  private enterPlay(): void {
    const game = this.games.find(this.state.gameId);
    if (!game) throw new Error(`game ${this.state.gameId} is not registered`);
    const now = this.io.now();
    const setId = this.playlistItemAt(this.state.roundIndex).setId;
    const pinned = setId ? this.pins.get(setId) : undefined;
    if (setId && !pinned) throw new Error(`set ${setId} is not pinned`);
    const runner = new RoundRunner(game, this.state.roundIndex, this.state.level, this.io.newSeed(), now, pinned?.content);
    this.pinned = pinned ?? null;
    this.runner = runner;
    for (const seat of this.seats.all()) if (this.state.players.get(seat.id)?.connected && this.sitting.plays(seat)) runner.present.add(seat.id);
    this.state.playStartedAt = now;
    const pub = game.publicRound(runner.round);
    const link = pinned ? this.io.pins?.source?.linkPhotos : undefined;
    this.state.round = JSON.stringify(link ? link(pub, now + game.playDurationMs(runner.round)) : pub);
    this.state.expectedAnswers = game.expectedAnswers(runner.round);
    for (const cue of game.cues(runner.round)) {
      this.cueTimers.after(cue.atMs - cue.leadMs - (this.io.now() - now), () => {
        this.io.outbox.broadcast('cue', { round: runner.index, at: runner.startedAt + cue.atMs, ...cue.data });
      }, this.io.fail);
    }
    this.setPhase('play', game.playDurationMs(runner.round), () => void this.endPlay());
  }

  private abortPlay(): void {
    this.cueTimers.clearAll();
    this.runner = null;
    this.resetAnswered();
  }

  private resetAnswered(): void {
    this.answeredCount = 0;
    for (const player of this.state.players.values()) player.answered = 0;
  }

  /**
   * Scores the round, stores it, then reveals it (results are safe before anyone sees them).
   * `byHost`: the host ended play before its time; what had not happened yet is nobody's
   * mistake, and the round is stored as ended early (on no board).
   */
  private async endPlay(byHost = false): Promise<void> {
    const runner = this.runner;
    const pinned = this.pinned;
    if (!runner || this.state.phase !== 'play') return;
    this.runner = null;
    this.cueTimers.clearAll();
    this.phaseTimer.clear();
    this.state.phaseEndsAt = 0;
    this.state.roundEndedEarly = byHost;
    const scoreCtx = byHost ? { stoppedAtMs: this.io.now() - runner.startedAt } : {};
    // Only who was connected at some time of play has a result: missing is no 0 (README).
    const seated = this.seats.all().filter((seat) => runner.present.has(seat.id));
    const results = seated.map((seat) => ({ seat, ...runner.score(seat.id, scoreCtx) }));
    for (const player of this.state.players.values()) {
      player.roundScore = 0;
      player.detail = '{}';
    }
    for (const r of results) {
      r.seat.rounds += 1;
      const player = this.state.players.get(r.seat.id);
      if (!player) continue;
      player.roundScore = r.score;
      player.score += r.score;
      player.detail = JSON.stringify(r.detail);
    }
    this.rank();
    this.saving = true;
    try {
      await this.io.store.saveRound({
        roundIndex: this.storedRoundBase + runner.index, gameId: runner.game.id, level: runner.level, seed: runner.seed,
        taskSet: pinned ? { id: pinned.setId, version: pinned.version, title: pinned.title } : null,
        startedAt: new Date(runner.startedAt), endedAt: new Date(this.io.now()), endedEarly: byHost,
        results: results.map((r) => ({
          playerId: r.seat.id, nickname: r.seat.nickname, score: r.score, detail: { ...r.detail }, practiceId: r.seat.practiceId,
          apprenticeId: r.seat.apprenticeId, points: boardPoints(runner.game, r.score), figures: r.figures,
        })),
      });
      void this.io.feedback?.afterRound(seated);
    } catch (err) {
      this.io.fail(err);
    } finally {
      this.saving = false;
    }
    this.sendStandings(seated);
    if (this.state.phase !== 'play') return; // ended meanwhile
    this.setPhase('reveal', this.pacedMs(this.timings.revealMs), () => this.enterScoreboard());
  }

  /** Each player's own figures (the shared state carries only the leaders). */
  private sendStandings(seats: Seat[]): void {
    for (const seat of seats) {
      const standing = standingOf(this.state, seat.id, this.rankedCount, this.moves.get(seat.id));
      if (standing) this.io.outbox.toSeat(seat, 'standing', standing);
    }
  }

  private enterScoreboard(): void {
    this.setPhase('scoreboard', this.pacedMs(this.timings.scoreboardMs), () => this.advance());
  }

  /** Reveal and scoreboard wait for the host (null) unless auto-advance is on; solo waits for the player. */
  private pacedMs(ms: number): number | null {
    return !this.solo && this.state.autoAdvance ? ms : null;
  }

  private advance(): void {
    if (this.state.roundIndex + 1 < this.state.roundCount) {
      this.state.roundIndex += 1;
      this.enterCountdown();
    } else {
      this.enterPodium();
    }
  }

  private nextSoloRound(): void {
    this.state.roundCount += 1;
    const first = this.state.playlist.at(0);
    if (first) first.rounds += 1;
    this.advance();
  }

  /** Ranks the players who count (sitting-out.ts), their moves and the leaders. */
  private rank(): void {
    const before = new Map([...this.state.players.values()].map((p) => [p.id, p.rank]));
    const ranked = rankPlayers(this.state, (p) => this.sitting.ranked(p));
    this.ranked = ranked.length;
    this.moves = rankMoves(ranked, before);
    updateLeaders(this.state, ranked);
  }

  private enterPodium(): void {
    this.setPhase('podium', null);
    if (this.state.roundIndex >= 0) this.rank(); // who sat out every game of the session is on no podium
    this.io.store.endSession().catch(this.io.fail);
  }
}
