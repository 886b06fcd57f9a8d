import type { ErrorCode } from '../../shared/protocol/errors.ts';
import { errorText, t } from '../i18n/index.ts';
import { button, h } from './dom.ts';
import { ct } from './check/check-texts.ts';
import { hook } from './hook.ts';
import type { Screen } from './shell.ts';
import { accountBox, type AccountActions } from './trainer/account-box.ts';

// Where a visit starts and where a failed one ends: the start page with the three ways in
// (big enough to hit with a thumb), and the error page that leads back to it.

export interface HomeActions extends AccountActions {
  host(): void;
  join(): void;
  practice(): void;
  /** Present when this browser opened a hosted round that may still run. */
  resumeHost?: () => void;
}

/** `message`: why we are back here (e.g. a failed rejoin), shown as an alert. */
export function homeScreen(actions: HomeActions, message: string | null = null): Screen {
  const busy = h('p', { class: 'hint', 'aria-live': 'polite' });
  const hostBtn = button(t('home.host'), () => {
    hostBtn.disabled = true;
    busy.textContent = t('home.creating');
    actions.host();
  }, { class: 'btn btn-secondary btn-large', 'aria-describedby': 'home-host-hint' });

  const account = accountBox(actions);
  const el = h('section', { class: 'screen screen-home phone-stage' },
    h('h1', { text: t('app.title') }),
    h('p', { class: 'lead', text: t('home.tagline') }),
    message ? h('p', { class: 'alert', role: 'alert', text: message }) : null,
    h('div', { class: 'choices' },
      h('div', { class: 'choice' },
        button(t('home.join'), () => actions.join(), { class: 'btn btn-primary btn-large', 'aria-describedby': 'home-join-hint' }),
        h('p', { id: 'home-join-hint', class: 'hint', text: t('home.joinHint') }),
      ),
      h('div', { class: 'choice' },
        button(t('home.practice'), () => actions.practice(), { class: 'btn btn-secondary btn-large', 'aria-describedby': 'home-practice-hint' }),
        h('p', { id: 'home-practice-hint', class: 'hint', text: t('home.practiceHint') }),
      ),
      h('div', { class: 'choice' },
        hostBtn,
        h('p', { id: 'home-host-hint', class: 'hint', text: t('home.hostHint') }),
        actions.resumeHost ? button(t('home.resumeHost'), () => actions.resumeHost?.(), { class: 'btn btn-secondary' }) : null,
        h('a', { class: 'btn btn-secondary home-check', href: '/?check', text: ct('title') }),
        busy,
      ),
    ),
    account.el,
  );
  return { id: 'home', el, destroy: account.destroy };
}

// Something ended the session or could not start it. The text says what to do next; a new
// version needs a reload, everything else can start over from home.

/** Codes where reloading the page is the fix. */
const RELOAD_FIXES: ReadonlySet<ErrorCode> = new Set(['VERSION_MISMATCH', 'CONNECTION_LOST', 'MESSAGE_UNKNOWN', 'JOIN_INVALID']);

export function errorScreen(code: ErrorCode, goHome: () => void, extra: string | null = null): Screen {
  hook.lastError = code;
  const reloadHelps = RELOAD_FIXES.has(code);
  const el = h('section', { class: 'screen screen-error phone-stage' },
    h('h1', { text: t('error.title') }),
    h('p', { class: 'alert alert-on', role: 'alert', text: extra ?? errorText(code) }),
    h('div', { class: 'button-row' },
      reloadHelps ? button(t('common.reload'), () => location.reload(), { class: 'btn btn-large btn-primary' }) : null,
      button(t('common.home'), goHome, { class: `btn btn-large ${reloadHelps ? 'btn-secondary' : 'btn-primary'}` })),
  );
  return { id: 'error', el };
}
