import './lib/production.ts';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { CSL } from './screening/generate-labelled-set.ts';
import { buildPortico, startBuiltPortico } from './lib/built-portico.ts';
import { importScreeningList, migrateWithBuiltCode } from './lib/built-cli.ts';
import { builtSnapshot } from './lib/snapshot.ts';
import { createBenchDatabase } from './lib/database.ts';
import { postJson } from './lib/client.ts';
import { clean, runCountedLoad, statusList, type CountedLoadResult } from './lib/counted-load.ts';
import { runInsertBaseline } from './lib/wholesale-baseline.ts';
import { startMailSink, type MailSink } from './lib/mail-sink.ts';
import { settle, waitForQuiet } from './lib/settle.ts';
import { samplerLines, startPgSampler } from './lib/pg-sampler.ts';
import { postgresSeconds, postgresTicks, processSeconds } from './lib/cpu.ts';
import { dbWork, dbWorkSince, processSyscalls, type DbWork } from './lib/db-work.ts';
import { fmt, interruptible, percentile, printTable } from './lib/report.ts';

export const description = 'Wholesale: 10,000 subscribers into 100 customers by 50 clients over the API, customers provisioned while screened; Portico vs bare pg inserts';

export const usage = `npm run bench -- wholesale [--subscribers 10000] [--customers 100] [--clients 50]
       [--low-clients 10] [--low-subscribers 2000] [--warmup 200] [--customer-clients 10]
       [--poll-ms 1000] [--sim-delay-ms 150] [--mail sink|none] [--tree head|work] [--log-level warn]
       [--sample-pg] [--quick]

Creates a database portico_bench_<random> on the local PostgreSQL (BENCH_PG_URL, default
postgres://postgres@127.0.0.1:5432/postgres), migrates it and imports the full 2022 CSL with the
built CLI (portico screening import, as the screening bench does), starts an SMTP sink (child
process) and Portico as npm start does (node dist/src/main.js start: role all, NODE_ENV=production,
WHOLESALE_SIM_DELAY_MS=<sim-delay-ms>, SMTP_URL the sink; its own process). Through the API: the
operator admin makes a partner with a company admin, who makes an API key and an onboarding
template. Then, all with that key:

  customers    <customers> POST /v1/wholesale/customers by <customer-clients> clients (one meetings
               package line each, quantity enough for its subscribers and the full admin; names of
               real companies, so screening works on them); each customer's GET polled every
               <poll-ms> ms after its 202 (only to see when it is done: the times are the server's
               own, so polling faster would add load, not precision; an integration would listen
               to the status webhooks). Reported: 202 → provisioned (provisionedAt) and → screened
               (compliance.checkedAt), p50/p99. Target: provisioned p99 ≤ 2 s.
  subscribers  <warmup> subscribers first (not measured), then <subscribers> POST /v1/wholesale/subscribers
               (package meetings) by <clients> concurrent clients, request i to customer i mod
               <customers> (a create locks its customer: clients spread over customers), then
               <low-subscribers> more by <low-clients> clients; jobs (welcome mails, fan-out) settle between.
               Reported: subscribers/s, p50/p99, server CPU per subscriber (the Portico process's CPU
               time over the run / subscribers; also with the jobs it caused (welcome mail, fan-out) run until settled),
               PostgreSQL CPU per subscriber.
  baseline     the same numbers of subscribers by the same numbers of clients inserted with plain pg
               into the same tables (a subscriber row and its open package period, one statement and
               transaction each, prepared; no lock, cap, audit or event).
               Targets: Portico subscribers/s ≥ 0.3 × the baseline's at <clients> clients; p99 ≤ 100 ms
               at <low-clients> clients.

Every status is counted; any answer other than the expected one (201, 202, 200 for the polls), a
request without an answer, a customer not provisioned, a failed job or a wrong row count is an error:
exit 1 (the figures are then not valid). Targets met or missed: exit 0.
--quick: --subscribers 1000 --customers 20 --clients 20 --low-subscribers 200 --warmup 100 (each
can still be given). --tree head (default) runs the last commit's Portico, built in a directory of
its own (bench/lib/snapshot.ts), so uncommitted work in this tree cannot break or change it; --tree
work builds this tree. --sample-pg samples pg_stat_activity every 5 ms during the run at <clients>
clients and prints where the backends spent it (it costs the run some CPU). BENCH_PORTICO_NODE_ARGS
adds Node options to the server (--cpu-prof --cpu-prof-dir=… profiles it).`;

const ADMIN = { email: 'bench-operator@portico.localhost', password: 'bench-password-1234' };
const PARTNER_ADMIN = { email: 'admin@bench-partner.example', password: 'bench-password-5678' };
const PACKAGE = 'meetings';
const TARGET_RATIO = 0.3;
const TARGET_P99_MS = 100;
const TARGET_PROVISIONED_MS = 2000;
const COUNTRIES = ['DE', 'FR', 'IT', 'NL', 'ES', 'AT', 'GB', 'SE', 'PL', 'US'];

const FULL = { subscribers: 10000, customers: 100, clients: 50, 'low-clients': 10, 'low-subscribers': 2000, warmup: 200, 'customer-clients': 10, 'poll-ms': 1000, 'sim-delay-ms': 150 };
const QUICK: Partial<typeof FULL> = { subscribers: 1000, customers: 20, clients: 20, 'low-subscribers': 200, warmup: 100 };

const mark = (ok: boolean) => (ok ? 'MET' : 'MISSED');

/** Real company names (bench/screening/real-companies.txt, the screening bench's negatives): what screening gets to work on. */
function companyNames(): string[] {
  const file = fileURLToPath(new URL('./screening/real-companies.txt', import.meta.url));
  const names = readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  return [...new Set(names)];
}

/** A customer's create body: the k-th of the run. */
function customerBody(k: number, names: string[], provisioningId: string, quantity: number) {
  const country = COUNTRIES[k % COUNTRIES.length]!;
  const base = names[k % names.length]!;
  return {
    provisioningId, externalId: `bench-${k}`,
    customerInfo: { name: k < names.length ? base : `${base} ${Math.floor(k / names.length) + 1}`, primaryEmail: `admin@customer-${k}.bench.example` },
    address: { addressLine1: `${k + 1} Bench Street`, city: 'Benchtown', zipOrPostalCode: String(10000 + k), country },
    packages: [{ name: PACKAGE, quantity }],
  };
}

interface Accepted {
  id: string;
  /** When the 202 was answered (epoch ms). */
  at: number;
}

interface CustomerOutcome {
  provisioningStatus: string;
  status: string;
  /** 202 → provisionedAt (the server's clock, the same machine's). */
  provisionedMs: number | null;
  /** 202 → the first poll that saw it provisioned. */
  seenMs: number | null;
  /** 202 → compliance.checkedAt. */
  screenedMs: number | null;
  compliance: string | null;
}

const TERMINAL = new Set(['provisioned', 'provisioned_with_errors', 'error']);

/**
 * Polls one customer's GET every `pollMs` until its provisioning has ended and it is screened (or
 * `timeoutMs`): its times from the 202. Every poll's status is counted in `statuses`.
 */
async function pollCustomer(
  url: string, key: string, accepted: Accepted, opts: { pollMs: number; timeoutMs: number }, statuses: Record<string, number>, signal: AbortSignal,
): Promise<CustomerOutcome> {
  const out: CustomerOutcome = { provisioningStatus: 'provisioning', status: 'provisioning', provisionedMs: null, seenMs: null, screenedMs: null, compliance: null };
  while (Date.now() - accepted.at < opts.timeoutMs) {
    await new Promise((r) => setTimeout(r, opts.pollMs));
    signal.throwIfAborted();
    const response = await fetch(`${url}/v1/wholesale/customers/${accepted.id}`, { headers: { authorization: `Bearer ${key}` }, signal });
    const text = await response.text();
    const answeredAt = performance.timeOrigin + performance.now();
    statuses[response.status] = (statuses[response.status] ?? 0) + 1;
    if (response.status !== 200) continue;
    const c = JSON.parse(text);
    out.provisioningStatus = c.provisioningStatus;
    out.status = c.status;
    out.compliance = c.compliance.status;
    if (TERMINAL.has(c.provisioningStatus) && out.seenMs === null) {
      out.seenMs = answeredAt - accepted.at;
      out.provisionedMs = c.provisionedAt ? Date.parse(c.provisionedAt) - accepted.at : null;
    }
    if (c.compliance.checkedAt && out.screenedMs === null) out.screenedMs = Date.parse(c.compliance.checkedAt) - accepted.at;
    if (out.seenMs !== null && out.screenedMs !== null) break;
  }
  return out;
}

const sortedOf = (values: (number | null)[]) => values.filter((v): v is number => v !== null).sort((a, b) => a - b);
const quantiles = (sorted: number[]) => [50, 90, 99, 100].map((p) => fmt(percentile(sorted, p)));

async function count(client: pg.Client, sql: string, values: unknown[] = []): Promise<number> {
  return Number((await client.query(sql, values)).rows[0].n);
}

interface Measured {
  name: string;
  clients: number;
  result: CountedLoadResult;
  /** CPU seconds of the Portico process over the run (null: the baseline, no server). */
  serverSeconds: number | null;
  /** … and until the jobs the run caused had settled. */
  serverSettledSeconds: number | null;
  pgSeconds: number;
  pgSettledSeconds: number | null;
  loadBefore: number;
  /** Waited before the run for the machine to be idle (waitForQuiet). */
  quietMs: number;
  settleMs: number | null;
  /** The server's write system calls, run and jobs settled (null: the baseline). */
  serverWrites: number | null;
  /** The database's commits and rows written, run and jobs settled. */
  work: DbWork;
}

export async function main(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      subscribers: { type: 'string' }, customers: { type: 'string' }, clients: { type: 'string' }, 'low-clients': { type: 'string' },
      'low-subscribers': { type: 'string' }, warmup: { type: 'string' }, 'customer-clients': { type: 'string' }, 'poll-ms': { type: 'string' },
      'sim-delay-ms': { type: 'string' }, mail: { type: 'string', default: 'sink' }, tree: { type: 'string', default: 'head' },
      'log-level': { type: 'string', default: 'warn' }, quick: { type: 'boolean', default: false }, 'sample-pg': { type: 'boolean', default: false },
    },
  });
  const n = (name: keyof typeof FULL): number => {
    const given = values[name];
    const value = given === undefined ? (values.quick ? QUICK[name] : undefined) ?? FULL[name] : Number(given);
    if (!Number.isInteger(value) || value < (name === 'warmup' || name === 'sim-delay-ms' ? 0 : 1)) throw new Error(`--${name} must be a ${name === 'warmup' || name === 'sim-delay-ms' ? 'whole number ≥ 0' : 'positive integer'}`);
    return value;
  };
  const opts = {
    subscribers: n('subscribers'), customers: n('customers'), clients: n('clients'), lowClients: n('low-clients'), lowSubscribers: n('low-subscribers'),
    warmup: n('warmup'), customerClients: n('customer-clients'), pollMs: n('poll-ms'), simDelayMs: n('sim-delay-ms'),
  };
  if (values.mail !== 'sink' && values.mail !== 'none') throw new Error('--mail takes sink or none');
  if (values.tree !== 'head' && values.tree !== 'work') throw new Error('--tree takes head or work');
  const logLevel = String(values['log-level']);
  const { customers: C } = opts;
  const allSubscribers = opts.warmup + opts.subscribers + opts.lowSubscribers;
  // Every subscriber of the three runs, and the full admin provisioning makes (it takes one of the organisation's package).
  const quantity = Math.ceil(allSubscribers / C) + 1;

  const { signal, release } = interruptible();
  const closers: (() => Promise<void> | void)[] = [];
  const database = await createBenchDatabase();
  let ok = true;
  const problem = (text: string) => {
    ok = false;
    console.log(`ERROR: ${text}`);
  };
  try {
    // ----- Set-up: the built Portico, a migrated database with the CSL imported, the sink.
    let root: string;
    let tree: string;
    if (values.tree === 'work') {
      await buildPortico();
      root = fileURLToPath(new URL('..', import.meta.url));
      tree = 'this working tree';
    } else {
      const snapshot = await builtSnapshot();
      root = snapshot.root;
      tree = `commit ${snapshot.commit}`;
    }
    const migrateMs = await migrateWithBuiltCode(root, database.url, signal);
    const imported = await importScreeningList(root, database.url, CSL, logLevel, signal);
    const sink: MailSink | null = values.mail === 'sink' ? await startMailSink(signal) : null;
    if (sink) closers.push(() => sink.stop());
    const env: Record<string, string> = {
      DATABASE_URL: database.url, PORTICO_DEMO: 'false', PORTICO_ADMIN_EMAIL: ADMIN.email, PORTICO_ADMIN_PASSWORD: ADMIN.password,
      LOG_LEVEL: logLevel, WHOLESALE_SIM_DELAY_MS: String(opts.simDelayMs), ...(sink ? { SMTP_URL: sink.url } : {}),
    };
    const server = await startBuiltPortico(env, 'all', signal, { root });
    closers.unshift(() => server.close());
    const url = server.url!;
    const db = new pg.Client({ connectionString: database.url });
    await db.connect();
    closers.unshift(() => db.end());
    const serverCpu = () => processSeconds(server.pid);

    // The partner, its company admin and API key, and a template, all through the API.
    const operator = await postJson(`${url}/v1/auth/login`, ADMIN, { expect: 200 });
    const partner = await postJson(`${url}/v1/companies`, {
      name: 'Bench Wholesale Partner GmbH', type: 'partner',
      billingAddress: { addressLine1: 'Hanauer Landstraße 300', city: 'Frankfurt am Main', zipOrPostalCode: '60314', country: 'DE' },
    }, { token: operator.token, expect: 201 });
    await postJson(`${url}/v1/companies/${partner.id}/users`, { ...PARTNER_ADMIN, firstName: 'Bench', lastName: 'Admin', role: 'company_admin' }, { token: operator.token, expect: 201 });
    const login = await postJson(`${url}/v1/auth/login`, PARTNER_ADMIN, { expect: 200 });
    const key: string = (await postJson(`${url}/v1/api-keys`, { name: 'bench integration' }, { token: login.token, expect: 201 })).key;
    const template = await postJson(`${url}/v1/wholesale/onboarding-templates`, {
      name: 'Bench EU', providerAdminEmail: 'provisioning@bench-partner.example', country: 'DE', defaultEmailLanguage: 'de',
      subscription: 'sub-bench-wholesale-1', authMethod: 'platform', callingSettings: { defaultTimeZone: 'Europe/Berlin' },
    }, { token: key, expect: 201 });
    await settle(db, signal); // the partner's screening (which loads the server's screening index), its mails
    const entries = await count(db, 'SELECT count(*) AS n FROM screening_entries');
    const headers = { authorization: `Bearer ${key}` };
    console.log(`Portico (${tree}) built, migrated in ${fmt(migrateMs / 1000, 1)} s; CSL imported with the CLI in ${fmt(imported.wallMs / 1000, 1)} s ` +
      `(${fmt(entries)} screening entries); started as npm start does (role all, NODE_ENV=production, pid ${server.pid}), ` +
      `WHOLESALE_SIM_DELAY_MS=${opts.simDelayMs}, ${sink ? 'SMTP to a sink (child process)' : 'no SMTP'}, log level ${logLevel}`);
    console.log(`${cpus().length} CPU cores, load average ${fmt(loadavg()[0], 2)}; a partner with an API key and a template (${template.provisioningId.slice(0, 8)}…); ` +
      `clients in this process (keep-alive, one connection each), latencies per request with performance.now()`);

    // ----- (a) Customers: created, provisioned, screened.
    const names = companyNames();
    const accepted: Accepted[] = [];
    const pollStatuses: Record<string, number> = {};
    const polls: Promise<CustomerOutcome>[] = [];
    const pollOpts = { pollMs: opts.pollMs, timeoutMs: 120_000 };
    // The sink reports its count every 250 ms: wait for the last report before reading it.
    const mailsSoFar = async () => (sink ? (await new Promise((r) => setTimeout(r, 500)), sink.count) : 0);
    const mails0 = await mailsSoFar(); // after the partner admin's mail
    const customersQuietMs = await waitForQuiet(db, database.name, signal);
    const created = await runCountedLoad({
      url, headers, clients: opts.customerClients, total: C, expect: [202], signal,
      request: (k) => ({ method: 'POST', path: '/v1/wholesale/customers', body: customerBody(k, names, template.provisioningId, quantity) }),
      onResponse: (k, status, body, at) => {
        if (status !== 202) return;
        accepted[k] = { id: JSON.parse(body).id, at };
        polls[k] = pollCustomer(url, key, accepted[k]!, pollOpts, pollStatuses, signal);
      },
    });
    const outcomes = await Promise.all(polls.filter(Boolean));
    await settle(db, signal);
    const provisioned = sortedOf(outcomes.map((o) => (o.provisioningStatus === 'provisioned' ? o.provisionedMs : null)));
    const seen = sortedOf(outcomes.map((o) => (o.provisioningStatus === 'provisioned' ? o.seenMs : null)));
    const screened = sortedOf(outcomes.map((o) => o.screenedMs));
    const tally = (pick: (o: CustomerOutcome) => string | null) =>
      Object.entries(outcomes.reduce<Record<string, number>>((m, o) => ({ ...m, [pick(o) ?? 'none']: (m[pick(o) ?? 'none'] ?? 0) + 1 }), {})).map(([s, k]) => `${s}×${k}`).join(' ');
    console.log(`\n(a) customers: ${fmt(C)} POST /v1/wholesale/customers by ${opts.customerClients} clients (one "${PACKAGE}" line of ${quantity} each, ` +
      `${COUNTRIES.length} countries, real company names), each GET polled every ${opts.pollMs} ms after its 202; idle machine after ${fmt(customersQuietMs / 1000, 1)} s (${fmt(Object.values(pollStatuses).reduce((a, b) => a + b, 0))} polls)`);
    printTable(['', 'n', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms'], [
      ['POST answered (202)', String(created.ok), ...[created.p50, created.p90, created.p99, created.max].map((v) => fmt(v))],
      ['202 → provisioned (provisionedAt)', String(provisioned.length), ...quantiles(provisioned)],
      [`202 → provisioned, seen by a poll`, String(seen.length), ...quantiles(seen)],
      ['202 → screened (compliance.checkedAt)', String(screened.length), ...quantiles(screened)],
    ]);
    console.log(`statuses: creates ${statusList(created)}; polls ${statusList({ statuses: pollStatuses, errors: 0 })}; provisioning ${tally((o) => o.provisioningStatus)}; ` +
      `shown ${tally((o) => o.status)}; compliance ${tally((o) => o.compliance)}`);
    if (!clean(created)) problem(`customer creates: ${statusList(created)}\n  ${created.examples.join('\n  ')}`);
    if (Object.keys(pollStatuses).some((s) => s !== '200')) problem(`customer polls: ${statusList({ statuses: pollStatuses, errors: 0 })}`);
    if (provisioned.length !== C) problem(`${C - provisioned.length} of ${C} customers not provisioned within ${pollOpts.timeoutMs / 1000} s (${tally((o) => o.provisioningStatus)})`);
    const customerIds = accepted.filter(Boolean).map((a) => a.id);
    if (customerIds.length !== C) throw new Error('not every customer was created: the subscriber runs need them all');

    // ----- (b) Subscribers through the API, then the baseline.
    let g = 0; // the subscriber's number over all runs: the same customer for the same number
    const subscriber = (i: number, prefix: string) => ({
      customerId: customerIds[i % C]!, email: `${prefix}-${i}@customer-${i % C}.bench.example`, firstName: `Sub${i}`, lastName: 'Bench', package: PACKAGE,
    });
    let sampled: string[] = [];
    const apiRun = async (name: string, clients: number, total: number, progress: string, sample = false): Promise<Measured> => {
      const first = g;
      g += total;
      const quietMs = await waitForQuiet(db, database.name, signal);
      const sampler = sample ? await startPgSampler(database.url, database.name) : null;
      const loadBefore = loadavg()[0];
      const work0 = await dbWork(db);
      const io0 = processSyscalls(server.pid);
      const cpu0 = serverCpu();
      const pg0 = postgresTicks(database.name);
      const result = await runCountedLoad({
        url, headers, clients, total, expect: [201], signal, progress,
        request: (i) => ({ method: 'POST', path: '/v1/wholesale/subscribers', body: subscriber(first + i, 'sub') }),
      });
      const serverSeconds = serverCpu() - cpu0;
      const pgSeconds = postgresSeconds(pg0, postgresTicks(database.name));
      if (sampler) sampled = samplerLines(await sampler.stop());
      const settleMs = await settle(db, signal);
      const serverSettledSeconds = serverCpu() - cpu0;
      const pgSettledSeconds = postgresSeconds(pg0, postgresTicks(database.name));
      const serverWrites = processSyscalls(server.pid).writes - io0.writes;
      return { name, clients, result, serverSeconds, serverSettledSeconds, pgSeconds, pgSettledSeconds, loadBefore, quietMs, settleMs, serverWrites, work: await dbWorkSince(db, work0) };
    };
    const baselineRun = async (name: string, clients: number, total: number, first: number, progress: string): Promise<Measured> => {
      const quietMs = await waitForQuiet(db, database.name, signal);
      const loadBefore = loadavg()[0];
      const work0 = await dbWork(db);
      const pg0 = postgresTicks(database.name);
      let pgSeconds = 0;
      const result = await runInsertBaseline({
        databaseUrl: database.url, clients, total, signal, progress, row: (i) => subscriber(first + i, 'base'),
        beforeClose: () => (pgSeconds = postgresSeconds(pg0, postgresTicks(database.name))),
      });
      return { name, clients, result, serverSeconds: null, serverSettledSeconds: null, pgSeconds, pgSettledSeconds: null, loadBefore, quietMs, settleMs: null, serverWrites: null, work: await dbWorkSince(db, work0) };
    };

    const mails1 = await mailsSoFar();
    if (opts.warmup > 0) {
      const warm = await apiRun('warm-up', opts.lowClients, opts.warmup, 'warm-up    ');
      if (!clean(warm.result)) problem(`warm-up: ${statusList(warm.result)}\n  ${warm.result.examples.join('\n  ')}`);
    }
    const mainStart = g;
    const ours = await apiRun(`Portico, ${opts.clients} clients`, opts.clients, opts.subscribers, `Portico ${String(opts.clients).padStart(3)} c.`, Boolean(values['sample-pg']));
    const lowStart = g;
    const oursLow = await apiRun(`Portico, ${opts.lowClients} clients`, opts.lowClients, opts.lowSubscribers, `Portico ${String(opts.lowClients).padStart(3)} c.`);
    const mails2 = await mailsSoFar();
    const base = await baselineRun(`baseline: bare INSERT, ${opts.clients} clients`, opts.clients, opts.subscribers, mainStart, `baseline ${String(opts.clients).padStart(2)} c.`);
    const baseLow = await baselineRun(`baseline: bare INSERT, ${opts.lowClients} clients`, opts.lowClients, opts.lowSubscribers, lowStart, `baseline ${String(opts.lowClients).padStart(2)} c.`);
    const runs = [ours, base, oursLow, baseLow];

    console.log(`\n(b) subscribers: POST /v1/wholesale/subscribers (package ${PACKAGE}), request i to customer i mod ${fmt(C)}; after ${fmt(opts.warmup)} warm-up creates ` +
      `(not measured); the jobs each run caused (welcome mails, fan-out) settle after it, and each run waits for an idle machine (no autovacuum, CPUs < 25 % busy). Baseline: plain pg, one connection per client, one INSERT statement (subscriber + package period) per transaction`);
    const micros = (seconds: number | null, r: CountedLoadResult) => (seconds === null ? '—' : fmt((seconds * 1e6) / Math.max(r.ok, 1)));
    const per = (v: number | null, r: CountedLoadResult) => (v === null ? '—' : fmt(v / Math.max(r.ok, 1), 1));
    printTable(['', 'quiet after s', 'load avg', 'n', 'seconds', 'subscribers/s', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms', 'statuses', 'server CPU µs/sub', '+ jobs settled', 'PG CPU µs/sub', '+ jobs settled'],
      runs.map((m) => [
        m.name, fmt(m.quietMs / 1000, 1), fmt(m.loadBefore, 1), fmt(m.result.ok), fmt(m.result.wallMs / 1000, 1), fmt(m.result.perSecond), fmt(m.result.p50, 1), fmt(m.result.p90, 1),
        fmt(m.result.p99, 1), fmt(m.result.max, 1), statusList(m.result), micros(m.serverSeconds, m.result), micros(m.serverSettledSeconds, m.result), micros(m.pgSeconds, m.result),
        micros(m.pgSettledSeconds, m.result),
      ]));
    console.log('\nper subscriber, the run and the jobs it caused (settled):');
    printTable(['', 'commits', 'rows written', 'server write syscalls'], runs.map((m) => [
      m.name, per(m.work.commits, m.result), per(m.work.rowsWritten, m.result), per(m.serverWrites, m.result),
    ]));
    console.log(`server CPU: the Portico process (API, relay and jobs: role all) during the run; "+ jobs settled": until every job the run caused had run ` +
      `(${fmt((ours.settleMs ?? 0) / 1000, 1)} s and ${fmt((oursLow.settleMs ?? 0) / 1000, 1)} s after the runs). PG CPU: the bench database's backends during the run`);
    for (const line of sampled) console.log(line);
    if (sink) console.log(`welcome mails accepted by the sink: ${fmt(mails2 - mails1)} for ${fmt(g)} subscribers (and ${fmt(mails1 - mails0)} while the customers were made)`);
    for (const m of runs) if (!clean(m.result)) problem(`${m.name}: ${statusList(m.result)}\n  ${m.result.examples.join('\n  ')}`);

    // ----- Checks: rows and caps as the runs say, no job failed.
    const users = await count(db, `SELECT count(*) AS n FROM wholesale_subscribers WHERE role = 'user' AND removed_at IS NULL`);
    const admins = await count(db, `SELECT count(*) AS n FROM wholesale_subscribers WHERE role = 'full_admin'`);
    const periods = await count(db, 'SELECT count(*) AS n FROM wholesale_assignments WHERE ended_at IS NULL');
    const assigned = await count(db, 'SELECT coalesce(sum(assigned), 0) AS n FROM wholesale_package_lines');
    const portico = g;
    const bare = opts.subscribers + opts.lowSubscribers;
    console.log(`rows: ${fmt(users)} users (${fmt(portico)} by Portico + ${fmt(bare)} by the baseline), ${fmt(admins)} full admins, ${fmt(periods)} open package periods, ` +
      `${fmt(assigned)} assigned on the package lines (Portico's users + full admins)`);
    if (users !== portico + bare || periods !== users + admins || assigned !== portico + admins || admins !== C) problem('row counts differ from what the runs created');
    // Each subscriber and each full admin gets one welcome mail: more is a resend, fewer a lost one.
    if (sink && mails2 - mails0 !== portico + admins) problem(`${fmt(mails2 - mails0)} welcome mails for ${fmt(portico)} subscribers and ${fmt(admins)} full admins`);
    const { rows: failed } = await db.query(`SELECT name, count(*)::int AS n FROM pgboss.job WHERE state = 'failed' GROUP BY name`);
    if (failed.length > 0) problem(`failed jobs: ${failed.map((f) => `${f.name}×${f.n}`).join(' ')}`);

    // ----- Targets
    const ratio = ours.result.perSecond / base.result.perSecond;
    const p99Provisioned = percentile(provisioned, 99);
    console.log('\nTargets:');
    printTable(['', 'Portico', 'baseline', 'target', ''], [
      [`subscribers/s at ${opts.clients} clients`, fmt(ours.result.perSecond), fmt(base.result.perSecond), `≥ ${TARGET_RATIO} × baseline = ${fmt(TARGET_RATIO * base.result.perSecond)} (ratio ${fmt(ratio, 2)})`, mark(ratio >= TARGET_RATIO)],
      [`p99 at ${opts.lowClients} clients`, `${fmt(oursLow.result.p99, 1)} ms`, `${fmt(baseLow.result.p99, 1)} ms`, `≤ ${TARGET_P99_MS} ms`, mark(oursLow.result.p99 <= TARGET_P99_MS)],
      [`p99 at ${opts.clients} clients`, `${fmt(ours.result.p99, 1)} ms`, `${fmt(base.result.p99, 1)} ms`, '(no target)', ''],
      ['customers 202 → provisioned p99', `${fmt(p99Provisioned)} ms`, '', `≤ ${fmt(TARGET_PROVISIONED_MS)} ms`, mark(provisioned.length === C && p99Provisioned <= TARGET_PROVISIONED_MS)],
      [`server CPU per subscriber (${opts.clients} clients)`, `${micros(ours.serverSeconds, ours.result)} µs`, '', '(no target)', ''],
    ]);
    if (!ok) console.log('\nSome requests or checks failed (ERROR above): the figures are not valid.');
    return ok ? 0 : 1;
  } finally {
    for (const close of closers) await Promise.resolve(close()).catch((error) => console.error('close failed:', error));
    await database.drop();
    release();
  }
}
