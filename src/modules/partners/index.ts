import { defineModule } from '../../platform/module.ts';
import type { PartnersTables } from './partners.tables.ts';
import { partnersCapabilities } from './partners.capabilities.ts';
import { createPartnersService } from './partners.service.ts';
import { partnersRoutes } from './partners.routes.ts';
import { createSupportService } from './support.service.ts';
import { supportRoutes } from './support.routes.ts';
import { createPartnerApprovalsService } from './approvals.service.ts';
import { approvalsRoutes } from './approvals.routes.ts';
import { partnersEvents } from './partners.events.ts';
import { partnersNotices } from './partners.notices.ts';

// This module's tables join the Kysely schema.
declare module '../../database.ts' {
  interface Database extends PartnersTables {}
}

/** Partners and their managed accounts' settings, branding, billing markets and service approval queue. */
export const partnersModule = defineModule({
  name: 'partners',
  capabilities: partnersCapabilities,
  events: partnersEvents,
  notices: partnersNotices,
  services: (ctx) => ({ partners: createPartnersService(ctx), support: createSupportService(ctx), partnerApprovals: createPartnerApprovalsService(ctx) }),
  routes: (_ctx, services) => [partnersRoutes(services), supportRoutes(services), approvalsRoutes(services)],
  actorSettings: (_ctx, services) => services.partners.actorSettings,
});

export type PartnersServices = ReturnType<NonNullable<typeof partnersModule.services>>;

// What other modules use of partners.
export { partnersQueries } from './partners.queries.ts';
export type { ManagedSettings } from './partners.settings.ts';
export type { Look } from './partners.look.ts';
export type { ApprovalRequest, ApprovalSubject, PartnerApprovalsService } from './approvals.service.ts';
export type { ApprovalSummary } from './partners.tables.ts';
export { billingMarketNotEnabled } from './partners.queries.ts';
export { seedBillingMarkets, seedBranding, seedManagedSettings, seedPartnerApproval } from './partners.seed.ts';
