import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { announcementLines, browserCommand } from './announce.ts';
import { chooseDataDir, userDataDir } from './data-folder.ts';

const none = () => false;
const onStick = (p: string) => p === join('/stick/arcade', 'daten');

describe('release data folder', () => {

  it("defaults to the user's application-data folder, so a newer release finds the data", () => {
    expect(chooseDataDir({ LOCALAPPDATA: 'C:\\Users\\ana\\AppData\\Local' }, 'win32', 'C:\\Users\\ana', '/rel', none)).toEqual({ dir: join('C:\\Users\\ana\\AppData\\Local', 'Azubi-Arcade'), reason: 'user' });
    expect(chooseDataDir({}, 'linux', '/home/ana', '/rel', none)).toEqual({ dir: '/home/ana/.local/share/azubi-arcade', reason: 'user' });
    expect(userDataDir({ XDG_DATA_HOME: '/data/ana' }, 'linux', '/home/ana')).toBe('/data/ana/azubi-arcade');
    expect(userDataDir({}, 'darwin', '/Users/ana')).toBe('/Users/ana/Library/Application Support/Azubi-Arcade');
  });

  it("uses a 'daten' folder beside the starters when there is one (portable), DATA_DIR above all", () => {
    expect(chooseDataDir({}, 'linux', '/home/ana', '/stick/arcade', onStick)).toEqual({ dir: '/stick/arcade/daten', reason: 'portable' });
    expect(chooseDataDir({ DATA_DIR: '/srv/arcade' }, 'linux', '/home/ana', '/stick/arcade', onStick)).toEqual({ dir: '/srv/arcade', reason: 'env' });
  });
});

describe('release start window', () => {
  it('names the projector page, the phones’ address, the data folder and how to stop, in German and English', () => {
    const text = announcementLines({ version: '1.2.3', localUrl: 'http://localhost:2567/', phoneUrls: ['http://192.168.1.20:2567/'], dataDir: 'C:\\Daten', platform: 'win32' }).join('\n');
    for (const part of ['1.2.3', 'http://localhost:2567/', 'http://192.168.1.20:2567/', 'C:\\Daten', 'Zugriff zulassen', 'Allow access', 'Fenster schließen', 'close this window']) expect(text).toContain(part);
    const linux = announcementLines({ version: '1.2.3', localUrl: 'http://localhost:2567/', phoneUrls: [], dataDir: '/d', platform: 'linux' }).join('\n');
    expect(linux).toContain('Strg+C');
    expect(linux).not.toContain('Zugriff zulassen');
  });

  it('opens the default browser with the platform’s own tool', () => {
    expect(browserCommand('win32', 'http://localhost:2567/').cmd).toBe('rundll32.exe');
    expect(browserCommand('linux', 'http://localhost:2567/')).toEqual({ cmd: 'xdg-open', args: ['http://localhost:2567/'] });
    expect(browserCommand('darwin', 'http://x/').cmd).toBe('open');
  });
});
