import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.ts';
import { startPortico, type Portico } from '../src/runtime.ts';
import { createBenchDatabase } from './lib/database.ts';
import { json, postJson } from './lib/client.ts';
import { runRotatingLoad, type RotatingLoadResult } from './lib/cannon.ts';
import { postgresSeconds, postgresTicks, processSeconds, thisProcessSeconds } from './lib/cpu.ts';
import { startBuiltPortico } from './lib/built-portico.ts';
import { seedMarketplace, type Seeded } from './lib/marketplace-seed.ts';
import { startInsertBaseline, startSearchBaseline } from './lib/marketplace-baseline.ts';
import { explainSearch } from './lib/search-explain.ts';
import { fmt, interruptible, percentile, printTable, verdict } from './lib/report.ts';

export const description = 'Marketplace with 10,000 providers: prefix search, ordering with a service key, order → LIVE; Portico vs bare Fastify + pg';

export const usage = `npm run bench -- marketplace [--providers 10000] [--ports 50000] [--customer-ports 1000]
       [--connections 50] [--order-connections 10] [--seconds 10] [--warmup 3]
       [--live-orders 200] [--live-rate 20] [--log-level warn] [--only search,order,live] [--explain]

Creates a database portico_bench_<random> on the local PostgreSQL (BENCH_PG_URL, default
postgres://postgres@127.0.0.1:5432/postgres), builds Portico and starts it as npm start does
(node dist/src/main.js start --role api, NODE_ENV=production, NETWORK_SIM_DELAY_MS=0) in a child
process, bulk-loads <providers> providers with profiles and search terms and <ports> ports across
224 data centres, plus one customer with <customer-ports> LIVE ports, then measures with autocannon
(child process) on 127.0.0.1, and drops the database:

  search  GET /v1/marketplace/providers?q=<2–3 letters>&nearPortId=…, rotating over every prefix of
          a provider word, at --connections; beside a bare Fastify + pg app running the same repo
          statement. Also at 1 connection (p99 reported). Checks that the statement's generic plan
          has no sequential scan (--explain prints the plans). Targets: server + PostgreSQL CPU per
          search ≤ 1.0 ms; throughput ≥ 0.9 × the baseline's.
  live    --live-orders orders at --live-rate per second with a pre-approved multi-use service key,
          a built worker (role worker, its own process) running the simulated controller; order sent → live_at in the
          database. Target: p99 ≤ 1 s.
  order   POST /v1/connections rotating over the customer's ports (VLANs spread), at
          --order-connections: a bare insert of a comparable row, Portico without a key (awaits
          approval) and with a pre-approved multi-use key. Targets: ≥ 500 orders/s, p99 ≤ 50 ms.`;

const ADMIN = { email: 'bench-admin@portico.localhost', password: 'bench-password-1234' };
const SECTIONS = ['search', 'live', 'order'] as const;

type Row = [string, RotatingLoadResult & { cpuMicros: number; pgMicros: number; load: number }];

/** CPU seconds the loaded server has used so far: the baselines run in this process, Portico in its child. */
type ServerSeconds = () => number;

/** One measured load: warm-up, then the run, with the server's and PostgreSQL's CPU per request and the load average before. */
async function measure(name: string, load: Parameters<typeof runRotatingLoad>[0], warmup: number, database: string, server: ServerSeconds): Promise<Row> {
  if (warmup > 0) await runRotatingLoad({ ...load, seconds: warmup });
  const before = loadavg()[0];
  const cpu0 = server();
  const pg0 = postgresTicks(database);
  const result = await runRotatingLoad(load);
  const cpuSeconds = server() - cpu0;
  const pgSeconds = postgresSeconds(pg0, postgresTicks(database));
  const total = Math.max(result.total, 1);
  return [name, { ...result, cpuMicros: (cpuSeconds * 1e6) / total, pgMicros: (pgSeconds * 1e6) / total, load: before }];
}

function printRows(rows: Row[]): void {
  printTable(
    ['', 'load avg', 'req/s', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms', 'errors', 'non-2xx', 'server CPU µs/req', 'PG backends CPU µs/req', 'both µs/req'],
    rows.map(([name, r]) => [
      name, fmt(r.load, 1), fmt(r.requestsPerSecond), fmt(r.p50), fmt(r.p90), fmt(r.p99), fmt(r.max), String(r.errors),
      r.non2xx ? `${r.non2xx} (${Object.entries(r.statuses).map(([s, n]) => `${s}×${n}`).join(' ')})` : '0', fmt(r.cpuMicros), fmt(r.pgMicros), fmt(r.cpuMicros + r.pgMicros),
    ]),
  );
}

function shuffle<T>(list: T[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

interface Ctx {
  /** Portico in this process, not loaded: the bench's handle on the database and the event relay. */
  api: Portico;
  /** The built Portico under load (its own process). */
  url: string;
  server: ServerSeconds;
  /** The bench database's name (PostgreSQL CPU counts its backends only). */
  database: string;
  seeded: Seeded;
  /** The customer's API key and the provider admin's session token. */
  customerKey: string;
  providerToken: string;
  /** Pre-approved multi-use keys, one per provider key port. */
  serviceKeys: string[];
  opts: { connections: number; orderConnections: number; seconds: number; warmup: number; liveOrders: number; liveRate: number; explain: boolean };
  signal: AbortSignal;
}

async function benchSearch(c: Ctx): Promise<{ rows: Row[]; ok: boolean }> {
  const near = c.seeded.customer.portIds[0];
  const paths = shuffle(c.seeded.prefixes).map((p) => `/v1/marketplace/providers?q=${encodeURIComponent(p)}&nearPortId=${near}`);
  const headers = { authorization: `Bearer ${c.customerKey}` };
  // What a page holds: providers and ports per answer, over a sample of prefixes.
  let providers = 0;
  let ports = 0;
  const sample = paths.slice(0, 100);
  for (const path of sample) {
    const page = await json(`${c.url}${path}`, { headers, expect: 200 });
    providers += page.items.length;
    ports += page.items.reduce((s: number, p: { ports: unknown[] }) => s + p.ports.length, 0);
  }
  console.log(`\n(a) search: ${fmt(paths.length)} prefixes of 2–3 letters, rotated; a page has ${fmt(providers / sample.length, 1)} providers with ` +
    `${fmt(ports / sample.length, 1)} public ports on average (limit 20), sorted by distance from one customer port`);
  // Indexed at this scale: the generic plan of the statement has no sequential scan, for a common
  // prefix, a rare one, two words and words run together (--explain prints the plans).
  const probes = [c.seeded.prefixes[0], c.seeded.prefixes[c.seeded.prefixes.length - 1], 'ne da', 'skora vexi'];
  const plans = await explainSearch(c.api.ctx.config.databaseUrl!, probes, near);
  if (c.opts.explain) for (const p of plans) console.log(`\nEXPLAIN q=${p.q} (generic plan):\n${p.plan}`);
  console.log(`Sequential scans of providers, terms, ports or companies in the search statement's generic plan (q=${probes.join(', q=')}): ${plans.filter((p) => p.seqScan).map((p) => p.q).join(', ') || 'none'}`);
  const baseline = await startSearchBaseline(c.api.ctx.config.databaseUrl!);
  const load = (url: string, connections: number, seconds: number) => ({ url, method: 'GET' as const, paths, headers, connections, seconds, signal: c.signal });
  let rows: Row[];
  try {
    rows = [
      await measure(`baseline (same statement, ${c.opts.connections} conn.)`, load(baseline.url, c.opts.connections, c.opts.seconds), c.opts.warmup, c.database, thisProcessSeconds),
      await measure(`Portico (${c.opts.connections} connections)`, load(c.url, c.opts.connections, c.opts.seconds), c.opts.warmup, c.database, c.server),
      await measure('baseline (1 connection)', load(baseline.url, 1, Math.ceil(c.opts.seconds / 2)), 1, c.database, thisProcessSeconds),
      await measure('Portico (1 connection)', load(c.url, 1, Math.ceil(c.opts.seconds / 2)), 1, c.database, c.server),
    ];
  } finally {
    await baseline.close();
  }
  printRows(rows);
  const [base, ours, , single] = rows.map(([, r]) => r);
  const ratio = ours.requestsPerSecond / base.requestsPerSecond;
  const cost = (ours.cpuMicros + ours.pgMicros) / 1000;
  console.log(`Portico search CPU at ${c.opts.connections} connections: ${fmt(cost, 2)} ms (server ${fmt(ours.cpuMicros)} µs + PostgreSQL ${fmt(ours.pgMicros)} µs; ` +
    `baseline ${fmt((base.cpuMicros + base.pgMicros) / 1000, 2)} ms)   target ≤ 1.0 ms: ${verdict(cost <= 1)}`);
  console.log(`Portico/baseline throughput at ${c.opts.connections} connections: ${fmt(ratio, 2)}   target ≥ 0.90: ${verdict(ratio >= 0.9)}`);
  console.log(`Portico search p99 at 1 connection: ${fmt(single.p99)} ms (baseline ${fmt(rows[2][1].p99)} ms); at ${c.opts.connections} connections ${fmt(ours.p99)} ms ` +
    '(no target: see docs/performance.md, Little\'s law)');
  return { rows, ok: rows.every(([, r]) => r.errors === 0 && r.non2xx === 0) };
}

async function benchLive(c: Ctx, env: Record<string, string>): Promise<boolean> {
  const worker = await startBuiltPortico(env, 'worker', c.signal);
  try {
    return await runLive(c);
  } finally {
    await worker.close();
  }
}

async function runLive(c: Ctx): Promise<boolean> {
  const ports = c.seeded.customer.portIds;
  const sent: number[] = [];
  const answered: number[] = [];
  const ids: string[] = [];
  let failed = 0;
  const start = performance.now();
  const startedAt = Date.now();
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < c.opts.liveOrders; i++) {
    const due = (i / c.opts.liveRate) * 1000 - (performance.now() - start);
    if (due > 0) await new Promise((r) => setTimeout(r, due));
    if (c.signal.aborted) throw c.signal.reason;
    inFlight.push((async () => {
      const t0 = Date.now();
      try {
        const order = await postJson(`${c.url}/v1/connections`, {
          name: `live ${i}`, rateLimitMbps: 100, aEnd: { portId: ports[(ports.length - 1 - i) % ports.length] }, serviceKey: c.serviceKeys[i % c.serviceKeys.length],
        }, { token: c.customerKey, expect: 201 });
        sent[i] = t0;
        answered[i] = Date.now() - t0;
        ids[i] = order.id;
      } catch (error) {
        failed++;
        console.error((error as Error).message);
      }
    })());
  }
  await Promise.all(inFlight);
  const liveAt = new Map<string, number>();
  const steps: { configure: number; live: number }[] = [];
  const deadline = Date.now() + 30_000;
  while (liveAt.size < ids.filter(Boolean).length && Date.now() < deadline) {
    const { rows } = await c.api.ctx.db.query('SELECT id, requested_at, configured_at, live_at FROM connections WHERE id = ANY($1) AND live_at IS NOT NULL', [ids.filter(Boolean)]);
    for (const row of rows) {
      if (!liveAt.has(row.id)) steps.push({ configure: row.configured_at - row.requested_at, live: row.live_at - row.configured_at });
      liveAt.set(row.id, (row.live_at as Date).getTime());
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  const latencies = ids.flatMap((id, i) => (id && liveAt.has(id) ? [liveAt.get(id)! - sent[i]] : [])).sort((a, b) => a - b);
  const posts = answered.filter((v) => v !== undefined).sort((a, b) => a - b);
  const notLive = ids.filter(Boolean).length - latencies.length;
  console.log(`\n(c) order → LIVE: ${fmt(c.opts.liveOrders)} orders at ${fmt(c.opts.liveRate)}/s with a pre-approved multi-use key, ` +
    `NETWORK_SIM_DELAY_MS=0, one built worker process, load average ${fmt(loadavg()[0], 1)} after, over ${fmt((Date.now() - startedAt) / 1000, 1)} s`);
  printTable(['', 'n', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms'], [
    ['POST /v1/connections answered', String(posts.length), ...[50, 90, 99, 100].map((p) => fmt(percentile(posts, p)))],
    ['order sent → LIVE (live_at)', String(latencies.length), ...[50, 90, 99, 100].map((p) => fmt(percentile(latencies, p)))],
    ...(['configure', 'live'] as const).map((k) => {
      const sorted = steps.map((x) => x[k]).sort((a, b) => a - b);
      return [k === 'configure' ? '  of which: inserted → CONFIGURED' : '            CONFIGURED → LIVE', String(sorted.length), ...[50, 90, 99, 100].map((p) => fmt(percentile(sorted, p)))];
    }),
  ]);
  // Where the worker's time went: every job the orders caused, by queue (wait = created → started).
  const { rows: jobs } = await c.api.ctx.db.query(
    `SELECT name, count(*)::int AS n, avg(extract(epoch FROM started_on - created_on)) * 1000 AS wait_ms,
            percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM started_on - created_on)) * 1000 AS wait_p99_ms,
            avg(extract(epoch FROM completed_on - started_on)) * 1000 AS run_ms
     FROM pgboss.job WHERE created_on >= to_timestamp($1 / 1000.0) GROUP BY name ORDER BY count(*) DESC`,
    [startedAt],
  );
  console.log(`jobs: ${jobs.map((j) => `${j.name} ${j.n} (wait ${fmt(Number(j.wait_ms))} ms, p99 ${fmt(Number(j.wait_p99_ms))}; run ${fmt(Number(j.run_ms))} ms)`).join(', ')}`);
  const p99 = percentile(latencies, 99);
  console.log(`order → LIVE p99: ${fmt(p99)} ms   target ≤ 1,000 ms: ${verdict(notLive === 0 && p99 <= 1000)}` +
    (notLive || failed ? `   (${notLive} not LIVE within 30 s, ${failed} orders failed)` : ''));
  return notLive === 0 && failed === 0;
}

async function benchOrder(c: Ctx): Promise<{ rows: Row[]; ok: boolean }> {
  const { customer, provider } = c.seeded;
  const headers = { authorization: `Bearer ${c.customerKey}`, 'content-type': 'application/json' };
  const body = (port: string, end: object) => JSON.stringify({ name: 'bench order {n}', rateLimitMbps: 100, aEnd: { portId: port }, ...end });
  const customerUser = (await c.api.ctx.db.query('SELECT id FROM users WHERE email = $1', [customer.email])).rows[0].id;
  const keyId = (await c.api.ctx.db.query('SELECT id FROM service_keys WHERE key = $1', [c.serviceKeys[0]])).rows[0].id;
  const baseline = await startInsertBaseline(c.api.ctx.config.databaseUrl!, {
    companyId: customer.companyId, providerCompanyId: provider.companyId, bPortId: provider.keyPortIds[0], userId: customerUser, serviceKeyId: keyId,
  });
  const load = (url: string, bodies: string[]) => ({
    url, method: 'POST' as const, paths: ['/v1/connections'], bodies, headers, connections: c.opts.orderConnections, seconds: c.opts.seconds, signal: c.signal,
  });
  console.log(`\n(b) POST /v1/connections, ${c.opts.orderConnections} connections, rotating over ${fmt(customer.portIds.length)} customer ports (A-end VLAN: lowest free)`);
  const before = Number((await c.api.ctx.db.query('SELECT count(*) AS n FROM connections')).rows[0].n);
  // Orders write their events as rows; in production a worker's relay turns them into jobs. Run that
  // relay here (not the jobs themselves), so an order's PostgreSQL cost includes creating its jobs
  // (its Node.js cost is this process's, not the server's).
  let relaying = true;
  const relay = (async () => {
    while (relaying) if ((await c.api.ctx.jobs.relayOnce()) < 500) await new Promise((r) => setTimeout(r, 100));
  })();
  let rows: Row[];
  try {
    rows = [
      await measure('baseline: bare INSERT of the row', load(baseline.url, customer.portIds.map((p) => body(p, {}))), c.opts.warmup, c.database, thisProcessSeconds),
      await measure('Portico: order to a public port (awaits approval)', load(c.url, customer.portIds.map((p) => body(p, { bEnd: { portId: provider.publicPortId } }))), c.opts.warmup, c.database, c.server),
      await measure('Portico: order with a pre-approved key', load(c.url, customer.portIds.map((p, i) => body(p, { serviceKey: c.serviceKeys[i % c.serviceKeys.length] }))), c.opts.warmup, c.database, c.server),
    ];
  } finally {
    relaying = false;
    await relay;
    await baseline.close();
  }
  printRows(rows);
  const { rows: [stats] } = await c.api.ctx.db.query(
    `SELECT count(*) AS n, count(DISTINCT (a_port_id, a_vlan)) FILTER (WHERE state NOT IN ('DENIED', 'CANCELLED', 'DECOMMISSIONED')) AS vlans,
            count(*) FILTER (WHERE state NOT IN ('DENIED', 'CANCELLED', 'DECOMMISSIONED')) AS open, max(a_vlan) FILTER (WHERE a_vlan < 3000) AS top FROM connections`,
  );
  console.log(`${fmt(Number(stats.n) - before)} connections ordered; ${fmt(Number(stats.open))} open with ${fmt(Number(stats.vlans))} distinct (port, VLAN) pairs; ` +
    `highest Portico VLAN ${stats.top}`);
  const [base, , keyed] = rows.map(([, r]) => r);
  console.log(`Portico (key)/baseline orders/s: ${fmt(keyed.requestsPerSecond / base.requestsPerSecond, 2)}; server CPU per order ${fmt(keyed.cpuMicros / base.cpuMicros, 1)}×, ` +
    `PostgreSQL CPU per order ${fmt(keyed.pgMicros / base.pgMicros, 1)}×`);
  console.log(`Portico orders/s with a key: ${fmt(keyed.requestsPerSecond)}   target ≥ 500: ${verdict(keyed.requestsPerSecond >= 500)}`);
  console.log(`Portico order p99 with a key: ${fmt(keyed.p99)} ms   target ≤ 50 ms: ${verdict(keyed.p99 <= 50)}`);
  return { rows, ok: rows.every(([, r]) => r.errors === 0 && r.non2xx === 0) };
}

export async function main(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      providers: { type: 'string', default: '10000' },
      ports: { type: 'string', default: '50000' },
      'customer-ports': { type: 'string', default: '1000' },
      connections: { type: 'string', default: '50' },
      'order-connections': { type: 'string', default: '10' },
      seconds: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '3' },
      'live-orders': { type: 'string', default: '200' },
      'live-rate': { type: 'string', default: '20' },
      'log-level': { type: 'string', default: 'warn' },
      only: { type: 'string', default: SECTIONS.join(',') },
      explain: { type: 'boolean', default: false },
    },
  });
  const n = (name: keyof typeof values) => Number(values[name]);
  const positive = ['providers', 'ports', 'customer-ports', 'connections', 'order-connections', 'seconds', 'live-orders', 'live-rate'] as const;
  for (const name of positive) if (!(Number.isInteger(n(name)) && n(name) > 0)) throw new Error(`--${name} must be a positive integer`);
  if (!(n('warmup') >= 0)) throw new Error('--warmup must be ≥ 0');
  const only = new Set(String(values.only).split(','));
  for (const s of only) if (!(SECTIONS as readonly string[]).includes(s)) throw new Error(`--only takes ${SECTIONS.join(',')}`);
  const providers = n('providers');
  const portsPerProvider = Math.max(1, Math.round(n('ports') / providers));

  const { signal, release } = interruptible();
  const database = await createBenchDatabase();
  const closers: (() => Promise<void>)[] = [];
  let ok = true;
  try {
    const env = {
      DATABASE_URL: database.url, PORTICO_DEMO: 'false', PORTICO_ADMIN_EMAIL: ADMIN.email, PORTICO_ADMIN_PASSWORD: ADMIN.password,
      LOG_LEVEL: values['log-level'], NETWORK_SIM_DELAY_MS: '0',
    };
    // Role api, as an API replica runs in production, built and started as npm start does; the live
    // section adds a worker. It migrates the database before the helper below opens it.
    const server = await startBuiltPortico(env, 'api', signal);
    closers.push(() => server.close());
    const url = server.url!;
    const api = await startPortico(loadConfig({ ...env, HOST: '127.0.0.1' }), { role: 'api' });
    closers.unshift(() => api.close());
    const t0 = performance.now();
    const seeded = await seedMarketplace((text, v) => api.ctx.db.query(text, v), {
      providers, portsPerProvider, customerPorts: n('customer-ports'), progress: Boolean(process.stdout.isTTY),
    });
    console.log(`Loaded ${fmt(providers)} providers with ${fmt(providers * portsPerProvider)} ports, ${fmt(seeded.prefixes.length)} search prefixes, ` +
      `and a customer with ${fmt(n('customer-ports'))} ports: ${fmt(seeded.rows)} rows in ${fmt((performance.now() - t0) / 1000, 1)} s`);

    // The customer orders with an API key, as an integration would; the provider issues a pre-approved key.
    const customerLogin = await postJson(`${url}/v1/auth/login`, { email: seeded.customer.email, password: seeded.customer.password }, { expect: 200 });
    const apiKey = await postJson(`${url}/v1/api-keys`, { name: 'bench' }, { token: customerLogin.token, expect: 201 });
    const providerLogin = await postJson(`${url}/v1/auth/login`, { email: seeded.provider.email, password: seeded.provider.password }, { expect: 200 });
    const serviceKeys: string[] = [];
    for (const portId of seeded.provider.keyPortIds) {
      const created = await postJson(`${url}/v1/service-keys`, {
        portId, singleUse: false, maxSpeedMbps: 10000, active: true, preApproved: true, description: 'bench',
      }, { token: providerLogin.token, expect: 201 });
      serviceKeys.push(created.key);
    }

    console.log(`${cpus().length} CPU cores, load average ${fmt(loadavg()[0], 2)} before; Portico built, NODE_ENV=production, log level ${values['log-level']}, ` +
      `its own process (pid ${server.pid}); baselines in this process; autocannon in a child process; latencies in whole ms (autocannon)`);
    const c: Ctx = {
      api, url, server: () => processSeconds(server.pid), database: database.name, seeded, customerKey: apiKey.key, providerToken: providerLogin.token, serviceKeys, signal,
      opts: {
        connections: n('connections'), orderConnections: n('order-connections'), seconds: n('seconds'), warmup: n('warmup'),
        liveOrders: n('live-orders'), liveRate: n('live-rate'), explain: Boolean(values.explain),
      },
    };
    if (only.has('search')) ok = (await benchSearch(c)).ok && ok;
    if (only.has('live')) ok = (await benchLive(c, env)) && ok;
    if (only.has('order')) ok = (await benchOrder(c)).ok && ok;
    if (!ok) console.log('\nSome requests failed: the figures above are not valid.');
    return ok ? 0 : 1;
  } finally {
    // Requests autocannon left in flight finish before Portico closes (else they fail on a closed job queue).
    await new Promise((r) => setTimeout(r, 500));
    for (const close of closers) await close().catch((error) => console.error('close failed:', error));
    await database.drop();
    release();
  }
}
