import { afterAll, describe, expect, it } from 'vitest';
import { sensorsWith, type MaterialId } from '../../shared/games/sensor-labor/materials.ts';
import type { SimBox } from '../../scripts/box/sim-box.ts';
import { hostSession, joinPlayer, trainerHeaders, until } from '../helpers/bots.ts';
import { issueBoxes, pairBox, simBox } from '../helpers/boxes.ts';
import { readStoredSessions } from '../helpers/stored-results.ts';
import { removeDir, startTestServer, type TestServer } from '../helpers/test-server.ts';

// A paired buzzer box can play only Reaktion. In any other game's round it sits out: the
// round does not wait for it, it is no player of the round's counts ("1 von 1 fertig"),
// ranks, leaders or stored results, and the host's chip says it is paused. In the next
// Reaktion round it plays again.

describe('a paired buzzer box in a round of a game a box cannot play', () => {
  let server: TestServer | null = null;
  let box: SimBox | null = null;
  afterAll(async () => {
    await box?.close();
    await server?.stop();
    if (server) removeDir(server.dataDir);
  });

  it('sits out a Sensor-Labor round played by one phone (1 of 1, one result) and is back for Reaktion', async () => {
    server = await startTestServer({ backend: { name: 'pglite', databaseUrl: null }, env: { HARDWARE: 'on', MQTT_PORT: '0', MQTT_HOST: '127.0.0.1' } });
    const url = server.app.hardware?.brokerUrl as string;
    const [cred] = await issueBoxes(server.url, await trainerHeaders(server.url), ['Box Alpha']);
    box = simBox(cred!, { url, login: true, mode: 'stimulus', reactionMs: () => 250 });

    const host = await hostSession(server.url);
    const code = host.welcome.code as string;
    host.send('playlist', { items: [{ gameId: 'sensor-labor', level: 1, rounds: 1 }, { gameId: 'reaktion', level: 1, rounds: 1 }] });
    const phone = await joinPlayer(server.url, code, 'Handy');
    const boxId = await pairBox(host, box, code);
    await until(() => host.state.playerCount === 2 && host.state.roundCount === 2, 5000, 'two seats, playlist applied');
    expect(host.state.players.get(boxId).out).toBe(false);

    host.send('start');
    await until(() => host.state.phase === 'play' && phone.state.phase === 'play', 20_000, 'Sensor-Labor play');
    expect(host.state.players.get(boxId).out).toBe(true);
    await until(() => host.state.playerCount === 1, 5000, 'the round counts one player');
    const pub = JSON.parse(phone.state.round as string) as { parts: MaterialId[] };
    pub.parts.forEach((m, part) => phone.send('answer', { round: 0, data: { part, sensors: sensorsWith(m, 'reliable') } }));
    // Play ends with the phone's last answer, not at its 60 s limit waiting for the box.
    await until(() => host.state.phase === 'reveal', 10_000, 'reveal without waiting for the box');
    await until(() => host.state.answeredCount === 1, 5000, 'one done');
    expect({ done: host.state.answeredCount, of: host.state.playerCount }).toEqual({ done: 1, of: 1 });
    const boxChip = host.state.players.get(boxId);
    expect({ rank: boxChip.rank, roundScore: boxChip.roundScore, detail: boxChip.detail }).toEqual({ rank: 0, roundScore: 0, detail: '{}' });
    expect(host.state.leaders.map((l: any) => l.nickname)).toEqual(['Handy']);
    expect(phone.of('standing').at(-1)).toMatchObject({ rank: 1, of: 1 });

    host.send('next');
    await until(() => host.state.phase === 'scoreboard', 5000, 'scoreboard');
    host.send('next');
    await until(() => host.state.phase === 'countdown' && host.state.gameId === 'reaktion', 5000, 'Reaktion countdown');
    expect(host.state.players.get(boxId).out).toBe(false);
    await until(() => host.state.playerCount === 2, 5000, 'the box plays Reaktion');
    host.send('end', { confirmed: true });
    await until(() => host.state.phase === 'podium', 5000, 'podium');

    await host.room.leave();
    await phone.room.leave();
    await box.close();
    await server.stop();
    const [stored] = await readStoredSessions(server.dataDir, code);
    const round = stored!.rounds.find((r) => r.gameId === 'sensor-labor')!;
    expect(round.results.map((r) => r.nickname)).toEqual(['Handy']);
  });
});
