import { fetchPracticeSets, type PracticeSet } from '../net/api.ts';
import { savedCard } from '../net/card-store.ts';
import { t } from '../i18n/index.ts';
import { h } from './dom.ts';
import { paintGame } from './show/game-look.ts';
import './practice-set-tiles.css';

// Solo practice with a company's own task sets (issue 20 §1): with a card on this phone, the
// practice screen asks which Werkstatt sets the card's company has and offers each as a tile
// beside the games (same radio group). The card goes along only to name the company.

/** The game that plays stored sets. */
export const SET_GAME = 'werkstatt';

/** One tile per set, in the practice screen's radio group `name`; `checked` says which set is chosen now. */
export function setTiles(sets: readonly PracticeSet[], name: string, checked: string | null, pick: (set: PracticeSet) => void): HTMLElement[] {
  if (sets.length === 0) return [];
  return [
    h('p', { class: 'game-tiles-sub', text: t('solo.ownSets') }),
    ...sets.map((set) => {
      const id = `solo-set-${set.id}`;
      const radio = h('input', { type: 'radio', name, id, value: `set:${set.id}`, 'aria-labelledby': `${id}-title`, 'aria-describedby': `${id}-summary` });
      radio.checked = set.id === checked;
      radio.addEventListener('change', () => {
        if (radio.checked) pick(set);
      });
      const tile = h('label', { class: 'game-tile game-tile-set', for: id, 'data-set-id': set.id },
        radio,
        h('span', { class: 'game-tile-title' }, h('span', { id: `${id}-title`, text: set.title }), h('span', { class: 'game-tile-check', 'aria-hidden': 'true', text: ' ✓' })),
        h('span', { class: 'game-tile-summary', id: `${id}-summary`, text: t('solo.setSummary', { n: set.tasks }) }));
      paintGame(tile, SET_GAME);
      return tile;
    }),
  ];
}

/** The sets of the card on this phone ([] without a card, for an unknown card, or offline: the games still work). */
export async function cardSets(): Promise<{ card: string; sets: PracticeSet[] } | null> {
  const card = savedCard();
  if (!card) return null;
  try {
    return { card, sets: await fetchPracticeSets(card) };
  } catch {
    return null;
  }
}
