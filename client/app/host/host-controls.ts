import { RUNNING_PHASES } from '../../../shared/protocol/constants.ts';
import { t } from '../../i18n/index.ts';
import type { SessionSnapshot } from '../../net/snapshot.ts';
import { button, h, setText, uid } from '../dom.ts';
import { confirmAction } from '../show/confirm.ts';
import type { SessionCtx } from '../widgets.ts';

// The trainer's buttons, in one bar at the bottom of every projector view, so they are
// always on screen. Which ones show depends on the phase; the server checks every command
// again (WRONG_PHASE), so a late click does no harm.

export class HostControls {
  readonly el: HTMLElement;
  private readonly start: HTMLButtonElement;
  private readonly pause: HTMLButtonElement;
  private readonly next: HTMLButtonElement;
  private readonly end: HTMLButtonElement;
  private readonly lock: HTMLButtonElement;
  private readonly auto = h('input', { type: 'checkbox', id: uid('auto') });
  private readonly autoWrap: HTMLElement;
  private readonly note = h('p', { class: 'controls-note', 'aria-live': 'polite' });
  private snapshot: SessionSnapshot | null = null;

  /** `extra` goes to the left of the bar (e.g. "Spielplan nochmal" on the podium). */
  constructor(send: SessionCtx['send'], ...extra: HTMLElement[]) {
    this.start = button(t('host.start'), () => send('start'), { class: 'btn btn-primary btn-go' });
    this.pause = button(t('host.pause'), () => send(this.snapshot?.paused ? 'resume' : 'pause'), { class: 'btn btn-secondary' });
    // "Weiter" during play and "Beenden" with players act on the whole class: they ask first
    // and say what happens (the server refuses them unconfirmed, so a late click is harmless).
    this.next = button(t('host.next'), () => void this.confirmNext(send), { class: 'btn btn-primary btn-go' });
    this.end = button(t('host.end'), () => void this.confirmEnd(send), { class: 'btn btn-danger' });
    this.lock = button(t('host.lock'), () => send('lock', { locked: !this.snapshot?.locked }), { class: 'btn btn-secondary' });
    this.auto.addEventListener('change', () => send('settings', { autoAdvance: this.auto.checked }));
    this.autoWrap = h('div', { class: 'check auto-advance' }, this.auto, h('label', { for: this.auto.id, text: t('host.autoAdvance') }));
    this.el = h('section', { class: 'show-controls', 'aria-label': t('host.controls') },
      h('div', { class: 'controls-left' }, ...extra, this.note),
      h('div', { class: 'controls-right' }, this.autoWrap, this.lock, this.end, this.pause, this.start, this.next));
  }

  private async confirmNext(send: SessionCtx['send']): Promise<void> {
    if (this.snapshot?.phase !== 'play') return send('next');
    if (await confirmAction(t('host.endRoundAsk'), t('host.endRoundYes'), t('host.endRoundNo'), t('host.endRoundDetail'))) send('next', { confirmed: true });
  }

  private async confirmEnd(send: SessionCtx['send']): Promise<void> {
    const s = this.snapshot;
    if (!s || s.playerCount === 0) return send('end');
    const detail = s.phase === 'play' ? t('host.endSessionDetailPlay') : s.leaders.length > 0 ? t('host.endSessionDetail') : t('host.endSessionDetailNoRound');
    if (await confirmAction(t('host.endSessionAsk', { n: s.playerCount }), t('host.endSessionYes'), t('host.endSessionNo'), detail)) send('end', { confirmed: true });
  }

  update(s: SessionSnapshot): void {
    this.snapshot = s;
    const running = RUNNING_PHASES.includes(s.phase);
    this.start.hidden = s.phase !== 'lobby';
    this.pause.hidden = !running;
    setText(this.pause, s.paused ? t('host.resume') : t('host.pause'));
    this.next.hidden = !running;
    // Also in the lobby: a session opened by mistake can be closed (with players, after asking).
    this.end.hidden = s.phase === 'podium';
    // Locking is a lobby matter; mid-session the bar keeps to the round's own buttons.
    this.lock.hidden = s.phase !== 'lobby';
    this.autoWrap.hidden = s.phase === 'podium';
    this.auto.checked = s.autoAdvance;
    setText(this.lock, s.locked ? t('host.unlock') : t('host.lock'));
    const waits = (s.phase === 'reveal' || s.phase === 'scoreboard') && !s.autoAdvance && !s.paused;
    setText(this.note, s.locked ? t('host.locked') : waits ? t('host.waitsForYou') : '');
  }
}
