import { defineModule } from '../../platform/module.ts';
import type { ComplianceTables } from './compliance.tables.ts';
import { createComplianceService } from './compliance.service.ts';
import { complianceCapabilities } from './compliance.capabilities.ts';
import { complianceRoutes } from './compliance.routes.ts';

// This module's tables join the Kysely schema.
declare module '../../database.ts' {
  interface Database extends ComplianceTables {}
}

/** Compliance screening against restricted / denied-party lists (PRODUCT.md §6): so far, the lists and their import. */
export const complianceModule = defineModule({
  name: 'compliance',
  capabilities: complianceCapabilities,
  services: (ctx) => ({ compliance: createComplianceService(ctx) }),
  routes: (_ctx, services) => [complianceRoutes(services)],
});

export type ComplianceServices = ReturnType<NonNullable<typeof complianceModule.services>>;

// For the CLI (portico screening import).
export { readListSource } from './lists.source.ts';
export { ListFormatError } from './lists.csv.ts';
