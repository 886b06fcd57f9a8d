import { describe, expect, it } from 'vitest';
import { migrate } from '../../server/db/migrate.ts';
import { ApprenticeRepository } from '../../server/repositories/apprentice-repository.ts';
import { ReportRepository, summarizeHistory } from '../../server/repositories/report-repository.ts';
import { seedCompany } from '../helpers/accounts.ts';
import { hostSession, joinPlayer, until } from '../helpers/bots.ts';
import { backends, useTestServer } from '../helpers/test-server.ts';

// Issue 19, M2/M3 through the real room and database: "Weiter" in play and "Beenden" with
// players need the host's confirmation; a round the host ended early stays in the session
// history, marked, and lowers no board or apprentice record. A database of the previous
// release keeps every result when it gains the mark.

describe.each(backends())('host controls that never harm the class on $name', (backend) => {
  const server = useTestServer({ backend });

  it('refuses an unconfirmed "next" in play and "end" with players; a confirmed "next" stores the round as ended early', async () => {
    const host = await hostSession(server.url);
    const code = host.welcome.code as string;
    host.send('playlist', { items: [{ gameId: 'reaktion', level: 1, rounds: 2 }] });
    const lena = await joinPlayer(server.url, code, 'Lena');
    await until(() => host.state.players.size === 1 && host.state.roundCount === 2, 5000, 'player and playlist');

    host.send('end');
    expect((await host.next('error', (e) => e.type === 'end')).code).toBe('CONFIRM_REQUIRED');
    host.send('start');
    await until(() => host.state.phase === 'play', 10_000, 'play');
    host.send('next');
    expect((await host.next('error', (e) => e.type === 'next')).code).toBe('CONFIRM_REQUIRED');
    host.send('next', { confirmed: 'yes' });
    expect((await host.next('error', (e) => e.type === 'next' && e.code !== 'CONFIRM_REQUIRED')).code).toBe('MESSAGE_INVALID');
    expect(host.state.phase).toBe('play');

    host.send('next', { confirmed: true });
    await until(() => host.state.phase === 'reveal', 10_000, 'reveal');
    expect(host.state.roundEndedEarly).toBe(true);
    await until(() => lena.state.roundEndedEarly === true, 5000, 'the phone knows');
    const detail = JSON.parse(host.state.players.get(lena.welcome.playerId).detail);
    expect(detail).toMatchObject({ hits: 0, misses: 0 }); // no signal had come yet
    const { rows } = await server.app.db.query<{ ended_early: boolean }>('select ended_early from rounds where session_id = $1', [host.room.roomId]);
    expect(rows).toEqual([{ ended_early: true }]);

    host.send('end', { confirmed: true });
    await until(() => host.state.phase === 'podium', 5000, 'podium');
    await Promise.all([host, lena].map((b) => b.room.leave()));
  });

  it('an ended-early round of a card holder is in the session history, marked, but on no board and not in the record', async () => {
    const db = server.app.db;
    const { companyId } = await seedCompany(db, 'Optik Brenner GmbH', `guard-${backend.name}`, 'guard-passwort-123');
    const lena = await new ApprenticeRepository(db).create(companyId, { displayName: 'Lena K.', trade: 'Augenoptikerin', trainingYear: 2 });
    const sessionId = `guard${backend.name}`.slice(0, 12);
    await server.app.sessions.createSession({ id: sessionId, mode: 'hosted', code: '123456', playlist: [] });
    await server.app.sessions.assignOwner(sessionId, companyId, (await db.query<{ id: string }>('select id from trainers where company_id = $1 limit 1', [companyId])).rows[0]!.id);
    const result = (points: number) => ({ playerId: 'l', nickname: 'Lena K.', score: points, detail: {}, practiceId: null, apprenticeId: lena.id, points });
    const base = { sessionId, companyId, gameId: 'reaktion', level: 1, seed: 1, startedAt: new Date(), endedAt: new Date() };
    await server.app.sessions.saveRound({ ...base, roundIndex: 0, results: [result(541)] });
    await server.app.sessions.saveRound({ ...base, roundIndex: 1, endedEarly: true, results: [result(0)] });

    const board = await db.query<{ n: number; avg: number }>('select count(*)::int as n, avg(points)::int as avg from board_points where apprentice_id = $1', [lena.id]);
    expect(board.rows[0]).toEqual({ n: 1, avg: 541 });
    const reports = new ReportRepository(db);
    const report = await reports.session(sessionId, companyId);
    expect(report?.rounds.map((r) => [r.roundIndex, r.endedEarly])).toEqual([[0, false], [1, true]]);
    const history = await reports.history(lena.id, companyId);
    expect(summarizeHistory(history)).toEqual([{ gameId: 'reaktion', rounds: 1, best: 541, median: 541 }]);
  });

  it('m4: a session closed without any round is not listed in the reports; one with rounds or still open is', async () => {
    const db = server.app.db;
    const { companyId } = await seedCompany(db, 'Leer GmbH', `empty-${backend.name}`, 'guard-passwort-123');
    const reports = new ReportRepository(db);
    const trainerId = (await db.query<{ id: string }>('select id from trainers where company_id = $1 limit 1', [companyId])).rows[0]!.id;
    for (const id of ['emptyEnded', 'emptyOpen']) {
      await server.app.sessions.createSession({ id: `${id}${backend.name}`.slice(0, 20), mode: 'hosted', code: '654321', playlist: [] });
      await server.app.sessions.assignOwner(`${id}${backend.name}`.slice(0, 20), companyId, trainerId);
    }
    await server.app.sessions.endSession(`emptyEnded${backend.name}`.slice(0, 20));
    expect((await reports.sessions(companyId, 50)).map((s) => s.id)).toEqual([`emptyOpen${backend.name}`.slice(0, 20)]);
  });

  it('a database of the previous release gains the mark with every result kept (all counted as before)', async () => {
    const db = server.app.db;
    // Back to the previous release's schema, with a stored round in it…
    await db.query('alter table rounds drop column ended_early');
    await db.query("delete from schema_migrations where name = '004_rounds_ended_early.sql'");
    const before = await db.query<{ n: number }>('select count(*)::int as n from results');
    expect(before.rows[0]!.n).toBeGreaterThan(0);
    // …then this release starts on it.
    expect(await migrate(db)).toEqual(['004_rounds_ended_early.sql']);
    expect((await db.query<{ n: number }>('select count(*)::int as n from results')).rows[0]!.n).toBe(before.rows[0]!.n);
    const marks = await db.query<{ ended_early: boolean; n: number }>('select ended_early, count(*)::int as n from rounds group by ended_early');
    expect(marks.rows).toEqual([{ ended_early: false, n: expect.any(Number) }]);
  });
});
