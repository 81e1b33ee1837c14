import type { AppContext } from '../platform/context.ts';
import type { Actor } from '../platform/actor.ts';
import { hashPassword, hasAnyUser, seedCompany, seedUser, type BillingAddress, type CompanyType, type Role } from '../modules/accounts/index.ts';
import { seedLocations } from '../modules/network/index.ts';
import { DEMO_LOCATIONS } from './locations.ts';
import { daysAgo, JOINED_DAYS_AGO } from './timeline.ts';
import { loadDemoMarketplace } from './marketplace.ts';
import { loadDemoMarkets } from './markets.ts';
import { loadDemoPartners } from './partners.ts';
import { loadDemoConnections } from './connections.ts';
import { loadDemoServiceKeys } from './service-keys.ts';
import { seedClosedMonth, seedPriceBook } from '../modules/billing/index.ts';
import { DEMO_PRICE_BOOK } from './prices.ts';

export const DEMO_PASSWORD = 'portico-demo';

interface DemoCompany {
  key: string;
  name: string;
  type: CompanyType;
  partner?: string;
  accountRef?: string;
  address?: BillingAddress;
  users: { email: string; firstName: string; lastName: string; role: Role; language?: 'en' | 'de' | 'it' }[];
}

/** The demo world: the operator, a partner with two managed accounts, two customers and three providers. */
export const DEMO_COMPANIES: DemoCompany[] = [
  {
    key: 'operator', name: 'Portico Operator', type: 'operator',
    users: [
      { email: 'ops@portico.example', firstName: 'Olivia', lastName: 'Operator', role: 'company_admin' },
      { email: 'noc@portico.example', firstName: 'Noah', lastName: 'Nakamura', role: 'technical_admin' },
      { email: 'compliance@portico.example', firstName: 'Clara', lastName: 'Conti', role: 'compliance_officer', language: 'it' },
    ],
  },
  {
    key: 'northwind', name: 'Northwind Wholesale', type: 'partner',
    address: { addressLine1: '1 Canada Square', city: 'London', zipOrPostalCode: 'E14 5AB', country: 'GB' },
    users: [
      { email: 'admin@northwind.example', firstName: 'Nora', lastName: 'Walsh', role: 'company_admin' },
      { email: 'tech@northwind.example', firstName: 'Theo', lastName: 'Marsh', role: 'technical_admin' },
      { email: 'billing@northwind.example', firstName: 'Bea', lastName: 'Lund', role: 'finance' },
    ],
  },
  {
    key: 'harbor', name: 'Harbor Retail', type: 'managed', partner: 'northwind', accountRef: 'NW-1001',
    address: { addressLine1: 'Am Sandtorkai 1', city: 'Hamburg', zipOrPostalCode: '20457', country: 'DE' },
    users: [
      { email: 'admin@harbor-retail.example', firstName: 'Hanna', lastName: 'Berger', role: 'company_admin', language: 'de' },
      { email: 'it@harbor-retail.example', firstName: 'Jonas', lastName: 'Keller', role: 'technical_contact', language: 'de' },
    ],
  },
  {
    key: 'lumen', name: 'Lumen Clinics', type: 'managed', partner: 'northwind', accountRef: 'NW-1002',
    address: { addressLine1: 'Via Torino 12', city: 'Milano', zipOrPostalCode: '20123', country: 'IT' },
    users: [{ email: 'admin@lumen-clinics.example', firstName: 'Luca', lastName: 'Ferri', role: 'company_admin', language: 'it' }],
  },
  {
    key: 'acme', name: 'Acme Media', type: 'direct',
    address: { addressLine1: '500 Market Street', city: 'San Francisco', stateOrProvince: 'CA', zipOrPostalCode: '94105', country: 'US' },
    users: [
      { email: 'admin@acme-media.example', firstName: 'Ada', lastName: 'Moreno', role: 'company_admin' },
      { email: 'neteng@acme-media.example', firstName: 'Ravi', lastName: 'Patel', role: 'technical_admin' },
      { email: 'noc@acme-media.example', firstName: 'Nina', lastName: 'Cho', role: 'technical_contact' },
      { email: 'finance@acme-media.example', firstName: 'Frank', lastName: 'Ortiz', role: 'finance' },
      { email: 'viewer@acme-media.example', firstName: 'Vera', lastName: 'Lind', role: 'read_only' },
    ],
  },
  {
    key: 'bluefjord', name: 'Blue Fjord Analytics', type: 'direct',
    address: { addressLine1: 'Karl Johans gate 5', city: 'Oslo', zipOrPostalCode: '0154', country: 'NO' },
    users: [{ email: 'admin@bluefjord.example', firstName: 'Ingrid', lastName: 'Dahl', role: 'company_admin' }],
  },
  {
    key: 'equinoxe', name: 'Équinoxe Networks', type: 'direct',
    address: { addressLine1: '10 Rue de la Paix', city: 'Paris', zipOrPostalCode: '75002', country: 'FR' },
    users: [
      { email: 'admin@equinoxe.example', firstName: 'Émile', lastName: 'Durand', role: 'company_admin' },
      { email: 'noc@equinoxe.example', firstName: 'Léa', lastName: 'Martin', role: 'technical_admin' },
    ],
  },
  {
    key: 'cloudgate', name: 'CloudGate', type: 'direct',
    address: { addressLine1: '410 Terry Ave N', city: 'Seattle', stateOrProvince: 'WA', zipOrPostalCode: '98109', country: 'US' },
    users: [{ email: 'admin@cloudgate.example', firstName: 'Grace', lastName: 'Kim', role: 'company_admin' }],
  },
  {
    key: 'orbital', name: 'Orbital Compute', type: 'partner',
    address: { addressLine1: '1 Raffles Place', city: 'Singapore', zipOrPostalCode: '048616', country: 'SG' },
    users: [{ email: 'admin@orbital.example', firstName: 'Omar', lastName: 'Tan', role: 'company_admin' }],
  },
];

export interface DemoLogin {
  email: string;
  role: string;
  company: string;
}

/** The provider admin with pending approvals in the demo (printed in the summary). */
export const DEMO_PROVIDER_LOGIN = 'admin@equinoxe.example';

/** The demo users as the seed commands take them (who ordered, who decided), by e-mail. */
export type DemoUsers = Map<string, Actor>;

/**
 * Loads the demo world in one transaction. Every part is added only when it is missing (companies and
 * users by the users' e-mails, the marketplace, connections, …), so running it again changes nothing and
 * a database from an older demo gets only the new parts. With onlyIfEmpty, does nothing unless the
 * database has no users. Returns the demo logins when anything was added, [] when nothing was.
 */
export async function loadDemoData(ctx: AppContext, options: { onlyIfEmpty: boolean; onProgress?: (done: number, total: number) => void }): Promise<DemoLogin[] | null> {
  if (options.onlyIfEmpty && (await hasAnyUser(ctx.db.kysely))) return null;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const total = DEMO_COMPANIES.length + 1;
  const logins: DemoLogin[] = [];
  let changed = false;
  await ctx.db.kysely.transaction().execute(async (trx) => {
    const ids = new Map<string, string>();
    const users: DemoUsers = new Map();
    let done = 0;
    for (const company of DEMO_COMPANIES) {
      // A demo company is found again by its first user (names are not unique).
      const seeded = await seedCompany(ctx, trx, {
        type: company.type, name: company.name, partnerId: company.partner ? ids.get(company.partner)! : null,
        accountRef: company.accountRef ?? null, billingAddress: company.address ?? null, createdAt: daysAgo(JOINED_DAYS_AGO),
      }, { userEmail: company.users[0].email });
      if (seeded.created) changed = true;
      ids.set(company.key, seeded.id);
      for (const user of company.users) {
        const { actor, created } = await seedUser(ctx, trx, {
          companyId: seeded.id, companyType: company.type, email: user.email, firstName: user.firstName, lastName: user.lastName,
          role: user.role, language: user.language ?? 'en', passwordHash, createdAt: daysAgo(JOINED_DAYS_AGO),
        });
        if (created) changed = true;
        users.set(user.email, actor);
        logins.push({ email: user.email, role: user.role, company: company.name });
      }
      options.onProgress?.(++done, total);
    }
    const locations = await seedLocations(trx, DEMO_LOCATIONS);
    const adminOf = new Map(DEMO_COMPANIES.map((c) => [c.key, users.get(c.users[0].email)!]));
    if (await loadDemoMarkets(trx, ids, adminOf)) changed = true;
    if (await loadDemoPartners(trx, ids, adminOf)) changed = true;
    const marketplace = await loadDemoMarketplace(ctx, trx, ids, adminOf, locations);
    if (marketplace.changed) changed = true;
    if (await loadDemoConnections(ctx, trx, marketplace.ports, users)) changed = true;
    if (await loadDemoServiceKeys(ctx, trx, marketplace.ports, users)) changed = true;
    if (await seedPriceBook(trx, DEMO_PRICE_BOOK, ids.get('operator')!)) changed = true;
    // Last month is closed: its invoices (Northwind's with its managed accounts' lines) are there to look at.
    if ((await seedClosedMonth(ctx, trx)) > 0) changed = true;
    options.onProgress?.(done + 1, total);
  });
  return changed ? logins : [];
}
