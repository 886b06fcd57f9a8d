import type { ErrorCode } from '../../shared/protocol/errors.ts';
import { prefetchGame } from '../games/index.ts';
import { errorText, lang, t } from '../i18n/index.ts';
import { joinErrorCode } from '../net/api.ts';
import { saveCardName } from '../net/card-store.ts';
import { loadNet, prefetchNet, type Net, type SessionRoom } from '../net/lazy.ts';
import type { EndReason, GameSession } from '../net/session.ts';
import { forgetSavedSeat, forgetSession, identityTag, rememberSession, savedHostSession, savedSeat, tabSession, type StoredSession } from '../net/stored-session.ts';
import { bootTarget } from './app-boot.ts';
import { checkPhoneScreen } from './check/check-phone.ts';
import { checkProjectorScreen } from './check/check-projector.ts';
import { AppHistory } from './app-history.ts';
import { errorScreen, homeScreen } from './home.ts';
import { hook, resetSessionHook } from './hook.ts';
import { joinScreen, setJoinDraft, type JoinIdentity } from './join.ts';
import { SessionView } from './session-view.ts';
import { Shell, type Screen } from './shell.ts';
import { soloSetupScreen } from './solo-setup.ts';
import { rejoinMayRetry } from './seat-recovery.ts';
import { restoreSignedIn, setSignedIn } from './trainer/signed-in.ts';
import { trainerNavigation, type AppNavigation } from './trainer-navigation.ts';

// Over 250 lines for now: navigation plus the rejoin policy (constants below, `rejoin`,
// `ended`); that policy is the part to move out (client/app/seat-recovery.ts) when it grows.
// The app's top-level navigation: home, join, practice, error, entering / leaving a session;
// the trainer's screens (sign-in, trainer area, board page) are in trainer-navigation.ts.

/** At most this many automatic rejoins within the window, then the player decides. */
const MAX_AUTO_REJOINS = 3;
const AUTO_REJOIN_WINDOW_MS = 60_000;
/** After a lost connection: tries ~30 s long to find the server again (a restart takes ~10 s). */
const LOST_REJOIN_ATTEMPTS = 10;
const REJOIN_RETRY_MS = 3000;
/** Phases of a running round: Back asks before leaving them. */
const RUNNING_PHASES: ReadonlySet<string> = new Set(['countdown', 'play', 'reveal', 'scoreboard']);

export class App implements AppNavigation {
  private readonly shell: Shell;
  private view: SessionView | null = null;
  /** The identity tag of the join in progress, stored with the seat (stored-session.ts). */
  private joiningAs: string | null = null;
  /** Builds the current screen outside a session again (after a language switch). */
  private rebuild: (() => Screen) | null = null;
  /** Times of automatic rejoins: a connection that keeps dying must not loop forever. */
  private autoRejoins: number[] = [];
  private readonly trainer = trainerNavigation(this);
  private readonly history = new AppHistory({
    inSession: () => this.view !== null,
    leaveSession: () => {
      const phase = this.view?.session.snapshot?.phase ?? '';
      if (RUNNING_PHASES.has(phase) && !window.confirm(t('nav.leaveRound'))) return false;
      void this.leave(false);
      return true;
    },
    fallback: () => this.home(),
  });

  constructor(root: HTMLElement) {
    this.shell = new Shell(root, () => this.relabel());
  }

  /** First screen: see bootTarget(). */
  boot(): void {
    const target = bootTarget();
    if (target.kind === 'board') return this.trainer.boardPage(target.game, target.period);
    if (target.kind === 'check') return this.showStatic(() => (target.id ? checkPhoneScreen(target.id) : checkProjectorScreen(() => location.assign('/'))));
    prefetchNet();
    restoreSignedIn();
    if (target.kind === 'rejoin') return void this.rejoin(target.stored);
    if (target.kind === 'join') {
      if (target.draft !== null) setJoinDraft(target.draft);
      return this.join(target.error);
    }
    this.home();
  }

  private relabel(): void {
    if (this.view) this.view.relabel();
    else if (this.shell.screen?.relabel) this.shell.screen.relabel();
    else if (this.rebuild) this.shell.show(this.rebuild());
  }

  /** Shows a screen outside a session; it is built again after a language switch. */
  showStatic(factory: () => Screen): void {
    this.rebuild = factory;
    this.shell.show(factory());
    this.history.push(() => this.showStatic(factory));
  }

  home(message: string | null = null): void {
    this.showStatic(() => {
      const saved = savedHostSession();
      return homeScreen({
        host: () => this.hostNew(),
        join: () => this.join(),
        practice: () => this.solo(),
        trainerArea: () => this.trainer.area(),
        signOut: () => this.trainer.signOut(),
        ...(saved ? { resumeHost: () => void this.rejoin(saved) } : {}),
      }, message);
    });
  }

  join(error: ErrorCode | null = null): void {
    this.showStatic(() => joinScreen({ join: (code, who) => this.joinSession(code, who), back: () => this.home() }, error));
  }

  solo(): void {
    this.showStatic(() => soloSetupScreen({ start: (g, l, set) => this.startSolo(g, l, set), back: () => this.home(), prefetch: prefetchGame }));
  }

  showError(code: ErrorCode, extra: string | null = null): void {
    this.showStatic(() => errorScreen(code, () => this.home(), extra));
  }

  /** Hosting needs a signed-in trainer of a company (the server refuses others). */
  hostNew(askFirst = false): void {
    void this.trainer.withTrainer((me) => {
      if (!me.company) return this.trainer.area(); // the platform admin hosts no rounds
      void this.open((net) => net.createHostedRoom(lang())).then((err) => {
        if (err === 'AUTH_REQUIRED') {
          setSignedIn(null);
          return this.hostNew(true);
        }
        if (err) this.home(errorText(err));
      });
    }, 'login.forHosting', askFirst);
  }

  /** Joins with the code; a seat this device holds in that round (closed tab) is taken back first. */
  private async joinSession(code: string, who: JoinIdentity): Promise<ErrorCode | null> {
    // Only the person who took the seat gets it back (a shared tablet, review N7b).
    this.joiningAs = identityTag(who);
    const seat = savedSeat(code, this.joiningAs);
    if (seat) {
      const err = await this.open((net) => net.rejoinRoom(seat.roomId, 'player', seat.key, lang()));
      if (err !== 'SEAT_NOT_FOUND' && err !== 'SESSION_NOT_FOUND') return err;
      forgetSavedSeat(code);
    }
    const err = await this.open((net) => net.joinHostedRoom(code, who, lang()));
    // m5: next time the join button names the card's holder ("Als Lena K. beitreten").
    if (!err && 'card' in who && this.joinedAs) saveCardName(who.card, this.joinedAs);
    return err;
  }

  /** The seat's name from the last `welcome` (a card brings the apprentice's name). */
  private joinedAs: string | null = null;

  /** The last solo practice's task set: "Nochmal" plays the same set again. */
  private soloSet: { gameId: string; set: { setId: string; card: string } } | null = null;

  private startSolo(gameId: string, level: number, set?: { setId: string; card: string }): Promise<ErrorCode | null> {
    this.soloSet = set ? { gameId, set } : null;
    return this.open((net) => net.createSoloRoom(gameId, level, lang(), set));
  }

  /** Opens a room and enters it; returns the error code when that failed. */
  private async open(connect: (net: Net) => Promise<SessionRoom>): Promise<ErrorCode | null> {
    try {
      const net = await loadNet();
      await this.enter(net, await connect(net));
      return null;
    } catch (err) {
      const code = joinErrorCode(err);
      hook.lastError = code;
      if (code === 'VERSION_MISMATCH') {
        this.showError(code);
        return null;
      }
      return code;
    }
  }

  private async enter(net: Net, room: SessionRoom): Promise<void> {
    let session: GameSession;
    try {
      session = await net.GameSession.open(room);
    } catch (err) {
      void room.leave(true).catch(() => {});
      throw err;
    }
    const welcome = session.welcome;
    this.joinedAs = welcome?.role === 'player' ? welcome.nickname : null;
    if (welcome) rememberSession({ roomId: room.roomId, key: welcome.key, role: welcome.role, code: welcome.code, ...(this.joiningAs && welcome.role === 'player' ? { identity: this.joiningAs } : {}) });
    this.joiningAs = null;
    this.rebuild = null;
    this.view?.dispose();
    this.view = new SessionView(this.shell, session, {
      left: () => void this.leave(),
      ended: (reason, phase) => this.ended(reason, phase, session.kickCode),
      practice: (gameId, level) => void this.practiceAgain(gameId, level),
    });
    this.history.push(null);
  }

  /**
   * Takes the stored seat or host controls back (page reload, "continue my round", a lost
   * connection). While the server cannot be reached it tries `attempts` times in all.
   */
  private async rejoin(stored: StoredSession, attempts = 1): Promise<void> {
    this.shell.setBanner('net.connecting');
    try {
      const net = await loadNet();
      await this.enter(net, await net.rejoinRoom(stored.roomId, stored.role, stored.key, lang()));
    } catch (err) {
      const code = joinErrorCode(err);
      hook.lastError = code;
      const passing = rejoinMayRetry(code);
      if (passing && attempts > 1) {
        // The server may be restarting, busy or the Wi-Fi coming back: wait a little, try again.
        await new Promise((r) => setTimeout(r, REJOIN_RETRY_MS));
        return this.rejoin(stored, attempts - 1);
      }
      // No answer about the seat: keep the secret, a reload may still get the seat back.
      if (passing) return this.showError(code);
      // The trainer's sign-in expired: keep the round, sign in, then take the controls back.
      if (code === 'AUTH_REQUIRED' && stored.role === 'host') {
        setSignedIn(null);
        return void this.trainer.withTrainer(() => void this.rejoin(stored), 'login.forHosting', true);
      }
      forgetSession(stored.role === 'host');
      if (stored.role === 'player') forgetSavedSeat(stored.code);
      if (code === 'VERSION_MISMATCH') return this.showError(code);
      if (stored.role === 'player' && stored.code) {
        setJoinDraft(stored.code);
        return this.join(code);
      }
      // The trainer's round is gone: "no round with this code" would speak to a player.
      this.home(errorText(code === 'SESSION_NOT_FOUND' ? 'SESSION_OVER' : code));
    } finally {
      this.shell.setBanner(null);
    }
  }

  /** From the practice summary: leaves the solo room, then starts `level` (null: the practice choice). */
  private async practiceAgain(gameId: string, level: number | null): Promise<void> {
    await this.leave(false);
    if (level === null) return this.solo();
    const err = await this.startSolo(gameId, level, this.soloSet?.gameId === gameId ? this.soloSet.set : undefined);
    if (err) this.home(errorText(err));
  }

  /** Leaves the session on purpose; `thenHome` false when Back shows the previous screen instead. */
  private async leave(thenHome = true): Promise<void> {
    const view = this.view;
    this.view = null;
    view?.dispose();
    forgetSession(view?.session.role === 'host');
    resetSessionHook();
    if (thenHome) this.home();
    await view?.session.leave();
  }

  private ended(reason: EndReason, lastPhase: string | null, kickCode: ErrorCode = 'KICKED'): void {
    const view = this.view;
    this.view = null;
    view?.dispose();
    if (reason === 'kicked') {
      forgetSession(false);
      resetSessionHook();
      return this.showError(kickCode);
    }
    if (reason === 'replaced') {
      resetSessionHook();
      return this.showError('CONNECTION_LOST', t('net.replaced'));
    }
    // The round is over anyway: the podium stays on screen, its button leads home.
    if (lastPhase === 'podium') {
      forgetSession(view?.session.role === 'host');
      this.view = view; // so "back to start" still runs the normal leave
      return;
    }
    // The SDK gave up reconnecting; one fresh join with the key may still find the seat.
    resetSessionHook();
    const now = Date.now();
    this.autoRejoins = this.autoRejoins.filter((at) => now - at < AUTO_REJOIN_WINDOW_MS);
    const stored = tabSession();
    if (stored && this.autoRejoins.length < MAX_AUTO_REJOINS) {
      this.autoRejoins.push(now);
      void this.rejoin(stored, LOST_REJOIN_ATTEMPTS);
    } else {
      this.showError('CONNECTION_LOST');
    }
  }
}
