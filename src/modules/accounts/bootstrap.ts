import type { AppContext } from '../../platform/context.ts';
import * as repo from './accounts.repo.ts';
import { insertCompanyTx } from './companies.service.ts';
import { insertUserTx } from './users.service.ts';
import { hashPassword } from './passwords.ts';

const SYSTEM = { system: true as const, requestId: 'bootstrap' };

/** Makes sure the operator company exists; returns its id. */
export async function ensureOperator(ctx: AppContext, name = 'Portico Operator'): Promise<string> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const existing = await repo.findOperator(trx);
    if (existing) return existing.id;
    const company = await insertCompanyTx(ctx, trx, SYSTEM, { type: 'operator', name, partnerId: null, accountRef: null, billingAddress: null });
    return company.id;
  });
}

/** Creates an operator company_admin with this e-mail unless a user already has it. */
export async function createOperatorAdmin(ctx: AppContext, input: { email: string; password: string; firstName?: string; lastName?: string }) {
  if (await repo.findUserByEmail(ctx.db.kysely, input.email)) return { created: false as const };
  const operatorId = await ensureOperator(ctx);
  const passwordHash = await hashPassword(input.password);
  const user = await ctx.db.kysely.transaction().execute((trx) =>
    insertUserTx(ctx, trx, SYSTEM, {
      companyId: operatorId, companyType: 'operator', email: input.email, firstName: input.firstName ?? 'Platform', lastName: input.lastName ?? 'Admin',
      role: 'company_admin', language: 'en', passwordHash,
    }),
  );
  return { created: true as const, user };
}

/** PORTICO_ADMIN_EMAIL + PORTICO_ADMIN_PASSWORD: the operator's first admin, created at start-up. */
export async function bootstrapAdmin(ctx: AppContext): Promise<void> {
  const { adminEmail, adminPassword } = ctx.config;
  if (!adminEmail || !adminPassword) return;
  const result = await createOperatorAdmin(ctx, { email: adminEmail, password: adminPassword });
  if (result.created) ctx.log.info({ email: adminEmail }, 'operator admin created');
}
