import type { Capability, Names } from '../../platform/access/access.ts';

/**
 * Who works with wholesale provisioning (PRODUCT.md §5): the partner (the wholesale service
 * provider) for its own customers; the operator reads. The tree check (own partner only, else 404)
 * is platform/access's.
 */
export const wholesaleCapabilities = {
  /** Read onboarding templates: every user of a partner (its own), the operator's users (all). */
  'wholesale.templates.view': (actor) => actor.companyType === 'partner' || actor.companyType === 'operator',
  /** Create, edit and delete them: the partner's company admins. */
  'wholesale.templates.manage': (actor) => actor.companyType === 'partner' && actor.role === 'company_admin',
  /** Read customer organisations, their packages, locations, numbers and subscribers: the partner's users, the operator's. */
  'wholesale.customers.view': (actor) => actor.companyType === 'partner' || actor.companyType === 'operator',
  /** Create, change and deprovision customers, their locations, numbers and subscribers: the partner's company and technical admins. */
  'wholesale.customers.manage': (actor) => actor.companyType === 'partner' && (actor.role === 'company_admin' || actor.role === 'technical_admin'),
  /** Request and download billing reports: the partner's company admins and finance; the operator's users read them. */
  'wholesale.billing_reports.view': (actor) =>
    (actor.companyType === 'partner' && (actor.role === 'company_admin' || actor.role === 'finance')) || actor.companyType === 'operator',
  'wholesale.billing_reports.request': (actor) => actor.companyType === 'partner' && (actor.role === 'company_admin' || actor.role === 'finance'),
} satisfies Record<string, Capability>;

declare module '../../platform/access/access.ts' {
  interface CapabilityMap extends Names<typeof wholesaleCapabilities> {}
}
