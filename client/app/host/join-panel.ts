import { t } from '../../i18n/index.ts';
import { fetchInfo } from '../../net/api.ts';
import { h, labelledSelect, setText, spacedCode } from '../dom.ts';
import { hook } from '../hook.ts';

// The projector's join panel: the code in large type, the join link as text and as a QR
// code. When the server has several addresses (LAN + Wi-Fi), the trainer picks the one the
// apprentices' network reaches; the QR follows the choice.

type QrModule = typeof import('qrcode');

let qrModule: Promise<QrModule> | null = null;
/** The trainer's address choice survives a rebuild of the screen (language switch). */
let rememberedChoice: string | null = null;
/** qrcode is only needed here: loaded on demand, not with the home page. */
function loadQr(): Promise<QrModule> {
  qrModule ??= import('qrcode').then((m) => ((m as unknown as { default?: QrModule }).default ?? m) as QrModule);
  return qrModule;
}

export class JoinPanel {
  readonly el: HTMLElement;
  private readonly img = h('img', { class: 'qr', 'data-testid': 'join-qr', alt: '', width: 320, height: 320 });
  private readonly urlText = h('p', { class: 'join-url' });
  private readonly selectHolder = h('div', { class: 'address-picker' });
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
    } catch {
      // Without /api/info the page's own address is the best guess.
      this.urls = [new URL('/', location.href).toString()];
      this.chosen = this.urls[0] ?? null;
    }
    if (this.disposed) return;
    this.renderPicker();
    await this.renderQr();
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
      const qr = await loadQr();
      const dataUrl = await qr.toDataURL(joinUrl, { errorCorrectionLevel: 'M', margin: 2, width: 320, color: { dark: '#000000', light: '#ffffff' } });
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
