import { formatCardCode, normalizeCardCode } from '../../../shared/core/text.ts';
import { t } from '../../i18n/index.ts';
import { button, h } from '../dom.ts';
import { qrDataUrl } from '../qr.ts';
import type { Screen } from '../shell.ts';
import type { PrintedCard } from './area-context.ts';
import { cardAddressPicker, cardLinkAt } from './card-address.ts';
import './trainer.css';

// The print view of freshly issued cards: one card per apprentice with name, company, the
// QR code of the join link and the code in large groups. The codes exist only here (the
// server keeps hashes), so the page says: print now.

const QR_PX = 360;

/** The code in groups of four, however the server grouped it. */
function printedCode(code: string): string {
  const checked = normalizeCardCode(code);
  return formatCardCode(checked.ok ? checked.value : code);
}

/** Draws the card's QR for the join link at `base` (the server's link until one is chosen). */
function drawQr(img: HTMLImageElement, card: PrintedCard, base: string | null): void {
  const link = base ? cardLinkAt(card.card.joinUrl, base) : card.card.joinUrl;
  img.dataset.link = link;
  void qrDataUrl(link, QR_PX).then((src) => { if (img.dataset.link === link) img.src = src; }, () => (img.hidden = true));
}

function cardEl(card: PrintedCard, company: string, img: HTMLImageElement): HTMLElement {
  return h('li', { class: 'print-card', 'data-testid': 'print-card' },
    h('p', { class: 'print-company', text: company }),
    h('h2', { class: 'print-name', text: card.apprentice.displayName }),
    img,
    h('p', { class: 'print-code-label', text: t('print.codeLabel') }),
    h('p', { class: 'print-code mono', 'data-testid': 'card-code', text: printedCode(card.card.code) }),
    h('ol', { class: 'print-steps' },
      h('li', { text: t('print.step1') }),
      h('li', { text: t('print.step2') }),
      h('li', { text: t('print.step3') })));
}

export function cardsPrintScreen(cards: PrintedCard[], company: string, back: () => void): Screen {
  const list = h('ul', { class: 'print-cards', role: 'list' });
  const imgs = cards.map((c) => {
    const img = h('img', { class: 'print-qr', alt: t('print.qrAlt', { name: c.apprentice.displayName }), width: 180, height: 180 });
    drawQr(img, c, null);
    list.append(cardEl(c, company, img));
    return img;
  });
  const picker = cardAddressPicker((base) => cards.forEach((c, i) => drawQr(imgs[i]!, c, base)));
  const el = h('section', { class: 'screen screen-print' },
    h('div', { class: 'no-print print-head' },
      h('h1', { text: t('print.title', { n: cards.length }) }),
      h('p', { class: 'warn-box', text: t('print.onlyNow') }),
      picker,
      h('div', { class: 'button-row' },
        button(t('print.print'), () => window.print(), { class: 'btn btn-primary' }),
        button(t('print.back'), back, { class: 'btn btn-secondary' }))),
    list);
  return { id: 'cards-print', el };
}
