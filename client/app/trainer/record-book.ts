import { errorText, lang, t } from '../../i18n/index.ts';
import type { Apprentice } from '../../net/accounts-api.ts';
import { downloadUrl } from '../../net/accounts-api.ts';
import { h, uid } from '../dom.ts';
import { currentWeek, parsePeriod } from '../../../shared/record-book/period.ts';
import { inputField } from './form-kit.ts';
import { wireDownload } from './section-kit.ts';

// The record-book supplement (Beilage zum Ausbildungsnachweis, PDF): a period picker (default
// the week that contains today) and "Punkte zeigen", for one apprentice on the record page or for
// several in the apprentice list (a ZIP with one PDF each). Download links that fetch first
// (wireDownload): a refusal (RECORD_BOOK_BUSY, …) shows its message beside the link; a wrong
// period disables the link.

interface Options { el: HTMLElement; query: () => string | null; onChange: (fn: () => void) => void }

function options(): Options {
  const week = currentWeek(Date.now());
  const from = inputField(t('recordBook.from'), { type: 'date', required: true }, { value: week.from });
  const to = inputField(t('recordBook.to'), { type: 'date', required: true }, { value: week.to });
  const scoresId = uid('scores');
  const scores = h('input', { id: scoresId, type: 'checkbox' });
  const problem = h('p', { class: 'hint', 'aria-live': 'polite' });
  const el = h('div', { class: 'record-book-options' },
    h('div', { class: 'field-row' }, from.wrap, to.wrap),
    h('div', { class: 'check' }, scores, h('label', { for: scoresId, text: t('recordBook.scores') })),
    problem);
  const query = () => {
    const period = parsePeriod(from.input.value, to.input.value, Date.now());
    problem.textContent = period.ok ? '' : errorText(period.code);
    return period.ok ? `from=${period.value.from}&to=${period.value.to}${scores.checked ? '&scores=1' : ''}&lang=${lang()}` : null;
  };
  return { el, query, onChange: (fn) => el.addEventListener('input', fn) };
}

/** Points a download link at `href`, or disables it (no href) while the period is wrong. */
function setHref(link: HTMLAnchorElement, href: string | null): void {
  if (href) {
    link.href = href;
    link.removeAttribute('aria-disabled');
  } else {
    link.removeAttribute('href');
    link.setAttribute('aria-disabled', 'true');
  }
}

const link = (label: string, aria: string) => wireDownload(h('a', { class: 'btn btn-secondary btn-small', download: '', 'aria-label': aria, text: label }));

/** The download of one apprentice's supplement (apprentice record page). */
export function recordBookOne(a: Pick<Apprentice, 'id' | 'displayName'>): HTMLElement {
  const o = options();
  const pdf = link(t('recordBook.download'), t('recordBook.downloadOf', { name: a.displayName }));
  const update = () => setHref(pdf, ((q) => (q ? downloadUrl.recordBookPdf(a.id, q) : null))(o.query()));
  o.onChange(update);
  update();
  return h('section', { class: 'record-book', 'data-testid': 'record-book' },
    h('h4', { text: t('recordBook.title') }), h('p', { class: 'hint', text: t('recordBook.hint') }), o.el, pdf);
}

/** The download for several apprentices at once, or all (apprentice list). */
export function recordBookBatch(list: readonly Apprentice[]): HTMLElement | null {
  if (list.length === 0) return null;
  const o = options();
  const fieldset = h('fieldset', { class: 'choose-list' }, h('legend', { text: t('recordBook.choose') }));
  const boxes: [HTMLInputElement, Apprentice][] = list.map((a) => {
    const id = uid('rb');
    const box = h('input', { id, type: 'checkbox', value: a.id });
    fieldset.append(h('div', { class: 'check' }, box, h('label', { for: id, text: a.displayName })));
    return [box, a];
  });
  const chosenLink = link('', t('recordBook.downloadChosenAria'));
  const allLink = link(t('recordBook.downloadAll'), t('recordBook.downloadAllAria', { n: list.length }));
  const update = () => {
    const q = o.query();
    const ids = boxes.filter(([box]) => box.checked).map(([, a]) => a.id);
    chosenLink.textContent = t('recordBook.downloadChosen', { n: ids.length });
    setHref(chosenLink, q && ids.length > 0 ? downloadUrl.recordBookZip(ids, q) : null);
    setHref(allLink, q ? downloadUrl.recordBookZip([], q) : null);
  };
  o.onChange(update);
  fieldset.addEventListener('change', update);
  update();
  return h('details', { class: 'card record-book', 'data-testid': 'record-book-batch' },
    h('summary', { text: t('recordBook.batchTitle') }),
    h('p', { class: 'hint', text: t('recordBook.batchHint') }),
    o.el, fieldset, h('div', { class: 'button-row' }, chosenLink, allLink));
}
