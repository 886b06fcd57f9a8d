import { gameTestTone, gameUsesSound } from '../../games/index.ts';
import { t } from '../../i18n/index.ts';
import { button, h, replace } from '../dom.ts';

// Issue 19, M4: no web API tells whether a phone's volume is up or its silent switch off.
// So before a round whose signals are sounds, the phone plays the stimulus tone itself (on
// the game's channel, which the app's music/effects mute never touches) and asks "Hörst du
// den Ton?". A phone that has not said yes is warned in plain words, and after the round
// its missed sound signals say why (roundNotes in round-notes.ts).

export type Heard = 'yes' | 'no' | null;

/** This page's answer (a phone keeps it for the session; "Nochmal testen" asks again). */
let heard: Heard = null;
const listeners = new Set<() => void>();
type Tone = { play(name: 'tone'): number | null };
let tone: Promise<Tone> | null = null;

export function soundCheckAnswer(): Heard {
  return heard;
}

/** Calls `fn` after every answer (the session reports it to the host: ready-report.ts). */
export function onSoundAnswer(fn: () => void): void {
  listeners.add(fn);
}

function answer(value: Heard): void {
  heard = value;
  for (const fn of listeners) fn();
}

/** Plays the game's stimulus tone (loads the kit's sound on the first tap). */
async function playTone(url: string): Promise<boolean> {
  tone ??= import('../../kit/sound.ts').then(({ SoundSet }) => new SoundSet({ tone: url }));
  const set = await tone;
  // The first play may come before the file is decoded: try again shortly.
  if (set.play('tone') !== null) return true;
  await new Promise((r) => setTimeout(r, 300));
  return set.play('tone') !== null;
}

/**
 * The sound check box for a round of `gameId` at `level`, or null when that round plays no
 * sounds. `urgent` (the countdown): an unconfirmed phone gets the warning at once.
 */
export function soundCheckBox(gameId: string, level: number, urgent: boolean): { el: HTMLElement; destroy(): void } | null {
  const url = gameTestTone(gameId);
  if (!url || !gameUsesSound(gameId, level)) return null;
  const el = h('div', { class: 'sound-check', 'data-testid': 'sound-check', role: 'group', 'aria-label': t('soundCheck.title') });
  let played = false;
  const test = () => {
    void playTone(url).then((ok) => {
      played = true;
      if (!ok) answer('no');
      else draw();
    }).catch(() => answer('no'));
  };
  const draw = () => {
    const testButton = button(heard === null && !played ? t('soundCheck.play') : t('soundCheck.again'), test, { class: 'btn btn-secondary' });
    if (heard === 'yes') {
      replace(el, h('p', { class: 'sound-check-ok', text: t('soundCheck.ok') }), testButton);
      return;
    }
    const warn = heard === 'no' || urgent
      ? h('p', { class: 'sound-check-warn', role: 'alert', 'data-testid': 'sound-warning', text: t('soundCheck.warning') })
      : null;
    const ask = played
      ? h('div', { class: 'button-row' },
        button(t('soundCheck.yes'), () => answer('yes'), { class: 'btn btn-primary' }),
        button(t('soundCheck.no'), () => answer('no'), { class: 'btn btn-secondary' }))
      : null;
    // The warning first, and scrolled into view: at its old place under the buttons it was
    // below the fold of a 360×640 phone (issue 19's layout check).
    replace(el,
      warn,
      h('p', { class: 'sound-check-title', text: t('soundCheck.question') }),
      h('p', { class: 'sound-check-hint', text: t('soundCheck.hint') }),
      testButton, ask);
    if (warn && heard === 'no') requestAnimationFrame(() => warn.scrollIntoView?.({ block: 'nearest' }));
  };
  listeners.add(draw);
  draw();
  return { el, destroy: () => listeners.delete(draw) };
}

/** The lobby's sound check: shown while the playlist holds a round with sound signals. */
export function lobbySoundCheck(): { el: HTMLElement; update(playlist: readonly { gameId: string; level: number }[]): void; destroy(): void } {
  const el = h('div');
  let key = '';
  let box: ReturnType<typeof soundCheckBox> = null;
  return {
    el,
    update(playlist) {
      const item = playlist.find((i) => gameUsesSound(i.gameId, i.level) && gameTestTone(i.gameId));
      const next = item ? `${item.gameId}:${item.level}` : '';
      if (next === key) return;
      key = next;
      box?.destroy();
      box = item ? soundCheckBox(item.gameId, item.level, false) : null;
      el.replaceChildren(box?.el ?? '');
    },
    destroy: () => box?.destroy(),
  };
}
