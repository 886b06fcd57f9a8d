import { describe, expect, it } from 'vitest';
import { backends, useTestServer } from '../helpers/test-server.ts';
import { ApiClient } from '../helpers/accounts.ts';
import { closeLikeReload, hostSession, joinById, joinError, joinPlayer, playReaktion, TEST_TRAINER, trainerHeaders, until, type Bot } from '../helpers/bots.ts';

// Issue 9 items 3-6: a closed tab, a card on another device, a round missed while away,
// removals that hold, and names that only look different.

const GRACE_S = 3;
const DEVICE_GINA = 'device-gina-0123456789';
const DEVICE_KAI = 'device-kai-0123456789ab';


/** "Anna\u3164" as printable ASCII for failure messages. */
const escape = (s: string) => [...s].map((c) => (c.charCodeAt(0) < 128 ? c : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)).join('');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each(backends())('coming back to a seat on $name', (backend) => {
  const server = useTestServer({ backend, env: { RECONNECT_GRACE_S: String(GRACE_S) } });

  /** A new apprentice of the test trainer's company with a card. */
  async function apprenticeWithCard(name: string): Promise<{ id: string; code: string }> {
    await trainerHeaders(server.url);
    const api = new ApiClient(server.url);
    expect((await api.login(TEST_TRAINER.login, TEST_TRAINER.password)).status).toBe(200);
    const created = await api.call('POST', '/api/apprentices', { displayName: name, trade: 'Feinoptik', trainingYear: 1 });
    const card = await api.call('POST', `/api/apprentices/${created.body.apprentice.id}/card`);
    return { id: created.body.apprentice.id, code: card.body.card.code };
  }

  const boardRows = async (apprenticeId: string) =>
    (await server.app.db.query<{ n: number }>('select count(*)::int as n from board_points where apprentice_id = $1', [apprenticeId])).rows[0]!.n;

  it('closed tab: guest and card holder keep seat and points past the grace period; no result for a round missed while away', async () => {
    const miaCard = await apprenticeWithCard('Mia Sommer');
    const host = await hostSession(server.url);
    const code = host.welcome.code as string;
    const roomId = host.room.roomId;
    host.send('playlist', { items: [{ gameId: 'reaktion', level: 1, rounds: 3 }] });
    const gina = await joinPlayer(server.url, code, 'Gina', { device: DEVICE_GINA });
    const mia = await joinPlayer(server.url, code, 'x', { card: miaCard.code });
    const lou = await joinPlayer(server.url, code, 'Lou');
    for (const b of [gina, mia]) playReaktion(b, () => 260);
    // Lou closes the tab in the lobby, never plays: the seat and the name are free after the grace period.
    await until(() => host.state.players.has(lou.welcome.playerId), 5000, 'host sees lou');
    closeLikeReload(lou);
    await until(() => !host.state.players.has(lou.welcome.playerId), (GRACE_S + 5) * 1000, 'lobby seat freed');

    await until(() => host.state.roundCount === 3, 5000, 'playlist');
    host.send('start');
    await until(() => host.state.phase === 'reveal', 60_000, 'first reveal');
    const score = (b: Bot) => host.state.players.get(b.welcome.playerId)?.score;
    const ginaScore = score(gina);
    const miaScore = score(mia);
    expect(ginaScore).toBeGreaterThan(0);
    expect(miaScore).toBeGreaterThan(0);
    expect(await boardRows(miaCard.id)).toBe(1);

    // Mia's phone is away for the whole of round 2; Gina is there and does not answer.
    closeLikeReload(mia);
    await until(() => host.state.players.get(mia.welcome.playerId)?.connected === false, 5000, 'mia away');
    for (const phase of ['scoreboard', 'countdown', 'play']) {
      host.send('next');
      await until(() => host.state.phase === phase, 5000, phase);
    }
    host.send('next', { confirmed: true });
    await until(() => host.state.phase === 'reveal', 10_000, 'second reveal');
    const stored = await server.app.sessions.roundsOf(roomId);
    const second = stored.find((r) => r.roundIndex === 1)!;
    const names = second.results.map((r) => r.nickname);
    console.info(`[figure] round missed while away: results stored for ${JSON.stringify(names)}; Mia's board rows ${await boardRows(miaCard.id)}`);
    expect(names).toContain('Gina');
    expect(names).not.toContain('Mia Sommer');
    expect(await boardRows(miaCard.id)).toBe(1);
    expect(score(mia)).toBe(miaScore);

    // Gina closes her tab too; both stay away longer than the grace period.
    closeLikeReload(gina);
    await sleep((GRACE_S + 1.5) * 1000);
    expect(host.state.players.get(gina.welcome.playerId)).toMatchObject({ connected: false, score: ginaScore });
    expect(host.state.players.get(mia.welcome.playerId)).toMatchObject({ connected: false, score: miaScore });

    // Back from the join page: the seat key kept on the device, or the card on any device.
    const ginaBack = await joinById(server.url, roomId, { key: gina.welcome.key });
    expect(ginaBack.welcome.playerId).toBe(gina.welcome.playerId);
    const miaBack = await joinPlayer(server.url, code, 'x', { card: miaCard.code });
    expect(miaBack.welcome.playerId).toBe(mia.welcome.playerId);
    await until(() => score(miaBack) === miaScore && score(ginaBack) === ginaScore, 5000, 'scores back');

    // A second device with the card takes the seat over; the first is told it was replaced.
    miaBack.room.reconnection.enabled = false;
    const miaThird = await joinPlayer(server.url, code, 'x', { card: miaCard.code });
    expect(miaThird.welcome.playerId).toBe(mia.welcome.playerId);
    await until(() => !miaBack.room.connection.isOpen, 5000, 'old device closed');
    // Issue 16, N7a: the device that lost the seat keeps no working key (before: the same key).
    expect(miaThird.welcome.key).not.toBe(miaBack.welcome.key);
    expect(await joinError(joinById(server.url, roomId, { key: miaBack.welcome.key }))).toBe('SEAT_NOT_FOUND');

    // The same device that lost its key: the same name gets its own seat back; a look-alike from elsewhere does not.
    ginaBack.room.reconnection.enabled = false;
    const ginaAgain = await joinPlayer(server.url, code, 'Gina', { device: DEVICE_GINA });
    expect(ginaAgain.welcome.playerId).toBe(gina.welcome.playerId);
    expect(await joinError(joinPlayer(server.url, code, 'G\u0456na', { device: 'other-device-0123456789' }))).toBe('NICKNAME_TAKEN');

    host.send('end', { confirmed: true });
    await until(() => host.state.phase === 'podium', 5000, 'podium');
    expect([...host.state.players.values()].map((p: any) => p.nickname).toSorted()).toEqual(['Gina', 'Mia Sommer']);
    await Promise.all([host, ginaAgain, miaThird].map((b) => b.room.leave()));
  });

  it('a removal holds by seat, name, card and device until the host takes it back', async () => {
    const benCard = await apprenticeWithCard('Ben Winter');
    const host = await hostSession(server.url);
    const code = host.welcome.code as string;
    const roomId = host.room.roomId;
    const kai = await joinPlayer(server.url, code, 'Kai', { device: DEVICE_KAI });
    const ben = await joinPlayer(server.url, code, 'x', { card: benCard.code });
    for (const b of [kai, ben]) {
      host.send('kick', { playerId: b.welcome.playerId });
      await b.next('kicked');
    }
    await until(() => host.state.players.size === 0 && host.state.removed.size === 2, 5000, 'both removed');
    expect(host.state.removed.get(kai.welcome.playerId)?.nickname).toBe('Kai');
    const attempts = {
      name: joinById(server.url, roomId, { nickname: 'Kai' }),
      nameCase: joinById(server.url, roomId, { nickname: 'kai' }),
      nameLookAlike: joinById(server.url, roomId, { nickname: '\u041Aai' }),
      device: joinById(server.url, roomId, { nickname: 'Neuer Name', device: DEVICE_KAI }),
      key: joinById(server.url, roomId, { key: kai.welcome.key }),
      card: joinById(server.url, roomId, { card: benCard.code }),
    };
    // Each attempt gets its handler at once: they run together, and one refused before its turn
    // in a sequential await would count as an unhandled rejection.
    const outcomes = Object.entries(attempts).map(async ([what, p]) => [what, await joinError(p).catch(() => 'JOINED')] as const);
    const refused: Record<string, string> = Object.fromEntries(await Promise.all(outcomes));
    console.info(`[figure] after a removal: ${JSON.stringify(refused)}`);
    expect(refused).toEqual({ name: 'KICKED', nameCase: 'KICKED', nameLookAlike: 'KICKED', device: 'KICKED', key: 'KICKED', card: 'KICKED' });

    host.send('readmit', { playerId: kai.welcome.playerId });
    host.send('readmit', { playerId: 'nobody' });
    expect((await host.next('error', (e) => e.type === 'readmit')).code).toBe('PLAYER_NOT_FOUND');
    await until(() => !host.state.removed.has(kai.welcome.playerId), 5000, 'removal taken back');
    const kaiAgain = await joinById(server.url, roomId, { nickname: 'Kai', device: DEVICE_KAI });
    expect(kaiAgain.welcome.playerId).not.toBe(kai.welcome.playerId);
    expect(await joinError(joinById(server.url, roomId, { card: benCard.code }))).toBe('KICKED');
    await Promise.all([host, kaiAgain].map((b) => b.room.leave()));
  });

  it('refuses invisible names and names that look like a seated one', async () => {
    const host = await hostSession(server.url);
    const roomId = host.room.roomId;
    const anna = await joinById(server.url, roomId, { nickname: 'Anna' });
    await until(() => host.state.players.size === 1, 5000, 'Anna on the host screen');
    const results: Record<string, string> = {};
    for (const raw of ['\u3164', '\u2800', '\u115F', '\u0301\u0301\u0301', 'Anna\u3164', 'Anna\u034F', '\u0410nna', '\uFF21nna']) {
      results[escape(raw)] = await joinError(joinById(server.url, roomId, { nickname: raw })).catch(() => 'JOINED');
    }
    console.info(`[figure] item-6 names: ${JSON.stringify(results)}`);
    expect(Object.values(results).filter((r) => r === 'JOINED')).toEqual([]);
    expect(results).toEqual({
      '\\u3164': 'NICKNAME_EMPTY', '\\u2800': 'NICKNAME_EMPTY', '\\u115f': 'NICKNAME_EMPTY', '\\u0301\\u0301\\u0301': 'NICKNAME_NO_LETTER',
      'Anna\\u3164': 'NICKNAME_TAKEN', 'Anna\\u034f': 'NICKNAME_TAKEN', '\\u0410nna': 'NICKNAME_TAKEN', '\\uff21nna': 'NICKNAME_TAKEN',
    });
    expect(host.state.players.size).toBe(1);
    await Promise.all([host, anna].map((b) => b.room.leave()));
  });
});
