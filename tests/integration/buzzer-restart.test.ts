import { afterAll, describe, expect, it } from 'vitest';
import { SNAPSHOT_EVERY_MS } from '../../server/rooms/session-snapshot.ts';
import type { SimBox } from '../../scripts/box/sim-box.ts';
import { hostSession, joinById, trainerHeaders, until, type Bot } from '../helpers/bots.ts';
import { issueBoxes, pairBox, simBox } from '../helpers/boxes.ts';
import { freePort, startServer, type ServerProcess } from '../helpers/server-process.ts';
import { readStoredSessions } from '../helpers/stored-results.ts';

// Issue 23 after review N1: a server crash brings the hosted session back (session-restore
// test); a buzzer box's seat must come back as a box seat (box symbol, name, card) that the
// same box takes back when it says hello again — no new pairing. Its key still signs every
// message and a box revoked meanwhile gets no seat back.

const snapshotWritten = () => new Promise((r) => setTimeout(r, SNAPSHOT_EVERY_MS + 700));

describe('a buzzer box over a server restart', () => {
  let server: ServerProcess | null = null;
  const boxes: SimBox[] = [];
  const bots: Bot[] = [];
  afterAll(async () => {
    for (const b of boxes) await b.close();
    await Promise.all(bots.map((b) => b.room.leave().catch(() => {})));
    await server?.dispose();
  });

  it('keeps the box seat (symbol, name, card) for the same box, which plays on without pairing; a revoked box gets nothing back', async () => {
    const mqttPort = await freePort();
    // Quick Reaktion rounds (tests/helpers/quick-reaktion.ts): the subject is the seat, not the game's clock.
    server = await startServer({ HARDWARE: 'on', MQTT_HOST: '127.0.0.1', MQTT_PORT: String(mqttPort) }, { quickRounds: true });
    const url = server.baseUrl;
    const mqtt = `mqtt://127.0.0.1:${mqttPort}`;
    const headers = await trainerHeaders(url);
    const [credA, credB] = await issueBoxes(url, headers, ['Box Alpha', 'Box Beta']);
    const apprentice = await fetch(`${url}/api/apprentices`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ displayName: 'Bodo Box', trade: '', trainingYear: 1 }) }).then((r) => r.json() as Promise<{ apprentice: { id: string } }>);
    const alpha = simBox(credA!, { url: mqtt, login: true, mode: 'stimulus', reactionMs: () => 250 });
    const beta = simBox(credB!, { url: mqtt, login: true, mode: 'button', reactionMs: () => 300 });
    boxes.push(alpha, beta);

    let host = await hostSession(url);
    bots.push(host);
    const code = host.welcome.code as string;
    const hostKey = host.welcome.key as string;
    const roomId = host.room.roomId;
    host.send('playlist', { items: [{ gameId: 'reaktion', level: 1, rounds: 1 }] });
    const alphaSeat = await pairBox(host, alpha, code);
    const betaSeat = await pairBox(host, beta, code);
    host.send('box', { action: 'assign', boxId: credA!.boxId, apprenticeId: apprentice.apprentice.id });
    await until(() => host.state.players.get(alphaSeat)?.nickname === 'Bodo Box' && host.state.players.get(alphaSeat)?.card === true, 5000, 'box given to the card');
    await snapshotWritten();

    // Crash: the embedded broker goes with the process; the boxes lose their connection.
    await server.kill9();
    await server.restart();
    for (const b of bots.splice(0)) b.room.reconnection.enabled = false;
    host = await joinById(url, roomId, { role: 'host', key: hostKey });
    bots.push(host);
    await until(() => host.state.players.size === 2, 10_000, 'the restored seats');
    const restored = host.state.players.get(alphaSeat);
    // Before the box is back: still a box seat (symbol), its name and card, away.
    expect({ box: restored.box, nickname: restored.nickname, card: restored.card, connected: restored.connected }).toEqual({ box: 'stimulus', nickname: 'Bodo Box', card: true, connected: false });
    expect(host.state.players.get(betaSeat).box).toBe('button');

    // Beta is revoked while away: its seat goes, and it cannot take it back.
    const revoke = await fetch(`${url}/api/boxes/${credB!.boxId}/revoke`, { method: 'POST', headers });
    expect(revoke.status).toBe(200);
    await until(() => !host.state.players.has(betaSeat), 5000, 'the revoked box\'s seat gone');

    // The same box reconnects and says hello with the session code: its old seat, no pairing.
    for (const b of boxes) {
      await b.close();
      b.received.length = 0;
    }
    await alpha.connect();
    await alpha.sync(8);
    alpha.hello(code);
    const status = await alpha.waitFor((m) => m.t === 'status', 10_000);
    expect(status).toMatchObject({ state: 'admitted', name: 'Bodo Box', mode: 'stimulus' });
    await until(() => host.state.players.get(alphaSeat)?.connected === true, 5000, 'the box back in its seat');
    const lobby = await host.next('boxes', (p) => p.boxes.some((b: any) => b.boxId === credA!.boxId), 5000);
    expect(lobby.boxes).toEqual([expect.objectContaining({ boxId: credA!.boxId, state: 'admitted', playerId: alphaSeat })]);
    expect(host.state.players.size).toBe(1);

    // The embedded broker does not even let a revoked box log in (an external one would: the gateway answers BOX_UNKNOWN).
    await expect(beta.connect()).rejects.toThrow(/username or password/i);
    expect(beta.received.some((m) => m.t === 'status')).toBe(false);

    // It plays Reaktion in its old seat: presses acknowledged, points on the card's seat.
    host.send('start');
    await until(() => alpha.presses.filter((p) => p.ack?.outcome === 'hit').length >= 2, 60_000, 'two box hits');
    host.send('next', { confirmed: true });
    await until(() => host.state.phase === 'reveal', 10_000, 'reveal');
    await until(() => host.state.players.get(alphaSeat)?.score > 0, 5000, 'points on the old seat');
    host.send('end', { confirmed: true });
    await until(() => host.state.phase === 'podium', 10_000, 'podium');
    await Promise.all(bots.splice(0).map((b) => b.room.leave().catch(() => {})));
    await server.stop();
    const [stored] = await readStoredSessions(server.dataDir, code);
    const result = stored!.rounds[0]!.results.find((r) => r.playerId === alphaSeat)!;
    expect(result.nickname).toBe('Bodo Box');
    expect(result.detail).toMatchObject({ input: 'box', boxMode: 'stimulus' });
  }, 240_000);
});
