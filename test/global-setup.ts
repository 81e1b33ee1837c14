import { writeFileSync, rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../src/config.ts';
import { startPortico } from '../src/runtime.ts';
import { TEMPLATE_DB, adminUrl, urlFor, withAdmin } from './helpers/db.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string | null;
  }
}

/**
 * One migrated template (with pg-boss's schema) that every test file clones: a PostgreSQL database
 * with DATABASE_URL, else a PGlite data-directory snapshot. Migrating once saves seconds per file.
 */
export default async function setup(project: TestProject) {
  const base = { ...loadConfig({}), demo: false, logLevel: 'silent' };
  if (adminUrl()) {
    project.provide('pgliteTemplate', null);
    await withAdmin(async (c) => {
      await c.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
      await c.query(`CREATE DATABASE ${TEMPLATE_DB}`);
    });
    const portico = await startPortico({ ...base, databaseUrl: urlFor(TEMPLATE_DB) }, { role: 'api' });
    await portico.close();
    return async () => {
      await withAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`));
    };
  }
  const pglite = await PGlite.create('memory://');
  const portico = await startPortico({ ...base, databaseUrl: null, dataDir: 'memory://' }, { role: 'api', pglite });
  await portico.close();
  const dump = await pglite.dumpDataDir('none');
  await pglite.close();
  const dir = mkdtempSync(join(tmpdir(), 'portico-pglite-template-'));
  const file = join(dir, 'template.tar');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteTemplate', file);
  return () => rmSync(dir, { recursive: true, force: true });
}
