import type { BoxLobbyEntry } from '../../../shared/protocol/hardware.ts';
import { t } from '../../i18n/index.ts';
import { accountsApi, type Apprentice } from '../../net/accounts-api.ts';
import { boxesApi } from '../../net/boxes-api.ts';
import { button, h, replace } from '../dom.ts';

// "Buzzer koppeln" in the lobby (docs/HARDWARE.md §Pairing): a buzzer box that asked to join
// with the session code waits here until the trainer pairs it ("Koppeln") or refuses it. A
// paired box plays on a seat (its chip shows ▣); the trainer may name it or give it to an
// apprentice's card (its points then count for that apprentice). Hidden while no box is here,
// unless the company has boxes and hardware is off on this server (then it says how to switch
// it on), or hardware is on and the company has no usable box yet (then it says where to make one).

export type BoxCommandSend = (cmd: { action: 'admit' | 'refuse'; boxId: string } | { action: 'name'; boxId: string; name: string } | { action: 'assign'; boxId: string; apprenticeId: string | null }) => void;

export class BoxPanel {
  readonly el: HTMLElement;
  private readonly list = h('ul', { class: 'box-list', role: 'list' });
  private shown = '';
  private apprentices: Apprentice[] | null = null;
  private readonly offHint = h('p', { class: 'box-panel-off', 'data-testid': 'box-off-hint', role: 'note', text: t('box.offHint'), hidden: true });
  private readonly noneHint = h('p', { class: 'box-panel-hint', 'data-testid': 'box-none-hint', role: 'note', text: t('box.noneHint'), hidden: true });
  /** Hardware is on but the company had no usable box when the lobby opened. */
  private noBoxes = false;
  private count = 0;
  private readonly hint = h('p', { class: 'box-panel-hint', text: t('box.hint') });

  constructor(private readonly send: BoxCommandSend) {
    this.el = h('section', { class: 'box-panel', 'aria-labelledby': 'box-panel-title', 'data-testid': 'box-panel' },
      h('h2', { id: 'box-panel-title', class: 'box-panel-title', text: t('box.title') }),
      this.hint,
      this.offHint,
      this.noneHint,
      this.list);
    this.el.hidden = true;
    boxesApi.list().then(({ boxes, hardware }) => {
      const usable = boxes.some((b) => !b.revoked);
      this.offHint.hidden = hardware.on || !usable;
      this.noBoxes = hardware.on && !usable;
      this.show();
    }, () => {});
  }

  private show(): void {
    // A box asking to join means the company has one now (made after the lobby opened).
    this.noneHint.hidden = !this.noBoxes || this.count > 0;
    this.el.hidden = this.count === 0 && this.offHint.hidden && this.noneHint.hidden;
    // With hardware off no box can ask to join, without a box none will: only the one hint then.
    this.hint.hidden = this.count === 0 && !(this.offHint.hidden && this.noneHint.hidden);
  }

  update(boxes: readonly BoxLobbyEntry[]): void {
    this.count = boxes.length;
    this.show();
    const key = boxes.map((b) => `${b.boxId}:${b.state}:${b.label}`).join('|');
    if (key === this.shown) return; // unchanged: the trainer's focus stays put
    this.shown = key;
    if (boxes.some((b) => b.state === 'admitted') && !this.apprentices) {
      this.apprentices = [];
      accountsApi.apprentices().then((list) => {
        this.apprentices = list;
        this.shown = '';
        this.update(boxes);
      }, () => {});
    }
    replace(this.list, ...boxes.map((b) => this.row(b)));
  }

  private row(b: BoxLobbyEntry): HTMLElement {
    const name = h('span', { class: 'box-name', text: `▣ ${b.label}` });
    if (b.state === 'pending') {
      const admit = button(t('box.admit'), () => {
        admit.disabled = true;
        this.send({ action: 'admit', boxId: b.boxId });
      }, { class: 'btn btn-primary', 'aria-label': t('box.admitLabel', { name: b.label }) });
      const refuse = button(t('box.refuse'), () => this.send({ action: 'refuse', boxId: b.boxId }), { class: 'btn btn-secondary' });
      return h('li', { class: 'box-row is-pending' }, name, h('span', { class: 'box-mode', text: t(b.mode === 'button' ? 'box.modeButton' : 'box.modeStimulus') }), admit, refuse);
    }
    const owner = h('select', { class: 'box-owner', 'aria-label': t('box.ownerLabel', { name: b.label }) },
      h('option', { value: '', text: t('box.guest') }),
      ...(this.apprentices ?? []).filter((a) => a.hasCard).map((a) => h('option', { value: a.id, text: a.displayName })));
    owner.addEventListener('change', () => this.send({ action: 'assign', boxId: b.boxId, apprenticeId: owner.value || null }));
    const rename = button(t('box.rename'), () => {
      const next = window.prompt(t('box.renameAsk'), b.label);
      if (next && next.trim()) this.send({ action: 'name', boxId: b.boxId, name: next.trim() });
    }, { class: 'btn btn-secondary' });
    return h('li', { class: 'box-row is-admitted' }, name, owner, rename);
  }
}
