import { managedGate, neverManaged, type Capability, type Names, type CompanyRef } from '../../platform/access/access.ts';
import { ADMIN_ROLES, mayProvide } from '../accounts/index.ts';

/** Providers are the companies accounts says may provide (direct customers and partners). */
export const isProvider = (company: CompanyRef | undefined): boolean => !company || mayProvide(company.type);

export const marketplaceCapabilities = {
  /** Have a marketplace profile and offer ports (the target is the providing company). */
  /** A managed account never has one (PRODUCT.md §4: so it cannot be a provider). */
  'marketplace.provide': neverManaged('marketplaceProfile', (_actor, target) => isProvider(target)),
  /** Issue and change service keys for the target's ports. */
  'service_keys.manage': (actor, target) => ADMIN_ROLES.includes(actor.role) && isProvider(target),
  /** Company admins and finance; in a managed account only when its partner shows prices (partners' showPrices, hidden by default). */
  'prices.view': managedGate(
    { setting: 'showPrices', enabled: (settings) => settings.managed?.showPrices === true },
    (actor) => actor.role === 'company_admin' || actor.role === 'finance',
  ),
} satisfies Record<string, Capability>;

declare module '../../platform/access/access.ts' {
  interface CapabilityMap extends Names<typeof marketplaceCapabilities> {}
}
