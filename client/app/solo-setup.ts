import { findGame, GAMES } from '../../shared/games/index.ts';
import type { ErrorCode } from '../../shared/protocol/errors.ts';
import { errorText, lang, t } from '../i18n/index.ts';
import { fetchPersonalBest, type PracticeSet } from '../net/api.ts';
import { practiceId } from '../net/stored-session.ts';
import { button, h, labelledSelect } from './dom.ts';
import { hook } from './hook.ts';
import { paintGame } from './show/game-look.ts';
import { withoutKeyHints } from '../kit/keyboard.ts';
import type { Screen } from './shell.ts';
import { cardSets, SET_GAME, setTiles } from './practice-set-tiles.ts';

// Solo practice: pick a game and a level from the shared registry; Start opens a solo room
// and the round begins at once (no lobby).

export interface SoloActions {
  /** `set`: a company task set with the card that names its company. */
  start(gameId: string, level: number, set?: { setId: string; card: string }): Promise<ErrorCode | null>;
  back(): void;
  /** Warms the game's code up while the player still chooses. */
  prefetch(gameId: string): void;
}

const choice: { gameId: string; level: number; setId: string | null } = { gameId: GAMES[0]?.id ?? '', level: GAMES[0]?.levels[0] ?? 1, setId: null };

export function soloSetupScreen(actions: SoloActions): Screen {
  // The last chosen set is chosen again once the card's sets are loaded (and still offered).
  const wanted = choice.setId;
  choice.setId = null;
  // The games as big tiles in their colour (radio buttons: one choice, arrow keys move it).
  const games = h('fieldset', { class: 'game-tiles' }, h('legend', { text: t('solo.game') }),
    ...GAMES.map((g) => {
      const id = `solo-game-${g.id}`;
      const radio = h('input', { type: 'radio', name: 'solo-game', id, value: g.id, 'aria-labelledby': `${id}-title`, 'aria-describedby': `${id}-summary` });
      radio.checked = g.id === choice.gameId && choice.setId === null;
      radio.addEventListener('change', () => {
        if (!radio.checked) return;
        choice.gameId = g.id;
        choice.setId = null;
        renderGame();
      });
      const tile = h('label', { class: 'game-tile', for: id },
        radio,
        h('span', { class: 'game-tile-title' }, h('span', { id: `${id}-title`, text: g.texts[lang()].title }), h('span', { class: 'game-tile-check', 'aria-hidden': 'true', text: ' ✓' })),
        h('span', { class: 'game-tile-summary', id: `${id}-summary`, text: g.texts[lang()].summary }));
      paintGame(tile, g.id);
      return tile;
    }));
  const levelHolder = h('div');
  const howTo = h('p', { class: 'howto' });
  const best = h('p', { class: 'hint', 'aria-live': 'polite' });
  const alert = h('p', { class: 'alert', role: 'alert' });
  let levelSelect: HTMLSelectElement | null = null;

  const showBest = async () => {
    const id = practiceId();
    best.textContent = '';
    if (!id) return;
    const key = () => `${choice.gameId}:${choice.level}:${choice.setId ?? ''}`;
    const asked = key();
    const setId = choice.setId;
    try {
      const value = await fetchPersonalBest(id, choice.gameId, choice.level, setId);
      if (asked !== key()) return; // the choice moved on
      best.textContent = value === null ? t(setId ? 'solo.noBestSet' : 'solo.noBest') : t(setId ? 'solo.bestSet' : 'solo.best', { n: value });
    } catch {
      // The best is a nicety; without the server answering, the start button tells the rest.
    }
  };

  const renderGame = () => {
    const game = findGame(choice.gameId) ?? GAMES[0];
    if (!game) return;
    const texts = game.texts[lang()];
    if (!game.levels.includes(choice.level)) choice.level = game.levels[0] ?? 1;
    const levels = labelledSelect(
      t('solo.level'),
      game.levels.map((l) => [String(l), t('common.levelName', { n: l, name: texts.levels[l] ?? '' })]),
      String(choice.level),
    );
    levelSelect = levels.select;
    levels.select.addEventListener('change', () => {
      choice.level = Number(levels.select.value);
      void showBest();
    });
    // A task set has one level: no level to choose.
    levelHolder.replaceChildren(choice.setId ? '' : levels.wrap);
    howTo.textContent = withoutKeyHints(texts.howTo);
    actions.prefetch(game.id);
    void showBest();
  };

  const start = button(t('solo.start'), async () => {
    if (start.disabled) return;
    start.disabled = true;
    start.textContent = t('solo.busy');
    alert.textContent = '';
    const set = choice.setId && card ? { setId: choice.setId, card } : undefined;
    const err = await actions.start(choice.gameId, set ? choice.level : Number(levelSelect?.value ?? choice.level), set);
    start.disabled = false;
    start.textContent = t('solo.start');
    if (err) {
      alert.textContent = errorText(err);
      hook.lastError = err;
    }
  }, { class: 'btn btn-primary btn-large' });

  // With a card on this phone: the company's own task sets as more tiles.
  let card: string | null = null;
  const pick = (set: PracticeSet) => {
    choice.gameId = SET_GAME;
    choice.level = 1;
    choice.setId = set.id;
    renderGame();
  };
  void cardSets().then((found) => {
    if (!found) return;
    card = found.card;
    const again = found.sets.find((x) => x.id === wanted && choice.setId === null && choice.gameId === SET_GAME);
    games.append(...setTiles(found.sets, 'solo-game', again?.id ?? null, pick));
    if (again) pick(again);
  });

  renderGame();
  const el = h('section', { class: 'screen screen-solo phone-stage' },
    h('h1', { text: t('solo.title') }),
    h('p', { class: 'lead', text: t('solo.intro') }),
    h('div', { class: 'form' }, games, levelHolder, howTo, best, alert, start),
    button(t('common.back'), () => actions.back(), { class: 'btn btn-link' }),
  );
  return { id: 'solo-setup', el };
}
