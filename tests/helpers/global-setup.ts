import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { createTemplate, removeTemplate } from './db-template.ts';
import { buildServerBundle, removeServerBundle } from './server-bundle.ts';
import { createWorkerDatabases, dropWorkerDatabases } from './worker-databases.ts';

// vitest globalSetup of the integration and browser projects (main process): the migrated PGlite
// template every test server copies, the server bundle child servers start from
// (server-bundle.ts), and on PostgreSQL one database per worker so files running side by side
// never share accounts or the first-run state.

interface Prepared {
  templateDir: string;
  bundleDir: string;
  databases: string[];
}

interface Shared {
  ready: Promise<Prepared>;
  users: number;
}

// Both integration projects name this file; they share one preparation through globalThis
// (the main process may load the module once per project).
const slot = globalThis as { arcadeTestSetup?: Shared };

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  slot.arcadeTestSetup ??= {
    ready: (async () => {
      const [templateDir, bundleDir] = await Promise.all([createTemplate(), buildServerBundle(project.config.root)]);
      return { templateDir, bundleDir, databases: await createWorkerDatabases(process.env.DATABASE_URL) };
    })(),
    users: 0,
  };
  const shared = slot.arcadeTestSetup;
  shared.users += 1;
  const { templateDir, bundleDir, databases } = await shared.ready;
  project.provide('pgliteTemplate', join(templateDir, 'pgdata'));
  project.provide('serverBundle', bundleDir);
  return async () => {
    shared.users -= 1;
    if (shared.users > 0) return;
    delete slot.arcadeTestSetup;
    removeTemplate(templateDir);
    removeServerBundle(bundleDir);
    await dropWorkerDatabases(process.env.DATABASE_URL, databases);
  };
}
