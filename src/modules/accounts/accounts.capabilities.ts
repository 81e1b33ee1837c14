import type { Capability, Names } from '../../platform/access/access.ts';
import { creatableCompanyTypes } from './accounts.policy.ts';

const companyAdmin: Capability = (actor) => actor.role === 'company_admin';

/** Companies, their users, audit log and API keys. The tree check is done by platform/access. */
export const accountsCapabilities = {
  'company.view': () => true,
  'company.edit': companyAdmin,
  'users.manage': companyAdmin,
  'audit.view': companyAdmin,
  'api_keys.manage': () => true,
  /** A tree of more than one company: the operator's and a partner's. */
  'companies.view_tree': (actor) => actor.companyType === 'operator' || actor.companyType === 'partner',
  'companies.create': (actor) => creatableCompanyTypes(actor).length > 0,
  'compliance.review': (actor) => actor.companyType === 'operator' && (actor.role === 'compliance_officer' || actor.role === 'company_admin'),
} satisfies Record<string, Capability>;

declare module '../../platform/access/access.ts' {
  interface CapabilityMap extends Names<typeof accountsCapabilities> {}
}
