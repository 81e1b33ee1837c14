import { managedGate, type Capability, type ManagedGate, type Names } from '../../platform/access/access.ts';
import { creatableCompanyTypes } from './accounts.policy.ts';

const companyAdmin: Capability = (actor) => actor.role === 'company_admin';

/** A managed account sees its company profile only when its partner lets it (companyProfile, off by default). */
const companyProfile: ManagedGate = { setting: 'companyProfile', enabled: (settings) => settings.managed?.companyProfile === true };

/** Companies, their users, audit log and API keys. The tree check is done by platform/access. */
export const accountsCapabilities = {
  /** The company's profile (name, account reference, billing address): everyone's own, a managed account's when its partner shows it. */
  'company_profile.view': managedGate(companyProfile, () => true),
  'company_profile.edit': managedGate(companyProfile, companyAdmin),
  'users.manage': companyAdmin,
  'audit.view': companyAdmin,
  'api_keys.manage': () => true,
  /** A tree of more than one company: the operator's and a partner's. */
  'companies.view_tree': (actor) => actor.companyType === 'operator' || actor.companyType === 'partner',
  'companies.create': (actor) => creatableCompanyTypes(actor).length > 0,
  /** Act for one of its managed accounts in the portal: a partner's users (their role still decides what they may do there). */
  'managed_accounts.act_for': (actor) => actor.companyType === 'partner',
} satisfies Record<string, Capability>;

declare module '../../platform/access/access.ts' {
  interface CapabilityMap extends Names<typeof accountsCapabilities> {}
}
