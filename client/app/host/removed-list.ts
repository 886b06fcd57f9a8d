import { t } from '../../i18n/index.ts';
import type { SessionSnapshot } from '../../net/snapshot.ts';
import { button, h, replace, setText } from '../dom.ts';

// The players the trainer removed, folded under the player chips: a removal holds for the
// whole session (by seat, name, card and device), so a mistaken ✕ needs a way back. Each
// name has "Wieder zulassen"; the name may then join again (a new seat, points kept only
// by a seat that played). Hidden while nobody is removed.

export class RemovedList {
  readonly el: HTMLDetailsElement;
  private readonly summary = h('summary', { class: 'removed-summary' });
  private readonly list = h('ul', { class: 'removed-names', role: 'list' });
  /** The ids shown, so an unchanged list is not rebuilt (the trainer's focus stays put). */
  private shown = '';

  constructor(private readonly readmit: (playerId: string) => void) {
    this.el = h('details', { class: 'removed-list' }, this.summary, this.list);
    this.el.hidden = true;
  }

  update(s: SessionSnapshot): void {
    const removed = Object.values(s.removed).sort((a, b) => a.nickname.localeCompare(b.nickname, 'de'));
    const ids = removed.map((r) => r.id).join('\n');
    this.el.hidden = removed.length === 0;
    setText(this.summary, t('host.removedCount', { n: removed.length }));
    if (ids === this.shown) return;
    this.shown = ids;
    replace(this.list, ...removed.map((r) => {
      const undo = button(t('host.readmit'), () => {
        undo.disabled = true;
        this.readmit(r.id);
      }, { class: 'btn btn-secondary removed-undo', 'aria-label': t('host.readmitLabel', { name: r.nickname }) });
      return h('li', { class: 'removed-name' }, h('span', { text: r.nickname }), undo);
    }));
  }
}
