import type { Tx } from '../platform/db/db.ts';
import type { Actor } from '../platform/actor.ts';
import { seedBillingMarkets } from '../modules/partners/index.ts';
import { daysAgo, JOINED_DAYS_AGO } from './timeline.ts';

/**
 * The demo's billing markets (ISO country codes), enabled by each company's first admin when it
 * joined: where its ports are, and a little more. Northwind's are also its managed accounts' (Harbor
 * in Germany, Lumen in Italy); Orbital has none outside Asia Pacific, Blue Fjord only the Nordics.
 * Every demo port and VXC is in an enabled market.
 */
export const DEMO_MARKETS: Record<string, string[]> = {
  northwind: ['GB', 'DE', 'IT'],
  acme: ['US', 'DE'],
  bluefjord: ['SE', 'NO'],
  equinoxe: ['FR', 'DE', 'GB', 'NL', 'IT'],
  cloudgate: ['US', 'DE', 'SG', 'JP'],
  orbital: ['SG', 'AU', 'HK'],
};

export async function loadDemoMarkets(trx: Tx, companies: Map<string, string>, adminOf: Map<string, Actor>): Promise<boolean> {
  let changed = false;
  for (const [key, countries] of Object.entries(DEMO_MARKETS)) {
    if (await seedBillingMarkets(trx, adminOf.get(key)!, companies.get(key)!, countries, daysAgo(JOINED_DAYS_AGO - 1))) changed = true;
  }
  return changed;
}
