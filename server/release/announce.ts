import { spawn } from 'node:child_process';

// What a release prints in its window after the start, in German and English, and the
// projector page it opens in the default browser (ARCADE_NO_BROWSER=1 skips that).

export interface Announcement {
  version: string;
  localUrl: string;
  phoneUrls: string[];
  dataDir: string;
  platform: NodeJS.Platform;
}

/** The lines shown in the starter's window; `phoneUrls` empty when phones cannot reach the server. */
export function announcementLines(a: Announcement): string[] {
  const stop = a.platform === 'win32'
    ? ['Beenden: dieses Fenster schließen oder Strg+C drücken.', 'To stop: close this window or press Ctrl+C.']
    : ['Beenden: Strg+C drücken (oder das Terminal schließen).', 'To stop: press Ctrl+C (or close the terminal).'];
  const lines = [
    '',
    `  Azubi Arcade ${a.version} läuft / is running`,
    '',
    `  Beamer / projector:   ${a.localUrl}`,
    ...a.phoneUrls.map((url, i) => `  ${i === 0 ? 'Handys / phones:     ' : '                     '} ${url}`),
    // No address phones can reach (a loopback HOST): the warning above the box says why and how.
    ...(a.phoneUrls.length > 0 ? ['  (Handys im selben WLAN wie dieser Rechner / phones on the same Wi-Fi as this computer)'] : []),
    `  Daten / data:         ${a.dataDir}`,
    '',
  ];
  if (a.platform === 'win32') {
    lines.push('  Fragt Windows nach der Firewall: "Zugriff zulassen" für private Netzwerke wählen.');
    lines.push('  If Windows asks about the firewall: choose "Allow access" for private networks.');
    lines.push('');
  }
  lines.push(`  ${stop[0]}`, `  ${stop[1]}`, '');
  return lines;
}

/** The command that opens a URL in the default browser on this platform. */
export function browserCommand(platform: NodeJS.Platform, url: string): { cmd: string; args: string[] } {
  if (platform === 'win32') return { cmd: 'rundll32.exe', args: ['url.dll,FileProtocolHandler', url] };
  if (platform === 'darwin') return { cmd: 'open', args: [url] };
  return { cmd: 'xdg-open', args: [url] };
}

/** Opens url in the default browser; says so in the window when that is not possible. */
export function openBrowser(url: string, platform: NodeJS.Platform = process.platform): void {
  const { cmd, args } = browserCommand(platform, url);
  const fallback = () => console.log(`  Bitte im Browser öffnen / please open in a browser: ${url}`);
  try {
    const child = spawn(cmd, args, { detached: true, stdio: 'ignore' });
    child.once('error', fallback);
    child.unref();
  } catch {
    fallback();
  }
}
