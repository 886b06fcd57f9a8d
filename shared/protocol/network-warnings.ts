/**
 * Why phones may not reach this server, judged from the address it listens on and the
 * machine's LAN addresses. The server prints it at start; the connection check page
 * ("Verbindung prüfen") repeats it. Texts in German and English.
 */
export type NetworkWarning = 'LOOPBACK_ONLY' | 'NO_LAN_ADDRESS';

export const NETWORK_WARNING_TEXTS: Record<NetworkWarning, { de: string; en: string }> = {
  LOOPBACK_ONLY: {
    de: 'Der Server hört nur auf diesem Rechner (HOST ist eine Loopback-Adresse). Handys können ihn nicht erreichen. Bitte den Server neu starten, ohne die Einstellung HOST (oder mit HOST=0.0.0.0); wer ihn eingerichtet hat, weiß wie.',
    en: 'The server listens on this computer only (HOST is a loopback address). Phones cannot reach it. Restart the server without the HOST setting (or with HOST=0.0.0.0); whoever set it up knows how.',
  },
  NO_LAN_ADDRESS: {
    de: 'Dieser Rechner hat keine Netzwerkadresse im WLAN oder LAN. Verbinde ihn mit dem WLAN der Handys (oder schalte den mobilen Hotspot ein) und starte neu.',
    en: 'This computer has no network address on a Wi-Fi or LAN. Connect it to the phones\' Wi-Fi (or turn on its mobile hotspot) and start again.',
  },
};

/** True for an address only this machine can reach (127.x, ::1, localhost). */
export function isLoopbackHost(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || h.startsWith('127.') || h === '0:0:0:0:0:0:0:1';
}

/** True for a HOST that means "every interface" (0.0.0.0, the default; ::; empty). */
export function isWildcardHost(host: string): boolean {
  return host === '0.0.0.0' || host === '::' || host === '';
}

/** The warning for a server listening on `host` on a machine with these LAN addresses, or null. */
export function networkWarning(host: string, lanAddresses: readonly string[]): NetworkWarning | null {
  if (isLoopbackHost(host)) return 'LOOPBACK_ONLY';
  if (isWildcardHost(host) && lanAddresses.length === 0) return 'NO_LAN_ADDRESS';
  return null;
}
