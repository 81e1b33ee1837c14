import { createRequire } from 'node:module';
import PgBoss from 'pg-boss';
import type { FastifyBaseLogger } from 'fastify';
import { rawExecutor, runPrepared, type Db, type Executor, type Tx } from '../db/db.ts';
import { uuidv7 } from '../ids.ts';
import type { DomainEvent, EventRowOf, EventType } from '../events/events.ts';

/** Events relayed per pass, and the pause between passes when there was less. */
const RELAY_BATCH = 500;
const RELAY_POLL_MS = 100;
/** Event type of a job sent through the outbox (sendAfterCommit): `job:<queue>`. */
const JOB_PREFIX = 'job:';
/** The `pgboss` schema version this pg-boss writes; start() refuses a database with a newer one. */
const PGBOSS_SCHEMA: number = (createRequire(import.meta.url)('pg-boss/version.json') as { schema: number }).schema;

/** A job sent through the outbox: a row in `events` the relay turns into the job after commit. */
export interface OutboxJob {
  type: `${typeof JOB_PREFIX}${string}`;
  companyId: null;
  actorUserId: null;
  payload: { data: object; startAfter?: string };
}

/** What `emit` writes: declared domain events and outbox jobs, in one statement. */
export type OutboxRow = DomainEvent | OutboxJob;

export interface JobContext {
  jobId: string;
  retryCount: number;
  retryLimit: number;
  /** This is the last attempt: a failure now is final (dead letter). */
  lastAttempt: boolean;
}

export interface JobSpec<T = any> {
  /** Queue name, unique: a second handler for the same name refuses to start. */
  name: string;
  handler: (data: T, context: JobContext) => Promise<void>;
  /** Event types this job handles: each such event sends it `{ eventId }`. */
  events?: readonly EventType[];
  /**
   * Events of one relay pass carried by one job (default 1): the handler still runs once per event
   * (`{ eventId }`, in order), but the queue pays for one job instead of one per event. For a
   * handler that many events call and that is idempotent per event (`once`): a failed event fails
   * the job after its batch mates ran, and the retry runs them again.
   */
  eventsPerJob?: number;
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** Upper bound of the exponential backoff between retries. */
  retryDelayMaxSeconds?: number;
  /** Jobs fetched and run concurrently per poll (high-volume queues such as e-mail). */
  batchSize?: number;
  /**
   * Fetch loops of this queue in each worker process (default 1). A loop waits for its whole
   * batch before fetching again, so a queue whose jobs should start as soon as they arrive
   * (provisioning, with a latency target) runs two: one fetches while the other's batch runs.
   */
  workers?: number;
}

export interface JobsOptions {
  db: Db;
  databaseUrl: string | null;
  log: FastifyBaseLogger;
}

/**
 * pg-boss wiring and the transactional outbox. Events are rows in `events`, written in the caller's
 * transaction, so one COMMIT covers the data and its events and a rollback emits nothing. The
 * relay (in every worker) turns committed events into one pg-boss job per subscribed handler, many
 * events per statement, and marks them relayed in the same transaction: a request pays for one
 * row per event, not for a job per handler. Jobs sent with `send` (not events) go in the caller's
 * transaction directly.
 */
export class Jobs {
  private readonly specs = new Map<string, JobSpec>();
  private readonly declared = new Set<string>();
  /** Event types some module declared; emit refuses any other (see docs/decisions.md). */
  private readonly eventTypes = new Set<string>();
  private boss: PgBoss | null = null;
  /** The fetch loops of each queue in this process, to wake them when the relay has given them jobs. */
  private readonly workerIds = new Map<string, string[]>();
  private working = false;
  private relaying: Promise<void> | null = null;
  private relayStopped = false;

  constructor(private readonly options: JobsOptions) {}

  register(spec: JobSpec): void {
    if (this.specs.has(spec.name)) throw new Error(`Job "${spec.name}" has two handlers`);
    this.specs.set(spec.name, spec);
  }

  /** Names a job that some code sends; start() refuses it unless exactly one handler is registered. */
  declare(name: string): void {
    this.declared.add(name);
  }

  /** Declares event types (each module's events file): emit refuses a type not declared here. */
  declareEvents(types: readonly string[]): void {
    for (const type of types) this.eventTypes.add(type);
  }

  /** Checks the registry: every declared job has a handler, every subscribed event is declared. Throws on the first problem. */
  validate(): void {
    for (const name of this.declared) {
      if (!this.specs.has(name)) throw new Error(`Job "${name}" has no handler`);
    }
    for (const spec of this.specs.values()) {
      for (const type of spec.events ?? []) if (!this.eventTypes.has(type)) throw new Error(`Job "${spec.name}" handles "${type}", which no module declares`);
    }
  }

  get queueNames(): string[] {
    return [...this.specs.keys()];
  }

  async start({ work }: { work: boolean }): Promise<void> {
    this.validate();
    const { db, databaseUrl } = this.options;
    await this.refuseNewerQueueSchema();
    this.boss = databaseUrl
      ? new PgBoss({ connectionString: databaseUrl, max: 4, schedule: false, supervise: work })
      : new PgBoss({ db: { executeSql: (text, values) => db.query(text, values) }, schedule: false, supervise: work });
    this.boss.on('error', (error) => this.options.log.error({ err: error }, 'job queue error'));
    await this.boss.start();
    for (const spec of this.specs.values()) await this.boss.createQueue(spec.name, { name: spec.name, ...this.retryOptions(spec.name) });
    if (!work) return;
    this.working = true;
    this.startRelay();
    for (const spec of this.specs.values()) {
      const batchSize = spec.batchSize ?? 5;
      const ids: string[] = [];
      for (let loop = 0; loop < (spec.workers ?? 1); loop++) {
        const workerId = await this.boss.work(spec.name, { pollingIntervalSeconds: 0.5, batchSize, includeMetadata: true }, async (jobs) => {
          // A full batch means more work is waiting: fetch again at once instead of after a poll.
          if (jobs.length === batchSize) this.boss?.notifyWorker(workerId);
          await Promise.all(jobs.map((job) => this.runJob(spec, job)));
        });
        ids.push(workerId);
      }
      this.workerIds.set(spec.name, ids);
    }
  }

  /**
   * Runs one job of a fetched batch. pg-boss completes the whole batch when the batch handler
   * returns, so a failed job is failed here first, on its own (pg-boss then completes only jobs
   * still active): one job's failure does not retry its batch mates.
   */
  private async runJob(spec: JobSpec, job: PgBoss.JobWithMetadata<any>): Promise<void> {
    const retryLimit = spec.retryLimit ?? 5;
    const context = { jobId: job.id, retryCount: job.retryCount, retryLimit, lastAttempt: job.retryCount >= retryLimit };
    try {
      const { eventIds } = job.data as { eventIds?: string[] };
      if (eventIds) await this.runEach(spec, eventIds, context);
      else await spec.handler(job.data, context);
    } catch (error) {
      this.options.log.warn({ err: error, job: spec.name, jobId: job.id, retryCount: job.retryCount }, 'job failed');
      await this.requireBoss().fail(spec.name, job.id, { message: (error as Error).message });
      // pg-boss 10 doubles the delay without bound: cap the retry's start as the queue asks.
      if (spec.retryDelayMaxSeconds) {
        await this.options.db.query(
          `UPDATE pgboss.job SET start_after = LEAST(start_after, now() + make_interval(secs => $3))
            WHERE name = $1 AND id = $2 AND state = 'retry'`,
          [spec.name, job.id, spec.retryDelayMaxSeconds],
        );
      }
    }
  }

  /** The events a job carries, each to the handler in turn: every one runs, then the first failure fails the job. */
  private async runEach(spec: JobSpec, eventIds: string[], context: JobContext): Promise<void> {
    const failures: unknown[] = [];
    for (const eventId of eventIds) {
      try {
        await spec.handler({ eventId }, context);
      } catch (error) {
        failures.push(error);
      }
    }
    if (failures.length === 1) throw failures[0];
    if (failures.length > 1) throw new Error(`${failures.length} of ${eventIds.length} events failed; the first: ${(failures[0] as Error).message}`);
  }

  /**
   * A `pgboss` schema written by a newer pg-boss (earlier Portico builds ran pg-boss 12) cannot be
   * migrated back by this one, and would fail in obscure ways: say so before touching it.
   */
  private async refuseNewerQueueSchema(): Promise<void> {
    const { db } = this.options;
    const { rows: installed } = await db.query(`SELECT to_regclass('pgboss.version') IS NOT NULL AS yes`);
    if (!installed[0].yes) return;
    const { rows } = await db.query('SELECT max(version)::int AS version FROM pgboss.version');
    const version = rows[0].version as number;
    if (version > PGBOSS_SCHEMA) {
      throw new Error(
        `The job queue (schema "pgboss", version ${version}) was created by a newer pg-boss than this Portico runs (schema ${PGBOSS_SCHEMA}). ` +
          'Stop every Portico process, then run DROP SCHEMA pgboss CASCADE; jobs not yet run are lost, events not yet relayed are kept.',
      );
    }
  }

  async stop(): Promise<void> {
    this.relayStopped = true;
    await this.relaying;
    this.relaying = null;
    if (!this.boss) return;
    await this.boss.stop({ graceful: this.working, timeout: 5000, close: true });
    this.boss = null;
    this.workerIds.clear();
    this.working = false;
  }

  /** A queue's retry policy; each job also carries it explicitly (bulk inserts do not inherit it). */
  private retryOptions(name: string) {
    const spec = this.specs.get(name)!;
    return {
      retryLimit: spec.retryLimit ?? 5,
      retryDelay: spec.retryDelaySeconds ?? 2,
      retryBackoff: true,
    };
  }

  private requireBoss(): PgBoss {
    if (!this.boss) throw new Error('Jobs are not started');
    return this.boss;
  }

  /** Sends a job inside the caller's transaction (or on its own when given the plain executor). */
  async send(executor: Executor, name: string, data: object, options: { singletonKey?: string; startAfter?: Date } = {}): Promise<void> {
    if (!this.specs.has(name)) throw new Error(`Job "${name}" has no handler`);
    await this.requireBoss().send(name, data, {
      db: rawExecutor(executor),
      ...this.retryOptions(name),
      ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
      ...(options.startAfter ? { startAfter: options.startAfter } : {}),
    });
  }

  /** Sends many jobs of one queue at once (bulk fan-out), inside the caller's transaction. */
  async sendMany(executor: Executor, name: string, data: object[]): Promise<void> {
    await this.insertJobs(executor, name, data.map((d) => ({ data: d })));
  }

  private async insertJobs(executor: Executor, name: string, jobs: { data: object; startAfter?: string }[]): Promise<void> {
    if (!this.specs.has(name)) throw new Error(`Job "${name}" has no handler`);
    if (jobs.length === 0) return;
    const retry = this.retryOptions(name);
    await this.requireBoss().insert(jobs.map((j) => ({ name, data: j.data, ...retry, ...(j.startAfter ? { startAfter: j.startAfter } : {}) })), { db: rawExecutor(executor) });
  }

  /**
   * Sends a job through the outbox: a row in the caller's transaction that the relay turns into the
   * job after commit. For the request path, where one row is cheaper than a pg-boss insert.
   */
  async sendAfterCommit(trx: Tx, name: string, data: object, options: { startAfter?: Date } = {}): Promise<void> {
    await this.emit(trx, this.outboxJob(name, data, options));
  }

  /** The outbox row of a job, to emit together with a change's events (one statement for all). */
  outboxJob(name: string, data: object, options: { startAfter?: Date } = {}): OutboxJob {
    if (!this.specs.has(name)) throw new Error(`Job "${name}" has no handler`);
    return { type: `${JOB_PREFIX}${name}`, companyId: null, actorUserId: null, payload: { data, ...(options.startAfter ? { startAfter: options.startAfter.toISOString() } : {}) } };
  }

  /**
   * Writes events in the caller's transaction (the relay creates their jobs after commit). An event
   * type no module declared is refused here, failing the change, so a misspelled type cannot be
   * committed and lose its notices silently.
   */
  async emit(trx: Tx, ...events: OutboxRow[]): Promise<void> {
    if (events.length === 0) return;
    // One statement for all of a change's events: each round trip to the database costs more than the row.
    await runPrepared(trx, trx.insertInto('events').values(this.eventRows(events)));
  }

  /** The `events` rows of some events, refusing a type no module declared (see emit). */
  eventRows(events: OutboxRow[]) {
    return events.map((event) => {
      if (!this.eventTypes.has(event.type) && !event.type.startsWith(JOB_PREFIX)) throw new Error(`Event type "${event.type}" is not declared by any module`);
      return { id: uuidv7(), type: event.type, company_id: event.companyId, actor_user_id: event.actorUserId, payload: JSON.stringify(event.payload) as never };
    });
  }

  /**
   * One pass of the relay: up to RELAY_BATCH committed events → their handlers' jobs, one insert per
   * queue, and the events marked relayed, in one transaction. SKIP LOCKED lets several workers relay.
   * After the commit it wakes this process's workers of those queues (pg-boss 10 only polls).
   */
  async relayOnce(): Promise<number> {
    const queues: string[] = [];
    const relayed = await this.options.db.kysely.transaction().execute(async (trx) => {
      const rows = await trx.selectFrom('events').select(['id', 'type', 'payload']).where('relayed_at', 'is', null).orderBy('id').limit(RELAY_BATCH).forUpdate().skipLocked().execute();
      if (rows.length === 0) return 0;
      const byQueue = new Map<string, { data: object; startAfter?: string }[]>();
      const add = (name: string, job: { data: object; startAfter?: string }) => {
        const queue = byQueue.get(name) ?? [];
        queue.push(job);
        byQueue.set(name, queue);
      };
      for (const row of rows) {
        if (row.type.startsWith(JOB_PREFIX)) {
          const payload = row.payload as { data: object; startAfter?: string };
          add(row.type.slice(JOB_PREFIX.length), payload);
          continue;
        }
        for (const spec of this.specs.values()) {
          if (!(spec.events as readonly string[] | undefined)?.includes(row.type)) continue;
          const perJob = spec.eventsPerJob ?? 1;
          const queue = byQueue.get(spec.name);
          const last = queue?.at(-1)?.data as { eventIds?: string[] } | undefined;
          if (perJob === 1) add(spec.name, { data: { eventId: row.id } });
          else if (last?.eventIds && last.eventIds.length < perJob) last.eventIds.push(row.id);
          else add(spec.name, { data: { eventIds: [row.id] } });
        }
      }
      for (const [name, jobs] of byQueue) await this.insertJobs(trx, name, jobs);
      await trx.updateTable('events').set({ relayed_at: new Date() }).where('id', 'in', rows.map((r) => r.id)).execute();
      queues.push(...byQueue.keys());
      return rows.length;
    });
    for (const name of queues) {
      for (const workerId of this.workerIds.get(name) ?? []) this.boss?.notifyWorker(workerId);
    }
    return relayed;
  }

  /** Relays until stopped: at once again while batches come back full, else every RELAY_POLL_MS. */
  private startRelay(): void {
    this.relayStopped = false;
    this.relaying = (async () => {
      while (!this.relayStopped) {
        let relayed = 0;
        try {
          relayed = await this.relayOnce();
        } catch (error) {
          this.options.log.error({ err: error }, 'event relay failed; retrying');
        }
        if (relayed < RELAY_BATCH && !this.relayStopped) await new Promise((r) => setTimeout(r, RELAY_POLL_MS));
      }
    })();
  }

  /** For tests and the CLI: waits until no job of ours is waiting or running. */
  async drain(timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    const names = this.queueNames;
    for (;;) {
      const { rows } = await this.options.db.query(
        `SELECT (SELECT count(*)::int FROM pgboss.job WHERE name = ANY($1) AND state IN ('created', 'retry', 'active'))
              + (SELECT count(*)::int FROM events WHERE relayed_at IS NULL) AS n`,
        [names],
      );
      if (rows[0].n === 0) return;
      if (Date.now() > deadline) throw new Error(`Jobs still pending after ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/**
 * Runs `effect` at most once per (handler, event): the mark and the effect commit together, so a
 * handler that runs twice (a retry after a crash) changes nothing the second time.
 */
export async function once(db: Db, handler: string, eventId: string, effect: (trx: Tx) => Promise<unknown>): Promise<boolean> {
  return db.kysely.transaction().execute(async (trx) => {
    const [marked] = await runPrepared(trx, trx.insertInto('handled_events').values({ handler, event_id: eventId }).onConflict((oc) => oc.doNothing()).returning('event_id'));
    if (!marked) return false;
    await effect(trx);
    return true;
  });
}

/**
 * Loads an event written by `emit` (handlers receive only its id), its payload typed by its type.
 * Given the types a handler subscribes to, an event of another type loads as undefined.
 */
export async function loadEvent<T extends EventType = EventType>(db: Executor, id: string, ...types: T[]): Promise<EventRowOf<T> | undefined> {
  const [row] = await runPrepared(db, db.selectFrom('events').select(['id', 'type', 'company_id', 'actor_user_id', 'payload', 'created_at']).where('id', '=', id));
  if (!row || (types.length > 0 && !(types as string[]).includes(row.type))) return undefined;
  return row as EventRowOf<T>;
}

export type EventRow = EventRowOf;
