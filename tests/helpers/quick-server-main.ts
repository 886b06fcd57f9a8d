import { loadConfig } from '../../server/config.ts';
import { createApp } from '../../server/app.ts';
import { installProcessGuards } from '../../server/process-guards.ts';
import { stopOnSignals } from '../../server/stop-on-signals.ts';
import { QUICK_GAMES } from './quick-reaktion.ts';

// The server for e2e files that opt into quick rounds (startServer(env, { quickRounds: true })):
// server/main.ts's start and stop, with Reaktion's rounds cut (tests/helpers/quick-reaktion.ts).
// Configuration comes from the same environment variables; a start error exits non-zero, which
// the test's health wait reports with this output.

installProcessGuards();
process.umask(0o077);
const config = loadConfig();
console.log('Quick-round test server (Reaktion rounds cut to 3 trials; tests/helpers/quick-reaktion.ts)');
const app = await createApp(config, { games: QUICK_GAMES });
const port = await app.listen(config.port, config.host);
console.log(`Azubi Arcade listening on http://${config.host}:${port}/`);

stopOnSignals(app);
