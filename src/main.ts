#!/usr/bin/env node
import { Command, Option } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { loadConfig } from './config.ts';
import { createLogger, startPortico, type Role } from './runtime.ts';
import { openDatabase } from './platform/db/db.ts';
import { migrate } from './platform/db/migrate.ts';
import { Jobs } from './platform/jobs/jobs.ts';
import { registerJobs } from './jobs.ts';
import { createServices } from './services.ts';
import { createMailTransport } from './platform/mail/transport.ts';
import type { AppContext } from './platform/context.ts';
import { createOperatorAdmin } from './modules/accounts/index.ts';
import { loadDemoData } from './demo/demo.ts';
import { parseMonth, previousMonth } from './modules/billing/index.ts';
import { readListSource } from './modules/compliance/index.ts';
import { CsvFormatError } from './platform/csv.ts';
import { bannerFacts, demoLoginLines, startupBanner } from './banner.ts';

/** A context with the job queue started but no workers: for one-off CLI commands. */
async function withContext<T>(run: (ctx: AppContext) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const log = createLogger({ ...config, logLevel: process.env.LOG_LEVEL ?? 'warn' });
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const jobs = new Jobs({ db, databaseUrl: config.databaseUrl, log });
  const mail = createMailTransport({ smtpUrl: config.smtpUrl, from: config.mailFrom });
  try {
    await migrate(db);
    const ctx: AppContext = { db, jobs, config, log, mail };
    registerJobs(ctx, createServices(ctx));
    await jobs.start({ work: false });
    return await run(ctx);
  } finally {
    await jobs.stop();
    mail.close();
    await db.close();
  }
}

const program = new Command()
  .name('portico')
  .description('Portico: the open service-provider platform (marketplace, connections, partners).')
  .showHelpAfterError();

program
  .command('start')
  .description('Run Portico: migrate, then serve the API and portal and/or run background workers.')
  .addOption(new Option('--role <role>', 'api: HTTP only; worker: jobs only; all: both').choices(['api', 'worker', 'all']).default('all'))
  .action(async (options: { role: Role }) => {
    const config = loadConfig();
    const portico = await startPortico(config, { role: options.role });
    if (portico.app) await portico.app.listen({ port: config.port, host: config.host });
    console.log(startupBanner(config, await bannerFacts(portico.ctx.db.kysely, config, options.role)));
    let stopping = false;
    const stop = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      portico.ctx.log.info({ signal }, 'shutting down');
      await portico.close();
      process.exit(0);
    };
    process.on('SIGINT', () => void stop('SIGINT'));
    process.on('SIGTERM', () => void stop('SIGTERM'));
  });

program
  .command('migrate')
  .description('Apply pending database migrations and exit.')
  .action(async () => {
    const config = loadConfig();
    const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    try {
      const { applied } = await migrate(db, (name) => console.log(`applied ${name}`));
      console.log(applied.length ? `${applied.length} migration(s) applied.` : 'The database is up to date.');
    } finally {
      await db.close();
    }
  });

program
  .command('create-admin')
  .description('Create a company_admin of the operator (and the operator company if there is none).')
  .requiredOption('--email <email>', 'the admin e-mail')
  .option('--password <password>', 'the password (default: $PORTICO_ADMIN_PASSWORD)')
  .option('--first-name <name>', 'first name', 'Platform')
  .option('--last-name <name>', 'last name', 'Admin')
  .action(async (options: { email: string; password?: string; firstName: string; lastName: string }) => {
    const password = options.password ?? process.env.PORTICO_ADMIN_PASSWORD;
    if (!password || password.length < 10) {
      console.error('A password of at least 10 characters is needed: --password or PORTICO_ADMIN_PASSWORD.');
      process.exit(2);
    }
    const result = await withContext((ctx) => createOperatorAdmin(ctx, { email: options.email, password, firstName: options.firstName, lastName: options.lastName }));
    console.log(result.created ? `Created operator admin ${options.email}.` : `A user with e-mail ${options.email} exists already; nothing changed.`);
  });

program
  .command('demo')
  .description('Load the demo data (companies, users of every role, locations) into the database.')
  .action(async () => {
    const logins = await withContext(async (ctx) => {
      const bar = new SingleBar({ format: 'Loading demo data [{bar}] {value}/{total}' }, Presets.shades_classic);
      let started = false;
      const result = await loadDemoData(ctx, {
        onlyIfEmpty: false,
        onProgress: (done, total) => {
          if (!started) bar.start(total, 0);
          started = true;
          bar.update(done);
        },
      });
      bar.stop();
      return result;
    });
    if (logins && logins.length) console.log(['', ...demoLoginLines(logins)].join('\n'));
    else console.log('Demo data was loaded already; nothing changed.');
  });

program
  .command('close-month')
  .description("Close a month now (default: the last one): one invoice per paying company; a company invoiced already keeps its invoice.")
  .argument('[month]', 'YYYY-MM')
  .action(async (month?: string) => {
    if (month !== undefined && !/^[0-9]{4}-(0[1-9]|1[0-2])$/.test(month)) {
      console.error('The month is YYYY-MM, e.g. 2026-01.');
      process.exit(2);
    }
    const result = await withContext((ctx) => createServices(ctx).invoices.closeMonth(month ? parseMonth(month) : previousMonth(new Date())));
    console.log(`${result.month}: ${result.invoices} invoice(s) made${result.unpriced ? `; ${result.unpriced} service period(s) had no price and were not charged` : ''}.`);
  });

const screening = program.command('screening').description('Restricted / denied-party lists for compliance screening.');

screening
  .command('import')
  .description(
    'Import a list version, replacing the active one of its list in one transaction: the Consolidated Screening List (CSV, 2019 or 2022+ format, ' +
      'gzip too), the BIS Denied Persons List (tab-separated), or the directory of OFAC’s SDN set (sdn.csv, alt.csv, add.csv). Bad rows are ' +
      'counted and reported with their line numbers; a file that cannot be read changes nothing.',
  )
  .argument('<source>', 'a file, a directory (OFAC’s SDN set) or an https URL')
  .action(async (location: string) => {
    let source;
    try {
      source = await readListSource(location);
    } catch (error) {
      console.error(error instanceof CsvFormatError ? `${location}: ${error.message}; nothing was imported.` : `${(error as Error).message}; nothing was imported.`);
      process.exit(2);
    }
    const result = await withContext(async (ctx) => {
      const bar = new SingleBar({ format: `Importing ${source.list.toUpperCase()} [{bar}] {value}/{total} entries` }, Presets.shades_classic);
      bar.start(source.parsed.entries.length, 0);
      try {
        return await createServices(ctx).compliance.importList({ system: true, requestId: 'cli-screening-import' }, source, (done) => bar.update(done));
      } finally {
        bar.stop();
      }
    });
    console.log(`${result.list.toUpperCase()} ${result.version}: ${result.entries} entries, ${result.badRows} bad row(s), sha256 ${result.checksum}` +
      `${result.replaced ? '; replaced the previous version' : ''}.`);
    for (const bad of result.badRowSample) console.log(`  line ${bad.line}: ${bad.reason}`);
    if (result.badRows > result.badRowSample.length) console.log(`  … and ${result.badRows - result.badRowSample.length} more`);
  });

program.parseAsync(process.argv).catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
