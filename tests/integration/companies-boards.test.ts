import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIN_ROUNDS } from '../../shared/boards/rules.ts';
import { TEST_PASSWORDS } from '../helpers/test-passwords.ts';
import { ApprenticeRepository } from '../../server/repositories/apprentice-repository.ts';
import { BoardRepository } from '../../server/repositories/board-repository.ts';
import { TrainerRepository } from '../../server/repositories/trainer-repository.ts';
import { ApiClient, resetAccounts, seedCompany } from '../helpers/accounts.ts';
import { PROBE_ID, probeGame } from '../helpers/probe-game.ts';
import { browserHeaders, hostSession, joinError, joinPlayer, lookupRoom, playProbe, until, type Bot } from '../helpers/bots.ts';
import { backends, removeDir, startTestServer, type TestServer } from '../helpers/test-server.ts';

/** Boards and records are the same for every game: the live round is the one-second probe game's. */
const GAME = PROBE_ID;

const PW = 'Boards-Test-2026!';

/**
 * Issue 3 end to end on the server: apprentices with cards join a company's hosted round,
 * their results climb that company's board (guests' do not), reports and CSV show the
 * session, cards can be revoked, an apprentice can be exported and deleted, guest results
 * expire, and a platform admin manages companies.
 */
describe.each(backends())('companies, cards and boards on $name', (backend) => {
  let server: TestServer;
  let a: Awaited<ReturnType<typeof seedCompany>>;
  let b: Awaited<ReturnType<typeof seedCompany>>;
  let trainer: ApiClient;
  let admin: ApiClient;
  const apprentices: Record<'mia' | 'ben', { id: string; code: string }> = {} as never;
  let sessionId = '';

  const signedIn = async (login: string) => {
    const c = new ApiClient(server.url);
    expect((await c.login(login, PW)).status).toBe(200);
    return c;
  };

  beforeAll(async () => {
    server = await startTestServer({ backend });
    if (backend.databaseUrl) await resetAccounts(server.app.db);
    a = await seedCompany(server.app.db, 'Alpha Optik', 'alpha', PW);
    b = await seedCompany(server.app.db, 'Beta Sensorik', 'beta', PW);
    trainer = await signedIn('alpha-trainer');
    admin = await signedIn('alpha-admin');
  });
  afterAll(async () => {
    if (backend.databaseUrl) await resetAccounts(server.app.db);
    await server.stop();
    removeDir(server.dataDir);
  });

  it('trainers create apprentice profiles with clear errors, and print cards with a personal code', async () => {
    for (const [body, error] of [
      [{ displayName: '', trade: 'Optik', trainingYear: 1 }, 'NICKNAME_EMPTY'],
      [{ displayName: 'Mia', trade: 'x'.repeat(81), trainingYear: 1 }, 'TRADE_INVALID'],
      [{ displayName: 'Mia', trade: 'Optik', trainingYear: 5 }, 'YEAR_INVALID'],
      [{ displayName: 'Mia', trade: 'Optik', trainingYear: '2' }, 'YEAR_INVALID'],
    ] as const) {
      const r = await trainer.call('POST', '/api/apprentices', body);
      expect({ status: r.status, body: r.body }).toEqual({ status: 400, body: { error } });
    }
    for (const [key, name, year] of [['mia', '  Mia   Müller ', 2], ['ben', 'Ben', 1]] as const) {
      const created = await trainer.call('POST', '/api/apprentices', { displayName: name, trade: 'Mikrotechnologe', trainingYear: year });
      expect(created.status).toBe(201);
      expect(created.body.apprentice).toMatchObject({ displayName: name.trim().replace(/\s+/g, ' '), trade: 'Mikrotechnologe', trainingYear: year, hasCard: false });
      const card = await trainer.call('POST', `/api/apprentices/${created.body.apprentice.id}/card`);
      expect(card.body.card.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
      expect(card.body.card.joinUrl).toBe(`${card.body.card.joinUrl.split('?')[0]}?card=${card.body.card.code.replace(/-/g, '')}`);
      apprentices[key] = { id: created.body.apprentice.id, code: card.body.card.code };
    }
    const list = (await trainer.call('GET', '/api/apprentices')).body.apprentices;
    expect(list.map((x: any) => [x.displayName, x.hasCard])).toEqual([['Ben', true], ['Mia Müller', true]]);
    // Only a hash is stored: the code itself is nowhere in the database.
    const { rows } = await server.app.db.query<{ card_hash: string }>('select card_hash from apprentices where id = $1', [apprentices.mia.id]);
    expect(rows[0]!.card_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows)).not.toContain(apprentices.mia.code.replace(/-/g, ''));
  });

  it('card holders join a company round under their profile and get their rank; guests play but do not count', async () => {
    const host = await hostSession(server.url, {}, browserHeaders(trainer));
    const code = host.welcome.code as string;
    sessionId = host.room.roomId;
    host.send('playlist', { items: [{ gameId: GAME, level: 1, rounds: 1 }] });
    // Typed sloppily (lower case, no dashes, O for 0): still Mia's card.
    const sloppy = apprentices.mia.code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o');
    const first = await joinPlayer(server.url, code, 'ignored', { card: sloppy });
    const ben = await joinPlayer(server.url, code, 'ignored', { card: apprentices.ben.code });
    const guest = await joinPlayer(server.url, code, '=Gast');
    const { body } = await lookupRoom(server.url, code);
    // The card takes Mia's seat over from another device; the first connection is closed.
    first.room.reconnection.enabled = false;
    const mia = await joinPlayer(server.url, code, 'x', { card: apprentices.mia.code });
    expect(mia.welcome.playerId).toBe(first.welcome.playerId);
    await until(() => first.room.connection.isOpen === false, 5000, 'first device closed');
    expect(body.roomId).toBe(sessionId);
    await until(() => host.state.players.size === 3, 5000, 'three players');
    expect([...host.state.players.values()].map((p: any) => p.nickname).toSorted()).toEqual(['=Gast', 'Ben', 'Mia Müller']);

    const speeds = new Map<Bot, number>([[mia, 200], [ben, 320], [guest, 150]]);
    for (const [bot, rt] of speeds) playProbe(bot, () => rt);
    await until(() => host.state.roundCount === 1, 5000, 'playlist');
    host.send('start');
    const board = await host.next('board', () => true, 90_000);
    expect(board).toMatchObject({ gameId: GAME, period: 'week', minRounds: MIN_ROUNDS, total: 0, entries: [] });
    const miaRank = await mia.next('myRank', () => true, 10_000);
    expect(miaRank).toMatchObject({ gameId: GAME, period: 'week', rank: null, rounds: 1, minRounds: MIN_ROUNDS });
    expect(guest.of('myRank')).toEqual([]);
    await until(() => host.state.phase === 'reveal', 10_000, 'reveal');
    for (const bot of [host, mia, ben, guest]) await bot.room.leave();

    // Two more rounds of this session (stored as the room stores them) make both rankable.
    const stored = await server.app.sessions.roundsOf(sessionId);
    const scoreOf = (name: string) => stored[0]!.results.find((r) => r.nickname === name)!.score;
    expect(scoreOf('Mia Müller')).toBeGreaterThan(scoreOf('Ben'));
    for (const roundIndex of [1, 2]) {
      await server.app.sessions.saveRound({
        sessionId, companyId: a.companyId, roundIndex, gameId: GAME, level: 1, seed: roundIndex, startedAt: new Date(), endedAt: new Date(),
        results: [
          { playerId: 'm', nickname: 'Mia Müller', score: 700, detail: {}, practiceId: null, apprenticeId: apprentices.mia.id, points: 700 },
          { playerId: 'b', nickname: 'Ben', score: 500, detail: {}, practiceId: null, apprenticeId: apprentices.ben.id, points: 500 },
          { playerId: 'g', nickname: '=Gast', score: 990, detail: {}, practiceId: null, apprenticeId: null, points: 990 },
        ],
      });
    }
    const week = await trainer.call('GET', `/api/boards?game=${GAME}&period=week&apprentice=${apprentices.ben.id}`);
    expect(week.body).toMatchObject({ game: GAME, period: 'week', minRounds: MIN_ROUNDS, total: 2 });
    expect(week.body.entries.map((e: any) => [e.rank, e.displayName, e.rounds])).toEqual([[1, 'Mia Müller', 3], [2, 'Ben', 3]]);
    expect(week.body.entries[0].value).toBe(Math.round((Math.min(1000, scoreOf('Mia Müller')) + 1400) / 3));
    expect(week.body.me).toMatchObject({ rank: 2, displayName: 'Ben' });
    expect(week.text).not.toContain('Gast');
    for (const q of ['game=all&period=month', 'game=all&period=all', 'period=week']) {
      expect((await trainer.call('GET', `/api/boards?${q}`)).body.entries.map((e: any) => e.displayName), q).toEqual(['Mia Müller', 'Ben']);
    }
    expect((await trainer.call('GET', '/api/boards?game=sensor-labor&period=week')).body.entries).toEqual([]);
    for (const bad of ['game=chess', 'period=year', 'apprentice=nope']) expect((await trainer.call('GET', `/api/boards?${bad}`)).status, bad).toBe(400);
    // Company B's board knows nothing of A's apprentices.
    const beta = await signedIn('beta-trainer');
    expect((await beta.call('GET', '/api/boards?game=all&period=all')).body).toMatchObject({ total: 0, entries: [] });
  });

  it('reports list the session, its rounds and results; CSV exports open in a German Excel', async () => {
    const sessions = (await trainer.call('GET', '/api/reports/sessions')).body.sessions;
    expect(sessions).toHaveLength(1);
    expect(sessions[0]).toMatchObject({ id: sessionId, rounds: 3, players: 6, trainerName: 'alpha Trainer' });
    const detail = (await trainer.call('GET', `/api/reports/sessions/${sessionId}`)).body;
    expect(detail.rounds.map((r: any) => r.results.length)).toEqual([3, 3, 3]);
    expect(detail.rounds[1].results.map((r: any) => [r.nickname, r.apprenticeId !== null])).toEqual([['=Gast', false], ['Mia Müller', true], ['Ben', true]]);

    const csv = await fetch(`${server.url}/api/reports/sessions/${sessionId}/csv`, { headers: { cookie: browserHeaders(trainer).cookie! } });
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toMatch(/^attachment; filename="session-\d{4}-\d{2}-\d{2}-\d{6}\.csv"$/);
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe('Runde;Spiel;Stufe;Stufenname;Beginn (Berlin);UTC-Versatz;Spieler;Teilnahme;Punkte;Gewertet;% richtig;Median ms;Beste ms;Frühstarts;Verpasst;Richtig je Art/Aufgabe;Fehler');
    expect(lines).toHaveLength(1 + 9 + 1);
    expect(lines.at(-1)).toBe('');
    expect(lines.filter((l) => l.includes('Gast'))).toHaveLength(3);
    // The probe game has no figures hook: its figure cells stay empty.
    for (const l of lines.filter((x) => x.includes('Gast'))) expect(l).toMatch(/;'=Gast;Gast;\d+;ja;;;;;;;$/);
    // The game column is the game's German title (the probe's here); the last says whether the round counted.
    // The level's name from the registry, Berlin time with its UTC offset (UTC+01:00 in winter, UTC+02:00 in summer).
    expect(lines[4]).toMatch(new RegExp(`^2;${probeGame.texts.de.title};1;${probeGame.texts.de.levels[1]};\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2};UTC\\+0[12]:00;'=Gast;Gast;990;ja;;;;;;;$`));

    const record = (await trainer.call('GET', `/api/apprentices/${apprentices.mia.id}/record`)).body;
    expect(record.history.map((h: any) => [h.gameId, h.sessionId])).toEqual(Array.from({ length: 3 }, () => [GAME, sessionId]));
    expect(record.games).toEqual([{ gameId: GAME, rounds: 3, best: Math.max(700, record.history[0].score), median: 700 }]);
    const recordCsv = Buffer.from(await (await fetch(`${server.url}/api/apprentices/${apprentices.mia.id}/record.csv?lang=en`, { headers: { cookie: browserHeaders(trainer).cookie! } })).arrayBuffer());
    expect(recordCsv.subarray(3).toString('utf8').split('\r\n').slice(0, 2)[0]).toBe('Date (Berlin);UTC offset;Name;Game;Level;Level name;Score;% right;Median ms;Best ms;False starts;Missed;Right per kind/task;Mistakes;Session');
    expect(recordCsv.subarray(3).toString('utf8')).toMatch(new RegExp(`\r\n\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2};UTC\\+0[12]:00;Mia Müller;${probeGame.texts.en.title};1;${probeGame.texts.en.levels[1]};700;`));
    // The record per game and level, in JSON and as a workbook of two sheets.
    expect(record.levels).toEqual([expect.objectContaining({ gameId: GAME, level: 1, setTitle: '', rounds: 3, median: 700, scores: record.history.map((h: any) => h.score), measure: null, recurring: [] })]);
    const book = await readXlsxFile(Buffer.from(await (await fetch(`${server.url}/api/apprentices/${apprentices.mia.id}/record.xlsx`, { headers: { cookie: browserHeaders(trainer).cookie! } })).arrayBuffer()));
    expect(book.map((sh) => sh.sheet)).toEqual(['Je Stufe', 'Runden']);
    expect(book[0]!.data[1]!.slice(0, 6)).toEqual([probeGame.texts.de.title, 1, probeGame.texts.de.levels[1], 3, record.levels[0].best, 700]);
    expect(book[1]!.data.slice(1).map((row) => [row[2], row[6]])).toEqual(record.history.map((h: any) => ['Mia Müller', h.score]));
  });

  it('a revoked or replaced card stops working at once; the new card works', async () => {
    const host = await hostSession(server.url, {}, browserHeaders(trainer));
    const code = host.welcome.code as string;
    const old = apprentices.ben.code;
    const renewed = (await trainer.call('POST', `/api/apprentices/${apprentices.ben.id}/card`)).body.card.code;
    expect(renewed).not.toBe(old);
    expect(await joinError(joinPlayer(server.url, code, 'x', { card: old }))).toBe('CARD_INVALID');
    const ben = await joinPlayer(server.url, code, 'x', { card: renewed });
    await ben.room.leave();
    await until(() => host.state.players.size === 0, 5000, 'Ben left');
    expect((await trainer.call('POST', `/api/apprentices/${apprentices.ben.id}/card/revoke`)).body.apprentice.hasCard).toBe(false);
    expect(await joinError(joinPlayer(server.url, code, 'x', { card: renewed }))).toBe('CARD_INVALID');
    await host.room.leave();
  });

  it('an admin exports everything about an apprentice and deletes them; past rounds keep the others', async () => {
    expect((await trainer.call('GET', `/api/apprentices/${apprentices.ben.id}/export`)).body).toEqual({ error: 'ADMIN_REQUIRED' });
    const exported = await admin.call('GET', `/api/apprentices/${apprentices.ben.id}/export`);
    expect(exported.headers.get('content-disposition')).toBe('attachment; filename="Ben.json"');
    expect(exported.body.apprentice).toMatchObject({ id: apprentices.ben.id, displayName: 'Ben', trade: 'Mikrotechnologe', trainingYear: 1, card: 'none' });
    expect(exported.body.results).toHaveLength(3);
    expect(Object.keys(exported.body.apprentice).toSorted()).toEqual(['card', 'cardIssuedAt', 'createdAt', 'displayName', 'id', 'trade', 'tradeId', 'trainingYear']);
    // The free text "Mikrotechnologe" names a listed trade: its items, with what Ben played.
    expect(exported.body.coverage).toMatchObject({ tradeId: 'mikrotechnologe', practisedMinPct: 60 });
    expect(exported.body.coverage.items.map((i: { itemId: string }) => i.itemId)).toEqual(['mikrot-bbp-3', 'mikrot-bbp-11']);

    expect((await admin.call('POST', `/api/apprentices/${apprentices.ben.id}/delete`)).body).toEqual({ deleted: true });
    expect((await admin.call('GET', `/api/apprentices/${apprentices.ben.id}/record`)).status).toBe(404);
    expect((await admin.call('POST', `/api/apprentices/${apprentices.ben.id}/delete`)).status).toBe(404);
    const detail = (await trainer.call('GET', `/api/reports/sessions/${sessionId}`)).body;
    expect(detail.rounds[2].results.map((r: any) => r.nickname)).toEqual(['=Gast', 'Mia Müller']);
    // Reports made afterwards, the Excel file too, no longer name the deleted apprentice.
    const xlsx = await fetch(`${server.url}/api/reports/sessions/${sessionId}/xlsx`, { headers: { cookie: browserHeaders(trainer).cookie! } });
    const [sheet] = await readXlsxFile(Buffer.from(await xlsx.arrayBuffer()));
    expect(sheet!.data.slice(1).map((row) => row[6]).toSorted()).toEqual(['=Gast', '=Gast', '=Gast', 'Mia Müller', 'Mia Müller', 'Mia Müller']);
    expect((await trainer.call('GET', '/api/boards?game=all&period=all')).body.entries.map((e: any) => e.displayName)).toEqual(['Mia Müller']);
  });

  it('guest results expire after the company\'s retention days; card holders\' results stay', async () => {
    expect((await trainer.call('POST', '/api/company/settings', { guestRetentionDays: 7 })).body).toEqual({ error: 'ADMIN_REQUIRED' });
    for (const bad of [0, 3651, 1.5, '7']) expect((await admin.call('POST', '/api/company/settings', { guestRetentionDays: bad })).body, String(bad)).toEqual({ error: 'RETENTION_INVALID' });
    await server.app.db.query("update rounds set ended_at = ended_at - interval '3 days' where session_id = $1", [sessionId]);
    expect(await server.app.sessions.deleteExpiredGuestResults()).toBe(0); // no setting yet: keep everything
    expect((await admin.call('POST', '/api/company/settings', { guestRetentionDays: 5 })).body.company.guestRetentionDays).toBe(5);
    expect(await server.app.sessions.deleteExpiredGuestResults()).toBe(0); // 3 days old < 5
    expect((await admin.call('POST', '/api/company/settings', { guestRetentionDays: 2 })).body.company).toMatchObject({ name: 'Alpha Optik', guestRetentionDays: 2 });
    expect(await server.app.sessions.deleteExpiredGuestResults()).toBe(3);
    const detail = (await trainer.call('GET', `/api/reports/sessions/${sessionId}`)).body;
    expect(detail.rounds.map((r: any) => r.results.map((x: any) => x.nickname))).toEqual([['Mia Müller'], ['Mia Müller'], ['Mia Müller']]);
    expect((await admin.call('POST', '/api/company/settings', { guestRetentionDays: null })).body.company.guestRetentionDays).toBeNull();
    // m19: the admin can correct the company's name; the retention stays as it was.
    expect((await trainer.call('POST', '/api/company/settings', { name: 'Optik Alpha' })).body).toEqual({ error: 'ADMIN_REQUIRED' });
    for (const bad of ['', '   ', 'x'.repeat(81), 7]) expect((await admin.call('POST', '/api/company/settings', { name: bad })).body, String(bad)).toEqual({ error: 'NAME_INVALID' });
    expect((await admin.call('POST', '/api/company/settings', {})).body).toEqual({ error: 'MESSAGE_INVALID' });
    expect((await admin.call('POST', '/api/company/settings', { name: '  Optik   Alpha ' })).body.company).toMatchObject({ name: 'Optik Alpha', guestRetentionDays: null });
    expect((await admin.call('POST', '/api/company/settings', { name: 'Alpha Optik', guestRetentionDays: 30 })).body.company).toMatchObject({ name: 'Alpha Optik', guestRetentionDays: 30 });
    await admin.call('POST', '/api/company/settings', { guestRetentionDays: null });
  });

  it('ranking rules: at least MIN_ROUNDS rounds, shared ranks on ties, periods cut by Berlin weeks, companies apart', async () => {
    const repo = new ApprenticeRepository(server.app.db);
    const boards = new BoardRepository(server.app.db);
    const make = (name: string, companyId = b.companyId) => repo.create(companyId, { displayName: name, trade: '', trainingYear: 1 });
    const [cleo, dana, emil, finn] = await Promise.all(['Cleo', 'Dana', 'Emil', 'Finn'].map((n) => make(n)));
    const session = 'rules-session';
    await server.app.sessions.createSession({ id: session, mode: 'hosted', code: '111111', playlist: [] });
    await server.app.sessions.assignOwner(session, b.companyId, b.trainer.id);
    const lastWeek = new Date(Date.now() - 8 * 24 * 3600_000);
    const rounds: [Date, [string, number][]][] = [
      [lastWeek, [[cleo!.id, 1000], [dana!.id, 100]]],
      [new Date(), [[cleo!.id, 600], [dana!.id, 600], [emil!.id, 900], [finn!.id, 500]]],
      [new Date(), [[cleo!.id, 600], [dana!.id, 600], [emil!.id, 900], [finn!.id, 500]]],
      [new Date(), [[cleo!.id, 600], [dana!.id, 600], [finn!.id, 500]]],
    ];
    for (const [i, [when, scores]] of rounds.entries()) {
      await server.app.sessions.saveRound({
        sessionId: session, companyId: b.companyId, roundIndex: i, gameId: 'sensor-labor', level: 1, seed: i, startedAt: when, endedAt: when,
        results: scores.map(([id, s]) => ({ playerId: id.slice(0, 6), nickname: id, score: s, detail: {}, practiceId: null, apprenticeId: id, points: s })),
      });
    }
    const week = await boards.ranking({ companyId: b.companyId, gameId: 'sensor-labor', from: new Date(Date.now() - 3 * 24 * 3600_000) });
    // Emil (2 rounds) is not ranked; Cleo and Dana tie at 600 with 3 rounds each and share rank 1.
    expect(week.map((e) => [e.rank, e.displayName, e.value, e.rounds])).toEqual([[1, 'Cleo', 600, 3], [1, 'Dana', 600, 3], [3, 'Finn', 500, 3]]);
    const all = await boards.ranking({ companyId: b.companyId, gameId: null, from: null });
    expect(all.map((e) => [e.rank, e.displayName, e.value, e.rounds])).toEqual([[1, 'Cleo', 700, 4], [2, 'Finn', 500, 3], [3, 'Dana', 475, 4]]);
    expect(await boards.countedRounds({ companyId: b.companyId, gameId: 'sensor-labor', from: null }, emil!.id)).toBe(2);
    expect(await boards.ranking({ companyId: a.companyId, gameId: 'sensor-labor', from: null })).toEqual([]);
  });

  it('a platform admin adds and disables companies; a disabled company can neither sign in nor host', async () => {
    await new TrainerRepository(server.app.db).createPlatformAdmin({ login: 'plattform', displayName: 'Plattform', passwordHash: await TEST_PASSWORDS.hash(PW) });
    const platform = await signedIn('plattform');
    expect((await platform.call('GET', '/api/auth/me')).body).toEqual({ trainer: expect.objectContaining({ role: 'platform' }), company: null });
    const created = await platform.call('POST', '/api/platform/companies', { company: 'Gamma Mechatronik', login: 'gamma-admin', password: PW });
    expect(created.status).toBe(201);
    expect((await platform.call('POST', '/api/platform/companies', { company: 'Gamma 2', login: 'GAMMA-admin', password: PW })).body).toEqual({ error: 'LOGIN_TAKEN' });
    const gamma = await signedIn('gamma-admin');
    expect((await gamma.call('GET', '/api/apprentices')).body).toEqual({ apprentices: [] });
    const list = (await platform.call('GET', '/api/platform/companies')).body.companies;
    expect(list.map((c: any) => [c.name, c.trainers, c.disabled])).toEqual([['Alpha Optik', 2, false], ['Beta Sensorik', 2, false], ['Gamma Mechatronik', 1, false]]);

    const beta = await signedIn('beta-trainer');
    const betaHeaders = browserHeaders(beta);
    expect((await platform.call('POST', `/api/platform/companies/${b.companyId}/disable`)).body.company).toMatchObject({ name: 'Beta Sensorik', disabled: true });
    expect((await beta.call('GET', '/api/auth/me')).status).toBe(401);
    expect((await new ApiClient(server.url).login('beta-trainer', PW)).body).toEqual({ error: 'LOGIN_FAILED' });
    expect(await joinError(hostSession(server.url, {}, betaHeaders))).toBe('AUTH_REQUIRED');
    expect((await platform.call('POST', `/api/platform/companies/${b.companyId}/enable`)).body.company.disabled).toBe(false);
    expect((await new ApiClient(server.url).login('beta-trainer', PW)).status).toBe(200);
  });
});
