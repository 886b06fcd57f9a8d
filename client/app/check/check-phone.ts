import { button, h, replace } from '../dom.ts';
import type { Screen } from '../shell.ts';
import { checkApi, deviceLabel } from './check-api.ts';
import { ct } from './check-texts.ts';
import './check.css';

// The phone's side of "Verbindung prüfen": measures a few round trips to the server,
// reports them (the projector then lists this phone) and says how it went.

const SAMPLES = 5;
const PHONE_KEY = 'arcade.checkPhone';

/** An id for this tab, so a reload updates the projector's line instead of adding one. */
function phoneId(): string {
  try {
    const kept = sessionStorage.getItem(PHONE_KEY);
    if (kept) return kept;
    const made = `p-${crypto.getRandomValues(new Uint32Array(3)).join('-')}`;
    sessionStorage.setItem(PHONE_KEY, made);
    return made;
  } catch {
    return `p-${crypto.getRandomValues(new Uint32Array(3)).join('-')}`;
  }
}

type PhoneState = { kind: 'measuring' } | { kind: 'ok'; rttMs: number; n: number } | { kind: 'gone' } | { kind: 'failed' };

export function checkPhoneScreen(checkId: string): Screen {
  let state: PhoneState = { kind: 'measuring' };
  const title = h('h1');
  const status = h('p', { class: 'check-status', role: 'status', 'aria-live': 'polite', 'data-testid': 'check-status' });
  const hint = h('p', { class: 'hint' });
  const actions = h('div', { class: 'button-row' });
  const el = h('section', { class: 'screen screen-check-phone' }, title, status, hint, actions);

  function render(): void {
    title.textContent = ct('title');
    status.className = `check-status check-${state.kind}`;
    status.textContent = state.kind === 'ok' ? ct('phoneOk', { ms: state.rttMs }) : state.kind === 'gone' ? ct('phoneGone') : state.kind === 'failed' ? ct('phoneFailed') : ct('phoneMeasuring');
    hint.textContent = state.kind === 'ok' ? ct('phoneOkHint', { n: state.n }) : '';
    replace(actions, state.kind === 'measuring' ? null : button(ct('again'), () => void measure(), { class: 'btn btn-secondary btn-large' }));
  }

  async function measure(): Promise<void> {
    state = { kind: 'measuring' };
    render();
    try {
      await checkApi.ping(checkId); // the first one opens the connection: not counted
      const samples: number[] = [];
      for (let i = 0; i < SAMPLES; i++) samples.push(Math.round(await checkApi.ping(checkId)));
      const arrival = await checkApi.arrive(checkId, phoneId(), deviceLabel(), samples);
      state = { kind: 'ok', rttMs: arrival.rttMs, n: arrival.n };
    } catch (err) {
      state = (err as { status?: number }).status === 404 ? { kind: 'gone' } : { kind: 'failed' };
    }
    render();
  }

  render();
  void measure();
  return { id: 'check-phone', el, relabel: render };
}
