import { PGlite } from '@electric-sql/pglite';

// Child process entry (plain JavaScript: starts without the TypeScript loader): creates a new PGlite data directory (initdb) and exits. The parent
// then opens the finished directory. initdb runs in its own WebAssembly instance whose
// memory V8 keeps until a full GC; done in the server process it left ~800 MB resident
// where a reopen needs ~250 MB (measured: scripts/bench, issue 13).

// Files created here belong to the server's user alone (review N11); the parent also
// takes group/other bits off whatever the database image brings along.
process.umask(0o077);

const dir = process.argv[2];
if (!dir) {
  console.error('usage: pglite-init.mjs <pgdata dir>');
  process.exit(2);
}
try {
  const pg = await PGlite.create(dir);
  await pg.close();
  process.exit(0);
} catch (err) {
  console.error(`Could not create the embedded database in ${dir}: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
}
