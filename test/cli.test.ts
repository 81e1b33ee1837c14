import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './helpers/db.ts';

const run = promisify(execFile);
const dataDir = mkdtempSync(join(tmpdir(), 'portico-cli-'));
let database: TestDatabase | null = null;

afterAll(async () => {
  rmSync(dataDir, { recursive: true, force: true });
  await database?.drop();
});

async function portico(args: string[], env: Record<string, string> = {}) {
  database ??= await createTestDatabase();
  const dbEnv: Record<string, string> = database.url ? { DATABASE_URL: database.url } : {};
  return run(process.execPath, ['--import', 'tsx', 'src/main.ts', ...args], {
    env: { ...process.env, PORTICO_DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...dbEnv, ...env },
    timeout: 60_000,
  });
}

describe('the portico CLI', () => {
  it('explains itself with --help, for every command', async () => {
    const { stdout } = await portico(['--help']);
    for (const command of ['start', 'migrate', 'create-admin', 'demo']) expect(stdout).toContain(command);
    const start = await portico(['start', '--help']);
    expect(start.stdout).toContain('--role');
    expect(start.stdout).toMatch(/api.*worker.*all/s);
    expect((await portico(['create-admin', '--help'])).stdout).toContain('--email');
  });

  it('migrates, creates an admin once, and loads demo data', async () => {
    const first = await portico(['migrate']);
    expect(first.stdout).toMatch(/migration\(s\) applied|up to date/);
    const again = await portico(['migrate']);
    expect(again.stdout).toContain('up to date');

    const created = await portico(['create-admin', '--email', 'cli.admin@operator.example', '--password', 'a long password']);
    expect(created.stdout).toContain('Created operator admin');
    const twice = await portico(['create-admin', '--email', 'cli.admin@operator.example', '--password', 'a long password']);
    expect(twice.stdout).toContain('exists already');

    const demo = await portico(['demo']);
    expect(demo.stdout).toContain('admin@northwind.example');
    const demoAgain = await portico(['demo']);
    expect(demoAgain.stdout).toContain('nothing changed');
  }, 180_000);

  it('refuses bad input with a clear message and a non-zero exit', async () => {
    await expect(portico(['create-admin', '--email', 'x@y.example', '--password', 'short'])).rejects.toMatchObject({ code: 2 });
    await expect(portico(['start', '--role', 'boss'])).rejects.toMatchObject({ stderr: expect.stringContaining('boss') });
  }, 60_000);
});
