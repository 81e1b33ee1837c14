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
} satisfies Record<string, Capability>;

declare module '../../platform/access/access.ts' {
  interface CapabilityMap extends Names<typeof wholesaleCapabilities> {}
}
