import pino from 'pino';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { PGlite } from '@electric-sql/pglite';
import type { Config } from './config.ts';
import { openDatabase } from './platform/db/db.ts';
import { migrate } from './platform/db/migrate.ts';
import { Jobs } from './platform/jobs/jobs.ts';
import type { AppContext } from './platform/context.ts';
import { buildApp } from './app.ts';
import { createServices, type Services } from './services.ts';
import { registerJobs } from './jobs.ts';
import { createMailTransport } from './platform/mail/transport.ts';
import { bootstrapAdmin } from './modules/accounts/index.ts';
import { loadDemoData } from './demo/demo.ts';

export type Role = 'api' | 'worker' | 'all';

export interface Portico {
  ctx: AppContext;
  services: Services;
  /** The HTTP app (absent for the worker role). */
  app: FastifyInstance | null;
  /** Demo logins, when demo data was loaded by this start. */
  demoLogins: { email: string; role: string; company: string }[] | null;
  close(): Promise<void>;
}

export interface StartOptions {
  role?: Role;
  /** An existing PGlite (tests). */
  pglite?: PGlite;
  logger?: FastifyBaseLogger;
  /** Extra job handlers (tests). */
  extraJobs?: (jobs: Jobs, ctx: AppContext) => void;
}

export function createLogger(config: Config): FastifyBaseLogger {
  return pino({ level: config.logLevel, base: { service: 'portico' } }) as unknown as FastifyBaseLogger;
}

/**
 * Opens the database, migrates, wires jobs and services, bootstraps the admin, loads demo data
 * on a fresh database when asked, and builds the HTTP app. Does not listen.
 */
export async function startPortico(config: Config, options: StartOptions = {}): Promise<Portico> {
  const role = options.role ?? 'all';
  const log = options.logger ?? createLogger(config);
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, pglite: options.pglite });
  try {
    await migrate(db, (name) => log.info({ migration: name }, 'migration applied'));
    const jobs = new Jobs({ db, databaseUrl: config.databaseUrl, log });
    const mail = createMailTransport({ smtpUrl: config.smtpUrl, from: config.mailFrom });
    const ctx: AppContext = { db, jobs, config, log, mail };
    const services = createServices(ctx);
    registerJobs(ctx, services);
    options.extraJobs?.(jobs, ctx);
    await jobs.start({ work: role !== 'api' });
    // A stop or a crash may have interrupted provisioning between two steps: a worker picks it up.
    if (role !== 'api') await services.networkController.resume();
    // A worker closes each month once it has ended (billing: one invoice per paying company).
    const closeTimer = role !== 'api' ? services.invoices.startCloseTimer() : null;
    // A fresh install screens against the shipped 2022 CSL until the operator imports current lists.
    // In the background: the API answers meanwhile (a failure is logged, the next start tries again).
    if (role !== 'api') {
      void services.compliance.importDefaultList(config.screeningDefaultList)
        .then((imported) => imported && log.info({ list: imported.list, version: imported.version, entries: imported.entries }, 'imported the default screening list'))
        .catch((error: unknown) => log.error({ err: error }, 'could not import the default screening list'));
      // Customers left pending (created before any list, or a lost check) are screened now.
      void services.screeningChecks.screenPending().catch((error: unknown) => log.error({ err: error }, 'could not screen pending customers'));
    }
    // A worker deprovisions customers the compliance rules say must go (every 15 minutes).
    const deprovisionTimer = role !== 'api' ? services.deprovisioning.startTimer() : null;
    let demoLogins: Portico['demoLogins'] = null;
    if (role !== 'worker') {
      if (config.demo) demoLogins = await loadDemoData(ctx, { onlyIfEmpty: true });
      await bootstrapAdmin(ctx);
    }
    const app = role === 'worker' ? null : await buildApp(ctx, services);
    return {
      ctx,
      services,
      app,
      demoLogins,
      async close() {
        if (app) await app.close();
        closeTimer?.stop();
        deprovisionTimer?.stop();
        await services.auth.close();
        await jobs.stop();
        mail.close();
        await db.close();
      },
    };
  } catch (error) {
    await db.close().catch(() => {});
    throw error;
  }
}
