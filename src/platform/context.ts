import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config.ts';
import type { Db } from './db/db.ts';
import type { Jobs } from './jobs/jobs.ts';

/** What every service needs: the database, the job queue / outbox, settings and a logger. */
export interface AppContext {
  db: Db;
  jobs: Jobs;
  config: Config;
  log: FastifyBaseLogger;
}
