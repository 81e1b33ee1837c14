import type { Capability, Names, CompanyRef } from '../../platform/access/access.ts';
import { ADMIN_ROLES } from '../accounts/index.ts';

/** Providers are direct customers and partners: a managed account cannot be one, nor the operator. */
export const isProvider = (company: CompanyRef | undefined): boolean => !company || company.type === 'direct' || company.type === 'partner';

export const marketplaceCapabilities = {
  /** Have a marketplace profile and offer ports (the target is the providing company). */
  'marketplace.provide': (_actor, target) => isProvider(target),
  /** Issue and change service keys for the target's ports. */
  'service_keys.manage': (actor, target) => ADMIN_ROLES.includes(actor.role) && isProvider(target),
  'prices.view': (actor) => actor.role === 'company_admin' || actor.role === 'finance',
} satisfies Record<string, Capability>;

declare module '../../platform/access/access.ts' {
  interface CapabilityMap extends Names<typeof marketplaceCapabilities> {}
}
