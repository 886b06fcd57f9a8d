import { errorText, t } from '../../i18n/index.ts';
import { fetchDownload, type DownloadDeps } from '../../net/download.ts';
import { button, h, uid } from '../dom.ts';
import { hook } from '../hook.ts';
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

/**
 * A download link (CSV, XLSX, PDF, ZIP, JSON export) that fetches before it saves
 * (wireDownload): a refusal shows its message beside the link instead of being saved as a file.
 */
export function downloadLink(href: string, label: string, ariaLabel: string | null = null): HTMLAnchorElement {
  return wireDownload(h('a', { class: 'btn btn-secondary btn-small', href, download: '', 'aria-label': ariaLabel, text: label }));
}

/**
 * Makes a download link fetch its address (the current href: callers may change it) on click:
 * a 2xx is saved under the server's file name, a refusal (rate limit, period, too many rows, a
 * signed-out session) shows the error's text in a role=alert line right after the link, which
 * the next successful download clears. A link without href (aria-disabled) does nothing; a
 * second click while one runs is ignored. The link stays an <a href download>, so "Save link
 * as…" still works. Returns the link.
 */
export function wireDownload(link: HTMLAnchorElement, deps?: DownloadDeps): HTMLAnchorElement {
  let alert: HTMLElement | null = null;
  link.addEventListener('click', (ev) => {
    // Ctrl/⌘/middle click: the browser's own way (new tab, save as).
    if (ev.defaultPrevented || ev.button !== 0 || ev.ctrlKey || ev.metaKey || ev.shiftKey || ev.altKey) return;
    ev.preventDefault();
    const href = link.getAttribute('href');
    if (!href || link.getAttribute('aria-busy') === 'true') return;
    link.setAttribute('aria-busy', 'true');
    void fetchDownload(href, deps).then((outcome) => {
      link.removeAttribute('aria-busy');
      if (outcome.ok) {
        alert?.replaceChildren();
        alert?.classList.remove('alert-on');
        return;
      }
      hook.lastError = outcome.code;
      if (!alert || !alert.isConnected) {
        alert = h('p', { class: 'alert download-alert', role: 'alert' });
        link.after(alert);
      }
      alert.classList.add('alert-on');
      alert.textContent = errorText(outcome.code);
    });
  });
  return link;
}
