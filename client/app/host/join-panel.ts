import { t } from '../../i18n/index.ts';
import { fetchInfo } from '../../net/api.ts';
import { h, labelledSelect, setText, spacedCode } from '../dom.ts';
import { hook } from '../hook.ts';
import { qrDataUrl } from '../qr.ts';

// The projector's join panel: the code in large type, the join link as text and as a QR
// code. When the server has several addresses (LAN + Wi-Fi), the trainer picks the one the
// apprentices' network reaches; the QR follows the choice. A server listening on this
// machine only (HOST=127.0.0.1) has no address phones reach: then the panel shows no
// address and no QR, but in their place what is wrong and how to restart it.

/** The trainer's address choice survives a rebuild of the screen (language switch). */
let rememberedChoice: string | null = null;

export class JoinPanel {
  readonly el: HTMLElement;
  private readonly img = h('img', { class: 'qr', 'data-testid': 'join-qr', alt: '', width: 320, height: 320 });
  private readonly urlText = h('p', { class: 'join-url' });
  private readonly selectHolder = h('div', { class: 'address-picker' });
  /** m21: the server listens on this machine only: no address, no QR, but this warning with the fix. */
  private readonly unreachable = h('div', { class: 'join-unreachable', role: 'alert', 'data-testid': 'join-unreachable', hidden: true });
  private readonly codeEl = h('p', { class: 'join-code', 'data-testid': 'join-code' });
  private urls: string[] = [];
  private chosen: string | null = null;
  private disposed = false;

  constructor(private readonly code: string) {
    this.img.hidden = true;
    this.el = h('section', { class: 'card join-panel', 'aria-labelledby': 'join-panel-title' },
      h('h2', { id: 'join-panel-title', text: t('host.joinWith') }),
      this.urlText,
      h('p', { class: 'join-code-caption', text: t('host.codeCaption') }),
      this.codeEl,
      this.unreachable,
      this.img,
      this.selectHolder,
    );
    setText(this.codeEl, spacedCode(code));
    this.img.alt = t('host.qrAlt');
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const info = await fetchInfo();
      this.urls = info.joinUrls.length > 0 ? info.joinUrls : [info.defaultJoinUrl];
      const preferred = rememberedChoice ?? info.defaultJoinUrl;
      this.chosen = this.urls.includes(preferred) ? preferred : (this.urls[0] ?? null);
      if (info.phonesCanReach === false) return this.showUnreachable();
    } catch {
      // Without /api/info the page's own address is the best guess.
      this.urls = [new URL('/', location.href).toString()];
      this.chosen = this.urls[0] ?? null;
    }
    if (this.disposed) return;
    this.renderPicker();
    await this.renderQr();
  }

  private showUnreachable(): void {
    if (this.disposed) return;
    this.unreachable.replaceChildren(
      h('p', { class: 'join-unreachable-title', text: t('host.unreachableTitle') }),
      h('p', { text: t('host.unreachableWhy') }),
      h('p', { text: t('host.unreachableFix') }),
      h('p', { class: 'join-unreachable-command' }, h('code', { text: 'HOST=0.0.0.0 npm start' })),
      h('p', { text: t('host.unreachableAfter') }),
    );
    this.unreachable.hidden = false;
    this.urlText.hidden = true;
  }

  private renderPicker(): void {
    if (this.urls.length < 2) {
      this.selectHolder.replaceChildren();
      return;
    }
    const { wrap, select } = labelledSelect(t('host.address'), this.urls.map((u) => [u, u]), this.chosen ?? '', { 'aria-describedby': 'address-hint' });
    wrap.append(h('p', { id: 'address-hint', class: 'hint', text: t('host.addressHint') }));
    select.addEventListener('change', () => {
      this.chosen = select.value;
      rememberedChoice = select.value;
      void this.renderQr();
    });
    this.selectHolder.replaceChildren(wrap);
  }

  private async renderQr(): Promise<void> {
    if (!this.chosen) return;
    const joinUrl = `${this.chosen}?code=${this.code}`;
    // Shown without the code: the apprentices read the code separately, in large type.
    setText(this.urlText, this.chosen.replace(/^https?:\/\//, '').replace(/\/$/, ''));
    try {
      const dataUrl = await qrDataUrl(joinUrl, 320);
      if (this.disposed || !this.chosen || `${this.chosen}?code=${this.code}` !== joinUrl) return;
      this.img.src = dataUrl;
      this.img.hidden = false;
      hook.joinUrl = joinUrl;
    } catch {
      // No QR: the address and code in text still let everyone join.
      this.img.hidden = true;
    }
  }

  destroy(): void {
    this.disposed = true;
  }
}
