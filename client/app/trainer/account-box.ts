import { t } from '../../i18n/index.ts';
import type { Me } from '../../net/accounts-api.ts';
import { button, h } from '../dom.ts';
import { onSignedInChange, signedIn } from './signed-in.ts';

// The start page's trainer corner: who is signed in, the way into the trainer area and
// sign-out; when nobody is, one quiet link to sign in. Updates itself when that changes.

export interface AccountActions {
  trainerArea(): void;
  signOut(): void;
}

export function accountBox(actions: AccountActions): { el: HTMLElement; destroy(): void } {
  const el = h('section', { class: 'account-box', 'aria-label': t('account.label') });
  const render = (me: Me | null) => {
    if (!me) {
      el.replaceChildren(button(t('account.toArea'), () => actions.trainerArea(), { class: 'btn btn-link' }));
      return;
    }
    const who = me.company ? t('account.signedInAt', { name: me.trainer.displayName, company: me.company.name }) : t('account.signedInPlatform', { name: me.trainer.displayName });
    el.replaceChildren(
      h('p', { class: 'hint', 'data-testid': 'signed-in-as', text: who }),
      h('div', { class: 'button-row' },
        button(t('area.title'), () => actions.trainerArea(), { class: 'btn btn-secondary btn-small' }),
        button(t('account.signOut'), () => actions.signOut(), { class: 'btn btn-secondary btn-small' })));
  };
  render(signedIn());
  return { el, destroy: onSignedInChange(render) };
}
