import { createHash } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import Fastify from 'fastify';
import pg from 'pg';
import { findApiKeyPrincipal } from '../src/modules/accounts/accounts.repo.ts';
import { createBenchDatabase } from './lib/database.ts';
import { captureQuery } from './lib/capture.ts';
import { startBuiltPortico } from './lib/built-portico.ts';
import { processSeconds, thisProcessSeconds } from './lib/cpu.ts';
import { runLoad, type LoadResult } from './lib/load.ts';

export const description = 'GET /v1/me with an API key: Portico vs a bare Fastify + pg handler running the same query';

export const usage = `npm run bench -- http [--connections 50,10] [--seconds 10] [--warmup 3] [--log-level warn]
       [--only baseline|portico|uncached]

Creates a database portico_bench_<random> on the local PostgreSQL (BENCH_PG_URL, default
postgres://postgres@127.0.0.1:5432/postgres), builds Portico and starts it as npm start does
(node dist/src/main.js start --role api, NODE_ENV=production; it migrates the database), creates
an API key through the API, loads the servers on 127.0.0.1 at each connection count (the first is
the headline), prints the table and drops the database. "uncached" is a second Portico with
PORTICO_API_KEY_CACHE_SECONDS=0: it looks the key up on every request, as the baseline does.
Targets (at the first connection count): Portico ≥ 0.5 × baseline throughput, Portico p99 ≤ 20 ms.`;

const ADMIN = { email: 'bench-admin@portico.localhost', password: 'bench-password-1234' };

const MARKER = 'bench-key-hash-marker';

/** The SQL Portico's API-key lookup sends (accounts.repo.ts findApiKeyPrincipal): the baseline runs the same statement. */
const principalQuery = () => captureQuery((db) => findApiKeyPrincipal(db, MARKER));

/**
 * The baseline: what the endpoint costs with nothing but Fastify, one pooled query and JSON. Like
 * Portico, it sends the query as a named prepared statement, parsed and planned once per connection.
 */
async function startBaseline(databaseUrl: string) {
  const query = await principalQuery();
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 20 }); // Portico's pool size
  const app = Fastify({ logger: false });
  app.get('/v1/me', async (request, reply) => {
    const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
    if (!match) return reply.code(401).send({ error: 'unauthenticated' });
    const digest = createHash('sha256').update(match[1]).digest('hex');
    const values = query.parameters.map((v) => (v === MARKER ? digest : v));
    const { rows } = await pool.query({ name: 'principal', text: query.sql, values });
    // The row as it comes: no presenting, no schema, no hooks.
    return rows[0] ?? reply.code(401).send({ error: 'unauthenticated' });
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

interface Row extends LoadResult {
  name: string;
  connections: number;
  cpuMicros: number;
  /** The machine's load average before the run (other work on a shared machine). */
  load: number;
}

function printTable(rows: Row[]): void {
  // Little's law: each connection waits for its response, so mean latency ≈ connections / throughput.
  const header = ['', 'conns', 'load avg', 'req/s', 'mean ms', 'conns/(req/s) ms', 'p50 ms', 'p99 ms', 'errors', 'non-2xx', 'server CPU µs/req'];
  const lines = rows.map((r) => [
    r.name, String(r.connections), fmt(r.load, 1), fmt(r.requestsPerSecond), fmt(r.mean ?? NaN, 1), fmt((1000 * r.connections) / r.requestsPerSecond, 1),
    fmt(r.p50, 1), fmt(r.p99, 1), String(r.errors), String(r.non2xx), fmt(r.cpuMicros),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  for (const line of [header, ...lines]) console.log(line.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('   '));
}

export async function main(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      // The first count is the headline (the targets); the others show latency at lower concurrency.
      connections: { type: 'string', default: '50,10' },
      seconds: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '3' },
      // Portico logs every request at info; the bench measures the request path, so 'warn' by
      // default ('info' shows what request logging adds).
      'log-level': { type: 'string', default: 'warn' },
      // Load one side only, e.g. under node --cpu-prof to see where Portico's time goes.
      only: { type: 'string' },
    },
  });
  const connectionCounts = values.connections.split(',').map(Number);
  const seconds = Number(values.seconds);
  const warmup = Number(values.warmup);
  if (![...connectionCounts, seconds].every((n) => Number.isInteger(n) && n > 0) || !(warmup >= 0)) {
    throw new Error('--connections (a comma-separated list) and --seconds must be positive integers');
  }
  if (values.only && !['baseline', 'portico', 'uncached'].includes(values.only.toLowerCase())) throw new Error('--only takes baseline, portico or uncached');

  // Ctrl-C or SIGTERM: stop the load and still drop the database.
  const abort = new AbortController();
  const stop = () => abort.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  const database = await createBenchDatabase();
  const closers: (() => Promise<void>)[] = [];
  try {
    // Role api, as an API replica runs in production (no job workers polling beside the requests),
    // built and started as npm start does (NODE_ENV=production), in its own process.
    const portico = await startBuiltPortico({
      DATABASE_URL: database.url, PORTICO_DEMO: 'false', PORTICO_ADMIN_EMAIL: ADMIN.email, PORTICO_ADMIN_PASSWORD: ADMIN.password, LOG_LEVEL: values['log-level'],
    }, 'api', abort.signal);
    closers.push(() => portico.close());
    const porticoUrl = portico.url!;
    // The same server with its API-key cache off: what the request costs when every request looks
    // its key up, as the baseline does (the like-for-like row; the targets apply to the default).
    const uncached = values.only && values.only.toLowerCase() !== 'uncached' ? null : await startBuiltPortico({
      DATABASE_URL: database.url, PORTICO_DEMO: 'false', PORTICO_API_KEY_CACHE_SECONDS: '0', LOG_LEVEL: values['log-level'],
    }, 'api', abort.signal);
    if (uncached) closers.push(() => uncached.close());

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

    // CPU seconds of the loaded server so far: the baseline runs in this process, Portico in its own.
    const serverSeconds: Record<string, () => number> = {
      baseline: thisProcessSeconds, Portico: () => processSeconds(portico.pid), uncached: () => processSeconds(uncached!.pid),
    };
    const all: [string, string][] = [['baseline', `${baseline.url}/v1/me`], ['Portico', `${porticoUrl}/v1/me`], ...(uncached ? [['uncached', `${uncached.url}/v1/me`] as [string, string]] : [])];
    const targets = all.filter(([name]) => !values.only || name.toLowerCase() === values.only.toLowerCase());
    for (const [name, url] of targets) {
      const body = JSON.stringify(await json(url, { headers, expect: 200 }));
      console.log(`${name.padEnd(8)} GET /v1/me → 200, ${body.length} bytes of JSON`);
    }

    console.log(`\nGET /v1/me with an API key, ${connectionCounts.join(' and ')} connections, ${seconds} s each ` +
      `after ${warmup} s warm-up, ${cpus().length} CPU cores (load average ${fmt(loadavg()[0], 2)} before), Portico built, NODE_ENV=production, ` +
      `log level ${values['log-level']}, its own process; the baseline in this process\n`);
    const results: Row[] = [];
    for (const connections of connectionCounts) {
      for (const [name, url] of targets) {
        const load = { url, connections, headers, signal: abort.signal };
        if (warmup > 0) await runLoad({ ...load, seconds: warmup });
        // Only one server is loaded at a time: its CPU per request varies much less with the machine's other load than req/s.
        const before = loadavg()[0];
        const cpu = serverSeconds[name]();
        const result = await runLoad({ ...load, seconds });
        results.push({ name, connections, ...result, cpuMicros: ((serverSeconds[name]() - cpu) * 1e6) / result.total, load: before });
      }
    }

    printTable(results);
    const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
    if (targets.length >= 2 && targets[0][0] === 'baseline' && targets[1][0] === 'Portico') {
      const [base, ours] = results;
      const ratio = ours.requestsPerSecond / base.requestsPerSecond;
      console.log(`\nAt ${ours.connections} connections (the headline):`);
      console.log(`Portico/baseline throughput: ${fmt(ratio, 2)}   target ≥ 0.50: ${verdict(ratio >= 0.5)}`);
      console.log(`Portico p99: ${fmt(ours.p99, 1)} ms   target ≤ 20 ms: ${verdict(ours.p99 <= 20)}   (baseline p99: ${fmt(base.p99, 1)} ms)`);
      // The steadier figure on a shared machine: how much more work a request is in Portico.
      console.log(`Portico/baseline server CPU per request: ${fmt(ours.cpuMicros / base.cpuMicros, 2)}×`);
    }
    const failed = results.some((r) => r.errors > 0 || r.non2xx > 0);
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
