import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { snapshot, waitForRestoredSession } from '../helpers/arcade.ts';
import { newHostPage, newPlayerPage } from '../helpers/browser.ts';
import { joinAsPlayer, openHost, signInTrainer, E2E_TRAINER } from '../helpers/flows.ts';
import { useE2eEnv } from '../helpers/e2e-env.ts';
import { joinPlayer } from '../helpers/bots.ts';
import { ApiClient } from '../helpers/accounts.ts';
import { SNAPSHOT_EVERY_MS } from '../../server/rooms/session-snapshot.ts';

// Review N1 and N10 in the browser: the projector marks a card holder's seat; after the
// server process is killed and started again, the trainer's page and a phone come back into
// the same session by themselves, and the projector says the server restarted.

const env = useE2eEnv();
const SHOTS = process.env.SHOTS_DIR ?? '/tmp/shots/doors2';

describe('a crash in the lobby', () => {
  it('keeps the class: the projector reconnects, shows the restart note and the card badge; the phone keeps its seat', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const url = env.server.baseUrl;
    const host = await newHostPage(env.browser);
    const phone = await newPlayerPage(env.browser, 'phone');
    env.pages.push(host, phone);
    await signInTrainer(host, url);
    const code = await openHost(host, url);

    const admin = new ApiClient(url);
    expect((await admin.login(E2E_TRAINER.login, E2E_TRAINER.password)).status).toBe(200);
    const mia = (await admin.call('POST', '/api/apprentices', { displayName: 'Mia', trade: 'Optik', trainingYear: 1 })).body.apprentice;
    const card = (await admin.call('POST', `/api/apprentices/${mia.id}/card`)).body.card.code;
    const miaBot = await joinPlayer(url, code, '', { card, nickname: undefined });
    await joinAsPlayer(phone, url, code, 'Tabea', 'url');
    const seat = (await snapshot(phone))?.playerId;
    const list = host.getByRole('list', { name: 'Spieler' });
    await expect.poll(async () => (await list.getByRole('listitem').allTextContents()).join('|'), { timeout: 10_000 }).toMatch(/Mia.*Tabea|Tabea.*Mia/);
    expect(await list.getByRole('img', { name: 'Mit Beitrittskarte' }).count()).toBe(1);
    for (const [w, h] of [[1920, 1080], [1280, 720]] as const) {
      await host.setViewportSize({ width: w, height: h });
      await host.screenshot({ path: `${SHOTS}/lobby-card-badge-${w}x${h}.png` });
    }
    await new Promise((r) => setTimeout(r, SNAPSHOT_EVERY_MS * 2 + 300)); // the seats snapshot is written at most once a second

    miaBot.room.reconnection.enabled = false;
    await env.server.kill9();
    await env.server.restart();

    // Nobody reloads: the pages find their way back with the keys they hold.
    const note = host.getByTestId('restart-note');
    await expect.poll(async () => (await note.isVisible()) && (await note.textContent()), { timeout: 90_000 }).toMatch(/Der Server wurde neu gestartet/);
    // Not the screen: the phone's old lobby stays up while it takes its seat back (playerId
    // null meanwhile). Wait for the restored session itself, then it must be the same seat.
    const back = await waitForRestoredSession(phone, 90_000);
    expect(back.screen).toBe('lobby');
    expect(seat).toBeTruthy();
    expect(back.playerId).toBe(seat);
    await expect.poll(async () => (await list.getByRole('listitem').allTextContents()).join('|'), { timeout: 10_000 }).toMatch(/Tabea/);
    for (const [w, h] of [[1920, 1080], [1280, 720]] as const) {
      await host.setViewportSize({ width: w, height: h });
      await host.screenshot({ path: `${SHOTS}/lobby-after-restart-${w}x${h}.png` });
    }
    await phone.screenshot({ path: `${SHOTS}/phone-after-restart-390x844.png` });
  });
});
