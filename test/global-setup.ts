import { loadConfig } from '../src/config.ts';
import { startPortico } from '../src/runtime.ts';
import { TEMPLATE_DB, adminUrl, urlFor, withAdmin } from './helpers/db.ts';

/** On PostgreSQL: build one migrated template database (with pg-boss's schema) that every test file clones. */
export default async function setup() {
  if (!adminUrl()) return;
  await withAdmin(async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  });
  const config = { ...loadConfig({}), databaseUrl: urlFor(TEMPLATE_DB), demo: false, logLevel: 'silent' };
  const portico = await startPortico(config, { role: 'api' });
  await portico.close();
  return async () => {
    await withAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`));
  };
}
