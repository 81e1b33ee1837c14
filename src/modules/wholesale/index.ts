import { defineModule } from '../../platform/module.ts';

/**
 * Wholesale provisioning (PRODUCT.md §5, issue 12): onboarding templates, customer organisations
 * provisioned by partners, packages and their caps, subscribers, locations and numbers, dial-in,
 * data region, billing reports. So far: the package catalogue and its rules, and the dial-in
 * tables; the tables, services and routes follow.
 */
export const wholesaleModule = defineModule({
  name: 'wholesale',
});

export { DEFAULT_CATALOGUE, findPackage, type Catalogue, type CataloguePackage } from './packages.catalogue.ts';
export { checkPackageList, checkPackageUpdate, checkSubscriberPackage, organisationPackage, type PackageLine, type PackageProblem } from './packages.policy.ts';
export { countryRegion, defaultDialIn, REGION_DEFAULTS, type DialIn, type Region } from './dialin.ts';
