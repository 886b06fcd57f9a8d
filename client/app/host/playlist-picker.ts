import { GAMES } from '../../../shared/games/index.ts';
import { MAX_PLAYLIST_ITEMS, MAX_ROUNDS_PER_ITEM } from '../../../shared/protocol/constants.ts';
import type { PlaylistEntry } from '../../../shared/protocol/messages.ts';
import { lang, t } from '../../i18n/index.ts';
import type { PlaylistSnapshot } from '../../net/snapshot.ts';
import { h, labelledSelect, setText, uid } from '../dom.ts';
import { levelText } from '../round-label.ts';
import { chosenSetTitle, setChoice } from './set-choice.ts';

// The trainer's playlist: every game of the shared registry with a checkbox, a level and a
// number of rounds. Each change goes to the server at once; the picker keeps its own values
// (one host edits it), so a state update never overwrites what the trainer is choosing.

/** The level choice that plays every level of a game once, easiest first. */
const ALL_LEVELS = 'all';

interface Entry {
  gameId: string;
  levels: readonly number[];
  include: HTMLInputElement;
  level: HTMLSelectElement;
  rounds: HTMLSelectElement;
  /** Games with stored content: the chosen company set ('' = the game's own levels). */
  set: HTMLSelectElement | null;
}

export class PlaylistPicker {
  readonly el: HTMLElement;
  private readonly entries: Entry[] = [];
  private readonly total = h('p', { class: 'hint', 'aria-live': 'polite' });

  constructor(initial: PlaylistSnapshot[], private readonly send: (items: PlaylistEntry[]) => void) {
    const groups = GAMES.map((game) => {
      const texts = game.texts[lang()];
      const mine = initial.filter((i) => i.gameId === game.id);
      const current = mine[0];
      // Every level once, in order, each with the same rounds: shown as "all levels in order".
      const allInOrder = game.levels.length > 1 && mine.length === game.levels.length
        && mine.every((i, k) => i.level === game.levels[k] && i.rounds === current?.rounds);
      const includeId = uid('include');
      const include = h('input', { id: includeId, type: 'checkbox' });
      include.checked = Boolean(current);
      // A company set names the level by its title (round-label.ts), not the example's level name.
      const levelOptions: [string, string][] = game.levels.map((l) => [String(l), levelText(lang(), game.id, l, current?.setTitle ?? '')]);
      if (game.levels.length > 1) {
        levelOptions.push([ALL_LEVELS, t('host.allLevels', { from: game.levels[0] ?? 1, to: game.levels.at(-1) ?? 1 })]);
      }
      const level = labelledSelect(t('host.level'), levelOptions, allInOrder ? ALL_LEVELS : String(current?.level ?? game.levels[0] ?? 1));
      const rounds = labelledSelect(
        t('host.rounds'),
        Array.from({ length: MAX_ROUNDS_PER_ITEM }, (_, i) => [String(i + 1), String(i + 1)]),
        String(current?.rounds ?? 3),
      );
      const relabel = () => {
        const title = set ? chosenSetTitle(set.select) : '';
        for (const option of level.select.options) {
          if (option.value !== ALL_LEVELS) option.textContent = levelText(lang(), game.id, Number(option.value), title);
        }
      };
      const set = game.authored ? setChoice(current?.setId ?? '', () => { relabel(); this.changed(); }, relabel) : null;
      const entry: Entry = { gameId: game.id, levels: game.levels, include, level: level.select, rounds: rounds.select, set: set?.select ?? null };
      this.entries.push(entry);
      for (const control of [include, level.select, rounds.select]) control.addEventListener('change', () => this.changed());
      return h('fieldset', { class: 'playlist-game' },
        h('legend', { text: texts.title }),
        h('p', { class: 'hint', text: texts.summary }),
        h('div', { class: 'check' }, include, h('label', { for: includeId, text: t('host.include') })),
        h('div', { class: 'row' }, set?.wrap, level.wrap, rounds.wrap),
      );
    });
    this.el = h('section', { class: 'card playlist-card', 'aria-labelledby': 'playlist-title' },
      h('h2', { id: 'playlist-title', text: t('host.playlist') }), ...groups, this.total);
    this.renderTotal();
  }

  /** The chosen items in registry order ("all levels" becomes one item per level). */
  items(): PlaylistEntry[] {
    return this.entries
      .filter((e) => e.include.checked)
      .flatMap((e) => (e.level.value === ALL_LEVELS ? e.levels : [Number(e.level.value)])
        .map((level) => ({ gameId: e.gameId, level, rounds: Number(e.rounds.value), ...(e.set?.value ? { setId: e.set.value } : {}) })))
      .slice(0, MAX_PLAYLIST_ITEMS);
  }

  private changed(): void {
    this.renderTotal();
    const items = this.items();
    // An empty playlist is refused by the server; say so here instead of sending it.
    if (items.length > 0) this.send(items);
  }

  private renderTotal(): void {
    const items = this.items();
    const n = items.reduce((sum, i) => sum + i.rounds, 0);
    setText(this.total, items.length === 0 ? t('host.playlistEmpty') : t('host.playlistTotal', { n }));
    this.total.classList.toggle('warn', items.length === 0);
    for (const e of this.entries) {
      e.level.disabled = !e.include.checked;
      e.rounds.disabled = !e.include.checked;
      if (e.set) e.set.disabled = !e.include.checked;
    }
  }
}
