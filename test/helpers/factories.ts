import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../src/platform/context.ts';
import { ensureOperator } from '../../src/modules/accounts/bootstrap.ts';
import { insertCompanyTx } from '../../src/modules/accounts/companies.service.ts';
import { insertUserTx } from '../../src/modules/accounts/users.service.ts';
import { hashPassword } from '../../src/modules/accounts/passwords.ts';
import type { CompanyType, Role } from '../../src/modules/accounts/accounts.tables.ts';
import { seedBillingMarkets } from '../../src/modules/partners/index.ts';
import { login } from './portico.ts';

export const PASSWORD = 'correct horse battery';
const SYSTEM = { system: true as const, requestId: 'factory' };
let hash: Promise<string> | null = null;
let counter = 0;

export interface TestUser {
  id: string;
  email: string;
  companyId: string;
  role: Role;
  token: string;
}

export async function makeCompany(ctx: AppContext, type: Exclude<CompanyType, 'operator'>, options: { name?: string; partnerId?: string } = {}) {
  return ctx.db.kysely.transaction().execute((trx) =>
    insertCompanyTx(ctx, trx, SYSTEM, {
      type, name: options.name ?? `${type} ${++counter}`, partnerId: options.partnerId ?? null, accountRef: null, billingAddress: null,
    }),
  );
}

export async function makeUser(app: FastifyInstance, ctx: AppContext, companyId: string, role: Role, companyType: CompanyType): Promise<TestUser> {
  const passwordHash = await (hash ??= hashPassword(PASSWORD));
  const email = `${role.replace(/_/g, '-')}-${++counter}-${Date.now()}@test.example`;
  const user = await ctx.db.kysely.transaction().execute((trx) =>
    insertUserTx(ctx, trx, SYSTEM, { companyId, companyType, email, firstName: 'Test', lastName: role, role, language: 'en', passwordHash }),
  );
  return { id: user.id, email, companyId, role, token: await login(app, email, PASSWORD) };
}

/** A fresh company tree: operator, a partner with one managed account, a direct customer, an admin in each. */
export async function makeTree(app: FastifyInstance, ctx: AppContext) {
  const operatorId = await ensureOperator(ctx);
  const partner = await makeCompany(ctx, 'partner');
  const managed = await makeCompany(ctx, 'managed', { partnerId: partner.id });
  const direct = await makeCompany(ctx, 'direct');
  const otherPartner = await makeCompany(ctx, 'partner');
  const otherManaged = await makeCompany(ctx, 'managed', { partnerId: otherPartner.id });
  return {
    operatorId, partner, managed, direct, otherPartner, otherManaged,
    operatorAdmin: await makeUser(app, ctx, operatorId, 'company_admin', 'operator'),
    partnerAdmin: await makeUser(app, ctx, partner.id, 'company_admin', 'partner'),
    managedAdmin: await makeUser(app, ctx, managed.id, 'company_admin', 'managed'),
    directAdmin: await makeUser(app, ctx, direct.id, 'company_admin', 'direct'),
    otherPartnerAdmin: await makeUser(app, ctx, otherPartner.id, 'company_admin', 'partner'),
  };
}

/**
 * Enables billing markets (ISO country codes) for a partner or direct customer, as the system: a company
 * orders ports, MCRs and VXCs only in its markets (a managed account in its partner's). Nothing is enabled implicitly.
 */
export async function enableMarkets(ctx: AppContext, companyId: string, countries: string[]) {
  await ctx.db.kysely.transaction().execute((trx) => seedBillingMarkets(trx, SYSTEM, companyId, countries));
}
