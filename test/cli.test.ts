import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './helpers/db.ts';
import { DEMO_COMPANIES } from '../src/demo/demo.ts';
import { freePort } from './helpers/net.ts';

const run = promisify(execFile);
const dataDir = mkdtempSync(join(tmpdir(), 'portico-cli-'));
let database: TestDatabase | null = null;

const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  rmSync(dataDir, { recursive: true, force: true });
  await database?.drop();
  for (const cleanup of cleanups) await cleanup();
});

async function portico(args: string[], env: Record<string, string> = {}) {
  database ??= await createTestDatabase();
  const dbEnv: Record<string, string> = database.url ? { DATABASE_URL: database.url } : {};
  return run(process.execPath, ['--import', 'tsx', 'src/main.ts', ...args], {
    env: { ...process.env, PORTICO_DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...dbEnv, ...env },
    timeout: 60_000,
  });
}

/** A fresh database of its own: a PostgreSQL clone or an empty PGlite directory. */
async function freshDatabase(): Promise<Record<string, string>> {
  const own = await createTestDatabase();
  const dir = mkdtempSync(join(tmpdir(), 'portico-banner-'));
  cleanups.push(() => own.drop(), () => rmSync(dir, { recursive: true, force: true }));
  return { PORTICO_DATA_DIR: dir, ...(own.url ? { DATABASE_URL: own.url } : {}) };
}

/** Runs `portico start` for real, returns what it printed once it runs, and stops it (SIGTERM). */
async function startOutput(env: Record<string, string>): Promise<{ stdout: string; port: number }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', 'start'], {
    env: { ...process.env, LOG_LEVEL: 'silent', PORT: String(port), HOST: '127.0.0.1', SMTP_URL: '', PORTICO_ADMIN_EMAIL: '', PORTICO_ADMIN_PASSWORD: '', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  try {
    const deadline = Date.now() + 90_000;
    // The banner is one write; its last part (the logins) follows the mail line.
    while (!/Mail: [\s\S]*\n\S/.test(stdout)) {
      if (child.exitCode !== null) throw new Error(`portico start exited: ${stderr}`);
      if (Date.now() > deadline) throw new Error(`no banner in time: ${stdout} ${stderr}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    return { stdout, port };
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

describe('the README', () => {
  it('lists every demo login with its company, role and language, as src/demo has them', () => {
    const rows = readFileSync('README.md', 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('| `') && line.includes('.example`'))
      .map((line) => line.split('|').map((cell) => cell.trim()))
      .map(([, who, company, , role, language]) => ({ email: who.replaceAll('`', ''), company, role, language }));
    const demo = DEMO_COMPANIES.flatMap((c) => c.users.map((u) => ({ email: u.email, company: c.name, role: u.role, language: u.language ?? 'en' })));
    expect(rows).toEqual(demo);
  });
});

describe('the start-up banner', () => {
  it('says at every start where the portal is, which demo logins exist and where mail goes', async () => {
    const env = { ...(await freshDatabase()), PORTICO_DEMO: '1' };
    const first = await startOutput(env);
    expect(first.stdout).toContain(`Portal:   http://localhost:${first.port}/`);
    expect(first.stdout).toMatch(/ops@portico\.example +company_admin +Portico Operator/);
    expect(first.stdout).toMatch(/admin@harbor-retail\.example +company_admin +Harbor Retail/);
    expect(first.stdout).toContain('password for all: portico-demo');
    expect(first.stdout).toContain(`kept in the database, read it in the operator's Mail log in the portal (http://localhost:${first.port}/admin/emails)`);

    // Again on the same database, now with SMTP: the demo logins are still there, and so is the list.
    const again = await startOutput({ ...env, SMTP_URL: 'smtp://relay:s3cret@mail.example:2525' });
    expect(again.stdout).toMatch(/ops@portico\.example +company_admin +Portico Operator/);
    expect(again.stdout).toMatch(/viewer@acme-media\.example +read_only +Acme Media/);
    expect(again.stdout).toContain('sent by SMTP through mail.example:2525');
    expect(again.stdout).not.toContain('s3cret');
    expect(again.stdout).not.toContain('kept in the database');
  }, 240_000);

  it('names the admin from PORTICO_ADMIN_EMAIL when there is no demo data', async () => {
    const env = { ...(await freshDatabase()), PORTICO_DEMO: '0', PORTICO_ADMIN_EMAIL: 'first.admin@operator.example', PORTICO_ADMIN_PASSWORD: 'a long password' };
    const { stdout } = await startOutput(env);
    expect(stdout).toContain('Operator admin: first.admin@operator.example');
    expect(stdout).not.toContain('Demo logins');
    expect(stdout).not.toContain('No login is known');
  }, 120_000);

  it('says how to get a login when there is none', async () => {
    const { stdout } = await startOutput({ ...(await freshDatabase()), PORTICO_DEMO: '0' });
    expect(stdout).toContain('No login is known: set PORTICO_ADMIN_EMAIL and PORTICO_ADMIN_PASSWORD, or run `portico create-admin`.');
  }, 120_000);
});

describe('the portico CLI', () => {
  it('explains itself with --help, for every command', async () => {
    const { stdout } = await portico(['--help']);
    for (const command of ['start', 'migrate', 'create-admin', 'demo']) expect(stdout).toContain(command);
    const start = await portico(['start', '--help']);
    expect(start.stdout).toContain('--role');
    expect(start.stdout).toMatch(/api.*worker.*all/s);
    expect((await portico(['create-admin', '--help'])).stdout).toContain('--email');
    expect((await portico(['screening', '--help'])).stdout).toContain('import');
    expect((await portico(['screening', 'import', '--help'])).stdout).toMatch(/Consolidated Screening List.*Denied Persons List.*sdn\.csv/s);
  });

  it('imports a screening list with its counts and checksum; a file that is not one changes nothing (exit 2)', async () => {
    const imported = await portico(['screening', 'import', 'data/screening/dpl/dpl-2023-11.txt']);
    expect(imported.stdout).toContain('DPL dpl-2023-11.txt: 663 entries, 2 bad row(s), sha256 b4d9a287f8527af7c5713f7cc03751c639819aa44595863088506a80cd63988a.');
    expect(imported.stdout).toContain('line 154: the entry of line 153 again');
    await expect(portico(['screening', 'import', 'README.md'])).rejects.toMatchObject({
      code: 2, stderr: expect.stringContaining('README.md: line 1: neither a Consolidated Screening List'),
    });
  }, 60_000);

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
