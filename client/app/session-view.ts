import type { Phase } from '../../shared/protocol/constants.ts';
import type { ErrorCode } from '../../shared/protocol/errors.ts';
import type { PersonalBestMessage } from '../../shared/protocol/messages.ts';
import { errorText } from '../i18n/index.ts';
import type { BoardMessage, MyRankMessage } from '../../shared/protocol/messages.ts';
import type { EndReason, GameSession } from '../net/session.ts';
import type { SessionSnapshot } from '../net/snapshot.ts';
import { hook } from './hook.ts';
import { hostLobbyScreen, hostRoundScreen } from './host/host-screens.ts';
import { playerLobbyScreen, playerRevealScreen, playerScoreboardScreen, type PlayerResultCtx } from './player/player-screens.ts';
import { playerPodiumScreen, practiceSummaryScreen } from './player/finale.ts';
import { roundView, type RoundScreen } from './player/round-view.ts';
import type { Screen, Shell } from './shell.ts';

// Shows a joined session: picks the screen for the role and phase, feeds it each new state,
// and turns connection trouble into the banner, a rejoin or an error screen.

export interface SessionExit {
  /** The player or host leaves on purpose. */
  left(): void;
  /** The connection ended for good; `reason` says why. */
  ended(reason: EndReason, lastPhase: string | null): void;
  /** Solo: leave this practice and start another (level null: choose on the practice screen). */
  practice?(gameId: string, level: number | null): void;
}

/** Which screen builder a role and phase need (same kind = update in place). */
function kindOf(role: 'host' | 'player', phase: Phase): string {
  if (role === 'host') return phase === 'lobby' ? 'host-lobby' : `host-${phase}`;
  if (phase === 'countdown' || phase === 'play') return 'round';
  return phase;
}

export class SessionView {
  private kind: string | null = null;
  private personalBest: PersonalBestMessage | null = null;
  /** The latest week board (host) and own week rank (card player): kept so a re-render shows them again. */
  private board: BoardMessage | null = null;
  private myRank: MyRankMessage | null = null;
  private readonly offs: (() => void)[] = [];
  private readonly ctx: PlayerResultCtx;

  constructor(private readonly shell: Shell, readonly session: GameSession, private readonly exit: SessionExit) {
    const role = session.role;
    this.ctx = {
      session,
      send: (type, ...payload) => session.send(type, ...payload),
      serverNow: () => session.clock.serverNow(),
      leave: () => exit.left(),
      playerId: session.playerId,
      personalBest: () => this.personalBest,
      board: () => this.board,
      myRank: () => this.myRank,
      ...(exit.practice ? { practice: exit.practice } : {}),
    };
    hook.role = role;
    hook.playerId = session.playerId;
    hook.state = () => session.stateJson();
    this.offs.push(
      session.on('state', (s) => this.render(s)),
      session.on('dropped', () => shell.setBanner('net.reconnecting')),
      session.on('reconnected', () => shell.setBanner(null)),
      session.on('error', (code: ErrorCode) => {
        hook.lastError = code;
        shell.setNotice(errorText(code));
      }),
      session.on('personalBest', (pb) => {
        this.personalBest = pb;
        this.refresh();
      }),
      session.on('board', (board) => {
        this.board = board;
        hook.board = board;
        this.refresh();
      }),
      session.on('myRank', (rank) => {
        this.myRank = rank;
        hook.myRank = rank;
        this.refresh();
      }),
      session.on('hardware', () => this.refresh()),
      session.on('ended', (reason) => {
        shell.setBanner(null);
        exit.ended(reason, this.session.snapshot?.phase ?? null);
      }),
      session.clock.onChange((e) => (hook.clock = { offsetMs: e.offsetMs, rttMs: e.rttMs })),
    );
    if (session.snapshot) this.render(session.snapshot);
  }

  /** Feeds the current state to the mounted screen again (a message it shows came in). */
  private refresh(): void {
    if (this.session.snapshot) this.shell.screen?.update?.(this.session.snapshot);
  }

  private render(s: SessionSnapshot): void {
    hook.phase = s.phase;
    // A personal best belongs to the reveal of one solo round.
    if (s.phase === 'countdown' || s.phase === 'play') this.personalBest = null;
    const kind = kindOf(this.session.role, s.phase);
    const current = this.shell.screen;
    const round = current as RoundScreen | null;
    if (kind === this.kind && current && (typeof round?.accepts !== 'function' || round.accepts(s))) {
      current.update?.(s);
      this.shell.syncScreenId();
      return;
    }
    this.kind = kind;
    this.shell.show(this.build(kind, s));
  }

  private build(kind: string, s: SessionSnapshot): Screen {
    const ctx = this.ctx;
    switch (kind) {
      case 'host-lobby': return hostLobbyScreen(ctx, s);
      case 'lobby': return playerLobbyScreen(ctx, s, ctx.playerId);
      case 'round': return roundView(ctx, s);
      case 'reveal': return playerRevealScreen(ctx, s);
      case 'scoreboard': return playerScoreboardScreen(ctx, s);
      case 'podium': return s.mode === 'solo' ? practiceSummaryScreen(ctx, s) : playerPodiumScreen(ctx, s);
      default: return hostRoundScreen(ctx, s);
    }
  }

  /** The language changed: relabel in place where a screen can, else rebuild it. */
  relabel(): void {
    const current = this.shell.screen;
    if (current?.relabel) return current.relabel();
    this.kind = null;
    if (this.session.snapshot) this.render(this.session.snapshot);
  }

  /** Stops listening; the screen goes with the next `shell.show`. */
  dispose(): void {
    for (const off of this.offs) off();
    this.offs.length = 0;
  }
}
