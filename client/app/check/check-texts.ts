import { lang } from '../../i18n/index.ts';
import { NETWORK_WARNING_TEXTS, type NetworkWarning } from '../../../shared/protocol/network-warnings.ts';

// Texts of "Verbindung prüfen" (connection check), German and English, kept with the
// screens that use them.

const TEXTS = {
  title: { de: 'Verbindung prüfen', en: 'Check connection' },
  lead: { de: 'Scannt den QR-Code mit ein paar Handys. Jedes Handy, das durchkommt, erscheint hier mit seiner Antwortzeit.', en: 'Scan the QR code with a few phones. Every phone that gets through appears here with its response time.' },
  addressLabel: { de: 'Adresse für die Handys', en: 'Address for the phones' },
  arrivedTitle: { de: 'Angekommen', en: 'Arrived' },
  waiting: { de: 'Noch kein Handy angekommen …', en: 'No phone has arrived yet …' },
  phone: { de: 'Handy {n}', en: 'Phone {n}' },
  helpTitle: { de: 'Kommt kein Handy an?', en: 'No phone arrives?' },
  helpSameNet: { de: 'Gleiches Netz: Die Handys müssen im selben WLAN sein wie dieser Rechner – nicht im Mobilfunk.', en: 'Same network: the phones must be on the same Wi-Fi as this computer – not on mobile data.' },
  helpGuest: { de: 'Gäste-WLAN: Viele Gäste-Netze trennen die Geräte voneinander. Dann den mobilen Hotspot dieses Rechners einschalten und die Handys damit verbinden – oder den Server des Schulungszentrums benutzen.', en: 'Guest Wi-Fi: many guest networks keep devices apart. Then turn on this computer\'s mobile hotspot and connect the phones to it – or use the training centre\'s server.' },
  helpFirewall: { de: 'Windows-Firewall: Beim ersten Start fragt Windows nach. „Zugriff zulassen“ für private Netzwerke wählen. Wurde das abgelehnt: Windows-Sicherheit → Firewall → „App durch Firewall zulassen“ → Node.js bei „Privat“ anhaken.', en: 'Windows firewall: Windows asks on the first start. Choose "Allow access" for private networks. If it was refused: Windows Security → Firewall → "Allow an app through firewall" → tick Node.js for "Private".' },
  helpVpn: { de: 'VPN: Ein eingeschaltetes VPN kann die Adresse im WLAN verstecken. Für die Schulung das VPN trennen und die Seite neu laden.', en: 'VPN: a VPN that is on may hide the Wi-Fi address. Disconnect the VPN for the class and reload this page.' },
  helpAddress: { de: 'Mehrere Adressen? Die Handys brauchen die Adresse aus dem WLAN des Raums (oft 192.168.…).', en: 'Several addresses? The phones need the address on the room\'s Wi-Fi (often 192.168.…).' },
  openFailed: { de: 'Die Prüfung konnte nicht gestartet werden. Läuft der Server noch? Seite neu laden.', en: 'The check could not start. Is the server still running? Reload the page.' },
  home: { de: 'Zur Startseite', en: 'Back to start' },
  phoneMeasuring: { de: 'Verbindung wird gemessen …', en: 'Measuring the connection …' },
  phoneOk: { de: '✓ Verbunden – Antwortzeit {ms} ms', en: '✓ Connected – response time {ms} ms' },
  phoneOkHint: { de: 'Der Beamer zeigt dieses Handy jetzt als „Handy {n}“. Du kannst diese Seite schließen.', en: 'The projector now shows this phone as "Phone {n}". You may close this page.' },
  phoneGone: { de: 'Diese Prüfung gibt es nicht mehr. Scanne den QR-Code am Beamer noch einmal.', en: 'This check no longer exists. Scan the QR code on the projector again.' },
  phoneFailed: { de: '✗ Keine Verbindung zum Server. Prüfe das WLAN und scanne den QR-Code noch einmal.', en: '✗ No connection to the server. Check the Wi-Fi and scan the QR code again.' },
  again: { de: 'Noch einmal messen', en: 'Measure again' },
} as const;

export type CheckTextKey = keyof typeof TEXTS;

/** A check text in the current language, `{name}` filled from params. */
export function ct(key: CheckTextKey, params: Record<string, string | number> = {}): string {
  return TEXTS[key][lang()].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** The server's network warning in the current language. */
export function warningText(code: NetworkWarning): string {
  return NETWORK_WARNING_TEXTS[code][lang()];
}
