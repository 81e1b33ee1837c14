import type { Config } from './config.ts';
import type { Executor } from './platform/db/db.ts';
import { findUserByEmail } from './modules/accounts/index.ts';
import { DEMO_COMPANIES, DEMO_PASSWORD, DEMO_PROVIDER_LOGIN, type DemoLogin } from './demo/demo.ts';

/** What the banner tells: found in the database at each start, not only on the first. */
export interface BannerFacts {
  role: 'api' | 'worker' | 'all';
  /** The demo users that exist in this database. */
  demoLogins: DemoLogin[];
  /** PORTICO_ADMIN_EMAIL, when that user exists. */
  adminEmail: string | null;
}

export async function bannerFacts(db: Executor, config: Config, role: BannerFacts['role']): Promise<BannerFacts> {
  const demoLogins: DemoLogin[] = [];
  for (const company of DEMO_COMPANIES) {
    for (const user of company.users) {
      if (await findUserByEmail(db, user.email)) demoLogins.push({ email: user.email, role: user.role, company: company.name });
    }
  }
  const adminEmail = config.adminEmail && (await findUserByEmail(db, config.adminEmail)) ? config.adminEmail : null;
  return { role, demoLogins, adminEmail };
}

/** The start-up banner: where the portal is, who can log in, and where mail goes. */
export function startupBanner(config: Config, facts: BannerFacts): string {
  const where = config.databaseUrl ? 'PostgreSQL' : `the embedded database in ${config.dataDir}`;
  const lines = [``, `Portico is running (${facts.role}) on ${where}.`];
  if (facts.role !== 'worker') lines.push(`  Portal:   ${config.publicUrl}/`, `  API docs: ${config.publicUrl}/docs`);
  lines.push(`  Mail:     ${mailLine(config)}`, '');
  if (facts.adminEmail) lines.push(`Operator admin: ${facts.adminEmail} (password from PORTICO_ADMIN_PASSWORD)`);
  if (facts.demoLogins.length) lines.push(...demoLoginLines(facts.demoLogins));
  if (!facts.adminEmail && !facts.demoLogins.length) {
    lines.push('No login is known: set PORTICO_ADMIN_EMAIL and PORTICO_ADMIN_PASSWORD, or run `portico create-admin`.');
  }
  return lines.join('\n');
}

function mailLine(config: Config): string {
  const mailLog = `the operator's Mail log in the portal (${config.publicUrl}/admin/emails)`;
  // The host only: the URL may carry the SMTP password.
  if (config.smtpUrl) return `sent by SMTP through ${new URL(config.smtpUrl).host}; every mail is also listed in ${mailLog}`;
  return `not sent (no SMTP_URL): kept in the database, read it in ${mailLog}`;
}

/** The demo logins as a list (the banner, and `portico demo`). */
export function demoLoginLines(logins: DemoLogin[]): string[] {
  const lines = [`Demo logins (password for all: ${DEMO_PASSWORD}):`];
  for (const login of logins) lines.push(`  ${login.email.padEnd(32)} ${login.role.padEnd(20)} ${login.company}`);
  if (logins.some((l) => l.email === DEMO_PROVIDER_LOGIN)) {
    lines.push(`A provider with connection requests and a speed change to approve: ${DEMO_PROVIDER_LOGIN} (Approvals).`);
  }
  return lines;
}
