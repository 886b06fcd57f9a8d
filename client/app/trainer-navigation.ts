import type { ErrorCode } from '../../shared/protocol/errors.ts';
import { errorText, t, type MessageKey } from '../i18n/index.ts';
import { accountsApi, type BoardPeriod, type Me } from '../net/accounts-api.ts';
import { joinErrorCode } from '../net/api.ts';
import type { Screen } from './shell.ts';
import type { PrintedCard, SectionId } from './trainer/area-context.ts';
import { checkSignedIn, setSignedIn, signOut } from './trainer/signed-in.ts';

type TrainerUi = typeof import('./trainer/trainer-entry.ts');

// The trainer's way through the app: sign-in or first-run setup when needed, the trainer
// area and its sections, the card print view and the projector board page. The screens
// themselves load on demand, so apprentices' phones never download them.

/** What the trainer navigation needs from the app around it. */
export interface AppNavigation {
  /** Shows a screen outside a session (rebuilt on a language switch). */
  showStatic(factory: () => Screen): void;
  home(message?: string | null): void;
  showError(code: ErrorCode): void;
  /** Hosts a new round (the app owns sessions). */
  hostNew(): void;
}

export function trainerNavigation(app: AppNavigation) {
  /** Signs out on the server (best effort), then back to the start page. */
  const signOutHome = (): void => {
    void signOut().catch(() => {}).then(() => app.home());
  };

  /** The trainer screens; null (after showing the error) when loading them failed. */
  const loadUi = async (): Promise<TrainerUi | null> => {
    try {
      return await import('./trainer/trainer-entry.ts');
    } catch {
      app.showError('CONNECTION_LOST');
      return null;
    }
  };

  /**
   * Runs `next` with the signed-in trainer. When nobody is signed in (or `askFirst`: the
   * server just refused the sign-in), shows the sign-in form, or the first-run setup on a
   * fresh installation, and continues with `next` after it.
   */
  const withTrainer = async (next: (me: Me) => void, reason: MessageKey, askFirst = false): Promise<void> => {
    if (!askFirst) {
      try {
        const me = await checkSignedIn();
        if (me) return next(me);
      } catch (err) {
        return app.home(errorText(joinErrorCode(err)));
      }
    }
    const ui = await loadUi();
    if (!ui) return;
    let setupNeeded = false;
    try {
      setupNeeded = await accountsApi.setupNeeded();
    } catch {
      // The sign-in form then reports the server's state itself.
    }
    const actions = { done: next, back: () => app.home() };
    const login = (why: string) => app.showStatic(() => ui.loginScreen(actions, why));
    if (setupNeeded) app.showStatic(() => ui.setupScreen({ ...actions, toLogin: () => login(errorText('SETUP_DONE')) }));
    else login(t(reason));
  };

  const showArea = (ui: TrainerUi, me: Me, section: SectionId, param: string | null): void => {
    app.showStatic(() => ui.trainerAreaScreen(me, section, param, {
      home: () => app.home(),
      host: () => app.hostNew(),
      signOut: signOutHome,
      go: (s, p) => showArea(ui, me, s, p),
      print: (cards: PrintedCard[]) => app.showStatic(() => ui.cardsPrintScreen(cards, me.company?.name ?? '', () => showArea(ui, me, 'cards', null))),
      authLost: () => {
        setSignedIn(null);
        void withTrainer((m) => showArea(ui, m, section, param), 'login.expired', true);
      },
    }));
  };

  /** The trainer area ("Ausbilderbereich") at a section; asks for the sign-in first when needed. */
  const area = (section: SectionId = 'apprentices', param: string | null = null): void => {
    void withTrainer(async (me) => {
      const ui = await loadUi();
      if (ui) showArea(ui, me, section, param);
    }, 'login.forArea');
  };

  /** The projector board page; it refreshes itself and asks for the sign-in when needed. */
  const boardPage = (game: string, period: BoardPeriod): void => {
    import('./board/board-page.ts').then(
      (mod) => app.showStatic(() => mod.boardPageScreen(game, period, {
        signIn: () => {
          setSignedIn(null);
          void withTrainer(() => boardPage(game, period), 'login.forBoard', true);
        },
      })),
      () => app.showError('CONNECTION_LOST'),
    );
  };

  return { withTrainer, area, boardPage, signOut: signOutHome };
}
