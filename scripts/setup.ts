// `npm run setup -- --company "Muster GmbH" --login anna [--name "Anna Muster"] [--password …]`
// `npm run setup -- --platform --login root [--name …]`
// First run without a browser: the first company and its admin trainer; or the platform
// admin, who adds and disables further companies (whoever runs this owns the machine). The password comes
// from --password, else SETUP_PASSWORD, else stdin (typed without echo on a terminal), so it
// need not land in the shell history. Same configuration (env) as the server.
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { errorText } from '../shared/protocol/errors.ts';
import { checkFirstRun, createFirstCompany } from '../server/auth/first-run.ts';
import { ConfigError, loadConfig } from '../server/config.ts';
import { openDatabase } from '../server/db/database.ts';
import { DataDirLockedError, lockDataDir } from '../server/db/data-dir-lock.ts';
import { migrate } from '../server/db/migrate.ts';
import { hashPassword } from '../server/auth/password.ts';
import { CompanyRepository } from '../server/repositories/company-repository.ts';
import { LoginTakenError, TrainerRepository } from '../server/repositories/trainer-repository.ts';

const USAGE = `Usage / Aufruf:
  npm run setup -- --company "Company name" --login LOGIN [--name "Display name"] [--password PASSWORD]
  npm run setup -- --platform --login LOGIN [--name "Display name"] [--password PASSWORD]   (platform admin)
  npm run setup -- --reset-password --login LOGIN [--password PASSWORD]   (a forgotten password, e.g. of a company's only admin; ends the account's sign-ins)
  Password: --password, else env SETUP_PASSWORD, else stdin / Passwort: --password, sonst SETUP_PASSWORD, sonst Eingabe.`;

function die(en: string, de: string, code = 1): never {
  console.error(`${en}\n${de}`);
  process.exit(code);
}

/** Reads one line from stdin; on a terminal the typed characters are not shown. */
async function readPassword(): Promise<string> {
  const tty = process.stdin.isTTY === true;
  let muted = false;
  const output = new Writable({ write: (chunk, _enc, done) => { if (!muted) process.stdout.write(chunk); done(); } });
  const rl = createInterface({ input: process.stdin, output, terminal: tty });
  if (tty) process.stdout.write('Password / Passwort: ');
  muted = true;
  try {
    for await (const line of rl) return line;
    return '';
  } finally {
    rl.close();
    if (tty) process.stdout.write('\n');
  }
}

let args;
try {
  args = parseArgs({ options: { company: { type: 'string' }, login: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' }, platform: { type: 'boolean' }, 'reset-password': { type: 'boolean' }, help: { type: 'boolean' } }, strict: true }).values;
} catch (err) {
  die(`${(err as Error).message}\n${USAGE}`, '', 2);
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
const resetPassword = args['reset-password'] === true;
if ((!args.company && !args.platform && !resetPassword) || !args.login) die(`--company and --login are required.\n${USAGE}`, '--company und --login fehlen.', 2);

let config;
try {
  config = loadConfig();
} catch (err) {
  if (err instanceof ConfigError) die(`Configuration error: ${err.message}`, 'Konfigurationsfehler (siehe oben).', 2);
  throw err;
}
// An empty SETUP_PASSWORD counts as unset.
const password = args.password ?? (process.env.SETUP_PASSWORD || (await readPassword()));

// The platform admin and a password reset need no company: the same checks with a placeholder company name.
const input = { company: args.platform || resetPassword ? 'Plattform' : args.company, login: args.login, displayName: args.name, password };
const checked = checkFirstRun(input);
if (!checked.ok) die(errorText(checked.code, 'en'), errorText(checked.code, 'de'), 2);

let release = () => {};
try {
  if (!config.databaseUrl) release = lockDataDir(config.dataDir);
} catch (err) {
  if (err instanceof DataDirLockedError) die(`${err.message}\nStop the server first, or use its web page for the first run.`, 'Beende zuerst den Server oder richte über die Webseite ein.', 3);
  throw err;
}
const db = await openDatabase(config);
let exitCode = 0;
try {
  await migrate(db);
  if (resetPassword) {
    // m17: a company's only admin who forgot the password has nobody to reset it in the web page.
    const trainers = new TrainerRepository(db);
    const found = await trainers.findByLogin(checked.login);
    if (!found) {
      console.error(`No account with the login "${checked.login}".\nKein Konto mit dem Anmeldenamen „${checked.login}“.`);
      exitCode = 5;
    } else {
      await trainers.setPasswordHash(found.id, found.companyId, await hashPassword(checked.password), true);
      console.log(`New password set for "${found.login}"; their sign-ins elsewhere have ended.`);
      console.log(`Neues Passwort für „${found.login}“ gesetzt; Anmeldungen auf anderen Geräten sind beendet.`);
    }
  } else if (args.platform) {
    try {
      await new TrainerRepository(db).createPlatformAdmin({ login: checked.login, displayName: checked.displayName, passwordHash: await hashPassword(checked.password) });
      console.log(`Created platform admin "${checked.login}". Sign in on the start page.`);
      console.log(`Plattform-Admin "${checked.login}" angelegt. Melde dich auf der Startseite an.`);
    } catch (err) {
      if (!(err instanceof LoginTakenError)) throw err;
      console.error(`${errorText('LOGIN_TAKEN', 'en')}\n${errorText('LOGIN_TAKEN', 'de')}`);
      exitCode = 4;
    }
  }
  const result = args.platform || resetPassword ? null : await createFirstCompany(new CompanyRepository(db), input);
  if (!result) {
    // platform admin or password reset handled above
  } else if (result.ok) {
    console.log(`Created company "${checked.company}" with admin "${checked.login}". Sign in on the start page.`);
    console.log(`Betrieb "${checked.company}" mit Admin "${checked.login}" angelegt. Melde dich auf der Startseite an.`);
  } else {
    // Further companies come from the platform admin (later); setup only makes the first.
    console.error(`${errorText(result.code, 'en')}\n${errorText(result.code, 'de')}`);
    exitCode = result.code === 'SETUP_DONE' ? 4 : 2;
  }
} finally {
  await db.close();
  release();
}
process.exit(exitCode);
