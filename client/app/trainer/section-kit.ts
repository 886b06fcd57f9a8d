import { errorText, t } from '../../i18n/index.ts';
import { button, h, uid } from '../dom.ts';
import type { AreaCtx } from './area-context.ts';
import { errorCodeOf } from './form-kit.ts';

// The frame of a trainer-area section and the loading of its data.

/** A section with its heading (h2: the page's h1 is the area's title). */
export function sectionEl(title: string, ...children: (Node | null)[]): HTMLElement {
  const id = uid('sec');
  const el = h('section', { class: 'area-section', 'aria-labelledby': id }, h('h2', { id, text: title }));
  for (const c of children) if (c) el.append(c);
  return el;
}

/**
 * Loads data into `holder`: a busy line, then `render(data)`, or the error with a retry
 * button. An expired sign-in goes to the sign-in screen.
 */
export function loadInto<T>(holder: HTMLElement, ctx: AreaCtx, load: () => Promise<T>, render: (data: T) => Node): void {
  holder.setAttribute('aria-busy', 'true');
  holder.replaceChildren(h('p', { class: 'hint', text: t('trainer.loading') }));
  load().then(
    (data) => holder.replaceChildren(render(data)),
    (err: unknown) => {
      const code = errorCodeOf(err);
      if (code === 'AUTH_REQUIRED') return ctx.authLost();
      holder.replaceChildren(
        h('p', { class: 'alert alert-on', role: 'alert', text: errorText(code) }),
        button(t('trainer.retry'), () => loadInto(holder, ctx, load, render), { class: 'btn btn-secondary' }));
    },
  ).finally(() => holder.removeAttribute('aria-busy'));
}

/** A download link (CSV, JSON export): a plain GET the browser saves with the session cookie. */
export function downloadLink(href: string, label: string, ariaLabel: string | null = null): HTMLAnchorElement {
  return h('a', { class: 'btn btn-secondary btn-small', href, download: '', 'aria-label': ariaLabel, text: label });
}
