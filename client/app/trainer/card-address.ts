import { t } from '../../i18n/index.ts';
import { fetchInfo } from '../../net/api.ts';
import { h, labelledSelect } from '../dom.ts';

// The address printed into card QR codes. The server lists stable ones first (PUBLIC_URL,
// else the host name `<name>.local`); the trainer may pick another before printing.

/** The card's join link for another base URL: same `?card=` code, new address. */
export function cardLinkAt(joinUrl: string, base: string): string {
  const code = new URL(joinUrl).searchParams.get('card') ?? '';
  return `${base}?card=${code}`;
}

/**
 * A "Adresse auf den Ausweisen" picker; calls `onChoose(base)` with the server's first choice
 * once /api/info answers and again on every change. Without /api/info it shows nothing.
 */
export function cardAddressPicker(onChoose: (base: string) => void): HTMLElement {
  const holder = h('div', { class: 'card-address no-print' });
  void fetchInfo().then((info) => {
    const urls = info.cardUrls ?? [];
    if (urls.length === 0) return;
    const { wrap, select } = labelledSelect(t('print.address'), urls.map((u) => [u, u]), urls[0]!, { 'aria-describedby': 'card-address-hint' });
    wrap.append(h('p', { id: 'card-address-hint', class: 'hint', text: t('print.addressHint') }));
    select.addEventListener('change', () => onChoose(select.value));
    holder.replaceChildren(wrap);
    onChoose(urls[0]!);
  }, () => undefined);
  return holder;
}
