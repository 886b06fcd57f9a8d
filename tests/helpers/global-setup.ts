import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { createTemplate, removeTemplate } from './db-template.ts';
import { createWorkerDatabases, dropWorkerDatabases } from './worker-databases.ts';

// vitest globalSetup of the integration projects (main process): the migrated PGlite template
// every test server copies, and on PostgreSQL one database per worker so files running side by
// side never share accounts or the first-run state.

interface Prepared {
  templateDir: string;
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
    ready: (async () => ({ templateDir: await createTemplate(), databases: await createWorkerDatabases(process.env.DATABASE_URL) }))(),
    users: 0,
  };
  const shared = slot.arcadeTestSetup;
  shared.users += 1;
  const { templateDir, databases } = await shared.ready;
  project.provide('pgliteTemplate', join(templateDir, 'pgdata'));
  return async () => {
    shared.users -= 1;
    if (shared.users > 0) return;
    delete slot.arcadeTestSetup;
    removeTemplate(templateDir);
    await dropWorkerDatabases(process.env.DATABASE_URL, databases);
  };
}
