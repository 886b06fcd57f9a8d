import { stopCelebration } from './show/confetti.ts';
import { lang, onLangChange, setLang, t } from '../i18n/index.ts';
import type { SessionSnapshot } from '../net/snapshot.ts';
import { h, setText } from './dom.ts';
import { hook, type ScreenId } from './hook.ts';
import { SoundControl } from './show/sound-control.ts';

// The page frame every screen lives in: a header with the language toggle, a status banner
// (reconnecting), an alert line for refused actions, and the main area with one screen.

export interface Screen {
  /** The screen name the test hook reports; may change while mounted (countdown → play). */
  readonly id: ScreenId;
  readonly el: HTMLElement;
  /** A new state of the session (screens inside a session only). */
  update?(s: SessionSnapshot): void;
  /** The language changed. Without this the app rebuilds the screen instead. */
  relabel?(): void;
  destroy?(): void;
}

export class Shell {
  private readonly main = h('main', { id: 'main', class: 'main', tabindex: '-1' });
  private readonly banner = h('div', { class: 'banner', role: 'status', 'aria-live': 'polite' });
  // Not role=alert: forms own the one alert of a screen (the join form's error); this line
  // is still read out at once.
  private readonly notice = h('p', { class: 'notice', role: 'status', 'aria-live': 'assertive' });
  private readonly toggle = h('button', { type: 'button', class: 'btn btn-small lang-toggle' });
  private readonly title = h('span', { class: 'brand-name' });
  private readonly sound = new SoundControl();
  private current: Screen | null = null;
  private bannerKey: 'net.reconnecting' | 'net.connecting' | null = null;
  private noticeTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(root: HTMLElement, private readonly onRelabel: (screen: Screen) => void) {
    const brand = h('span', { class: 'brand' }, h('img', { class: 'brand-logo', src: `${import.meta.env.BASE_URL}common/logo.svg`, alt: '', width: 32, height: 32 }), this.title);
    const header = h('header', { class: 'topbar' }, brand, h('div', { class: 'topbar-tools' }, this.sound.el, this.toggle));
    this.toggle.addEventListener('click', () => setLang(lang() === 'de' ? 'en' : 'de'));
    root.replaceChildren(header, this.banner, this.notice, this.main);
    this.banner.hidden = true;
    this.labelChrome();
    onLangChange(() => {
      this.labelChrome();
      this.setNotice(null);
      if (this.current) this.onRelabel(this.current);
    });
  }

  private labelChrome(): void {
    setText(this.title, t('app.title'));
    this.sound.render();
    setText(this.toggle, t('lang.toggle'));
    // The toggle names the other language in that language, so mark it for screen readers.
    this.toggle.setAttribute('lang', lang() === 'de' ? 'en' : 'de');
    this.toggle.title = t('lang.toggleHint');
    if (this.bannerKey) setText(this.banner, t(this.bannerKey));
  }

  get screen(): Screen | null {
    return this.current;
  }

  /** Replaces the current screen; focus moves to its heading for screen-reader users. */
  show(screen: Screen): void {
    if (this.current && this.current.id !== screen.id) stopCelebration();
    this.current?.destroy?.();
    this.current = screen;
    this.main.replaceChildren(screen.el);
    this.syncScreenId();
    const heading = screen.el.querySelector<HTMLElement>('h1');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
      document.title = `${heading.textContent ?? ''} – ${t('app.title')}`;
    }
    window.scrollTo(0, 0);
  }

  /** Re-reads the id of the mounted screen (a round view switches countdown → play). */
  syncScreenId(): void {
    if (this.current) hook.screen = this.current.id;
  }

  setBanner(key: 'net.reconnecting' | 'net.connecting' | null): void {
    this.bannerKey = key;
    this.banner.hidden = key === null;
    setText(this.banner, key ? t(key) : '');
  }

  /** Shows a short message (a refused action) for a while; null clears it. */
  setNotice(text: string | null, ms = 6000): void {
    if (this.noticeTimer) clearTimeout(this.noticeTimer);
    this.noticeTimer = null;
    setText(this.notice, text ?? '');
    this.notice.classList.toggle('notice-on', Boolean(text));
    if (text) this.noticeTimer = setTimeout(() => this.setNotice(null), ms);
  }
}
