import { h, labelledSelect, replace, setText } from '../dom.ts';
import { qrDataUrl } from '../qr.ts';
import type { Screen } from '../shell.ts';
import { checkApi, type CheckArrival, type CheckInfo } from './check-api.ts';
import { ct, warningText, type CheckTextKey } from './check-texts.ts';
import './check.css';

// "Verbindung prüfen" on the projector: a QR code for the phones, the phones that came
// through (✓ and their response time), and what to do when none arrives.

const POLL_MS = 1000;
const QR_PX = 360;
const HELP_KEYS: CheckTextKey[] = ['helpSameNet', 'helpGuest', 'helpFirewall', 'helpVpn', 'helpAddress'];

export function checkProjectorScreen(goHome: () => void): Screen {
  let id: string | null = null;
  let info: CheckInfo | null = null;
  let arrivals: CheckArrival[] = [];
  let joinUrl = '';
  let failed = false;
  let timer: ReturnType<typeof setInterval> | null = null;

  const title = h('h1');
  const lead = h('p', { class: 'lead' });
  const warning = h('p', { class: 'alert alert-on check-warning', role: 'alert' });
  const qr = h('img', { class: 'check-qr', alt: '', width: QR_PX, height: QR_PX });
  const addressBox = h('div', { class: 'check-address' });
  const listTitle = h('h2');
  const list = h('ul', { class: 'check-arrivals', 'aria-live': 'polite', 'data-testid': 'check-arrivals' });
  const helpTitle = h('h2');
  const help = h('ul', { class: 'check-help' });
  const back = h('button', { type: 'button', class: 'btn btn-secondary' });
  back.addEventListener('click', goHome);

  const el = h('section', { class: 'screen screen-check' },
    title, lead, warning,
    h('div', { class: 'check-columns' },
      h('div', { class: 'check-card' }, qr, addressBox),
      // Arrivals first in the second column: at 1280×720 they stay above the fold (newcomer).
      h('div', { class: 'check-side' },
        h('div', { class: 'check-card check-arrivals-card' }, listTitle, list),
        h('div', { class: 'check-card check-help-card' }, helpTitle, help, back)),
    ),
  );

  const link = () => `${joinUrl}?check=${encodeURIComponent(id ?? '')}`;

  async function drawQr(): Promise<void> {
    if (!id || !joinUrl) return;
    qr.src = await qrDataUrl(link(), QR_PX);
    qr.alt = `QR: ${link()}`;
  }

  function renderList(): void {
    if (arrivals.length === 0) return replace(list, h('li', { class: 'hint', text: ct('waiting') }));
    replace(list, ...arrivals.map((a) => h('li', { class: 'check-arrival' },
      h('span', { class: 'check-tick', 'aria-hidden': 'true', text: '✓' }),
      h('strong', { text: ct('phone', { n: a.n }) }),
      h('span', { class: 'check-device', text: a.device }),
      h('span', { class: 'check-rtt', text: `${a.rttMs} ms` }))));
  }

  function renderAddress(): void {
    const urls = info?.joinUrls ?? [];
    if (urls.length > 1) {
      const { wrap, select } = labelledSelect(ct('addressLabel'), urls.map((u) => [u, u]), joinUrl);
      select.addEventListener('change', () => {
        joinUrl = select.value;
        renderAddress();
        void drawQr();
      });
      replace(addressBox, wrap, h('p', { class: 'check-link', text: link() }));
    } else {
      replace(addressBox, h('p', { class: 'hint', text: ct('addressLabel') }), h('p', { class: 'check-link', text: id ? link() : '' }));
    }
  }

  function render(): void {
    setText(title, ct('title'));
    setText(lead, failed ? ct('openFailed') : ct('lead'));
    warning.textContent = info?.warning ? warningText(info.warning) : '';
    warning.hidden = !info?.warning;
    setText(listTitle, ct('arrivedTitle'));
    setText(helpTitle, ct('helpTitle'));
    replace(help, ...HELP_KEYS.map((k) => h('li', { text: ct(k) })));
    setText(back, ct('home'));
    renderAddress();
    renderList();
  }

  async function start(): Promise<void> {
    try {
      [info, id] = await Promise.all([checkApi.info(), checkApi.open()]);
      joinUrl = info.joinUrls[0] ?? `${location.origin}/`;
      render();
      await drawQr();
      timer = setInterval(() => {
        if (!id) return;
        checkApi.arrivals(id).then((next) => {
          if (next.length !== arrivals.length || next.some((a, i) => a.rttMs !== arrivals[i]?.rttMs)) {
            arrivals = next;
            renderList();
          }
        }, () => {});
      }, POLL_MS);
    } catch {
      failed = true;
      render();
    }
  }

  render();
  void start();
  return {
    id: 'check',
    el,
    relabel: render,
    destroy: () => {
      if (timer) clearInterval(timer);
    },
  };
}
