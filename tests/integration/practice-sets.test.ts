import { Client } from '@colyseus/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WerkstattPublicRound } from '../../shared/games/werkstatt/wire.ts';
import { PROTOCOL_VERSION, ROOM_SOLO } from '../../shared/protocol/constants.ts';
import { SessionState } from '../../shared/protocol/state.ts';
import { ApiClient, resetAccounts, seedCompany } from '../helpers/accounts.ts';
import { Bot, joinError, until } from '../helpers/bots.ts';
import { backends, removeDir, startTestServer, type TestServer } from '../helpers/test-server.ts';

const PW = 'Solo-Satz-2026!';
const SET = (title: string, value = 0.05) => ({
  title,
  tasks: [
    { kind: 'number', prompt: 'Spaltmaß in mm?', explain: 'Laut Zeichnung.', value, tolerance: 0.01, unit: 'mm' },
    { kind: 'choice', prompt: 'Welches Messmittel für 0,01 mm?', explain: 'Die Bügelmessschraube.', options: [{ text: 'Lineal', right: false }, { text: 'Bügelmessschraube', right: true }] },
  ],
});
const PRACTICE_ID = 'practice-solo-set-0001';

/** A new apprentice of the trainer's company and their card code. */
async function card(c: ApiClient, name: string): Promise<string> {
  const who = (await c.call('POST', '/api/apprentices', { displayName: name, trade: 'Feinoptik', trainingYear: 1 })).body.apprentice;
  return (await c.call('POST', `/api/apprentices/${who.id}/card`)).body.card.code as string;
}

/**
 * Solo practice with a company's own task set (issue 20 §1): the card names the company, the
 * practice screen lists its sets, the solo room pins the set's current version and stores
 * the round as practice (best per set), never on a board or another company's set.
 */
describe.each(backends())('solo practice with an own task set on $name', (backend) => {
  let server: TestServer;
  let aTrainer: ApiClient;
  let aSet: { id: string };
  let bSet: { id: string };
  let aCard = '';
  let bCard = '';

  const solo = (extra: Record<string, unknown>) => new Client(server.url).create(ROOM_SOLO, { protocol: PROTOCOL_VERSION, role: 'player', gameId: 'werkstatt', level: 1, practiceId: PRACTICE_ID, ...extra }, SessionState);

  beforeAll(async () => {
    server = await startTestServer({ backend });
    if (backend.databaseUrl) await resetAccounts(server.app.db);
    await seedCompany(server.app.db, 'Alpha Optik', 'pa', PW);
    await seedCompany(server.app.db, 'Beta Blech', 'pb', PW);
    aTrainer = new ApiClient(server.url);
    expect((await aTrainer.login('pa-trainer', PW)).status).toBe(200);
    const bTrainer = new ApiClient(server.url);
    expect((await bTrainer.login('pb-trainer', PW)).status).toBe(200);
    aSet = (await aTrainer.call('POST', '/api/task-sets', SET('Prüfraum Alpha'))).body.set;
    bSet = (await bTrainer.call('POST', '/api/task-sets', SET('Geheimsatz Beta'))).body.set;
    aCard = await card(aTrainer, 'Anna Alpha');
    bCard = await card(bTrainer, 'Bert Beta');
  });
  afterAll(async () => {
    if (backend.databaseUrl) await resetAccounts(server.app.db);
    await server.stop();
    removeDir(server.dataDir);
  });

  it('lists only the card company\'s sets (titles and counts, no tasks); a wrong card learns nothing', async () => {
    const anon = new ApiClient(server.url);
    const a = await anon.call('POST', '/api/practice/sets', { card: aCard });
    expect(a.status).toBe(200);
    expect(a.body).toEqual({ sets: [{ id: aSet.id, title: 'Prüfraum Alpha', tasks: 2 }] });
    expect(a.text).not.toMatch(/Geheimsatz|Spaltmaß|right|value/);
    expect((await anon.call('POST', '/api/practice/sets', { card: bCard })).body.sets.map((s: { title: string }) => s.title)).toEqual(['Geheimsatz Beta']);
    expect((await anon.call('POST', '/api/practice/sets', { card: aCard }, { origin: 'http://evil.example' })).body).toEqual({ error: 'ORIGIN_FORBIDDEN' });
    for (const body of [{ card: 'ZZZZ-ZZZZ-ZZZZ-ZZZZ' }, {}, { card: 42 }]) {
      const r = await anon.call('POST', '/api/practice/sets', body);
      expect([r.status, r.body]).toEqual([404, { error: 'CARD_INVALID' }]);
    }
  });

  it('plays the own set solo, pinned at its version, stored as practice with a best per set and on no board', async () => {
    const bot = new Bot(await solo({ setId: aSet.id, card: aCard }), new Client(server.url));
    await bot.next('welcome');
    await until(() => bot.state.phase === 'play', 20_000, 'play');
    const pub = JSON.parse(bot.state.round as string) as WerkstattPublicRound;
    expect(pub.title).toBe('Prüfraum Alpha');
    expect(bot.state.round).not.toMatch(/right|tolerance|explain|"value"/);
    bot.send('answer', { round: 0, data: { task: 0, value: '0,05' } });
    const choice = pub.tasks[1]!.options!.indexOf('Bügelmessschraube');
    bot.send('answer', { round: 0, data: { task: 1, pick: [choice] } });
    await until(() => bot.of('ack').length === 2, 5000, 'acks');
    expect(bot.of('ack').map((a) => a.right)).toEqual([true, true]);
    await until(() => bot.state.phase === 'reveal' || bot.state.phase === 'podium', 20_000, 'the round ends');
    // The summary's best is this set's (the first round with it: its own score), not the built-in level's.
    const pb = await bot.next('personalBest', () => true, 10_000);
    expect(pb).toMatchObject({ gameId: 'werkstatt', level: 1, best: pb.score });
    expect(pb.score).toBeGreaterThanOrEqual(950);
    // The trainer edits the set afterwards: the stored practice round keeps version 1.
    expect((await aTrainer.call('POST', `/api/task-sets/${aSet.id}`, { ...SET('Prüfraum Alpha (neu)', 0.07), baseVersion: 1 })).status).toBe(200);
    const { rows } = await server.app.db.query<{ task_set_id: string; task_set_version: number; task_set_title: string; company_id: string | null; mode: string; score: number; apprentice_id: string | null }>(
      `select r.task_set_id, r.task_set_version, r.task_set_title, s.company_id, s.mode, x.score, x.apprentice_id
       from rounds r join sessions s on s.id = r.session_id join results x on x.round_id = r.id where s.id = $1`, [bot.room.roomId]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ task_set_id: aSet.id, task_set_version: 1, task_set_title: 'Prüfraum Alpha', company_id: null, mode: 'solo', apprentice_id: null });
    expect(rows[0]!.score).toBeGreaterThanOrEqual(950);
    expect((await server.app.db.query('select 1 from board_points')).rows).toHaveLength(0);
    // The best of this set, and the built-in level's best untouched by it.
    const best = async (q: string) => (await new ApiClient(server.url).call('GET', `/api/practice/best?practiceId=${PRACTICE_ID}&gameId=werkstatt&level=1${q}`)).body;
    expect(await best(`&setId=${aSet.id}`)).toEqual({ best: rows[0]!.score });
    expect(await best('')).toEqual({ best: null });
    expect(await best(`&setId=${bSet.id}`)).toEqual({ best: null });
    await bot.room.leave();
  });

  it('refuses a set without a card, another company\'s set, a missing one and a set for a game without sets', async () => {
    expect(await joinError(solo({ setId: aSet.id }))).toBe('CARD_INVALID');
    expect(await joinError(solo({ setId: aSet.id, card: 'ZZZZ-ZZZZ-ZZZZ-ZZZZ' }))).toBe('CARD_INVALID');
    expect(await joinError(solo({ setId: bSet.id, card: aCard }))).toBe('PRACTICE_SET_NOT_FOUND');
    expect(await joinError(solo({ setId: '00000000-0000-4000-8000-000000000000', card: aCard }))).toBe('PRACTICE_SET_NOT_FOUND');
    expect(await joinError(solo({ setId: aSet.id, card: aCard, gameId: 'reaktion' }))).toBe('JOIN_INVALID');
    expect(await joinError(solo({ setId: 'bad id!', card: aCard }))).toBe('JOIN_INVALID');
  });
});
