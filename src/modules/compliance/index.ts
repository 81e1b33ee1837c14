import { defineModule } from '../../platform/module.ts';
import type { ConnectionsServices } from '../connections/index.ts';
import type { NetworkServices } from '../network/index.ts';
import type { ComplianceTables } from './compliance.tables.ts';
import { createComplianceService } from './compliance.service.ts';
import { complianceCapabilities } from './compliance.capabilities.ts';
import { complianceEvents } from './compliance.events.ts';
import { complianceNotices } from './compliance.notices.ts';
import { complianceRoutes } from './compliance.routes.ts';
import { createScreeningEngine } from './screening.engine.ts';
import { CHECK_ON_EVENT_JOB, createChecksService, RESCREEN_JOB } from './checks.service.ts';
import { createReviewsService } from './reviews.service.ts';
import { createDeprovisionService } from './deprovision.service.ts';

// This module's tables join the Kysely schema.
declare module '../../database.ts' {
  interface Database extends ComplianceTables {}
}

/**
 * Compliance screening against restricted / denied-party lists (PRODUCT.md §6): the lists, the
 * matching engine, background checks of every customer, the review queue and deprovisioning.
 */
export const complianceModule = defineModule({
  name: 'compliance',
  capabilities: complianceCapabilities,
  events: complianceEvents,
  notices: complianceNotices,
  services: (ctx, deps: Pick<ConnectionsServices, 'connections'> & Pick<NetworkServices, 'ports'>) => {
    const engine = createScreeningEngine(ctx.db, { strong: ctx.config.screeningStrongScore, review: ctx.config.screeningReviewScore });
    return {
      compliance: createComplianceService(ctx, engine),
      screeningChecks: createChecksService(ctx, engine),
      screeningReviews: createReviewsService(ctx),
      deprovisioning: createDeprovisionService(ctx, { connections: deps.connections, ports: deps.ports }),
    };
  },
  routes: (_ctx, services) => [complianceRoutes(services)],
  jobs: (_ctx, services) => [
    { name: CHECK_ON_EVENT_JOB, events: ['company.created', 'company.updated', 'company.billing_address_changed'], handler: services.screeningChecks.checkOnEvent },
    // One at a time per process is enough: a re-screen walks every customer in pages.
    { name: RESCREEN_JOB, events: ['screening_list.imported'], handler: services.screeningChecks.rescreen, retryLimit: 3 },
  ],
});

export type ComplianceServices = ReturnType<NonNullable<typeof complianceModule.services>>;

// For the CLI (portico screening import).
export { readListSource } from './lists.source.ts';
export { ListFormatError } from './lists.parse.ts';
