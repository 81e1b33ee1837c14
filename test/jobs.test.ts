import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startPortico, type Portico } from '../src/runtime.ts';
import { Jobs, once } from '../src/platform/jobs/jobs.ts';
import type { AppContext } from '../src/platform/context.ts';
import { writeAudit } from '../src/platform/audit/audit.ts';
import { record } from '../src/platform/events/record.ts';
import { createTestDatabase } from './helpers/db.ts';
import { call, testConfig } from './helpers/portico.ts';
import { enableMarkets, makeCompany, makeUser } from './helpers/factories.ts';
import { upsertLocations } from '../src/modules/network/network.repo.ts';
import { uuidv7 } from '../src/platform/ids.ts';
import { defineEvents, eventNames, eventPayload, type DomainEvent, type EventType } from '../src/platform/events/events.ts';

/** This test's own events, declared as a module declares its own. */
const testEvents = defineEvents({
  'test.happened': eventPayload<{ i?: number }>(),
  'test.unheard': eventPayload<Record<string, never>>(),
});
type TestEvents = typeof testEvents;
declare module '../src/platform/events/events.ts' {
   
  interface EventMap extends TestEvents {}
}

const SYSTEM = { system: true as const, requestId: 'jobs-test' };
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** A database that survives a restart: a PostgreSQL clone or a PGlite directory on disk. */
async function durableConfig() {
  const database = await createTestDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'portico-jobs-'));
  cleanups.push(async () => {
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });
  return testConfig({ databaseUrl: database.url, dataDir });
}

/** A test job: on each `test.happened` event, once per event, writes an audit row ("the effect"). */
function recorder(calls: { count: number }, options: { failFirstAttempt?: boolean } = {}) {
  return (jobs: Jobs, ctx: AppContext) => {
    jobs.declareEvents(eventNames(testEvents));
    jobs.register({
      name: 'test.record',
      events: ['test.happened'],
      retryDelaySeconds: 1,
      handler: async ({ eventId }: { eventId: string }) => {
        calls.count++;
        await once(ctx.db, 'test.record', eventId, (trx) =>
          writeAudit(trx, SYSTEM, { action: 'test.effect', companyId: null, targetType: 'event', targetId: eventId }),
        );
        if (options.failFirstAttempt && calls.count === 1) throw new Error('crash after the effect committed');
      },
    });
  };
}

async function start(config: ReturnType<typeof testConfig>, role: 'api' | 'all', register: ReturnType<typeof recorder>): Promise<Portico> {
  return startPortico(config, { role, extraJobs: register });
}

async function emit(portico: Portico, fail = false): Promise<void> {
  await portico.ctx.db.kysely
    .transaction()
    .execute(async (trx) => {
      await portico.ctx.jobs.emit(trx, { type: 'test.happened', companyId: null, actorUserId: null, payload: {} });
      if (fail) throw new Error('roll back');
    })
    .catch((error: Error) => {
      if (!fail) throw error;
    });
}

const effects = (portico: Portico) =>
  portico.ctx.db.kysely.selectFrom('audit_events').select('target_id').where('action', '=', 'test.effect').execute();

describe('job registry', () => {
  it('refuses a job with two handlers', async () => {
    const config = await durableConfig();
    await expect(
      startPortico(config, {
        extraJobs: (jobs) => {
          jobs.register({ name: 'dup', handler: async () => {} });
          jobs.register({ name: 'dup', handler: async () => {} });
        },
      }),
    ).rejects.toThrow(/two handlers/);
  });

  it('refuses a job with no handler', async () => {
    const config = await durableConfig();
    await expect(startPortico(config, { extraJobs: (jobs) => jobs.declare('orphan') })).rejects.toThrow(/no handler/);
  });

  it('refuses a job that handles an event type no module declares', async () => {
    const config = await durableConfig();
    await expect(
      startPortico(config, { extraJobs: (jobs) => jobs.register({ name: 'test.misspelled', events: ['conection.accepted' as EventType], handler: async () => {} }) }),
    ).rejects.toThrow(/no module declares/);
  });
});

describe('declared events', () => {
  it('emit refuses an event type no module declared, and the change commits nothing', async () => {
    const portico = await start(await durableConfig(), 'api', recorder({ count: 0 }));
    cleanups.push(() => portico.close());
    const misspelled = { type: 'conection.accepted', companyId: null, actorUserId: null, payload: { connectionId: uuidv7() } } as unknown as DomainEvent;
    await expect(
      portico.ctx.db.kysely.transaction().execute(async (trx) => {
        await writeAudit(trx, SYSTEM, { action: 'test.effect', companyId: null, targetType: 'event', targetId: null });
        await portico.ctx.jobs.emit(trx, misspelled);
      }),
    ).rejects.toThrow(/"conection.accepted" is not declared/);
    expect(await portico.ctx.db.kysely.selectFrom('events').select('id').where('type', '=', 'conection.accepted').execute()).toHaveLength(0);
    expect(await effects(portico)).toHaveLength(0);
  });

  it('record writes a change\'s audit row and events in one statement, and refuses an undeclared type', async () => {
    const portico = await start(await durableConfig(), 'api', recorder({ count: 0 }));
    cleanups.push(() => portico.close());
    const audit = { action: 'test.effect', companyId: null, targetType: 'event', targetId: null };
    await portico.ctx.db.kysely.transaction().execute((trx) =>
      record(trx, portico.ctx.jobs, SYSTEM, { audit, events: [{ type: 'test.happened', companyId: null, actorUserId: null, payload: { i: 1 } }, { type: 'test.unheard', companyId: null, actorUserId: null, payload: {} }] }),
    );
    expect(await effects(portico)).toHaveLength(1);
    const events = await portico.ctx.db.kysely.selectFrom('events').select(['type', 'payload']).where('type', 'like', 'test.%').orderBy('id').execute();
    expect(events).toEqual([{ type: 'test.happened', payload: { i: 1 } }, { type: 'test.unheard', payload: {} }]);

    const misspelled = { type: 'test.hapened', companyId: null, actorUserId: null, payload: {} } as unknown as DomainEvent;
    await expect(portico.ctx.db.kysely.transaction().execute((trx) => record(trx, portico.ctx.jobs, SYSTEM, { audit, events: [misspelled] }))).rejects.toThrow(/not declared/);
    expect(await effects(portico)).toHaveLength(1);
  });
});

describe('transactional outbox', () => {
  it('a rolled-back transaction emits nothing', async () => {
    const calls = { count: 0 };
    const portico = await start(await durableConfig(), 'all', recorder(calls));
    cleanups.push(() => portico.close());
    await emit(portico, true);
    await portico.ctx.jobs.drain();
    const events = await portico.ctx.db.kysely.selectFrom('events').select('id').where('type', '=', 'test.happened').execute();
    expect(events).toHaveLength(0);
    const { rows } = await portico.ctx.db.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'test.record'`);
    expect(rows[0].n).toBe(0);
    expect(calls.count).toBe(0);

    await emit(portico);
    await portico.ctx.jobs.drain();
    expect(calls.count).toBe(1);
    expect(await effects(portico)).toHaveLength(1);
  });

  it('a job committed while no worker runs is handled after a restart', async () => {
    const config = await durableConfig();
    const calls = { count: 0 };
    const api = await start(config, 'api', recorder(calls));
    await emit(api);
    await new Promise((r) => setTimeout(r, 1500));
    expect(calls.count).toBe(0);
    await api.close();

    const worker = await start(config, 'all', recorder(calls));
    cleanups.push(() => worker.close());
    await worker.ctx.jobs.drain();
    expect(calls.count).toBe(1);
    expect(await effects(worker)).toHaveLength(1);
  });

  it('a handler that runs twice has no double effect', async () => {
    const calls = { count: 0 };
    const portico = await start(await durableConfig(), 'all', recorder(calls, { failFirstAttempt: true }));
    cleanups.push(() => portico.close());
    await emit(portico);
    await portico.ctx.jobs.drain(30_000);
    expect(calls.count).toBe(2);
    expect(await effects(portico)).toHaveLength(1);
  });

  it('the relay turns committed events into one job per handler, in batches, each once', async () => {
    const calls = { count: 0 };
    const portico = await start(await durableConfig(), 'all', recorder(calls));
    cleanups.push(() => portico.close());
    // More than one relay batch in one transaction, plus an event nobody handles.
    await portico.ctx.db.kysely.transaction().execute(async (trx) => {
      for (let i = 0; i < 1200; i++) await portico.ctx.jobs.emit(trx, { type: 'test.happened', companyId: null, actorUserId: null, payload: { i } });
      await portico.ctx.jobs.emit(trx, { type: 'test.unheard', companyId: null, actorUserId: null, payload: {} });
    });
    // A relay pass racing the background relay must not create jobs twice.
    await Promise.all([portico.ctx.jobs.relayOnce(), portico.ctx.jobs.relayOnce()]);
    await portico.ctx.jobs.drain(60_000);
    const { rows } = await portico.ctx.db.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'test.record'`);
    expect(rows[0].n).toBe(1200);
    expect(calls.count).toBe(1200);
    const unrelayed = await portico.ctx.db.kysely.selectFrom('events').select('id').where('relayed_at', 'is', null).execute();
    expect(unrelayed).toHaveLength(0);
    expect(await effects(portico)).toHaveLength(1200);
  });

  it('eventsPerJob: one job carries a pass\'s events, the handler runs once per event; a failing event retries its job, its mates\' effects stay single', async () => {
    const calls = new Map<number, number>();
    const portico = await startPortico(await durableConfig(), {
      extraJobs: (jobs, ctx) => {
        jobs.declareEvents(eventNames(testEvents));
        jobs.register({
          name: 'test.grouped', events: ['test.happened'], eventsPerJob: 50, retryLimit: 2, retryDelaySeconds: 1, retryDelayMaxSeconds: 1,
          handler: async ({ eventId }: { eventId: string }) => {
            const [event] = await ctx.db.kysely.selectFrom('events').select('payload').where('id', '=', eventId).execute();
            const i = (event!.payload as { i: number }).i;
            calls.set(i, (calls.get(i) ?? 0) + 1);
            await once(ctx.db, 'test.grouped', eventId, (trx) => writeAudit(trx, SYSTEM, { action: 'test.effect', companyId: null, targetType: 'event', targetId: eventId }));
            if (i === 7) throw new Error('event 7 always fails');
          },
        });
      },
    });
    cleanups.push(() => portico.close());
    // Committed together, so one relay pass takes all 120.
    await portico.ctx.db.kysely.transaction().execute(async (trx) => {
      for (let i = 0; i < 120; i++) await portico.ctx.jobs.emit(trx, { type: 'test.happened', companyId: null, actorUserId: null, payload: { i } });
    });
    await portico.ctx.jobs.drain(30_000);
    const { rows } = await portico.ctx.db.query(`SELECT jsonb_array_length(data->'eventIds') AS n, state::text FROM pgboss.job WHERE name = 'test.grouped'`);
    expect(rows.map((r: { n: number; state: string }) => `${r.n} ${r.state}`).sort()).toEqual(['20 completed', '50 completed', '50 failed']);
    // The job with event 7 ran three times (retryLimit 2); its 49 mates ran three times too, the other 70 once.
    expect(calls.get(7)).toBe(3);
    expect([...calls.values()].filter((n) => n === 3)).toHaveLength(50);
    expect([...calls.values()].filter((n) => n === 1)).toHaveLength(70);
    expect(await effects(portico)).toHaveLength(120);
  }, 60_000);
});

describe('pg-boss workers', () => {
  it('a failing job of a batch is retried alone; its batch mates complete once', async () => {
    const calls = new Map<number, number>();
    const portico = await startPortico(await durableConfig(), {
      extraJobs: (jobs) =>
        jobs.register({
          name: 'test.batch', batchSize: 5, retryLimit: 2, retryDelaySeconds: 1, retryDelayMaxSeconds: 1,
          handler: async ({ n }: { n: number }) => {
            calls.set(n, (calls.get(n) ?? 0) + 1);
            if (n === 3) throw new Error('job 3 always fails');
          },
        }),
    });
    cleanups.push(() => portico.close());
    await portico.ctx.db.kysely.transaction().execute((trx) => portico.ctx.jobs.sendMany(trx, 'test.batch', [1, 2, 3, 4, 5].map((n) => ({ n }))));
    await portico.ctx.jobs.drain(30_000);
    expect(Object.fromEntries(calls)).toEqual({ 1: 1, 2: 1, 3: 3, 4: 1, 5: 1 });
    const { rows } = await portico.ctx.db.query(`SELECT state::text, count(*)::int AS n FROM pgboss.job WHERE name = 'test.batch' GROUP BY state ORDER BY state`);
    expect(rows).toEqual([{ state: 'completed', n: 4 }, { state: 'failed', n: 1 }]);
  }, 60_000);

  it('a queue with two fetch loops starts a job while another loop\'s batch still runs', async () => {
    // Each loop takes one job at a time; the first job waits (up to 10 s) for a second to start.
    const started: number[] = [];
    let secondStarted: () => void = () => {};
    const second = new Promise<void>((resolve) => (secondStarted = resolve));
    const overlapped: boolean[] = [];
    const portico = await startPortico(await durableConfig(), {
      extraJobs: (jobs) =>
        jobs.register({
          name: 'test.loops', batchSize: 1, workers: 2, retryLimit: 0,
          handler: async ({ n }: { n: number }) => {
            started.push(n);
            if (started.length === 2) secondStarted();
            if (started.length === 1) {
              const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 10_000));
              overlapped.push((await Promise.race([second, timeout])) !== 'timeout');
            }
          },
        }),
    });
    cleanups.push(() => portico.close());
    await portico.ctx.db.kysely.transaction().execute((trx) => portico.ctx.jobs.sendMany(trx, 'test.loops', [1, 2].map((n) => ({ n }))));
    await portico.ctx.jobs.drain(30_000);
    expect(started.sort()).toEqual([1, 2]);
    expect(overlapped).toEqual([true]);
  }, 60_000);

  it('caps the doubling retry delay at retryDelayMaxSeconds', async () => {
    const attempts: number[] = [];
    const portico = await startPortico(await durableConfig(), {
      extraJobs: (jobs) =>
        jobs.register({
          name: 'test.capped', retryLimit: 4, retryDelaySeconds: 1, retryDelayMaxSeconds: 1,
          handler: async () => {
            attempts.push(Date.now());
            throw new Error('always fails');
          },
        }),
    });
    cleanups.push(() => portico.close());
    await portico.ctx.jobs.send(portico.ctx.db.kysely, 'test.capped', {});
    await portico.ctx.jobs.drain(60_000);
    expect(attempts).toHaveLength(5);
    // Uncapped, the fourth retry waits 8–16 s; capped, 1 s plus a poll.
    expect(attempts[4] - attempts[3]).toBeLessThan(4000);
  }, 90_000);

  it('refuses a job queue schema written by a newer pg-boss, and says what to do', async () => {
    const config = await durableConfig();
    const first = await startPortico(config, { role: 'api' });
    await first.ctx.db.query('UPDATE pgboss.version SET version = version + 1');
    await first.close();
    await expect(startPortico(config, { role: 'api' })).rejects.toThrow(/created by a newer pg-boss.*DROP SCHEMA pgboss CASCADE/);
  });
});

describe('provisioning across a stop or a crash', () => {
  /** Polls a row's state until it is `wanted` (or fails after the timeout). */
  async function waitFor(portico: Portico, table: 'ports' | 'connections', id: string, wanted: string, timeoutMs = 15_000) {
    const column = table === 'ports' ? 'provisioning_status' : 'state';
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const { rows } = await portico.ctx.db.query(`SELECT ${column} AS state FROM ${table} WHERE id = $1`, [id]);
      if (rows[0]?.state === wanted) return;
      if (Date.now() > deadline) throw new Error(`${table} ${id} is ${rows[0]?.state}, not ${wanted}, after ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  it('a port and a connection stopped between configure and go_live (their step job stranded) reach LIVE when a worker starts again', async () => {
    const config = await durableConfig();
    // Steps a second apart, so the worker can be stopped between them.
    const first = await startPortico({ ...config, networkSimDelayMs: 1000 });
    const company = await makeCompany(first.ctx, 'direct');
    const provider = await makeCompany(first.ctx, 'direct');
    const customerAdmin = await makeUser(first.app!, first.ctx, company.id, 'company_admin', 'direct');
    const providerAdmin = await makeUser(first.app!, first.ctx, provider.id, 'company_admin', 'direct');
    const locationId = uuidv7();
    await upsertLocations(first.ctx.db.kysely, [{ id: locationId, name: 'Resume Town', market: 'Resume', country: 'GB', region: 'EMEA', latitude: 51, longitude: 0 }]);
    for (const ordering of [company.id, provider.id]) await enableMarkets(first.ctx, ordering, ['GB']);
    const api = (method: string, url: string, token: string, body?: unknown) => call(first.app!, method, url, { token, body });
    const orderPort = async (token: string, name: string, extra = {}) => (await api('POST', '/v1/ports', token, { locationId, name, speedMbps: 10000, ...extra })).json().id as string;
    const aEnd = await orderPort(customerAdmin.token, 'A');
    const bEnd = await orderPort(providerAdmin.token, 'B', { marketplaceVisibility: 'public' });
    await waitFor(first, 'ports', aEnd, 'LIVE');
    await waitFor(first, 'ports', bEnd, 'LIVE');
    const connection = (await api('POST', '/v1/connections', customerAdmin.token, { name: 'resumed', rateLimitMbps: 100, aEnd: { portId: aEnd }, bEnd: { portId: bEnd } })).json().id;
    expect((await api('POST', `/v1/connections/${connection}/accept`, providerAdmin.token, {})).statusCode).toBe(200);
    const port = await orderPort(customerAdmin.token, 'C');
    await waitFor(first, 'connections', connection, 'CONFIGURED');
    await waitFor(first, 'ports', port, 'CONFIGURED');
    // The crash: a worker had fetched the go_live steps and died, so pg-boss holds them as active
    // (for its 15-minute expiry) and no one runs them.
    await first.ctx.db.query(`UPDATE pgboss.job SET state = 'active', started_on = now() WHERE name = 'network.step' AND state IN ('created', 'retry')`);
    await first.close();

    const second = await startPortico({ ...config, networkSimDelayMs: 0 });
    cleanups.push(() => second.close());
    await waitFor(second, 'connections', connection, 'LIVE');
    await waitFor(second, 'ports', port, 'LIVE');
    // Each step happened once, whatever ran twice.
    const steps = await second.ctx.db.kysely.selectFrom('audit_events').select('action').where('target_id', 'in', [connection, port]).where('action', 'like', '%go_live').execute();
    expect(steps.map((s) => s.action).sort()).toEqual(['connection.go_live', 'port.go_live']);
  }, 180_000);

  it('a stop between two steps: the next one runs after the restart', async () => {
    const config = await durableConfig();
    const first = await startPortico({ ...config, networkSimDelayMs: 1000 });
    const company = await makeCompany(first.ctx, 'direct');
    const admin = await makeUser(first.app!, first.ctx, company.id, 'company_admin', 'direct');
    const locationId = uuidv7();
    await upsertLocations(first.ctx.db.kysely, [{ id: locationId, name: 'Stop Town', market: 'Stop', country: 'GB', region: 'EMEA', latitude: 51, longitude: 0 }]);
    await enableMarkets(first.ctx, company.id, ['GB']);
    const port = (await call(first.app!, 'POST', '/v1/ports', { token: admin.token, body: { locationId, name: 'stopped', speedMbps: 10000 } })).json().id;
    await waitFor(first, 'ports', port, 'CONFIGURED');
    await first.close();
    const second = await startPortico({ ...config, networkSimDelayMs: 0 });
    cleanups.push(() => second.close());
    await waitFor(second, 'ports', port, 'LIVE');
  }, 180_000);
});
