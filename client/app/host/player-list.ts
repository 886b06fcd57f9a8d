import { t } from '../../i18n/index.ts';
import { playersInOrder, type PlayerSnapshot, type SessionSnapshot } from '../../net/snapshot.ts';
import { h, setText } from '../dom.ts';
import { confirmAction } from '../show/confirm.ts';

// The projector's players as name chips: they pop in as apprentices join, fit 60 on one
// screen, show who is reconnecting and (during play) who is done. Removing someone is a
// small ✕ that asks first. Chips are kept per player id, so a state update never steals
// the focus from a button the trainer is about to press.

interface Chip {
  li: HTMLLIElement;
  name: HTMLSpanElement;
  away: HTMLSpanElement;
  badge: HTMLSpanElement;
  kick: HTMLButtonElement | null;
}

export class PlayerList {
  readonly el: HTMLElement;
  // Focusable: with more names than fit, the grid scrolls by keyboard too.
  private readonly list = h('ul', { class: 'chip-grid', role: 'list', 'aria-label': t('host.players'), tabindex: 0 });
  private readonly chips = new Map<string, Chip>();

  /** `kick` null: no removal on this view (e.g. during play). */
  constructor(private readonly kick: ((playerId: string) => void) | null, private readonly showDone = false) {
    this.el = this.list;
    if (!kick) this.list.classList.add('chip-grid-dense');
  }

  update(s: SessionSnapshot): void {
    const players = playersInOrder(s);
    const seen = new Set<string>();
    for (const p of players) {
      seen.add(p.id);
      let chip = this.chips.get(p.id);
      if (!chip) {
        chip = this.createChip(p);
        this.chips.set(p.id, chip);
      }
      this.fill(chip, p, s);
      this.list.append(chip.li); // append moves an existing chip: keeps the server's order
    }
    for (const [id, chip] of this.chips) {
      if (seen.has(id)) continue;
      chip.li.remove();
      this.chips.delete(id);
    }
  }

  private createChip(p: PlayerSnapshot): Chip {
    const name = h('span', { class: 'chip-name' });
    let kick: HTMLButtonElement | null = null;
    if (this.kick) {
      const remove = this.kick;
      kick = h('button', { type: 'button', class: 'chip-kick', text: '✕' });
      kick.addEventListener('click', () => {
        const nickname = name.textContent ?? '';
        void confirmAction(t('host.kickAsk', { name: nickname }), t('host.kickYes'), t('host.kickNo')).then((yes) => {
          if (!yes || !kick) return;
          kick.disabled = true;
          remove(p.id);
        });
      });
    }
    const away = h('span', { class: 'visually-hidden' });
    // Review N10: a card seat is marked, so a guest under a look-alike name stands out.
    const badge = h('span', { class: 'chip-card', 'data-testid': 'card-badge', role: 'img', hidden: true });
    const li = h('li', { class: 'chip' }, badge, name, away, kick);
    return { li, name, away, badge, kick };
  }

  private fill(chip: Chip, p: PlayerSnapshot, s: SessionSnapshot): void {
    setText(chip.name, p.nickname);
    chip.name.title = p.nickname;
    chip.kick?.setAttribute('aria-label', t('host.kickLabel', { name: p.nickname }));
    const done = this.showDone && !p.out && s.expectedAnswers > 0 && p.answered >= s.expectedAnswers;
    // A seat sitting out this round (a box in a game it cannot play) is paused, never "missing".
    chip.li.classList.toggle('is-out', Boolean(p.out));
    chip.li.dataset.out = p.out ? t('box.paused') : '';
    chip.li.classList.toggle('is-away', !p.connected);
    chip.li.classList.toggle('is-done', done);
    // Not by colour alone: a tick for done, a note for reconnecting (read out too).
    chip.li.dataset.mark = done ? '✓' : p.sound === 'no' ? '🔇' : '';
    chip.li.classList.toggle('is-silent', p.sound === 'no');
    // Read out too: the mark is a symbol.
    const notes = [p.connected ? '' : t('host.reconnecting'), p.out ? t('box.sitsOut') : '', p.sound === 'no' ? t('host.noSound') : ''].filter(Boolean);
    setText(chip.away, notes.length ? ` (${notes.join(', ')})` : '');
    chip.li.title = p.sound === 'no' ? t('host.noSound') : '';
    chip.badge.hidden = !p.card;
    chip.badge.title = p.card ? t('host.cardSeat') : '';
    chip.badge.setAttribute('aria-label', p.card ? t('host.cardSeat') : '');
    // A buzzer box's chip carries a box symbol (and says so to a screen reader).
    chip.li.dataset.box = p.box ? '▣' : '';
    chip.li.classList.toggle('is-box', Boolean(p.box));
    if (p.box) chip.li.setAttribute('aria-description', t('box.chip'));
    else chip.li.removeAttribute('aria-description');
  }
}
