import type { Capability, Names } from '../../platform/access/access.ts';

/** Who does compliance work (PRODUCT.md §6): the operator's compliance officers and company admins. */
export const complianceCapabilities = {
  /** The screening lists, screening and the review queue. */
  'compliance.review': (actor) => actor.companyType === 'operator' && (actor.role === 'compliance_officer' || actor.role === 'company_admin'),
} satisfies Record<string, Capability>;

declare module '../../platform/access/access.ts' {
  interface CapabilityMap extends Names<typeof complianceCapabilities> {}
}
