import { describe, expect, it } from 'vitest';
import { announcementLines } from './announce.ts';

const base = { version: '1.2.3', localUrl: 'http://localhost:2567/', dataDir: '/data', platform: 'linux' as NodeJS.Platform };

describe("the starter's window", () => {
  it('names the phones’ addresses with the Wi-Fi hint when phones can reach the server', () => {
    const text = announcementLines({ ...base, phoneUrls: ['http://192.168.1.20:2567/', 'http://10.0.0.5:2567/'] }).join('\n');
    expect(text).toMatch(/Handys \/ phones: +http:\/\/192\.168\.1\.20:2567\//);
    expect(text).toContain('http://10.0.0.5:2567/');
    expect(text).toContain('Handys im selben WLAN');
  });

  it('has no phones line and no orphaned Wi-Fi hint when no address is reachable (loopback HOST)', () => {
    const text = announcementLines({ ...base, phoneUrls: [] }).join('\n');
    expect(text).not.toContain('Handys / phones');
    expect(text).not.toContain('Handys im selben WLAN');
    expect(text).toContain('Beamer / projector:   http://localhost:2567/');
  });
});
