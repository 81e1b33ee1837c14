import './lib/production.ts'; // first: before anything loads React
import type { ChildProcess } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.ts';
import { startPortico, type Portico } from '../src/runtime.ts';
import { uuidv7 } from '../src/platform/ids.ts';
import { EMAIL_BATCH, renderDelivery } from '../src/modules/notifications/email.service.ts';
import { htmlToText, renderHtml } from '../src/modules/notifications/email.template.tsx';
import { createBenchDatabase } from './lib/database.ts';
import { forkTs, nextMessage } from './lib/child.ts';
import { fmt, verdict } from './lib/report.ts';
import { machineTicks, postgresSeconds, postgresTicks } from './lib/cpu.ts';
import type { ParentMessage, SinkDone, SinkMessage } from './lib/smtp-sink.ts';
import type { BaselineRequest, BaselineResult } from './lib/mail-baseline.ts';

export const description = 'One maintenance notice to 10,000 users in 1,000 companies over SMTP: Portico vs pooled nodemailer alone';

export const usage = `npm run bench -- fanout [--companies 1000] [--users 10] [--timeout 120] [--log-level warn]
       [--only baseline|portico]

Creates a database portico_bench_<random> on the local PostgreSQL (BENCH_PG_URL, default
postgres://postgres@127.0.0.1:5432/postgres), starts an SMTP sink (smtp-server, child process) and
Portico (role all, in this process, NODE_ENV=production as npm start runs it) mailing to it, seeds one location in DE and <companies> direct
customers billed in DE with <users> subscribed admins each (bulk SQL), and has the operator admin
announce maintenance there (POST /v1/maintenance-events). Measured: announce → last mail accepted by
the sink. Then the baseline: as many copies of one pre-rendered notice through the same pooled
nodemailer transport (5 connections) from a child process. Drops the database at the end.
Targets: all mails within 30 s, Portico ≥ 0.5 × the baseline's mails/s, Portico peak RSS ≤ 400 MB.`;

const ADMIN = { email: 'bench-operator@portico.localhost', password: 'bench-password-1234' };
const MB = 1024 * 1024;

// ---------------------------------------------------------------------------------------------
// Child processes

class Sink {
  private constructor(readonly child: ChildProcess, readonly port: number) {}
  /** The latest count while a run is on (progress every 250 ms). */
  count = 0;

  static async start(signal: AbortSignal): Promise<Sink> {
    const child = forkTs('./lib/smtp-sink.ts', signal);
    child.on('error', () => {}); // abort kills it; reported by the waits
    const { port } = await nextMessage<{ port: number }>(child, 'ready', signal, 20_000);
    const sink = new Sink(child, port);
    child.on('message', (m: SinkMessage) => {
      if (m.type === 'progress' || m.type === 'done') sink.count = m.count;
    });
    return sink;
  }

  get url() {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Starts a new count; resolves when `count` messages are accepted (or rejects after timeoutMs). */
  expect(count: number, signal: AbortSignal, timeoutMs: number): Promise<SinkDone> {
    this.count = 0;
    const done = nextMessage<SinkDone>(this.child, 'done', signal, timeoutMs);
    this.child.send({ type: 'expect', count } satisfies ParentMessage);
    return done;
  }

  stop() {
    this.child.kill();
  }
}

// ---------------------------------------------------------------------------------------------
// Seeding

/** One location in DE; `companies` direct customers billed in DE with `users` subscribed admins each. */
async function seed(portico: Portico, companies: number, usersPerCompany: number): Promise<{ locationId: string }> {
  const { db } = portico.ctx;
  const locationId = uuidv7();
  await db.query(
    `INSERT INTO locations (id, name, market, country, region, latitude, longitude) VALUES ($1, 'Bench Frankfurt', 'Frankfurt', 'DE', 'EMEA', 50.11, 8.68)`,
    [locationId],
  );
  const companyIds = Array.from({ length: companies }, () => uuidv7());
  const names = companyIds.map((_, i) => `Bench Customer ${String(i + 1).padStart(4, '0')} GmbH`);
  const address = JSON.stringify({ addressLine1: 'Hanauer Landstraße 300', postalCode: '60314', city: 'Frankfurt am Main', country: 'DE' });
  await db.query(
    `INSERT INTO companies (id, type, name, billing_address)
     SELECT id, 'direct', name, $3::jsonb FROM unnest($1::uuid[], $2::text[]) AS c(id, name)`,
    [companyIds, names, address],
  );
  const ids: string[] = [];
  const owners: string[] = [];
  const emails: string[] = [];
  const firsts: string[] = [];
  const roles: string[] = [];
  const languages: string[] = [];
  companyIds.forEach((companyId, c) => {
    for (let u = 0; u < usersPerCompany; u++) {
      ids.push(uuidv7());
      owners.push(companyId);
      emails.push(`user-${c + 1}-${u + 1}@bench.example`);
      firsts.push(`User ${u + 1}`);
      // Both roles subscribe to every group by default; no stored preferences.
      roles.push(u % 2 === 0 ? 'technical_admin' : 'company_admin');
      languages.push(u % 3 === 0 ? 'de' : 'en');
    }
  });
  // No password: nobody logs in as these users, and 10,000 argon2 hashes would take minutes.
  await db.query(
    `INSERT INTO users (id, company_id, email, first_name, last_name, role, language, password_hash)
     SELECT id, company_id, email, first_name, 'Bench', role, language, NULL
     FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[]) AS u(id, company_id, email, first_name, role, language)`,
    [ids, owners, emails, firsts, roles, languages],
  );
  await db.query('ANALYZE companies; ANALYZE users');
  return { locationId };
}

// ---------------------------------------------------------------------------------------------
// Measurements

interface Run {
  name: string;
  total: number;
  /** Mails the sink accepted (total, unless the run timed out). */
  accepted: number;
  seconds: number;
  peakRss: number;
  maxRss: number;
  rssBefore: number;
  cpuSeconds: number;
  sinkCpuSeconds: number;
  postgresSeconds: number;
  machineBusyCores: number;
  done: SinkDone | null;
}

/** Peak RSS of this process, sampled every 100 ms (plus the kernel's high-water mark as a cross-check). */
function rssSampler() {
  const { rss: rssBefore, heapUsed: heapBefore } = process.memoryUsage();
  let peak = rssBefore;
  let heap = heapBefore;
  const timer = setInterval(() => {
    const now = process.memoryUsage();
    peak = Math.max(peak, now.rss);
    heap = Math.max(heap, now.heapUsed);
  }, 100);
  return {
    rssBefore,
    heapBefore,
    stop: () => {
      clearInterval(timer);
      return { peakRss: Math.max(peak, process.memoryUsage().rss), maxRss: process.resourceUsage().maxRSS * 1024, peakHeap: heap };
    },
  };
}

const ms = (from: number, to: number | null | undefined) => (to == null ? '—' : `${fmt((to - from) / 1000, 2)} s`);

/** Microbenchmark of what the e-mail job does per delivery besides SMTP and SQL: rendering. */
async function renderCost(publicUrl: string, delivery: Parameters<typeof renderDelivery>[1]) {
  const rendered = await renderDelivery(publicUrl, delivery);
  const content = {
    language: 'en' as const, subject: rendered.subject, heading: rendered.subject, paragraphs: ['x'.repeat(300)], reason: 'r', companyName: 'c',
    action: { label: 'Open', url: `${publicUrl}/x` },
  };
  const time = async (n: number, f: () => Promise<unknown>) => {
    for (let i = 0; i < 20; i++) await f(); // warm-up
    const start = performance.now();
    for (let i = 0; i < n; i++) await f();
    return (performance.now() - start) / n;
  };
  const html = renderHtml(content);
  return {
    rendered,
    deliveryMs: await time(200, () => renderDelivery(publicUrl, delivery)),
    htmlMs: await time(200, async () => renderHtml(content)),
    textMs: await time(200, async () => htmlToText(html)),
  };
}

export async function main(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      companies: { type: 'string', default: '1000' },
      users: { type: 'string', default: '10' },
      timeout: { type: 'string', default: '120' },
      'log-level': { type: 'string', default: 'warn' },
      only: { type: 'string' },
    },
  });
  const companies = Number(values.companies);
  const usersPerCompany = Number(values.users);
  const timeoutMs = Number(values.timeout) * 1000;
  if (![companies, usersPerCompany, timeoutMs].every((n) => Number.isInteger(n) && n > 0)) throw new Error('--companies, --users and --timeout must be positive integers');
  const only = values.only?.toLowerCase();
  if (only && !['baseline', 'portico'].includes(only)) throw new Error('--only takes baseline or portico');
  const total = companies * usersPerCompany;

  // Ctrl-C or SIGTERM: stop waiting, stop the children, still drop the database.
  const abort = new AbortController();
  const stop = () => abort.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const { signal } = abort;

  const closers: (() => Promise<void> | void)[] = [];
  const runs: Run[] = [];
  let failed = false;
  const database = await createBenchDatabase();
  try {
    const sink = await Sink.start(signal);
    closers.push(() => sink.stop());
    const config = loadConfig({
      DATABASE_URL: database.url,
      HOST: '127.0.0.1',
      PORTICO_DEMO: 'false',
      PORTICO_SCREENING_DEFAULT_LIST: '', // a fresh install's one-off import, not part of the fan-out
      PORTICO_ADMIN_EMAIL: ADMIN.email,
      PORTICO_ADMIN_PASSWORD: ADMIN.password,
      SMTP_URL: sink.url,
      LOG_LEVEL: values['log-level'],
    });
    const maintenance = {
      kind: 'maintenance', title: 'Core router upgrade', description: 'Short interruptions of up to 5 minutes while line cards are replaced.',
      startsAt: '2026-12-01T01:00:00Z', endsAt: '2026-12-01T03:00:00Z',
    };

    // The message the baseline sends: a maintenance notice as Portico renders it, with realistic parameters.
    const sample = await renderCost(config.publicUrl, {
      type: 'services.maintenance_announced', language: 'en', link: `/maintenance/${uuidv7()}`,
      params: {
        companyName: 'Bench Customer 0001 GmbH', affectedCompany: 'Bench Customer 0001 GmbH', locations: 'Bench Frankfurt',
        kind: maintenance.kind, title: maintenance.title, description: maintenance.description, startsAt: '2026-12-01 01:00 UTC', endsAt: '2026-12-01 03:00 UTC',
      },
    });
    const messageBytes = Buffer.byteLength(sample.rendered.html) + Buffer.byteLength(sample.rendered.text);

    console.log(`${fmt(total)} recipients (${fmt(companies)} companies × ${usersPerCompany} admins), ${cpus().length} CPU cores, ` +
      `load average ${fmt(loadavg()[0], 2)} before, Portico log level ${values['log-level']}, NODE_ENV ${process.env.NODE_ENV ?? 'unset'} (React's ${process.env.NODE_ENV === 'production' ? 'production' : 'development'} build); one notice is ${fmt(messageBytes / 1024, 1)} KiB of HTML + text\n`);

    let timeline: string[] = [];
    let dbWork: string[] = [];
    if (only !== 'baseline') {
      // ----- Portico: role all (API and workers) in this process, as a single-process install runs.
      const rssIdle = process.memoryUsage().rss;
      const portico = await startPortico(config, { role: 'all' });
      closers.unshift(() => portico.close());
      const seedStart = performance.now();
      const { locationId } = await seed(portico, companies, usersPerCompany);
      const seedMs = performance.now() - seedStart;
      const app = portico.app!;
      const login = await app.inject({ method: 'POST', url: '/v1/auth/login', payload: ADMIN });
      if (login.statusCode !== 200) throw new Error(`login: ${login.statusCode} ${login.body}`);
      const token = login.json().token as string;
      await portico.ctx.jobs.drain(); // the login's own fan-out
      console.log(`seeded ${fmt(companies)} companies and ${fmt(total)} users in ${fmt(seedMs / 1000, 2)} s; Portico started (RSS ${fmt(rssIdle / MB)} MB before, ${fmt(process.memoryUsage().rss / MB)} MB after)`);

      const { rows: [walBefore] } = await portico.ctx.db.query('SELECT pg_current_wal_lsn() AS lsn');
      const statsSql = `SELECT xact_commit::int8 AS commits, tup_inserted::int8 AS inserted, tup_updated::int8 AS updated, tup_fetched::int8 AS fetched FROM pg_stat_database WHERE datname = current_database()`;
      const { rows: [statsBefore] } = await portico.ctx.db.query(statsSql);

      const rss = rssSampler();
      const done = sink.expect(total, signal, timeoutMs);
      const cpu = process.cpuUsage();
      const machine = machineTicks();
      const pg0 = postgresTicks();
      const t0 = Date.now();
      const announced = await app.inject({
        method: 'POST', url: '/v1/maintenance-events', headers: { authorization: `Bearer ${token}` }, payload: { ...maintenance, locationIds: [locationId] },
      });
      const answeredAt = Date.now();
      if (announced.statusCode !== 201) throw new Error(`announce: ${announced.statusCode} ${announced.body}`);
      let result: SinkDone | null = null;
      try {
        result = await done;
      } catch (error) {
        if (signal.aborted) throw error;
        console.log(`Portico: ${(error as Error).message}; ${fmt(sink.count)} of ${fmt(total)} accepted.`);
      }
      const endAt = result?.lastAt ?? Date.now();
      const used = process.cpuUsage(cpu);
      const machineAfter = machineTicks();
      const pgSeconds = postgresSeconds(pg0, postgresTicks());
      const memory = rss.stop();
      const wall = (endAt - t0) / 1000;
      const heapLine = `V8 heap used: ${fmt(rss.heapBefore / MB)} MB before, peak ${fmt(memory.peakHeap / MB)} MB (sampled every 100 ms)`;
      runs.push({
        name: 'Portico', total, accepted: result?.count ?? sink.count, seconds: wall, ...memory, rssBefore: rss.rssBefore,
        cpuSeconds: (used.user + used.system) / 1e6, sinkCpuSeconds: (result?.cpuMicros ?? 0) / 1e6, postgresSeconds: pgSeconds,
        machineBusyCores: ((machineAfter.busy - machine.busy) / (machineAfter.total - machine.total)) * cpus().length, done: result,
      });

      // Where the time went, from pg-boss's job rows and the deliveries (after the last job has settled).
      await portico.ctx.jobs.drain(30_000).catch((error) => console.log(`jobs: ${(error as Error).message}`));
      await new Promise((r) => setTimeout(r, 1200)); // pg_stat_database is flushed about once a second
      const { rows: jobs } = await portico.ctx.db.query(
        `SELECT name, count(*)::int AS jobs, sum(retry_count)::int AS retries, count(*) FILTER (WHERE state = 'failed')::int AS failed,
                extract(epoch FROM min(created_on)) * 1000 AS created, extract(epoch FROM min(started_on)) * 1000 AS first_started,
                extract(epoch FROM max(completed_on)) * 1000 AS last_completed,
                avg(extract(epoch FROM completed_on - started_on)) * 1000 AS avg_ms
         FROM pgboss.job WHERE created_on >= to_timestamp($1 / 1000.0) GROUP BY name ORDER BY min(created_on)`,
        [t0],
      );
      const { rows: deliveries } = await portico.ctx.db.query(
        `SELECT status, count(*)::int AS n, avg(length(html) + length(text_body))::int AS stored_bytes FROM email_deliveries GROUP BY status ORDER BY status`,
      );
      const { rows: [walAfter] } = await portico.ctx.db.query('SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), $1) AS bytes', [walBefore.lsn]);
      const { rows: [statsAfter] } = await portico.ctx.db.query(statsSql);
      const fanout = jobs.find((j) => j.name === 'notifications.fanout');
      const email = jobs.find((j) => j.name === 'email.send');
      const t = (v: number | null | undefined) => (v == null ? null : Number(v));
      timeline = [
        `POST /v1/maintenance-events answered       ${ms(t0, answeredAt)}`,
        `fan-out job started / finished             ${ms(t0, t(fanout?.first_started))} / ${ms(t0, t(fanout?.last_completed))}`,
        `first e-mail job started                   ${ms(t0, t(email?.first_started))}`,
        `first / last mail accepted by the sink     ${ms(t0, result?.firstAt)} / ${ms(t0, result?.lastAt)}`,
        `last e-mail job completed                  ${ms(t0, t(email?.last_completed))}`,
        `e-mail jobs: ${email?.jobs ?? 0} of up to ${EMAIL_BATCH} deliveries, ${email?.retries ?? 0} retries, ${email?.failed ?? 0} failed, ` +
          `${fmt(Number(email?.avg_ms ?? 0))} ms each on average (4 run at a time)`,
        `deliveries: ${deliveries.map((d) => `${fmt(d.n)} ${d.status}`).join(', ')}; ${fmt((deliveries[0]?.stored_bytes ?? 0) / 1024, 1)} KiB of rendered mail stored per row`,
        result?.perSecond ? `mails accepted per second: ${result.perSecond.join(' ')}` : '',
        heapLine,
      ].filter(Boolean);
      const per = (key: string) => fmt((Number(statsAfter[key]) - Number(statsBefore[key])) / total, 1);
      dbWork = [
        `PostgreSQL per mail: ${per('commits')} commits, ${per('inserted')} rows inserted, ${per('updated')} updated, ${per('fetched')} fetched; ` +
          `${fmt(Number(walAfter.bytes) / total / 1024, 1)} KiB of WAL (${fmt(Number(walAfter.bytes) / MB)} MB in all)`,
      ];
      if (deliveries.some((d) => d.status !== 'sent')) failed = true;
      await closers.shift()!();
      if (!result) failed = true;
    }

    if (only !== 'portico') {
      // ----- Baseline: the same number of copies of one rendered notice, Portico's transport, no database.
      const child = forkTs('./lib/mail-baseline.ts', signal);
      child.on('error', () => {});
      closers.push(() => void child.kill());
      await nextMessage(child, 'ready', signal, 20_000);
      const machine = machineTicks();
      const pg0 = postgresTicks();
      const done = sink.expect(total, signal, timeoutMs);
      const sent = nextMessage<BaselineResult>(child, 'sent', signal, timeoutMs + 10_000);
      child.send({
        type: 'go', smtpUrl: sink.url, from: config.mailFrom, count: total, message: sample.rendered, toPattern: 'user-{i}@bench.example',
      } satisfies BaselineRequest);
      const [result, baseline] = await Promise.all([done, sent]);
      const machineAfter = machineTicks();
      runs.unshift({
        name: 'baseline', total, accepted: result.count, seconds: (result.lastAt - baseline.startedAt) / 1000, peakRss: baseline.peakRss,
        maxRss: baseline.maxRss, rssBefore: baseline.rssBefore, cpuSeconds: baseline.cpuMicros / 1e6, sinkCpuSeconds: result.cpuMicros / 1e6,
        postgresSeconds: postgresSeconds(pg0, postgresTicks()),
        machineBusyCores: ((machineAfter.busy - machine.busy) / (machineAfter.total - machine.total)) * cpus().length, done: result,
      });
      if (baseline.failed > 0) failed = true;
    }

    // ----- Report
    console.log('');
    const header = ['', 'mails', 'seconds', 'mails/s', 'peak RSS MB', 'RSS before MB', 'RSS added MB', 'CPU s', 'sink CPU s', 'PostgreSQL CPU s', 'machine busy cores'];
    const lines = runs.map((r) => [
      r.name, fmt(r.accepted), fmt(r.seconds, 2), fmt(r.accepted / r.seconds), `${fmt(r.peakRss / MB)} (${fmt(r.maxRss / MB)})`, fmt(r.rssBefore / MB), fmt((r.peakRss - r.rssBefore) / MB),
      fmt(r.cpuSeconds, 1), fmt(r.sinkCpuSeconds, 1), fmt(r.postgresSeconds, 1), fmt(r.machineBusyCores, 2),
    ]);
    const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
    for (const line of [header, ...lines]) console.log(line.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('   '));
    console.log('peak RSS: sampled every 100 ms (in brackets: the kernel\'s high-water mark of the whole process). Portico runs in the bench process under tsx,\nwhich with the bench\'s own imports adds about 90 MB: an idle compiled Portico (role all) is about 140 MB.');

    const ours = runs.find((r) => r.name === 'Portico');
    const base = runs.find((r) => r.name === 'baseline');
    if (ours) {
      console.log('');
      console.log(`All ${fmt(total)} within 30 s: ${verdict(ours.accepted === total && ours.seconds <= 30)} (${fmt(ours.accepted)} in ${fmt(ours.seconds, 1)} s)`);
      if (base) {
        const ratio = ours.accepted / ours.seconds / (base.accepted / base.seconds);
        console.log(`Portico/baseline mails/s: ${fmt(ratio, 2)}   target ≥ 0.50: ${verdict(ratio >= 0.5)}`);
      }
      console.log(`Portico peak RSS: ${fmt(ours.peakRss / MB)} MB   target ≤ 400 MB: ${verdict(ours.peakRss <= 400 * MB)}`);
      console.log(`Portico CPU per mail: ${fmt((ours.cpuSeconds * 1e6) / Math.max(ours.accepted, 1))} µs (this process), PostgreSQL ${fmt((ours.postgresSeconds * 1e6) / Math.max(ours.accepted, 1))} µs`);
      console.log('\nTimeline of the Portico run (from the POST):');
      for (const line of [...timeline, ...dbWork]) console.log(`  ${line}`);
    }
    console.log(`\nRendering one notice (renderDelivery, this process, one at a time): ${fmt(sample.deliveryMs, 2)} ms; ` +
      `of which React → HTML ${fmt(sample.htmlMs, 2)} ms and the plain-text part (html-to-text from that HTML) ${fmt(sample.textMs, 2)} ms`);
    if (failed) console.log('\nSome mails were not sent or the run timed out: the figures above are not valid.');
    return failed ? 1 : 0;
  } finally {
    for (const close of closers) await Promise.resolve(close()).catch((error) => console.error('close failed:', error));
    await database.drop();
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
}
