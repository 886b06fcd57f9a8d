import { findGame } from '../../../shared/games/index.ts';
import { resultLines, resultView } from '../../games/index.ts';
import { lang, t } from '../../i18n/index.ts';
import { parseJsonObject, type SessionSnapshot } from '../../net/snapshot.ts';
import { h, replace, setText } from '../dom.ts';
import { play } from '../show/sound.ts';
import { movePieces } from './round-moment.ts';

// A player's own result at the reveal, compact first: the points in large type, the place,
// and one line per figure or mistake (cut to one line each). "Details" opens the full lines
// and the game's picture of the round. A jingle says hit (at least half the points) or miss.

/** Share of the game's best score from which the reveal plays the "hit" jingle. */
const HIT_SHARE = 0.5;

export class OwnResult {
  readonly el = h('section', { class: 'card own-result', 'data-testid': 'own-result', 'aria-labelledby': 'own-result-title' });
  private readonly score = h('p', { class: 'own-score' });
  private readonly rank = h('p', { class: 'own-rank', 'data-testid': 'own-rank' });
  /** The move since the last round and the gap to the next better player. */
  private readonly move = h('p', { class: 'own-move', 'data-testid': 'own-move' });
  private readonly lines = h('ul', { class: 'result-lines', role: 'list', 'data-testid': 'result-lines' });
  private readonly full = h('div', { class: 'result-full' });
  private readonly picture = h('div', { class: 'result-picture' });
  private readonly details = h('details', { class: 'result-details' });
  private key = '';
  private jingled = false;

  constructor() {
    const summary = h('summary', { text: t('reveal.details') });
    this.details.append(summary, this.full, this.picture);
    this.el.append(
      h('h2', { id: 'own-result-title', class: 'own-result-title', text: t('reveal.yourScore') }),
      h('div', { class: 'own-head' }, this.score, this.rank),
      this.move, this.lines, this.details);
  }

  /** `place` null: no rank (solo). */
  update(s: SessionSnapshot, playerId: string | null, place: { rank: number; n: number } | null): void {
    const me = playerId ? s.players[playerId] : undefined;
    const points = me?.roundScore ?? 0;
    setText(this.score, t('common.points', { n: points }));
    setText(this.rank, place ? t('reveal.rank', place) : '');
    this.rank.hidden = !place;
    const pieces = place && me ? movePieces(me, place.n) : [];
    this.move.replaceChildren(...pieces);
    this.move.hidden = pieces.length === 0;
    // Lines and the picture are built once per detail: state updates (other players, latency)
    // must not restart the picture's animation or close the open details.
    const key = `${s.roundIndex}:${me?.detail ?? ''}:${lang()}`;
    if (key === this.key) return;
    this.key = key;
    const detail = parseJsonObject(me?.detail ?? '{}');
    const lines = resultLines(s.gameId, detail, lang());
    replace(this.lines, ...lines.map((line) => h('li', { class: 'result-line', text: line, title: line })));
    replace(this.full, ...lines.map((line) => h('p', { text: line })));
    const pictureEl = resultView(s.gameId, detail, parseJsonObject(s.round), lang());
    replace(this.picture, pictureEl);
    this.details.hidden = lines.length === 0 && !pictureEl;
    if (!this.jingled && me) {
      this.jingled = true;
      const max = findGame(s.gameId)?.maxScore ?? 1;
      play(points >= HIT_SHARE * max ? 'hit' : 'miss');
    }
  }
}
