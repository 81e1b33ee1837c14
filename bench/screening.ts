import './lib/production.ts';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { readListSource } from '../src/modules/compliance/lists.source.ts';
import type { ListEntry } from '../src/modules/compliance/lists.parse.ts';
import { CSL, readLabelledSet, type LabelledItem } from './screening/generate-labelled-set.ts';
import { benchAccuracy, evenSample } from './lib/screening-accuracy.ts';
import { exactScreener, fuseScreener, indexEntries, porticoScreener, type Screener } from './lib/screening-matchers.ts';
import { buildPortico, startBuiltPortico } from './lib/built-portico.ts';
import { builtSnapshot } from './lib/snapshot.ts';
import { createBenchDatabase } from './lib/database.ts';
import { postJson } from './lib/client.ts';
import { runRotatingLoad, type RotatingLoadResult } from './lib/cannon.ts';
import { postgresSeconds, postgresTicks, processSeconds } from './lib/cpu.ts';
import { fmt, interruptible, percentile, printTable, verdict } from './lib/report.ts';

export const description = 'Screening names against the full 2022 CSL: accuracy on a labelled set, in-process speed, import, HTTP; Portico vs exact match and fuse.js';

export const usage = `npm run bench -- screening [--only accuracy,speed,import,http] [--show-misses] [--misses-per-kind 15]
       [--fuse-sample 600] [--passes 3] [--fuse-queries 60] [--connections 10] [--seconds 10] [--warmup 3]
       [--tree head|work] [--log-level warn]

Reads data/screening/csl/consolidated-2022-05.csv.gz (14,159 entries, ~34k names and aliases) and
the labelled set bench/screening/labelled-set.json (made by bench/screening/generate-labelled-set.ts,
seeded; bench/screening/README.md describes its kinds):

  accuracy  every labelled query through Portico's screener (flagged: a match ≥ the review threshold,
            0.85), the exact-normalised baseline (normalised words equal a listed name's) and fuse.js
            (on --fuse-sample items, evenly spaced: a linear scan, ~0.3 s a query). Recall, false-
            positive rate, Portico by kind. Target: recall ≥ 0.97 at FPR ≤ 2 %. --show-misses prints
            Portico's misclassified queries by kind (--misses-per-kind of each).
  speed     builds the index from the full list (timed), then screens every labelled query: one
            warm-up pass, --passes measured passes, in this process (one core): p50/p99, screenings/s,
            CPU per screening; beside it the exact Map lookup and fuse.js (--fuse-queries queries).
            Targets: p99 ≤ 5 ms, ≥ 1,000 screenings/s.
  import    a database portico_bench_<random> on the local PostgreSQL (BENCH_PG_URL, default
            postgres://postgres@127.0.0.1:5432/postgres), migrated, then the built CLI as npm run
            portico runs it: portico screening import <the CSL>; wall time. Target ≤ 15 s. Dropped after.
  http      Portico built and started as npm start does (role api, its own process), the list imported
            with the CLI, an operator admin's API key; POST /v1/compliance/screen rotating over the
            labelled queries with autocannon (child process) at 1 and --connections connections:
            p50/p99, screenings/s, server and PostgreSQL CPU per request; the baseline: GET /v1/me on
            the same server with the same key (what a request costs that screens nothing). Skipped
            (said so) when the built server has no such route.

import and http run the last commit's Portico (--tree head: git archive HEAD built in a directory of
its own under the system's temporary directory, so uncommitted work in this tree cannot break or
change them), or this tree built as it is (--tree work).`;

const SECTIONS = ['accuracy', 'speed', 'import', 'http'] as const;
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ADMIN = { email: 'bench-admin@portico.localhost', password: 'bench-password-1234' };
const TARGET_P99_MS = 5;
const TARGET_RATE = 1000;
const TARGET_IMPORT_S = 15;

interface Timed {
  latencies: number[];
  wallMs: number;
  cpuMs: number;
}

/** Screens `queries` `passes` times (after `warmup` passes): each call's latency, the wall time and this process's CPU. */
function timePasses(screener: Screener, queries: LabelledItem[], passes: number, warmup: number): Timed {
  for (let p = 0; p < warmup; p++) for (const q of queries) screener.screen(q);
  const latencies: number[] = [];
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let p = 0; p < passes; p++) {
    for (const q of queries) {
      const s = performance.now();
      screener.screen(q);
      latencies.push(performance.now() - s);
    }
  }
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { latencies: latencies.sort((a, b) => a - b), wallMs, cpuMs: (cpu.user + cpu.system) / 1000 };
}

function speedRow(name: string, t: Timed, digits: number): string[] {
  const n = t.latencies.length;
  return [
    name, fmt(n), fmt(percentile(t.latencies, 50), digits), fmt(percentile(t.latencies, 99), digits), fmt(t.latencies[n - 1]!, digits),
    fmt((n * 1000) / t.wallMs), fmt(t.cpuMs / n, digits),
  ];
}

function benchSpeed(entries: ListEntry[], items: LabelledItem[], opts: { passes: number; fuseQueries: number }): boolean {
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const index = indexEntries(entries);
  const buildMs = performance.now() - t0;
  const heapMb = (process.memoryUsage().heapUsed - heap0) / 2 ** 20;
  const t1 = performance.now();
  const exact = exactScreener(entries);
  const exactMs = performance.now() - t1;
  console.log(`\n(b) speed in this process (one thread): index of ${fmt(index.stats.entries)} entries, ${fmt(index.stats.names)} names, ` +
    `${fmt(index.stats.vocabulary)} distinct words built in ${fmt(buildMs)} ms (heap +${fmt(heapMb)} MB before GC); exact Map in ${fmt(exactMs)} ms`);
  const portico = timePasses(porticoScreener(index), items, opts.passes, 1);
  const base = timePasses(exact, items, opts.passes, 1);
  const fuseItems = evenSample(items, opts.fuseQueries);
  const t2 = performance.now();
  const fuse = fuseScreener(entries, 0.4, 0.4);
  const fuseBuildMs = performance.now() - t2;
  const fuseTimed = opts.fuseQueries > 0 ? timePasses(fuse, fuseItems, 1, 0) : null;
  console.log(`${fmt(items.length)} labelled queries × ${opts.passes} passes after a warm-up pass; fuse.js (built in ${fmt(fuseBuildMs)} ms, search threshold 0.4, ` +
    `ignoreLocation) ${fmt(fuseItems.length)} of them once; load average ${fmt(loadavg()[0], 2)}, ${cpus().length} cores`);
  printTable(['', 'screenings', 'p50 ms', 'p99 ms', 'max ms', 'screenings/s', 'CPU ms/screening'], [
    speedRow('Portico screenName', portico, 3),
    speedRow('baseline: exact normalised Map lookup', base, 4),
    ...(fuseTimed ? [speedRow('baseline: fuse.js', fuseTimed, 1)] : []),
  ]);
  const p99 = percentile(portico.latencies, 99);
  const rate = (portico.latencies.length * 1000) / portico.wallMs;
  console.log(`Portico p99 ${fmt(p99, 2)} ms   target ≤ ${TARGET_P99_MS} ms: ${verdict(p99 <= TARGET_P99_MS)}; ` +
    `${fmt(rate)} screenings/s on one core   target ≥ ${fmt(TARGET_RATE)}: ${verdict(rate >= TARGET_RATE)}`);
  return true;
}

/** The built Portico the import and http sections run: the last commit's (a directory of its own) or this tree's. */
async function builtTree(tree: string): Promise<string> {
  if (tree === 'work') {
    await buildPortico();
    return ROOT;
  }
  const { root, commit } = await builtSnapshot();
  console.log(`(Portico as of commit ${commit}, built in ${root})`);
  return root;
}

/** `portico screening import <file>` with the built CLI, as `npm run portico` runs it. */
async function cliImport(root: string, databaseUrl: string, logLevel: string, signal: AbortSignal): Promise<{ wallMs: number; stdout: string }> {
  const t0 = performance.now();
  const { stdout } = await promisify(execFile)(process.execPath, ['dist/src/main.js', 'screening', 'import', CSL], {
    cwd: root, signal, timeout: 300_000, env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: databaseUrl, LOG_LEVEL: logLevel },
  });
  return { wallMs: performance.now() - t0, stdout };
}

/** Migrates a fresh database as `portico start` would (the built code, in a child). */
async function migrateWithCli(root: string, databaseUrl: string, signal: AbortSignal): Promise<number> {
  const t0 = performance.now();
  // The built openDatabase + migrate, as `portico start` runs them first.
  const script = "import('./dist/src/platform/db/db.js').then(async ({ openDatabase }) => { const { migrate } = await import('./dist/src/platform/db/migrate.js'); " +
    "const db = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: 'memory://' }); await migrate(db); await db.close(); })";
  await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { cwd: root, signal, env: { ...process.env, DATABASE_URL: databaseUrl } });
  return performance.now() - t0;
}

async function countEntries(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return Number((await client.query('SELECT count(*) AS n FROM screening_entries')).rows[0].n);
  } finally {
    await client.end();
  }
}

async function benchImport(root: string, logLevel: string, signal: AbortSignal): Promise<boolean> {
  const database = await createBenchDatabase();
  try {
    const migrateMs = await migrateWithCli(root, database.url, signal);
    // The CLI's backends exit with it: their ticks are read while it runs (every 50 ms; the last reading counts).
    const pg0 = postgresTicks(database.name);
    const seen = new Map(pg0);
    const sampler = setInterval(() => {
      for (const [pid, ticks] of postgresTicks(database.name)) seen.set(pid, ticks);
    }, 50);
    let imported: { wallMs: number; stdout: string };
    try {
      imported = await cliImport(root, database.url, logLevel, signal);
    } finally {
      clearInterval(sampler);
    }
    const { wallMs, stdout } = imported;
    const pgSeconds = postgresSeconds(pg0, seen);
    const n = await countEntries(database.url);
    const t0 = performance.now();
    await readListSource(CSL);
    const parseMs = performance.now() - t0;
    console.log(`\n(c) import: node dist/src/main.js screening import data/screening/csl/consolidated-2022-05.csv.gz into a fresh migrated database ` +
      `(migrations took ${fmt(migrateMs)} ms, not counted)`);
    console.log(`  the CLI said: ${stdout.split('\n').find((line) => line.startsWith('CSL')) ?? stdout.trim()}`);
    printTable(['', 'entries in the database', 'wall s', 'PostgreSQL backends CPU s', 'reading + parsing alone (this process) s'], [
      ['portico screening import', fmt(n), fmt(wallMs / 1000, 2), fmt(pgSeconds, 2), fmt(parseMs / 1000, 2)],
    ]);
    console.log(`Import wall time ${fmt(wallMs / 1000, 1)} s   target ≤ ${TARGET_IMPORT_S} s: ${verdict(wallMs / 1000 <= TARGET_IMPORT_S)}`);
    return n > 0;
  } finally {
    await database.drop();
  }
}

/** Whether the built server has the screening route (the bench measures only what exists). */
function hasScreenRoute(root: string): boolean {
  const file = `${root}/dist/src/modules/compliance/compliance.routes.js`;
  return existsSync(file) && readFileSync(file, 'utf8').includes('/v1/compliance/screen');
}

type Row = [string, RotatingLoadResult & { cpuMicros: number; pgMicros: number; load: number }];

async function benchHttp(
  root: string, items: LabelledItem[], opts: { connections: number; seconds: number; warmup: number; logLevel: string }, signal: AbortSignal,
): Promise<boolean> {
  if (!hasScreenRoute(root)) {
    console.log('\n(d) http: skipped: the built server has no POST /v1/compliance/screen yet');
    return true;
  }
  const database = await createBenchDatabase();
  let server: Awaited<ReturnType<typeof startBuiltPortico>> | null = null;
  try {
    const env = { DATABASE_URL: database.url, PORTICO_DEMO: 'false', PORTICO_ADMIN_EMAIL: ADMIN.email, PORTICO_ADMIN_PASSWORD: ADMIN.password, LOG_LEVEL: opts.logLevel };
    await migrateWithCli(root, database.url, signal);
    await cliImport(root, database.url, opts.logLevel, signal);
    server = await startBuiltPortico(env, 'api', signal, { root });
    const url = server.url!;
    const login = await postJson(`${url}/v1/auth/login`, ADMIN, { expect: 200 });
    const key = (await postJson(`${url}/v1/api-keys`, { name: 'bench' }, { token: login.token, expect: 201 })).key;
    const headers = { authorization: `Bearer ${key}`, 'content-type': 'application/json' };
    // The first screening may build the server's index: not part of what is measured.
    const t0 = performance.now();
    const first = await postJson(`${url}/v1/compliance/screen`, { name: 'MAHAN AIR' }, { token: key, expect: 200 });
    console.log(`\n(d) http: POST /v1/compliance/screen; first answer in ${fmt(performance.now() - t0)} ms with ${first.matches?.length ?? '?'} match(es) for "MAHAN AIR"`);
    // The server screens as the engine does in this process: the same matches for a sample of the queries.
    const index = indexEntries((await readListSource(CSL)).parsed.entries);
    const here = porticoScreener(index);
    let same = 0;
    const sample = evenSample(items, 100);
    for (const item of sample) {
      const answer = await postJson(`${url}/v1/compliance/screen`, { name: item.query, ...(item.country ? { country: item.country } : {}) }, { token: key, expect: 200 });
      const ours = here.matches(item).map((m) => `${m.listEntryId} ${m.score}`).join();
      if (answer.matches.map((m: { listEntryId: string; score: number }) => `${m.listEntryId} ${m.score}`).join() === ours) same++;
    }
    console.log(`Same matches (entries and scores) as screenName in this process for ${same} of ${sample.length} labelled queries`);
    const bodies = items.map((i) => JSON.stringify({ name: i.query, ...(i.country ? { country: i.country } : {}) }));
    const pid = server.pid;
    const screening = { method: 'POST' as const, paths: ['/v1/compliance/screen'], bodies, headers };
    // The baseline: the same server, key and connections answering an authenticated read that screens nothing.
    const me = { method: 'GET' as const, paths: ['/v1/me'], headers: { authorization: headers.authorization } };
    const measure = async (name: string, connections: number, request: typeof screening | typeof me = screening): Promise<Row> => {
      const load = { url, ...request, connections, seconds: opts.seconds, signal };
      if (opts.warmup > 0) await runRotatingLoad({ ...load, seconds: opts.warmup });
      const before = loadavg()[0];
      const cpu0 = processSeconds(pid);
      const pg0 = postgresTicks(database.name);
      const result = await runRotatingLoad(load);
      const total = Math.max(result.total, 1);
      return [name, { ...result, load: before, cpuMicros: ((processSeconds(pid) - cpu0) * 1e6) / total, pgMicros: (postgresSeconds(pg0, postgresTicks(database.name)) * 1e6) / total }];
    };
    const rows = [
      await measure('Portico (1 connection)', 1), await measure(`Portico (${opts.connections} connections)`, opts.connections),
      await measure(`baseline: GET /v1/me (${opts.connections} connections)`, opts.connections, me),
    ];
    console.log(`${fmt(bodies.length)} labelled queries rotated; Portico built, NODE_ENV=production, its own process; autocannon in a child; latencies in whole ms`);
    printTable(['', 'load avg', 'req/s', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms', 'errors', 'non-2xx', 'server CPU µs/req', 'PG backends CPU µs/req'], rows.map(([name, r]) => [
      name, fmt(r.load, 1), fmt(r.requestsPerSecond), fmt(r.p50), fmt(r.p90), fmt(r.p99), fmt(r.max), String(r.errors),
      r.non2xx ? `${r.non2xx} (${Object.entries(r.statuses).map(([s, n]) => `${s}×${n}`).join(' ')})` : '0', fmt(r.cpuMicros), fmt(r.pgMicros),
    ]));
    return rows.every(([, r]) => r.errors === 0 && r.non2xx === 0);
  } finally {
    await server?.close();
    await database.drop();
  }
}

export async function main(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      only: { type: 'string', default: SECTIONS.join(',') },
      'show-misses': { type: 'boolean', default: false },
      'misses-per-kind': { type: 'string', default: '15' },
      'fuse-sample': { type: 'string', default: '600' },
      'fuse-queries': { type: 'string', default: '60' },
      passes: { type: 'string', default: '3' },
      connections: { type: 'string', default: '10' },
      seconds: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '3' },
      'log-level': { type: 'string', default: 'warn' },
      tree: { type: 'string', default: 'head' },
    },
  });
  const n = (name: keyof typeof values) => Number(values[name]);
  for (const name of ['misses-per-kind', 'passes', 'connections', 'seconds'] as const) if (!(Number.isInteger(n(name)) && n(name) > 0)) throw new Error(`--${name} must be a positive integer`);
  for (const name of ['fuse-sample', 'fuse-queries', 'warmup'] as const) if (!(Number.isInteger(n(name)) && n(name) >= 0)) throw new Error(`--${name} must be an integer ≥ 0`);
  if (values.tree !== 'head' && values.tree !== 'work') throw new Error('--tree takes head or work');
  const only = new Set(String(values.only).split(','));
  for (const s of only) if (!(SECTIONS as readonly string[]).includes(s)) throw new Error(`--only takes ${SECTIONS.join(',')}`);

  const { signal, release } = interruptible();
  try {
    const t0 = performance.now();
    const entries = (await readListSource(CSL)).parsed.entries;
    const set = readLabelledSet();
    console.log(`CSL 2022-05: ${fmt(entries.length)} entries read in ${fmt(performance.now() - t0)} ms; labelled set: ${fmt(set.items.length)} items (seed ${set.seed})`);
    let ok = true;
    if (only.has('accuracy')) {
      const index = indexEntries(entries);
      ok = benchAccuracy(set.items, entries, porticoScreener(index), exactScreener(entries), {
        showMisses: Boolean(values['show-misses']), missesPerKind: n('misses-per-kind'), fuseSample: n('fuse-sample'),
      }) && ok;
    }
    if (only.has('speed')) ok = benchSpeed(entries, set.items, { passes: n('passes'), fuseQueries: n('fuse-queries') }) && ok;
    const root = only.has('import') || only.has('http') ? await builtTree(String(values.tree)) : ROOT;
    if (only.has('import')) ok = (await benchImport(root, String(values['log-level']), signal)) && ok;
    if (only.has('http')) {
      ok = (await benchHttp(root, set.items, { connections: n('connections'), seconds: n('seconds'), warmup: n('warmup'), logLevel: String(values['log-level']) }, signal)) && ok;
    }
    if (!ok) console.log('\nSome steps failed: the figures above are not valid.');
    return ok ? 0 : 1;
  } finally {
    release();
  }
}
