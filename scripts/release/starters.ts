// The starters inside a release and its short read-me. The Windows starter is ASCII with
// CRLF line ends (cmd.exe reads it in the console's code page); the server itself prints
// the German and English lines (Node writes Unicode to the Windows console).

export const WINDOWS_STARTER = 'Azubi-Arcade-starten.cmd';
export const LINUX_STARTER = 'azubi-arcade.sh';

const windowsLines = [
  '@echo off',
  'rem Azubi Arcade starten: Doppelklick genuegt. / Start Azubi Arcade: double-click.',
  'rem Beenden: dieses Fenster schliessen oder Strg+C. / Stop: close this window or Ctrl+C.',
  'setlocal',
  'title Azubi Arcade',
  'cd /d "%~dp0"',
  '"%~dp0node\\node.exe" "%~dp0app\\server.mjs" %*',
  'if errorlevel 1 (',
  '  echo.',
  '  echo Azubi Arcade wurde mit einem Fehler beendet - siehe oben. / Azubi Arcade stopped with an error - see above.',
  '  pause',
  ')',
  'endlocal',
];

/** Azubi-Arcade-starten.cmd (CRLF). */
export const windowsStarter = (): string => `${windowsLines.join('\r\n')}\r\n`;

/** azubi-arcade.sh: needs only /bin/sh (no dirname, no node on PATH). */
export const linuxStarter = (): string => `#!/bin/sh
# Azubi Arcade starten / start Azubi Arcade:  ./azubi-arcade.sh
# Beenden / stop: Strg+C / Ctrl+C
case "$0" in
  */*) here="\${0%/*}" ;;
  *) here=. ;;
esac
exec "$here/node/bin/node" "$here/app/server.mjs" "$@"
`;

/** LIESMICH.txt: the first steps in German and English (CRLF so Notepad shows it anywhere). */
export function readMe(version: string, target: 'linux-x64' | 'win-x64'): string {
  const starter = target === 'win-x64' ? WINDOWS_STARTER : LINUX_STARTER;
  const start = target === 'win-x64' ? `Doppelklick auf ${starter}` : `im Terminal: ./${starter}`;
  const startEn = target === 'win-x64' ? `double-click ${starter}` : `in a terminal: ./${starter}`;
  const lines = [
    `Azubi Arcade ${version}`,
    '',
    'DEUTSCH',
    `1. Starten: ${start}. Ein Fenster zeigt die Adresse für die Handys; der Browser öffnet die Startseite.`,
    '2. Beim ersten Start Betrieb und erstes Ausbilder-Konto anlegen, dann "Sitzung leiten".',
    '3. Handys im selben WLAN scannen den QR-Code. Kommt keins an: "Verbindung prüfen".',
    '4. Beenden: Fenster schließen oder Strg+C.',
    'Daten (Ergebnisse, Konten) liegen im Anwendungsdaten-Ordner des Benutzers; eine neue Version findet sie von selbst.',
    'Ein Ordner "daten" neben diesem Text wird stattdessen benutzt (z. B. auf einem USB-Stick).',
    '',
    'ENGLISH',
    `1. Start: ${startEn}. A window shows the address for phones; the browser opens the start page.`,
    '2. On the first start create the company and the first trainer account, then "Sitzung leiten" (host a session).',
    '3. Phones on the same Wi-Fi scan the QR code. If none arrives: "Verbindung prüfen" (check connection).',
    '4. Stop: close the window or press Ctrl+C.',
    'Data (results, accounts) lives in the user\'s application-data folder; a newer version finds it by itself.',
    'A folder "daten" beside this file is used instead (e.g. on a USB stick).',
    '',
  ];
  return lines.join('\r\n');
}
