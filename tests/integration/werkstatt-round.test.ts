import readXlsxFile from 'read-excel-file/node';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WerkstattPublicRound } from '../../shared/games/werkstatt/wire.ts';
import { ApiClient, resetAccounts, seedCompany } from '../helpers/accounts.ts';
import { browserHeaders, hostSession, joinPlayer, until, type Bot } from '../helpers/bots.ts';
import { backends, removeDir, startTestServer, type TestServer } from '../helpers/test-server.ts';
import { TEST_GAMES } from '../helpers/probe-game.ts';

const PW = 'Werkstatt-Runde-2026!';
const SET = {
  title: 'Presse 3',
  tasks: [
    { kind: 'choice', prompt: 'Welche Sensoren erkennen Kunststoff?', explain: 'Kapazitiv und optisch.', options: [{ text: 'kapazitiv', right: true }, { text: 'induktiv', right: false }, { text: 'optisch', right: true }, { text: 'magnetisch', right: false }] },
    { kind: 'number', prompt: 'Spaltmaß?', explain: 'Laut Zeichnung 0,05 mm.', value: 0.05, tolerance: 0.01, unit: 'mm' },
    { kind: 'order', prompt: 'Werkzeug wechseln', explain: 'Erst sichern.', steps: ['Abschalten', 'Gegen Einschalten sichern', 'Werkzeug wechseln', 'Probehub'] },
  ],
};

/** The right answer of task i, found by the texts the phone shows (the bot knows the set, the wire does not tell). */
function expertAnswer(pub: WerkstattPublicRound, i: number): Record<string, unknown> {
  const shown = pub.tasks[i]!;
  if (shown.kind === 'choice') return { pick: shown.options!.flatMap((text, p) => (text === 'kapazitiv' || text === 'optisch' ? [p] : [])) };
  if (shown.kind === 'number') return { value: '0,05' };
  if (shown.kind === 'spot') return { tap: [0.52, 0.47] };
  return { order: SET.tasks[2]!.steps!.map((step) => shown.steps!.indexOf(step)) };
}

/**
 * Werkstatt end to end on the server: a set made through the API is put in a hosted
 * session's playlist, bots play it to the board and the CSV, a later edit leaves the stored
 * round as it was, and another company's set can never be played.
 */
describe.each(backends())('a hosted Werkstatt round on $name', (backend) => {
  let server: TestServer;
  let trainer: ApiClient;
  let bSetId = '';

  beforeAll(async () => {
    server = await startTestServer({ backend });
    if (backend.databaseUrl) await resetAccounts(server.app.db);
    await seedCompany(server.app.db, 'Alpha Stanztechnik', 'wa', PW);
    await seedCompany(server.app.db, 'Beta Blech', 'wb', PW);
    trainer = new ApiClient(server.url);
    expect((await trainer.login('wa-trainer', PW)).status).toBe(200);
    const other = new ApiClient(server.url);
    expect((await other.login('wb-trainer', PW)).status).toBe(200);
    bSetId = (await other.call('POST', '/api/task-sets', { ...SET, title: 'Satz von Beta' })).body.set.id;
  });
  afterAll(async () => {
    if (backend.databaseUrl) await resetAccounts(server.app.db);
    await server.stop();
    removeDir(server.dataDir);
  });

  it('plays the company set to the board and CSV; edits afterwards change no stored round; B\'s set is refused', async () => {
    // A fourth task: tap the spot on an uploaded photo (the phones get it by a signed link).
    const jpeg = new Uint8Array(await sharp({ create: { width: 640, height: 480, channels: 3, background: '#4a7' } }).jpeg().toBuffer());
    const photo = (await trainer.call('POST', '/api/task-photos', jpeg)).body.photo.id as string;
    const spot = { kind: 'spot', prompt: 'Wo ist der Endschalter?', explain: 'Mitte.', photo, region: { shape: 'circle', x: 0.5, y: 0.5, rx: 0.1, ry: 0.1 } };
    const set = (await trainer.call('POST', '/api/task-sets', { ...SET, tasks: [...SET.tasks, spot] })).body.set;
    const mia = (await trainer.call('POST', '/api/apprentices', { displayName: 'Mia', trade: 'Werkzeugmechanik', trainingYear: 2 })).body.apprentice;
    const card = (await trainer.call('POST', `/api/apprentices/${mia.id}/card`)).body.card.code;
    const host = await hostSession(server.url, {}, browserHeaders(trainer));
    const code = host.welcome.code as string;
    host.send('settings', { autoAdvance: true });

    // Another company's set and a made-up id are refused alike; the playlist stays as it was.
    for (const setId of [bSetId, '00000000-0000-4000-8000-000000000000']) {
      host.send('playlist', { items: [{ gameId: 'werkstatt', level: 1, rounds: 1, setId }] });
      expect(await host.next('error', (e) => e.type === 'playlist', 5000)).toEqual({ code: 'PLAYLIST_INVALID', type: 'playlist' });
    }
    host.send('playlist', { items: [{ gameId: 'reaktion', level: 1, rounds: 1, setId: set.id }] });
    expect(await host.next('error', (e) => e.type === 'playlist', 5000)).toEqual({ code: 'PLAYLIST_INVALID', type: 'playlist' });
    // Still the default playlist: the registry's first game (on test servers the probe game).
    expect(host.state.playlist.map((i: any) => i.gameId)).toEqual([TEST_GAMES.all[0]!.id]);

    host.send('playlist', { items: [{ gameId: 'werkstatt', level: 1, rounds: 1, setId: set.id, setTitle: 'gefälscht' }] });
    await until(() => host.state.playlist[0]?.setId === set.id, 5000, 'the set in the playlist');
    expect(host.state.playlist[0]!.setTitle).toBe('Presse 3');

    const expert: Bot = await joinPlayer(server.url, code, 'x', { card });
    // A guest nickname Excel would turn into a number: it must stay text in the XLSX.
    const guest: Bot = await joinPlayer(server.url, code, '007');
    await until(() => host.state.players.size === 2, 5000, 'two players');
    host.send('start');
    await until(() => host.state.phase === 'play', 20_000, 'play');
    const pub = JSON.parse(host.state.round as string) as WerkstattPublicRound;
    expect(pub.tasks.map((t) => t.kind)).toEqual(['choice', 'number', 'order', 'spot']);
    expect(host.state.round).not.toMatch(/right|tolerance|explain|"value"|Erst sichern|region|"rx"/);
    // A phone (no account) opens the photo by the round's link; the link names one variant only.
    const phoneUrl = pub.tasks[3]!.photo!.phone!;
    const image = await fetch(server.url + phoneUrl);
    expect([image.status, image.headers.get('content-type')]).toEqual([200, 'image/jpeg']);
    expect((await fetch(server.url + phoneUrl.replace('/phone?', '/projector?'))).status).toBe(404);
    for (let i = 0; i < 4; i++) {
      expert.send('answer', { round: 0, data: { task: i, ...expertAnswer(pub, i) } });
      guest.send('answer', { round: 0, data: { task: i, skip: true } });
    }
    // Acks say which task was taken and, to the answering seat only, whether it was right (the ✓/✗ flash); a skip has no verdict.
    await until(() => expert.of('ack').length === 4 && guest.of('ack').length === 4, 5000, 'acks');
    expect(expert.of('ack').map(({ task, error, right }) => ({ task, error, right }))).toEqual([0, 1, 2, 3].map((task) => ({ task, error: undefined, right: true })));
    expect(guest.of('ack').map(({ task, right }) => ({ task, right }))).toEqual([0, 1, 2, 3].map((task) => ({ task, right: undefined })));
    expect(JSON.stringify(host.state.toJSON())).not.toMatch(/"right"/);
    expert.send('answer', { round: 0, data: { task: 3, skip: true } });

    const board = await host.next('board', () => true, 20_000);
    expect(board).toMatchObject({ gameId: 'werkstatt', period: 'week' });
    // The message can overtake the state patch of the round's end.
    await until(() => host.state.phase === 'reveal' && [...host.state.players.values()].some((p: any) => p.roundScore > 0), 10_000, 'reveal with scores');
    const byName = new Map([...host.state.players.values()].map((p: any) => [p.nickname, p]));
    expect(byName.get('Mia').roundScore).toBeGreaterThanOrEqual(950);
    expect(byName.get('007').roundScore).toBe(0);
    const detail = JSON.parse(byName.get('Mia').detail);
    expect(detail).toMatchObject({ correctPct: 100, answered: 4, of: 4 });
    expect(detail.tasks[1]).toEqual({ c: 1, a: 0.05, s: [0.05, 0.01], x: 'Laut Zeichnung 0,05 mm.' });
    expect(detail.tasks[3]).toEqual({ c: 1, a: [0.52, 0.47], s: [1, 0.5, 0.5, 0.1, 0.1], x: 'Mitte.' });

    // The round notes the set and version it played; editing the set later changes nothing of it.
    const stored = async () => (await server.app.db.query<any>(
      `select r.task_set_id, r.task_set_version, r.task_set_title, x.nickname, x.score, x.detail from rounds r join results x on x.round_id = r.id where r.session_id = $1 order by x.nickname`,
      [host.room.roomId])).rows;
    const before = await stored();
    expect(before.map((r) => [r.task_set_id, r.task_set_version, r.task_set_title, r.nickname])).toEqual([[set.id, 1, 'Presse 3', '007'], [set.id, 1, 'Presse 3', 'Mia']]);
    const edited = { ...SET, title: 'Presse 3 neu', tasks: [{ ...SET.tasks[1]!, value: 0.08, tolerance: 0.01 }] };
    expect((await trainer.call('POST', `/api/task-sets/${set.id}`, { ...edited, baseVersion: 1 })).body.set.version).toBe(2);
    expect((await trainer.call('POST', `/api/task-sets/${set.id}/delete`)).body).toEqual({ deleted: true });
    expect(await stored()).toEqual(before);
    // The deleted set's photo is gone, for phones too.
    expect((await fetch(server.url + phoneUrl)).status).toBe(404);

    const points = await server.app.db.query<{ points: number }>("select points from board_points where game_id = 'werkstatt' and apprentice_id = $1", [mia.id]);
    expect(points.rows.map((r) => r.points)).toEqual([byName.get('Mia').roundScore]);
    const csv = await trainer.call('GET', `/api/reports/sessions/${host.room.roomId}/csv`);
    expect(csv.status).toBe(200);
    expect(csv.text).toContain('Werkstatt');
    // Spieler;Teilnahme;Punkte;Gewertet;% richtig; … ;Richtig je Art/Aufgabe;Fehler
    expect(csv.text).toMatch(new RegExp(`;Aufgabensatz: Presse 3;[^;]+;UTC\\+0[12]:00;Mia;mit Ausweis;${byName.get('Mia').roundScore};ja;100;;;;;Aufgabe 1 \\(Welche Sensoren erkennen Kunststoff\\?\\) 100 %`));

    // The report figures per task (issue 21): Mia all right, the guest skipped every task.
    const report = (await trainer.call('GET', `/api/reports/sessions/${host.room.roomId}`)).body;
    const results = new Map<string, any>(report.rounds[0].results.map((x: any) => [x.nickname, x]));
    expect(report.rounds[0]).toMatchObject({ gameId: 'werkstatt', setTitle: 'Presse 3' });
    expect(results.get('Mia').figures).toEqual({
      correctPct: 100, mistakes: [],
      // The set played: the three of SET and the spot task on the photo.
      parts: [...SET.tasks.map((t) => t.prompt), 'Wo ist der Endschalter?'].map((label, i) => ({ key: `t${i + 1}`, label, right: 1, of: 1 })),
    });
    expect(results.get('007').figures.parts.map((p: any) => p.right)).toEqual([0, 0, 0, 0]);
    expect(results.get('007').figures.mistakes).toEqual([{ key: 'open:choice', count: 1 }, { key: 'open:number', count: 1 }, { key: 'open:order', count: 1 }, { key: 'open:spot', count: 1 }]);
    // The same as XLSX: the nickname "007" read back as text, points as a number.
    const xlsx = await fetch(`${server.url}/api/reports/sessions/${host.room.roomId}/xlsx`, { headers: { cookie: browserHeaders(trainer).cookie! } });
    expect(xlsx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const [sheet] = await readXlsxFile(Buffer.from(await xlsx.arrayBuffer()));
    const guestRow = sheet!.data.find((row) => row[6] === '007');
    expect(guestRow?.slice(6, 10)).toEqual(['007', 'Gast', 0, 'ja']);
    expect(guestRow?.[16]).toBe('Auswahlaufgabe übersprungen oder zu spät ×1 · Zahlenaufgabe übersprungen oder zu spät ×1 · Reihenfolge übersprungen oder zu spät ×1 · Stelle auf dem Foto übersprungen oder zu spät ×1');
    for (const bot of [host, expert, guest]) await bot.room.leave();
  });
});
