import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../server/db/migrate.ts';
import { PRACTISED_MIN_PCT } from '../../shared/coverage/rules.ts';
import { sensorsWith, type MaterialId } from '../../shared/games/sensor-labor/materials.ts';
import { sensorLabor } from '../../shared/games/sensor-labor/index.ts';
import { TRADE_TEXT_KEYS, TRADES, tradeFromText } from '../../shared/games/trades.ts';
import { ApiClient, resetAccounts, seedCompany } from '../helpers/accounts.ts';
import { browserHeaders, hostSession, joinPlayer, until, type Bot } from '../helpers/bots.ts';
import { backends, removeDir, startTestServer, type TestServer } from '../helpers/test-server.ts';

// Issue 21 §2 end to end: apprentices with a trade from the list play a hosted Sensor-Labor
// round (level 1 serves mech-bbp-15 and eat-bbp-13) with cards, one knowing the sensors and
// one guessing, beside a guest; a round the host ended early is stored too. Coverage per
// apprentice, the group matrix and its CSV must show exactly what was practised.

const PW = 'Coverage-Test-2026!';

// Migration 006_apprentice_trade.sql on a database of the previous release: free-text trades get
// a trade id where the text clearly names one (the same mapping as tradeFromText), the others
// none (the trainer is asked once), and the old text stays as it was.
const MIGRATION = '006_apprentice_trade.sql';

const TEXTS = [
  'Mechatroniker', 'mechatronikerin', ' MECHATRONIKER/-IN ', 'Mechatroniker*in', 'Mechatroniker:in', 'Mechatroniker_in', 'Mechatroniker (m/w/d)',
  'Elektroniker/-in für Automatisierungstechnik', 'Elektronikerin fuer Automatisierungstechnik', 'ELEKTRONIKER FÜR AUTOMATISIERUNGSTECHNIK',
  'Feinoptiker/in', 'Feinoptikerin', 'Mikrotechnologe', 'Mikrotechnologin', 'Industriemechaniker(in)', 'Industriemechanikerin',
  'Mechatronik', 'Optik', '', 'Elektroniker', 'Zerspanungsmechaniker', 'Mechatroniker Azubi', 'Sonstiger Beruf', 'Fachinformatiker/-in', 'Mechatroniker in',
];

const UNMAPPED = ['Mechatronik', 'Optik', '', 'Elektroniker', 'Zerspanungsmechaniker', 'Mechatroniker Azubi', 'Sonstiger Beruf', 'Fachinformatiker/-in'];

/** Answers a level-1 round: every part with the reliable sensors, or always the magnetic one. */
function playLevel1(bot: Bot, knows: boolean): void {
  const answer = () => {
    const round = bot.state.roundIndex as number;
    const pub = JSON.parse(bot.state.round as string) as { parts?: MaterialId[] };
    (pub.parts ?? []).forEach((m, part) => bot.send('answer', { round, data: { part, sensors: knows ? sensorsWith(m, 'reliable') : ['magnetic'] } }));
  };
  void until(() => bot.state.phase === 'play', 30_000, 'play').then(answer);
}

describe.each(backends())('coverage by curriculum item on $name', (backend) => {
  let server: TestServer;
  let a: Awaited<ReturnType<typeof seedCompany>>;
  let trainer: ApiClient;
  let admin: ApiClient;
  const ids: Record<string, string> = {};
  const scores: Record<string, number> = {};
  const edit = (id: string, body: Record<string, unknown>) => trainer.call('POST', `/api/apprentices/${id}`, { displayName: 'Kai', trade: 'Zerspaner', trainingYear: 2, ...body });

  beforeAll(async () => {
    server = await startTestServer({ backend });
    if (backend.databaseUrl) await resetAccounts(server.app.db);
    a = await seedCompany(server.app.db, 'Alpha Coverage', 'cov', PW);
    trainer = new ApiClient(server.url);
    admin = new ApiClient(server.url);
    expect((await trainer.login('cov-trainer', PW)).status).toBe(200);
    expect((await admin.login('cov-admin', PW)).status).toBe(200);
  });
  afterAll(async () => {
    if (backend.databaseUrl) await resetAccounts(server.app.db);
    await server.stop();
    removeDir(server.dataDir);
  });

  it('maps old free text like tradeFromText, keeps the text, and leaves the rest to the trainer', async () => {
    const db = server.app.db;
    // Back to the previous release's schema (the other migrations stay applied).
    await db.query('alter table apprentices drop column trade_id');
    await db.query('delete from schema_migrations where name = $1', [MIGRATION]);
    const { companyId } = await seedCompany(db, 'Altbestand GmbH', 'old', PW);
    const texts = new Map<string, string>();
    for (const trade of TEXTS) {
      const id = randomUUID();
      texts.set(id, trade);
      await db.query('insert into apprentices (id, company_id, display_name, trade, training_year) values ($1, $2, $3, $4, 1)', [id, companyId, `A${texts.size}`, trade]);
    }

    expect(await migrate(db)).toEqual([MIGRATION]);

    const { rows } = await db.query<{ id: string; trade: string; trade_id: string | null }>('select id, trade, trade_id from apprentices where company_id = $1', [companyId]);
    expect(rows).toHaveLength(TEXTS.length);
    for (const row of rows) {
      expect(row.trade, 'the old text is kept').toBe(texts.get(row.id));
      expect(row.trade_id, JSON.stringify(row.trade)).toBe(tradeFromText(row.trade));
    }
    // Left for the trainer ("Beruf wählen"): exactly the texts that name no listed trade clearly.
    expect(rows.filter((r) => r.trade_id === null).map((r) => r.trade).toSorted()).toEqual(UNMAPPED.toSorted());
    // Every spelling the TypeScript mapping knows is in the migration's list too.
    const migrationSql = readFileSync(new URL(`../../server/db/migrations/${MIGRATION}`, import.meta.url), 'utf8');
    for (const key of TRADE_TEXT_KEYS) expect(migrationSql, key).toContain(`when '${key}' then`);
  });

  it('trades come from the list: an unknown id is TRADE_UNKNOWN, clear free text is mapped, other text asks', async () => {
    for (const tradeId of ['schreiner', 5, 'toString']) {
      const r = await trainer.call('POST', '/api/apprentices', { displayName: 'X', trade: '', tradeId, trainingYear: 1 });
      expect({ status: r.status, body: r.body }).toEqual({ status: 400, body: { error: 'TRADE_UNKNOWN' } });
    }
    const make = async (name: string, body: Record<string, unknown>) => {
      const r = await trainer.call('POST', '/api/apprentices', { displayName: name, trade: '', trainingYear: 2, ...body });
      expect(r.status, name).toBe(201);
      ids[name] = r.body.apprentice.id;
      return r.body.apprentice;
    };
    expect(await make('Mia', { tradeId: 'mechatroniker' })).toMatchObject({ tradeId: 'mechatroniker', trade: '' });
    expect(await make('Ben', { trade: 'Elektroniker/-in für Automatisierungstechnik', trainingYear: 1 })).toMatchObject({ tradeId: 'elektroniker-automatisierungstechnik' });
    expect(await make('Kai', { trade: 'Zerspaner' })).toMatchObject({ tradeId: null, trade: 'Zerspaner' });
    expect(await make('Dora', { tradeId: 'mechatroniker' })).toMatchObject({ tradeId: 'mechatroniker' });
    // Editing without tradeId keeps it; null clears it (asked again); a list id sets it.
    expect((await edit(ids.Kai!, { tradeId: 'sonstiger' })).body.apprentice.tradeId).toBe('sonstiger');
    expect((await edit(ids.Kai!, {})).body.apprentice.tradeId).toBe('sonstiger');
    expect((await edit(ids.Kai!, { tradeId: null })).body.apprentice.tradeId).toBeNull();
    expect((await edit(ids.Kai!, { tradeId: 'nope' })).body).toEqual({ error: 'TRADE_UNKNOWN' });
  });

  it('bots play a hosted round with cards; an ended-early round and a guest count nowhere', async () => {
    const cards: Record<string, string> = {};
    for (const name of ['Mia', 'Ben', 'Dora']) cards[name] = (await trainer.call('POST', `/api/apprentices/${ids[name]}/card`)).body.card.code;
    const host = await hostSession(server.url, {}, browserHeaders(trainer));
    const code = host.welcome.code as string;
    host.send('playlist', { items: [{ gameId: 'sensor-labor', level: 1, rounds: 1 }] });
    host.send('settings', { autoAdvance: true });
    const players: [string, Bot, boolean][] = [];
    for (const [name, knows] of [['Mia', true], ['Ben', false], ['Dora', true]] as const) players.push([name, await joinPlayer(server.url, code, 'x', { card: cards[name] }), knows]);
    players.push(['Gast', await joinPlayer(server.url, code, 'Gastkind'), true]);
    await until(() => host.state.players.size === 4 && host.state.roundCount === 1, 5000, 'four players and the playlist');
    for (const [, bot, knows] of players) playLevel1(bot, knows);
    host.send('start');
    await until(() => host.state.phase === 'reveal' || host.state.phase === 'scoreboard' || host.state.phase === 'podium', 60_000, 'end of the round');
    const stored = await server.app.sessions.roundsOf(host.room.roomId);
    for (const r of stored[0]!.results) scores[r.nickname] = r.score;
    expect(scores.Mia! * 100).toBeGreaterThanOrEqual(sensorLabor.maxScore * PRACTISED_MIN_PCT);
    expect(scores.Ben! * 100).toBeLessThan(sensorLabor.maxScore * PRACTISED_MIN_PCT);
    // Ben "wins" a Datenfluss level-2 round (eat-bbp-14) that the host ended early: it must not count.
    await server.app.sessions.saveRound({
      sessionId: host.room.roomId, companyId: a.companyId, roundIndex: 1, gameId: 'datenfluss', level: 2, seed: 2, startedAt: new Date(), endedAt: new Date(), endedEarly: true,
      results: [{ playerId: 'b', nickname: 'Ben', score: 1000, detail: {}, practiceId: null, apprenticeId: ids.Ben!, points: 1000 }],
    });
    // Mia aces a company's own Werkstatt task set: its level's tags (mech-bbp-3) do not describe it, so it counts here nowhere.
    await server.app.sessions.saveRound({
      sessionId: host.room.roomId, companyId: a.companyId, roundIndex: 2, gameId: 'werkstatt', level: 1, seed: 3, startedAt: new Date(), endedAt: new Date(),
      taskSet: { id: 'own-set', version: 1, title: 'Spaltmaße' },
      results: [{ playerId: 'm', nickname: 'Mia', score: 1000, detail: {}, practiceId: null, apprenticeId: ids.Mia!, points: 1000 }],
    });
    for (const [, bot] of players) await bot.room.leave();
    await host.room.leave();
  });

  it('per apprentice: every item of the trade with the levels that serve it, rounds, best %, last played', async () => {
    const mia = (await trainer.call('GET', `/api/apprentices/${ids.Mia}/coverage`)).body;
    expect(mia.tradeId).toBe('mechatroniker');
    expect(mia.practisedMinPct).toBe(PRACTISED_MIN_PCT);
    expect(mia.items.map((i: any) => i.itemId)).toEqual(TRADES.mechatroniker.items);
    const bbp15 = mia.items.find((i: any) => i.itemId === 'mech-bbp-15');
    const pct = Math.round((scores.Mia! * 100) / sensorLabor.maxScore);
    expect(bbp15).toMatchObject({ status: 'practised', rounds: 1, bestPct: pct });
    expect(bbp15.levels.find((l: any) => l.gameId === 'sensor-labor' && l.level === 1)).toMatchObject({ rounds: 1, bestPct: pct, medianPct: pct, practised: true });
    expect(Date.now() - Date.parse(bbp15.lastPlayedAt)).toBeLessThan(10 * 60_000);
    expect(mia.items.find((i: any) => i.itemId === 'mech-bbp-3')).toMatchObject({ status: 'open', rounds: 0, bestPct: null, lastPlayedAt: null });

    const ben = (await trainer.call('GET', `/api/apprentices/${ids.Ben}/coverage`)).body;
    // eat-bbp-14 (Datenfluss 2, …): his only round there was ended early, so it stays open.
    expect(ben.items.map((i: any) => [i.itemId, i.status, i.rounds])).toEqual([['eat-bbp-13', 'started', 1], ['eat-bbp-14', 'open', 0]]);
    const kai = (await trainer.call('GET', `/api/apprentices/${ids.Kai}/coverage`)).body;
    expect(kai).toMatchObject({ tradeId: null, items: [] });
  });

  it('per group: a matrix apprentices × items and its CSV; guests never appear', async () => {
    const all = await trainer.call('GET', '/api/coverage');
    expect(all.status).toBe(200);
    expect(all.body.items).toEqual([...TRADES.mechatroniker.items, ...TRADES['elektroniker-automatisierungstechnik'].items]);
    expect(all.body.rows.map((r: any) => [r.displayName, r.tradeId])).toEqual([['Ben', 'elektroniker-automatisierungstechnik'], ['Dora', 'mechatroniker'], ['Kai', null], ['Mia', 'mechatroniker']]);
    const row = (name: string) => all.body.rows.find((r: any) => r.displayName === name);
    expect(row('Mia').cells['mech-bbp-15']).toMatchObject({ status: 'practised', rounds: 1 });
    expect(row('Mia').cells['eat-bbp-13']).toBeNull();
    expect(row('Ben').cells['eat-bbp-13']).toMatchObject({ status: 'started', rounds: 1 });
    expect(Object.values(row('Kai').cells).every((c) => c === null)).toBe(true);
    expect(all.text).not.toContain('Gastkind');

    const group = await trainer.call('GET', '/api/coverage?trade=mechatroniker&year=2');
    expect(group.body.rows.map((r: any) => r.displayName)).toEqual(['Dora', 'Mia']);
    expect(group.body.items).toEqual(TRADES.mechatroniker.items);
    expect((await trainer.call('GET', '/api/coverage?trade=none')).body.rows.map((r: any) => r.displayName)).toEqual(['Kai']);
    expect((await trainer.call('GET', '/api/coverage?year=1')).body.rows.map((r: any) => r.displayName)).toEqual(['Ben']);
    for (const bad of ['trade=schreiner', 'year=5', 'year=0', 'trade=mechatroniker&year=x']) {
      expect((await trainer.call('GET', `/api/coverage?${bad}`)).body, bad).toEqual({ error: 'MESSAGE_INVALID' });
    }

    const csv = await trainer.call('GET', '/api/coverage.csv?trade=all');
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="uebungsstand-alle.csv"');
    const lines = csv.text.replace(/^\uFEFF/, '').split('\r\n').filter(Boolean).map((l) => l.split(';'));
    const head = lines[0]!;
    expect(head.slice(0, 3)).toEqual(['Name', 'Beruf', 'Ausbildungsjahr']);
    const col = head.findIndex((h) => h.startsWith('mech-bbp-15 '));
    const eat13 = head.findIndex((h) => h.startsWith('eat-bbp-13 '));
    const byName = new Map(lines.slice(1).map((l) => [l[0], l]));
    expect([...byName.keys()]).toEqual(['Ben', 'Dora', 'Kai', 'Mia']);
    expect(byName.get('Mia')![col]).toBe('geübt');
    expect(byName.get('Mia')![eat13]).toBe('');
    expect(byName.get('Ben')![eat13]).toBe('begonnen');
    expect(byName.get('Kai')![1]).toBe('Beruf wählen: Zerspaner');
    expect(byName.get('Mia')!.at(-1)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(csv.text).not.toContain('Gastkind');
    const en = await trainer.call('GET', '/api/coverage.csv?lang=en&trade=mechatroniker');
    expect(en.text).toContain('practised');
  });

  it('the matrix (kept by saveRound, or rebuilt from all results by the migration) says what each apprentice\'s detail says', async () => {
    const matrix = async () => (await trainer.call('GET', '/api/coverage')).body;
    const before = await matrix();
    for (const row of before.rows) {
      const detail = (await trainer.call('GET', `/api/apprentices/${row.apprenticeId}/coverage`)).body;
      for (const item of detail.items) {
        expect(row.cells[item.itemId], `${row.displayName} ${item.itemId}`).toEqual({ status: item.status, rounds: item.rounds, bestPct: item.bestPct, lastPlayedAt: item.lastPlayedAt });
      }
    }
    // A database of the previous release: migration 006_coverage_plays.sql fills the table from the stored rounds.
    await server.app.db.query('drop table coverage_plays');
    await server.app.db.query("delete from schema_migrations where name = '006_coverage_plays.sql'");
    expect(await migrate(server.app.db)).toEqual(['006_coverage_plays.sql']);
    expect(await matrix()).toEqual(before);
  });

  it("the apprentice's JSON export holds the coverage; a deleted apprentice is gone from coverage", async () => {
    const exported = await admin.call('GET', `/api/apprentices/${ids.Mia}/export`);
    expect(exported.body.coverage.tradeId).toBe('mechatroniker');
    expect(exported.body.coverage.items.find((i: any) => i.itemId === 'mech-bbp-15').status).toBe('practised');
    expect((await admin.call('POST', `/api/apprentices/${ids.Dora}/delete`)).body).toEqual({ deleted: true });
    const after = await trainer.call('GET', '/api/coverage');
    expect(after.body.rows.map((r: any) => r.displayName)).toEqual(['Ben', 'Kai', 'Mia']);
    expect(after.text).not.toContain(ids.Dora);
    expect((await trainer.call('GET', '/api/coverage.csv')).text).not.toContain('Dora');
    expect((await trainer.call('GET', `/api/apprentices/${ids.Dora}/coverage`)).body).toEqual({ error: 'NOT_FOUND' });
  });
});
