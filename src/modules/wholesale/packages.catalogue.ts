/**
 * The operator's wholesale package catalogue (PRODUCT.md §5) as data: base packages with their tier
 * and whether they include calling, add-ons with the packages they need. Prices are not here: the
 * billing module's price book prices each package per market.
 */

export interface BasePackage {
  name: string;
  kind: 'base';
  /** Higher is more: an admin gets the organisation's highest tier. */
  tier: number;
  callingEnabled: boolean;
}

export interface AddOn {
  name: string;
  kind: 'addon';
  /** The add-on is allowed when the customer has one of these packages… */
  requiresAnyOf?: string[];
  /** …or any calling-enabled package. */
  requiresCalling?: boolean;
}

export type CataloguePackage = BasePackage | AddOn;

export interface Catalogue {
  packages: CataloguePackage[];
}

/** The default catalogue mirrors the reference wholesale offer. */
export const DEFAULT_CATALOGUE: Catalogue = {
  packages: [
    { name: 'common_area_calling', kind: 'base', tier: 0, callingEnabled: true },
    { name: 'meetings', kind: 'base', tier: 1, callingEnabled: false },
    { name: 'voice', kind: 'base', tier: 1, callingEnabled: true },
    { name: 'calling', kind: 'base', tier: 2, callingEnabled: true },
    { name: 'suite', kind: 'base', tier: 3, callingEnabled: true },
    { name: 'attendant_console', kind: 'addon', requiresAnyOf: ['calling', 'suite'] },
    { name: 'calling_plan', kind: 'addon', requiresCalling: true },
  ],
};

export function findPackage(catalogue: Catalogue, name: string): CataloguePackage | undefined {
  return catalogue.packages.find((p) => p.name === name);
}
