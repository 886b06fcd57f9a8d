import { loadGame } from '../../games/index.ts';
import { h } from '../dom.ts';
import { t } from '../../i18n/index.ts';
import type { SessionCtx } from '../widgets.ts';
import { onSoundAnswer, soundCheckAnswer, type Heard } from './sound-check.ts';

// The phone's side of `ready` (docs/PROTOCOL.md §5): it downloads the playlist's games in
// the lobby and tells the server which ones are loaded. The first report (maybe empty) says
// "this phone reports readiness", so the countdown waits for it (bounded) until it is loaded.

const loaded = new Set<string>();
/** The last report per connection: no repeats of the same list. */
const lastSent = new WeakMap<object, string>();

function send(ctx: SessionCtx): void {
  const games = [...loaded].sort();
  const key = games.join(',');
  if (lastSent.get(ctx.session) === key) return;
  lastSent.set(ctx.session, key);
  ctx.send('ready', { games });
}

// The sound check's answer goes with it: the host's player list marks a phone that hears nothing.
const soundSent = new WeakMap<object, Heard>();
let soundCtx: SessionCtx | null = null;
function sendSound(): void {
  const heard = soundCheckAnswer();
  if (!soundCtx || heard === null || soundSent.get(soundCtx.session) === heard) return;
  soundSent.set(soundCtx.session, heard);
  soundCtx.send('sound', { heard: heard === 'yes' });
}
onSoundAnswer(sendSound);

/** Starts loading `gameIds` and reports to the server now and after each one has loaded (and the sound check's answer). */
export function reportReady(ctx: SessionCtx, gameIds: readonly string[]): void {
  soundCtx = ctx;
  sendSound();
  send(ctx);
  for (const id of new Set(gameIds)) {
    if (loaded.has(id)) continue;
    loadGame(id).then(() => {
      loaded.add(id);
      send(ctx);
    }, () => {}); // a failed download is tried again with the next snapshot or at play
  }
}

/** The late phone's loading bar (indeterminate: a dynamic import reports no bytes). */
export function loadingBar(): HTMLElement {
  return h('div', { class: 'stage-loading', 'data-testid': 'game-loading' },
    h('p', { id: 'game-loading-label', text: t('play.loading') }),
    h('progress', { 'aria-labelledby': 'game-loading-label' }));
}
