import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { layoutProblems } from '../helpers/layout-check.ts';

// The layout check itself (tests/helpers/layout-check.ts) on tiny crafted pages at 360×640:
// it finds each kind of fault it is for, and stays quiet on what is fine by design.

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await (await browser.newContext({ viewport: { width: 360, height: 640 } })).newPage();
});
afterAll(async () => {
  await browser?.close();
});

const STYLE = '<style>body{margin:0;font:16px sans-serif} button{min-width:48px;min-height:48px}</style>';
async function check(body: string): Promise<string[]> {
  await page.setContent(`<!doctype html><html lang="de"><head>${STYLE}</head><body>${body}</body></html>`);
  return layoutProblems(page);
}

describe('layout check', () => {
  it('is quiet on a plain page, decorative parts, visually hidden text and a page that scrolls', async () => {
    expect(await check(`
      <h1>Titel</h1><p>Ein Satz mit einem <a href="#">Link</a> darin.</p>
      <button>Los</button> <button>Abbrechen</button>
      <span aria-hidden="true" style="position:absolute;top:0;left:0">★★★★</span>
      <span style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)">nur für Screenreader</span>
      <div style="height:2000px"></div><button>Ganz unten</button>
      <div style="height:100px;overflow:auto"><div style="height:400px"></div><button>Im Kasten</button></div>`)).toEqual([]);
  });

  it('finds a toast over a message and a button under another button', async () => {
    const found = await check(`
      <p class="message" style="margin-top:60px">Fehlstart</p>
      <div class="toast" style="position:fixed;top:50px;left:0;right:0;text-align:left;pointer-events:none">✗ Daneben, leider</div>
      <div class="pad" style="position:absolute;top:200px;left:0;right:0;bottom:0;background:#123;color:#fff"><p>Treffer 243 ms</p></div>
      <div class="flash" style="position:fixed;inset:0;z-index:2;pointer-events:none"><span style="position:absolute;top:205px;left:0">✓ Richtig</span></div>
      <button style="position:absolute;top:300px;left:10px">Mit Ausweis beitreten</button>
      <button style="position:absolute;top:320px;left:10px">Ausweis entfernen</button>`);
    expect(found.some((l) => l.startsWith('overlap:') && l.includes('Fehlstart') && l.includes('Daneben'))).toBe(true);
    expect(found.some((l) => l.startsWith('overlap:') && l.includes('Treffer 243 ms') && l.includes('Richtig'))).toBe(true);
    expect(found.some((l) => l.startsWith('overlap:') && l.includes('Mit Ausweis beitreten') && l.includes('Ausweis entfernen'))).toBe(true);
  });

  it('finds text clipped by overflow hidden, a fixed layer past the screen and content wider than the screen', async () => {
    const found = await check(`
      <div style="height:40px;overflow:hidden"><p style="margin:0;padding-top:30px">Der Code stimmt nicht.</p></div>
      <div class="sheet" style="position:fixed;top:400px;left:0;right:0;height:400px;overflow:visible"><button style="margin-top:300px">Fertig</button></div>
      <p style="white-space:nowrap;margin:0">Dieser sehr lange Satz passt auf keinen schmalen Bildschirm von 360 Pixeln Breite</p>`);
    expect(found.some((l) => l.startsWith('cut off:') && l.includes('Der Code stimmt nicht') && l.includes('clipped'))).toBe(true);
    expect(found.some((l) => l.startsWith('cut off:') && l.includes('Fertig') && l.includes('out of the screen'))).toBe(true);
    expect(found.some((l) => l.startsWith('cut off:') && l.includes('Dieser sehr lange Satz') && l.includes('sideways'))).toBe(true);
  });

  it('finds a button half cut at the bottom of an open dialog that does not scroll', async () => {
    await page.setContent(`<!doctype html><html lang="de"><head>${STYLE}</head><body><p>Hinter dem Dialog</p>
      <dialog style="width:300px;height:200px;overflow:hidden;padding:0"><button>Schließen</button><div style="height:130px">Spielplan</div><button>Fertig</button></dialog></body></html>`);
    await page.evaluate(() => document.querySelector('dialog')?.showModal());
    const found = await layoutProblems(page);
    expect(found.some((l) => l.includes('Fertig') && l.startsWith('cut off:'))).toBe(true);
    expect(found.join('\n')).not.toContain('Hinter dem Dialog'); // behind the modal: not checked
    // A dialog that scrolls: its content may scroll, its way out must not be scrolled away.
    await page.setContent(`<!doctype html><html lang="de"><head>${STYLE}</head><body>
      <dialog style="width:300px;height:200px;overflow:auto;padding:0"><button>Schließen</button><div style="height:400px">Spielplan</div><button>Fertig</button></dialog></body></html>`);
    await page.evaluate(() => document.querySelector('dialog')?.showModal());
    expect(await layoutProblems(page)).toEqual([expect.stringMatching(/^dialog's last control not in view: button "Fertig"/)]);
    await page.evaluate(() => document.querySelector('dialog')?.close());
    await page.setContent(`<!doctype html><html lang="de"><head>${STYLE}</head><body>
      <dialog style="width:300px;height:200px;overflow:auto;padding:0"><div style="height:400px">Spielplan<p style="margin-top:150px">Zeile unter der Leiste</p></div><p style="position:sticky;bottom:0;margin:0;background:#fff"><button>Fertig</button></p></dialog></body></html>`);
    await page.evaluate(() => document.querySelector('dialog')?.showModal());
    expect(await layoutProblems(page)).toEqual([]);
  });

  it('leaves out what a full-screen opaque layer covers, but checks the layer', async () => {
    expect(await check(`
      <p>Darunter</p><button>Auch darunter</button>
      <div style="position:fixed;inset:0;background:#123">
        <p style="color:#fff">+40 Punkte</p><p style="color:#fff">Platz 2 von 5</p></div>`)).toEqual([]);
    const found = await check(`<p>Darunter</p><div style="position:fixed;inset:0;background:#123"><p style="margin:0">+40 Punkte</p><p style="margin:-10px 0 0">Platz 2</p></div>`);
    expect(found.some((l) => l.includes('+40 Punkte') && l.includes('Platz 2'))).toBe(true);
    expect(found.join('\n')).not.toContain('Darunter');
  });

  it('finds an alert out of view and a submit button below the first screen', async () => {
    const found = await check(`<form><div style="height:700px"></div><p role="alert">Zu diesem Code läuft keine Sitzung.</p><button type="submit">Beitreten</button></form>`);
    expect(found).toEqual([expect.stringMatching(/^alert out of view: p "Zu diesem Code/)]);
    expect(await layoutProblems(page, { firstScreen: 'form [type=submit]' })).toContainEqual(expect.stringMatching(/^not on the first screen: button "Beitreten"/));
    await page.evaluate(() => document.querySelector('div')?.remove());
    expect(await layoutProblems(page, { firstScreen: 'form [type=submit]' })).toEqual([]);
  });

  it('finds tap targets smaller than 44 px but not a link inside a sentence', async () => {
    const found = await check(`<p>Lies die <a href="#">Hinweise</a>.</p><button style="min-width:0;min-height:0;padding:2px">x</button>
      <label style="display:block;padding:14px">Ich stimme zu <input type="checkbox"></label>`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^small target: button "x"/);
  });
});
