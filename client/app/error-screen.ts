import type { ErrorCode } from '../../shared/protocol/errors.ts';
import { errorText, t } from '../i18n/index.ts';
import { button, h } from './dom.ts';
import { hook } from './hook.ts';
import type { Screen } from './shell.ts';

// Something ended the session or could not start it. The text says what to do next; a new
// version needs a reload, everything else can start over from home.

/** Codes where reloading the page is the fix. */
const RELOAD_FIXES: ReadonlySet<ErrorCode> = new Set(['VERSION_MISMATCH', 'CONNECTION_LOST', 'MESSAGE_UNKNOWN', 'JOIN_INVALID']);

export function errorScreen(code: ErrorCode, goHome: () => void, extra: string | null = null): Screen {
  hook.lastError = code;
  const reloadHelps = RELOAD_FIXES.has(code);
  const el = h('section', { class: 'screen screen-error' },
    h('h1', { text: t('error.title') }),
    h('p', { class: 'alert alert-on', role: 'alert', text: extra ?? errorText(code) }),
    h('div', { class: 'button-row' },
      reloadHelps ? button(t('common.reload'), () => location.reload(), { class: 'btn btn-large btn-primary' }) : null,
      button(t('common.home'), goHome, { class: `btn btn-large ${reloadHelps ? 'btn-secondary' : 'btn-primary'}` })),
  );
  return { id: 'error', el };
}
