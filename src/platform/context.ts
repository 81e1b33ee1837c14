import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config.ts';
import type { Db } from './db/db.ts';
import type { Jobs } from './jobs/jobs.ts';
import type { MailTransport } from './mail/transport.ts';

/** What every service needs: the database, the job queue / outbox, settings, a logger and the mail adapter. */
export interface AppContext {
  db: Db;
  jobs: Jobs;
  config: Config;
  log: FastifyBaseLogger;
  /** Outgoing e-mail: SMTP, or stored for the operator's preview. */
  mail: MailTransport;
}
