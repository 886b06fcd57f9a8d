import { t } from '../../i18n/index.ts';
import { playersInOrder, type PlayerSnapshot, type SessionSnapshot } from '../../net/snapshot.ts';
import { h, setText, uid } from '../dom.ts';

// The host's list of players: who is here, who is reconnecting, how far each one got in the
// running round, and a button to remove someone. Rows are kept per player id, so a state
// update never steals the focus from a button the trainer is about to press.

interface Row {
  li: HTMLLIElement;
  name: HTMLSpanElement;
  status: HTMLSpanElement;
  progress: HTMLSpanElement;
  score: HTMLSpanElement;
}

export class PlayerList {
  readonly el: HTMLElement;
  private readonly list = h('ul', { class: 'player-list', role: 'list', 'aria-label': t('host.players') });
  private readonly count = h('p', { class: 'player-count', 'aria-live': 'polite' });
  private readonly empty = h('p', { class: 'hint', text: t('host.noPlayers') });
  private readonly rows = new Map<string, Row>();

  constructor(private readonly kick: (playerId: string) => void) {
    this.el = h('section', { class: 'card players-card', 'aria-labelledby': 'players-title' },
      h('h2', { id: 'players-title', text: t('host.players') }), this.count, this.empty, this.list);
  }

  update(s: SessionSnapshot): void {
    const players = playersInOrder(s);
    const seen = new Set<string>();
    for (const p of players) {
      seen.add(p.id);
      let row = this.rows.get(p.id);
      if (!row) {
        row = this.createRow(p);
        this.rows.set(p.id, row);
      }
      this.fill(row, p, s);
      this.list.append(row.li); // append moves an existing row: keeps the server's order
    }
    for (const [id, row] of this.rows) {
      if (seen.has(id)) continue;
      row.li.remove();
      this.rows.delete(id);
    }
    setText(this.count, t('host.playerCount', { n: players.length }));
    this.empty.hidden = players.length > 0;
  }

  private createRow(p: PlayerSnapshot): Row {
    const nameId = uid('player');
    const name = h('span', { id: nameId, class: 'player-name' });
    const status = h('span', { class: 'player-status' });
    const progress = h('span', { class: 'player-progress' });
    const score = h('span', { class: 'player-score' });
    const kick = h('button', { type: 'button', class: 'btn btn-small btn-danger', text: t('host.kick'), 'aria-describedby': nameId });
    kick.addEventListener('click', () => {
      kick.disabled = true;
      this.kick(p.id);
    });
    const li = h('li', { class: 'player-row' }, name, status, progress, score, kick);
    return { li, name, status, progress, score };
  }

  private fill(row: Row, p: PlayerSnapshot, s: SessionSnapshot): void {
    setText(row.name, p.nickname);
    setText(row.status, p.connected ? '' : t('host.reconnecting'));
    row.li.classList.toggle('is-away', !p.connected);
    const showProgress = s.phase === 'play' && s.expectedAnswers > 0;
    setText(row.progress, showProgress ? t('host.progress', { n: p.answered, total: s.expectedAnswers }) : '');
    const scored = s.roundIndex >= 0 && s.phase !== 'lobby' && s.phase !== 'countdown';
    setText(row.score, scored ? t('common.points', { n: p.score }) : '');
  }
}
