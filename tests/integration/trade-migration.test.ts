import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../server/db/migrate.ts';
import { TRADE_TEXT_KEYS, tradeFromText } from '../../shared/games/trades.ts';
import { resetAccounts, seedCompany } from '../helpers/accounts.ts';
import { backends, removeDir, startTestServer, type TestServer } from '../helpers/test-server.ts';

// Migration 006_apprentice_trade.sql on a database of the previous release: apprentices with
// free-text trades get a trade id where the text clearly names a trade (the same mapping as
// tradeFromText in shared/games/trades.ts), the others none (the trainer is asked once), and
// the old text stays as it was.

const MIGRATION = '006_apprentice_trade.sql';

const TEXTS = [
  'Mechatroniker', 'mechatronikerin', ' MECHATRONIKER/-IN ', 'Mechatroniker*in', 'Mechatroniker:in', 'Mechatroniker_in', 'Mechatroniker (m/w/d)',
  'Elektroniker/-in für Automatisierungstechnik', 'Elektronikerin fuer Automatisierungstechnik', 'ELEKTRONIKER FÜR AUTOMATISIERUNGSTECHNIK',
  'Feinoptiker/in', 'Feinoptikerin', 'Mikrotechnologe', 'Mikrotechnologin', 'Industriemechaniker(in)', 'Industriemechanikerin',
  'Mechatronik', 'Optik', '', 'Elektroniker', 'Zerspanungsmechaniker', 'Mechatroniker Azubi', 'Sonstiger Beruf', 'Fachinformatiker/-in', 'Mechatroniker in',
];

const UNMAPPED = ['Mechatronik', 'Optik', '', 'Elektroniker', 'Zerspanungsmechaniker', 'Mechatroniker Azubi', 'Sonstiger Beruf', 'Fachinformatiker/-in'];

describe.each(backends())('trade migration on $name', (backend) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ backend });
    if (backend.databaseUrl) await resetAccounts(server.app.db);
  });
  afterAll(async () => {
    if (backend.databaseUrl) await resetAccounts(server.app.db);
    await server.stop();
    removeDir(server.dataDir);
  });

  it('maps old free text like tradeFromText, keeps the text, and leaves the rest to the trainer', async () => {
    const db = server.app.db;
    // Back to the previous release's schema (the other migrations stay applied).
    await db.query('drop index if exists results_apprentice_cover_idx');
    await db.query('alter table apprentices drop column trade_id');
    await db.query('delete from schema_migrations where name = $1', [MIGRATION]);
    const { companyId } = await seedCompany(db, 'Altbestand GmbH', 'old', 'Old-Release-2026!');
    const ids = new Map<string, string>();
    for (const trade of TEXTS) {
      const id = randomUUID();
      ids.set(id, trade);
      await db.query('insert into apprentices (id, company_id, display_name, trade, training_year) values ($1, $2, $3, $4, 1)', [id, companyId, `A${ids.size}`, trade]);
    }

    expect(await migrate(db)).toEqual([MIGRATION]);

    const { rows } = await db.query<{ id: string; trade: string; trade_id: string | null }>('select id, trade, trade_id from apprentices where company_id = $1', [companyId]);
    expect(rows).toHaveLength(TEXTS.length);
    for (const row of rows) {
      expect(row.trade, 'the old text is kept').toBe(ids.get(row.id));
      expect(row.trade_id, JSON.stringify(row.trade)).toBe(tradeFromText(row.trade));
    }
    // Left for the trainer ("Beruf wählen"): exactly the texts that name no listed trade clearly.
    expect(rows.filter((r) => r.trade_id === null).map((r) => r.trade).toSorted()).toEqual(UNMAPPED.toSorted());
    // Every spelling the TypeScript mapping knows is in the migration's list too.
    const migrationSql = readFileSync(new URL(`../../server/db/migrations/${MIGRATION}`, import.meta.url), 'utf8');
    for (const key of TRADE_TEXT_KEYS) expect(migrationSql, key).toContain(`when '${key}' then`);
  });
});
