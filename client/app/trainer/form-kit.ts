import type { ErrorCode } from '../../../shared/protocol/errors.ts';
import { errorText, lang, t, type MessageKey } from '../../i18n/index.ts';
import { ApiError } from '../../net/api.ts';
import { button, h, uid } from '../dom.ts';
import { hook } from '../hook.ts';

// Small building blocks of the trainer forms: labelled inputs whose typed text survives a
// rebuild of the screen (language switch), one alert per form that shows the server's error
// in the user's language, and an inline "are you sure" step for destructive actions.

/** Typed values by draft key, for this page load only (never passwords). */
const drafts = new Map<string, string>();

type InputAttrs = Record<string, string | number | boolean>;

/** A labelled input; `draft` keeps its value across rebuilds. */
export function inputField(label: string, attrs: InputAttrs = {}, opts: { draft?: string; hint?: string; value?: string } = {}): { wrap: HTMLElement; input: HTMLInputElement } {
  const id = uid('in');
  const hintId = `${id}-hint`;
  const input = h('input', { id, type: 'text', ...(opts.hint ? { 'aria-describedby': hintId } : {}), ...attrs });
  const draftKey = opts.draft;
  input.value = (draftKey ? drafts.get(draftKey) : undefined) ?? opts.value ?? '';
  if (draftKey) input.addEventListener('input', () => drafts.set(draftKey, input.value));
  const wrap = h('div', { class: 'field' },
    h('label', { for: id, text: label }),
    input,
    opts.hint ? h('p', { id: hintId, class: 'hint', text: opts.hint }) : null);
  return { wrap, input };
}

/** Forgets the drafts whose key starts with `prefix` (after a successful save). */
export function clearDrafts(prefix: string): void {
  for (const key of drafts.keys()) if (key.startsWith(prefix)) drafts.delete(key);
}

/** The error code of any failure (ApiError from the API, anything else a server error). */
export function errorCodeOf(err: unknown): ErrorCode {
  return err instanceof ApiError ? err.code : 'SERVER_ERROR';
}

/** A form's alert line: shows an error code's text (or a plain message) and marks the field to fix. */
export class FormAlert {
  readonly el = h('p', { class: 'alert', role: 'alert' });
  private marked: HTMLElement | null = null;

  show(err: ErrorCode | null, field: HTMLElement | null = null): void {
    this.text(err ? errorText(err) : null, field);
    if (err) hook.lastError = err;
  }

  /** Several problems at once (m16: a form says everything to fix in one go): one line each, every field marked, the first focused. */
  many(problems: readonly { message: string; field: HTMLElement }[]): void {
    if (problems.length <= 1) return this.text(problems[0]?.message ?? null, problems[0]?.field ?? null);
    this.text(null);
    this.el.replaceChildren(...problems.map((p) => h('span', { class: 'alert-line', text: p.message })));
    this.el.classList.add('alert-on');
    for (const p of problems) p.field.setAttribute('aria-invalid', 'true');
    this.extra = problems.map((p) => p.field);
    problems[0]?.field.focus();
  }

  private extra: HTMLElement[] = [];

  text(message: string | null, field: HTMLElement | null = null): void {
    for (const f of this.extra) f.removeAttribute('aria-invalid');
    this.extra = [];
    this.marked?.removeAttribute('aria-invalid');
    this.marked = field;
    this.el.textContent = message ?? '';
    this.el.classList.toggle('alert-on', Boolean(message));
    if (field) {
      field.setAttribute('aria-invalid', 'true');
      field.focus();
    }
  }
}

/**
 * Runs `work` with the button disabled and a busy text in `status`; errors go to `alert`
 * (the field chosen by `fieldFor`), typed input stays. Resolves with null on success, else
 * the error code.
 */
export async function runAction(opts: {
  button: HTMLButtonElement;
  status?: HTMLElement;
  alert: FormAlert;
  work: () => Promise<void>;
  fieldFor?: (code: ErrorCode) => HTMLElement | null;
  onAuthLost?: () => void;
}): Promise<ErrorCode | null> {
  if (opts.button.disabled) return 'WRONG_PHASE';
  opts.button.disabled = true;
  if (opts.status) opts.status.textContent = t('trainer.busy');
  try {
    await opts.work();
    opts.alert.show(null);
    return null;
  } catch (err) {
    const code = errorCodeOf(err);
    if (code === 'AUTH_REQUIRED' && opts.onAuthLost) opts.onAuthLost();
    else opts.alert.show(code, opts.fieldFor?.(code) ?? null);
    return code;
  } finally {
    opts.button.disabled = false;
    if (opts.status) opts.status.textContent = '';
  }
}

/**
 * A destructive action asks first, inline (no browser dialog): the question, what will
 * happen, and two buttons. Focus moves to "cancel" so Enter never confirms by accident.
 */
export function confirmPanel(opts: { question: string; details: string[]; confirm: MessageKey; onConfirm: () => void; onCancel: () => void }): HTMLElement {
  const titleId = uid('confirm');
  const cancel = button(t('trainer.cancel'), () => opts.onCancel(), { class: 'btn btn-secondary' });
  const panel = h('div', { class: 'confirm-panel', role: 'group', 'aria-labelledby': titleId },
    h('p', { id: titleId, class: 'confirm-question', text: opts.question }),
    ...opts.details.map((d) => h('p', { text: d })),
    h('div', { class: 'button-row' },
      button(t(opts.confirm), () => opts.onConfirm(), { class: 'btn btn-danger' }),
      cancel));
  queueMicrotask(() => cancel.focus());
  return panel;
}

/** "12.05.2026" / "05/12/2026" in the page's language. */
export function formatDate(iso: string | null, withTime = false): string {
  if (!iso) return '–';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '–';
  const locale = lang() === 'en' ? 'en-GB' : 'de-DE';
  return d.toLocaleString(locale, withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' });
}
