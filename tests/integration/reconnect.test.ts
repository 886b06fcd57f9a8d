import { describe, expect, it } from 'vitest';
import { backends, useTestServer } from '../helpers/test-server.ts';
import { hostSession, joinById, joinError, joinPlayer, playProbe, until, type Bot } from '../helpers/bots.ts';
import { PROBE_ID } from '../helpers/probe-game.ts';

const seat = (host: Bot, bot: Bot) => host.state.players.get(bot.welcome.playerId);

describe.each(backends())('reconnection on $name', (backend) => {
  const server = useTestServer({ backend, env: { RECONNECT_GRACE_S: '3' } });

  /** Cuts the player's connection from the server side, like a Wi-Fi blip (close code 1006). */
  const dropConnection = (bot: Bot) => server.room(bot.room.roomId).clients.getById(bot.room.sessionId).ref.terminate();

  it('keeps seat and score through two drops and a page reload; keeps a played seat past the grace period; frees a lobby seat gone for good', async () => {
    const host = await hostSession(server.url);
    const code = host.welcome.code as string;
    host.send('playlist', { items: [{ gameId: PROBE_ID, level: 1, rounds: 2 }] });
    const anna = await joinPlayer(server.url, code, 'Anna');
    const ben = await joinPlayer(server.url, code, 'Ben');
    // Cem drops in the lobby and never plays: gone for good, the seat and the name are free again.
    const cem = await joinPlayer(server.url, code, 'Cem');
    await until(() => seat(host, cem)?.connected === true, 5000, 'host sees cem');
    cem.room.reconnection.enabled = false;
    dropConnection(cem);
    await until(() => !host.state.players.has(cem.welcome.playerId), 10_000, 'cem removed');
    expect(await joinError(joinById(server.url, host.room.roomId, { key: cem.welcome.key }))).toBe('SEAT_NOT_FOUND');
    const cem2 = await joinPlayer(server.url, code, 'Cem');
    expect(cem2.welcome.playerId).not.toBe(cem.welcome.playerId);
    playProbe(anna, () => 230);
    anna.room.reconnection.minUptime = 0;
    host.send('start');
    await until(() => host.state.phase === 'reveal', 60_000, 'reveal');
    const score = seat(host, anna).score;
    expect(score).toBeGreaterThan(0);

    // Two Wi-Fi blips in a row: the SDK reconnects by itself into the same seat.
    for (let drop = 0; drop < 2; drop++) {
      const sessionId = anna.room.sessionId;
      dropConnection(anna);
      await until(() => seat(host, anna)?.connected === false, 5000, 'host sees reconnecting');
      await until(() => seat(host, anna)?.connected === true, 15_000, 'reconnected');
      expect(anna.room.sessionId).toBe(sessionId);
      expect(seat(host, anna).score).toBe(score);
    }

    // A page reload: a new connection with the seat key gets the same seat back.
    const key = anna.welcome.key as string;
    anna.room.reconnection.enabled = false;
    dropConnection(anna);
    const reloaded = await joinById(server.url, host.room.roomId, { key });
    expect(reloaded.welcome.playerId).toBe(anna.welcome.playerId);
    // A player's own figures come as its `standing` message (the shared state lists only the leaders).
    expect((await reloaded.next('standing', (m) => m.score === score, 5000)).rank).toBeGreaterThan(0);
    expect(host.state.players.size).toBe(3); // Anna, Ben and Cem's second seat

    // Ben played a round: his seat and points stay past the grace period (3 s here) until the session ends.
    // Dora joins now and has played nothing: her seat is freed when the grace period ends, which
    // shows when it has passed (she drops after Ben, so her time runs out after his).
    const dora = await joinPlayer(server.url, code, 'Dora');
    await until(() => seat(host, dora)?.connected === true, 5000, 'host sees dora');
    ben.room.reconnection.enabled = false;
    dropConnection(ben);
    await until(() => seat(host, ben)?.connected === false, 5000, 'ben reconnecting');
    dora.room.reconnection.enabled = false;
    dropConnection(dora);
    await until(() => !host.state.players.has(dora.welcome.playerId), 15_000, 'grace period over: dora freed');
    expect(seat(host, ben)?.connected).toBe(false);
    expect(await joinError(joinPlayer(server.url, code, 'Ben'))).toBe('NICKNAME_TAKEN');
    const benBack = await joinById(server.url, host.room.roomId, { key: ben.welcome.key });
    expect(benBack.welcome.playerId).toBe(ben.welcome.playerId);

    for (const b of [host, reloaded, benBack, cem2]) await b.room.leave();
  });

  it('gives the host the controls back after a reload, only with the host key', async () => {
    const host = await hostSession(server.url);
    const roomId = host.room.roomId;
    expect(await joinError(joinById(server.url, roomId, { role: 'host' }))).toBe('HOST_KEY_INVALID');
    expect(await joinError(joinById(server.url, roomId, { role: 'host', key: 'x'.repeat(24) }))).toBe('HOST_KEY_INVALID');
    host.room.reconnection.enabled = false;
    server.room(roomId).clients.getById(host.room.sessionId).ref.terminate();
    const player = await joinPlayer(server.url, host.welcome.code, 'Cem');
    await until(() => player.state.hostConnected === false, 5000, 'host away');
    const again = await joinById(server.url, roomId, { role: 'host', key: host.welcome.key });
    expect(again.welcome.role).toBe('host');
    await until(() => player.state.hostConnected === true, 5000, 'host back');
    again.send('lock', { locked: true });
    await until(() => player.state.locked === true, 5000, 'locked by the returned host');
    for (const b of [again, player]) await b.room.leave();
  });
});
