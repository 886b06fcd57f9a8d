import { t } from '../../i18n/index.ts';
import type { SessionSnapshot } from '../../net/snapshot.ts';
import { button, h, setText } from '../dom.ts';

// The trainer's buttons. Which ones show depends on the phase; the server checks every
// command again (WRONG_PHASE), so a late click does no harm.

const RUNNING = new Set(['countdown', 'play', 'reveal', 'scoreboard']);

export class HostControls {
  readonly el: HTMLElement;
  private readonly start: HTMLButtonElement;
  private readonly pause: HTMLButtonElement;
  private readonly next: HTMLButtonElement;
  private readonly end: HTMLButtonElement;
  private readonly lock: HTMLButtonElement;
  private readonly lockNote = h('p', { class: 'hint lock-note' });
  private snapshot: SessionSnapshot | null = null;

  constructor(send: (type: string, payload?: unknown) => void) {
    this.start = button(t('host.start'), () => send('start'), { class: 'btn btn-primary btn-large' });
    this.pause = button(t('host.pause'), () => send(this.snapshot?.paused ? 'resume' : 'pause'), { class: 'btn btn-secondary' });
    this.next = button(t('host.next'), () => send('next'), { class: 'btn btn-primary' });
    this.end = button(t('host.end'), () => send('end'), { class: 'btn btn-danger' });
    this.lock = button(t('host.lock'), () => send('lock', { locked: !this.snapshot?.locked }), { class: 'btn btn-secondary' });
    this.el = h('section', { class: 'controls', 'aria-label': t('host.controls') },
      h('div', { class: 'button-row' }, this.start, this.pause, this.next, this.end, this.lock),
      this.lockNote);
  }

  update(s: SessionSnapshot): void {
    this.snapshot = s;
    const running = RUNNING.has(s.phase);
    this.start.hidden = s.phase !== 'lobby';
    this.pause.hidden = !running;
    setText(this.pause, s.paused ? t('host.resume') : t('host.pause'));
    this.next.hidden = !running;
    this.end.hidden = s.phase === 'podium' || s.phase === 'lobby';
    this.lock.hidden = s.phase === 'podium';
    setText(this.lock, s.locked ? t('host.unlock') : t('host.lock'));
    setText(this.lockNote, s.locked ? t('host.locked') : '');
  }
}
