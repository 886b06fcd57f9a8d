import { ConfigError, loadConfig } from './config.ts';
import { DataDirLockedError } from './db/data-dir-lock.ts';
import { joinUrls, lanAddresses, phonesCanReach } from './http/lan-addresses.ts';
import { NETWORK_WARNING_TEXTS, networkWarning } from '../shared/protocol/network-warnings.ts';
import { announcementLines, openBrowser } from './release/announce.ts';
import { releaseInfo } from './release/release-info.ts';
import { installProcessGuards } from './process-guards.ts';
import { stopOnSignals } from './stop-on-signals.ts';

/** Reads the configuration, starts the server and shuts it down cleanly on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  installProcessGuards();
  // Everything the server writes (database, lock file) is for its own user (review N11).
  process.umask(0o077);
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`Configuration error: ${err.message}`);
      process.exit(2);
    }
    throw err;
  }
  const { createApp } = await import('./app.ts');
  console.log(config.databaseUrl ? 'Connecting to PostgreSQL…' : `Opening the embedded database in ${config.dataDir} (the first start takes a few seconds)…`);
  let app;
  try {
    app = await createApp(config);
  } catch (err) {
    if (err instanceof DataDirLockedError) {
      console.error(err.message);
      process.exit(3);
    }
    console.error(`Could not start: ${(err as Error).message}`);
    process.exit(1);
  }
  const port = await app.listen(config.port, config.host);
  const local = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}/`;
  console.log(`Azubi Arcade listening on ${local}`);
  console.log(`  database: ${app.db.kind}${config.redisUrl ? ', scale-out via Redis' : ''}`);
  // Loopback only: no link phones could use (the warning below says how to fix it).
  const phoneUrls = phonesCanReach(config.host, config.publicUrl) ? joinUrls(config.publicUrl, port, config.host) : [];
  for (const url of phoneUrls) console.log(`  players join at ${url}`);
  const warning = networkWarning(config.host, lanAddresses());
  if (warning) console.warn(`\n  ⚠ ${NETWORK_WARNING_TEXTS[warning].de}\n  ⚠ ${NETWORK_WARNING_TEXTS[warning].en}\n`);
  const release = releaseInfo();
  if (release) {
    const localUrl = `http://localhost:${port}/`;
    for (const line of announcementLines({ version: release.version, localUrl, phoneUrls, dataDir: config.dataDir, platform: process.platform })) console.log(line);
    if (process.env.ARCADE_NO_BROWSER !== '1') openBrowser(localUrl);
  }

  stopOnSignals(app);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
