import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

/**
 * The built Portico's own steps before `portico start`, run in child processes from a built tree
 * (`root`: this tree after buildPortico, or builtSnapshot's): migrating a fresh database, and
 * importing a screening list with the CLI as `npm run portico -- screening import <file>` does.
 * The same steps as bench/screening.ts's import and http sections.
 */
const run = promisify(execFile);

/** Migrates a fresh database as `portico start` would (the built openDatabase + migrate); its wall time in ms. */
export async function migrateWithBuiltCode(root: string, databaseUrl: string, signal: AbortSignal): Promise<number> {
  const t0 = performance.now();
  const script = "import('./dist/src/platform/db/db.js').then(async ({ openDatabase }) => { const { migrate } = await import('./dist/src/platform/db/migrate.js'); " +
    "const db = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: 'memory://' }); await migrate(db); await db.close(); })";
  await run(process.execPath, ['--input-type=module', '-e', script], { cwd: root, signal, env: { ...process.env, DATABASE_URL: databaseUrl } });
  return performance.now() - t0;
}

/** `portico screening import <file>` with the built CLI; its wall time in ms and what it printed. */
export async function importScreeningList(root: string, databaseUrl: string, file: string, logLevel: string, signal: AbortSignal): Promise<{ wallMs: number; stdout: string }> {
  const t0 = performance.now();
  const { stdout } = await run(process.execPath, ['dist/src/main.js', 'screening', 'import', file], {
    cwd: root, signal, timeout: 300_000, env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: databaseUrl, LOG_LEVEL: logLevel },
  });
  return { wallMs: performance.now() - t0, stdout };
}
