import { createHash } from 'node:crypto';
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import Fastify from 'fastify';
import pg from 'pg';
import { loadConfig } from '../src/config.ts';
import { startPortico } from '../src/runtime.ts';
import { createBenchDatabase } from './lib/database.ts';
import { runLoad, type LoadResult } from './lib/load.ts';

export const description = 'GET /v1/me with an API key: Portico vs a bare Fastify + pg handler running the same query';

export const usage = `npm run bench -- http [--connections 50] [--seconds 10] [--warmup 3] [--log-level warn]
       [--only baseline|portico]

Creates a database portico_bench_<random> on the local PostgreSQL (BENCH_PG_URL, default
postgres://postgres@127.0.0.1:5432/postgres), migrates it by starting Portico (role api), creates
an API key through the API, loads both servers on 127.0.0.1, prints the table and drops the database.
Targets: Portico ≥ 0.5 × baseline throughput, Portico p99 ≤ 20 ms.`;

const ADMIN = { email: 'bench-admin@portico.localhost', password: 'bench-password-1234' };

// The query Portico's API-key lookup runs (accounts.repo.ts findApiKeyPrincipal), written by hand.
const PRINCIPAL_SQL = `
  select users.id as user_id, users.email, users.first_name, users.last_name, users.role as user_role, users.language,
         users.created_at as user_created_at, companies.id as company_id, companies.type as company_type,
         companies.name as company_name, companies.partner_id, companies.account_ref, companies.billing_address,
         companies.created_at as company_created_at, companies.updated_at as company_updated_at,
         api_keys.id as key_id, api_keys.role as key_role, api_keys.last_used_at
  from api_keys
  join users on users.id = api_keys.user_id
  join companies on companies.id = users.company_id
  where api_keys.key_hash = $1 and api_keys.revoked_at is null and users.removed_at is null`;

/** The baseline: what the endpoint costs with nothing but Fastify, one pooled query and JSON. */
async function startBaseline(databaseUrl: string) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 20 }); // Portico's pool size
  const app = Fastify({ logger: false });
  app.get('/v1/me', async (request, reply) => {
    const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
    if (!match) return reply.code(401).send({ error: 'unauthenticated' });
    const digest = createHash('sha256').update(match[1]).digest('hex');
    const { rows } = await pool.query(PRINCIPAL_SQL, [digest]);
    const p = rows[0];
    if (!p) return reply.code(401).send({ error: 'unauthenticated' });
    return {
      user: { id: p.user_id, email: p.email, firstName: p.first_name, lastName: p.last_name, role: p.user_role, language: p.language, createdAt: p.user_created_at },
      company: { id: p.company_id, type: p.company_type, name: p.company_name, partnerId: p.partner_id, accountRef: p.account_ref, createdAt: p.company_created_at },
      role: p.key_role ?? p.user_role,
    };
  });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return { url, close: async () => { await app.close(); await pool.end(); } };
}

async function json(url: string, init: RequestInit & { expect: number }): Promise<any> {
  const response = await fetch(url, init);
  const text = await response.text();
  if (response.status !== init.expect) throw new Error(`${init.method ?? 'GET'} ${url}: ${response.status} ${text}`);
  return JSON.parse(text);
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function printTable(rows: [string, LoadResult][]): void {
  const header = ['', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'non-2xx'];
  const lines = rows.map(([name, r]) => [name, fmt(r.requestsPerSecond), fmt(r.p50, 1), fmt(r.p99, 1), String(r.errors), String(r.non2xx)]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  for (const line of [header, ...lines]) console.log(line.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('   '));
}

export async function main(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      connections: { type: 'string', default: '50' },
      seconds: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '3' },
      // Request logging at info would dominate the figures; 'info' here measures what it costs.
      'log-level': { type: 'string', default: 'warn' },
      // Load one side only, e.g. under node --cpu-prof to see where Portico's time goes.
      only: { type: 'string' },
    },
  });
  const connections = Number(values.connections);
  const seconds = Number(values.seconds);
  const warmup = Number(values.warmup);

  // Ctrl-C or SIGTERM: stop the load and still drop the database.
  const abort = new AbortController();
  const stop = () => abort.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  const database = await createBenchDatabase();
  const closers: (() => Promise<void>)[] = [];
  try {
    const config = loadConfig({
      DATABASE_URL: database.url,
      HOST: '127.0.0.1',
      PORTICO_DEMO: 'false',
      PORTICO_ADMIN_EMAIL: ADMIN.email,
      PORTICO_ADMIN_PASSWORD: ADMIN.password,
      LOG_LEVEL: values['log-level'],
    });
    // Role api, as an API replica runs in production: no job workers polling beside the requests.
    const portico = await startPortico(config, { role: 'api' });
    closers.push(() => portico.close());
    const porticoUrl = await portico.app!.listen({ host: '127.0.0.1', port: 0 });

    // The key is made the way a customer makes one: log in, then POST /v1/api-keys.
    const login = await json(`${porticoUrl}/v1/auth/login`, {
      method: 'POST', expect: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN),
    });
    const created = await json(`${porticoUrl}/v1/api-keys`, {
      method: 'POST', expect: 201, headers: { 'content-type': 'application/json', authorization: `Bearer ${login.token}` },
      body: JSON.stringify({ name: 'bench' }),
    });
    const headers = { authorization: `Bearer ${created.key as string}` };

    const baseline = await startBaseline(database.url);
    closers.unshift(baseline.close);

    const both: [string, string][] = [['baseline', `${baseline.url}/v1/me`], ['Portico', `${porticoUrl}/v1/me`]];
    const targets = both.filter(([name]) => !values.only || name.toLowerCase() === values.only.toLowerCase());
    for (const [name, url] of targets) {
      const body = JSON.stringify(await json(url, { headers, expect: 200 }));
      console.log(`${name.padEnd(8)} GET /v1/me → 200, ${body.length} bytes of JSON`);
    }

    console.log(`\nGET /v1/me with an API key, ${connections} connections, ${seconds} s each after ${warmup} s warm-up, ` +
      `${cpus().length} CPU cores, Portico log level ${values['log-level']}\n`);
    const results: [string, LoadResult][] = [];
    for (const [name, url] of targets) {
      if (warmup > 0) await runLoad({ url, connections, seconds: warmup, headers, signal: abort.signal });
      results.push([name, await runLoad({ url, connections, seconds, headers, signal: abort.signal })]);
    }

    printTable(results);
    if (results.length < 2) return 0;
    const [base, ours] = [results[0][1], results[1][1]];
    const ratio = ours.requestsPerSecond / base.requestsPerSecond;
    const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
    console.log(`\nPortico/baseline throughput: ${fmt(ratio, 2)}   target ≥ 0.50: ${verdict(ratio >= 0.5)}`);
    console.log(`Portico p99: ${fmt(ours.p99, 1)} ms   target ≤ 20 ms: ${verdict(ours.p99 <= 20)}`);
    const failed = results.some(([, r]) => r.errors > 0 || r.non2xx > 0);
    if (failed) console.log('\nSome requests failed: the figures above are not valid.');
    // A missed target is a finding, not a crash; failed requests make the run itself invalid.
    return failed ? 1 : 0;
  } finally {
    for (const close of closers) await close().catch((error) => console.error('close failed:', error));
    await database.drop();
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
}
