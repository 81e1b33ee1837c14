import { defineModule } from '../../platform/module.ts';
import { accountsNotices } from './accounts.notices.ts';
import type { AccountsTables, AccountsViews } from './accounts.tables.ts';
import { createAuthService } from './auth.service.ts';
import { createCompaniesService } from './companies.service.ts';
import { createUsersService } from './users.service.ts';
import { authRoutes } from './auth.routes.ts';
import { companiesRoutes } from './companies.routes.ts';
import { accountsCapabilities } from './accounts.capabilities.ts';
import { accountsEvents } from './accounts.events.ts';

// This module's tables and the views it publishes join the Kysely schema.
declare module '../../database.ts' {
  interface Database extends AccountsTables, AccountsViews {}
}

/** Companies, users, sessions and API keys. */
export const accountsModule = defineModule({
  name: 'accounts',
  events: accountsEvents,
  capabilities: accountsCapabilities,
  notices: accountsNotices,
  services: (ctx) => ({
    auth: createAuthService(ctx),
    companies: createCompaniesService(ctx),
    users: createUsersService(ctx),
  }),
  routes: (ctx, services) => [
    authRoutes({ auth: services.auth, users: services.users, config: ctx.config }),
    companiesRoutes(services),
  ],
});

export type AccountsServices = ReturnType<NonNullable<typeof accountsModule.services>>;

// What other modules use of accounts.
export { accountsQueries } from './accounts.queries.ts';
export { companyCompliance } from './companies.compliance.ts';
// For modules whose records are companies (wholesale customers): created and re-addressed by accounts' rules.
export { changeBillingAddressTx, insertCompanyTx } from './companies.service.ts';
export { ADMIN_ROLES, ORDERING_ROLES, mayProvide } from './accounts.policy.ts';
export type { BillingAddress, CompanyType, ComplianceStatus, Language, Role } from './accounts.tables.ts';
export { BillingAddressSchema, LanguageSchema } from './accounts.schemas.ts';
export { hashPassword, randomSecret } from './passwords.ts';

// For the CLI: the start-up banner and the first operator admin.
export { findUserByEmail } from './accounts.repo.ts';
export { bootstrapAdmin, createOperatorAdmin } from './bootstrap.ts';

// For the demo data (src/demo): companies and users made by this module's rules.
export { hasAnyUser, seedCompany, seedUser } from './accounts.seed.ts';
