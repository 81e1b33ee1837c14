import { managedGate, neverManaged, type Capability, type ManagedGate, type Names } from '../../platform/access/access.ts';
import type { ManagedSettings } from './partners.settings.ts';
import { ADMIN_ROLES } from '../accounts/index.ts';

declare module '../../platform/access/access.ts' {
  interface CompanySettings {
    /** A managed account's settings in force (loaded for its users only). */
    managed?: ManagedSettings;
  }
}

const partnerOrOperator: Capability = (actor) => actor.companyType === 'partner' || actor.companyType === 'operator';

/** Technical support details: a partner-supported account views them, an operator-supported one does not (PRODUCT.md §4). */
const partnerSupported: ManagedGate = { setting: 'supportedBy', enabled: (settings) => (settings.managed?.supportedBy ?? 'partner') === 'partner' };

/** Partners' control of their managed accounts. The tree check (own partner only) is platform/access's. */
export const partnersCapabilities = {
  /** Read a managed account's settings: its partner, the operator, and the account's own users (to see what applies to them). */
  'managed_settings.view': (actor) => actor.companyType !== 'direct',
  /** Change them, and the partner-wide defaults: the partner's and the operator's company admins. */
  'managed_settings.edit': (actor, target, settings) => partnerOrOperator(actor, target, settings) && actor.role === 'company_admin',
  /** The dashboard: everyone's, but a managed account's only when its partner shows it (dashboard, off by default). */
  'dashboard.view': managedGate({ setting: 'dashboard', enabled: (settings) => settings.managed?.dashboard === true }, () => true),
  /** Set the partner's branding: its company admins and the operator's. */
  'branding.edit': (actor, target, settings) => partnerOrOperator(actor, target, settings) && actor.role === 'company_admin',
  /** Chat with whoever supports the account: everyone, a managed account when its partner allows it (supportChat). */
  'support_chat.use': managedGate({ setting: 'supportChat', enabled: (settings) => settings.managed?.supportChat === true }, () => true),
  'support_details.view': managedGate(partnerSupported, () => true),
  /** Its company's and technical admins; never a managed account's users (its partner keeps them). */
  'support_details.edit': neverManaged('supportedBy', (actor) => actor.role === 'company_admin' || actor.role === 'technical_admin'),
  /** See a company's billing markets: the operator's, partners' and direct customers' users; never a managed account's (billingMarkets). */
  'billing_markets.view': neverManaged('billingMarkets'),
  /** Enable and disable them: company admins (the operator's for any partner or direct customer; the others' for their own). */
  'billing_markets.manage': neverManaged('billingMarkets', (actor) => actor.role === 'company_admin'),
  /** See the service approval queue of the managed accounts: the partner's users (and the operator's). */
  'partner_approvals.view': partnerOrOperator,
  /** Approve or reject in it: the partner's approvers, its company and technical admins (and the operator's). */
  'partner_approvals.decide': (actor, target, settings) => partnerOrOperator(actor, target, settings) && ADMIN_ROLES.includes(actor.role),
} satisfies Record<string, Capability>;

declare module '../../platform/access/access.ts' {
  interface CapabilityMap extends Names<typeof partnersCapabilities> {}
}
