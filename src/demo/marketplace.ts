import type { Tx } from '../platform/db/db.ts';
import type { AppContext } from '../platform/context.ts';
import type { Actor } from '../platform/actor.ts';
import { seedPort } from '../modules/network/index.ts';
import { seedProfile } from '../modules/marketplace/index.ts';
import { daysAgo, PORTS_ORDERED_DAYS_AGO } from './timeline.ts';

/** The demo providers' profiles and ports (public and private) across the metros, and some customer ports. */
const PROVIDERS = [
  {
    key: 'equinoxe', title: 'Équinoxe Networks', services: ['internet', 'cloud', 'data-centre'], contactEmail: 'sales@equinoxe.example', website: 'https://equinoxe.example',
    description: 'Carrier-neutral interconnection across Europe: IP transit, cloud on-ramps and private links in every major metro.',
    ports: [['Paris PAR1', 'public'], ['Frankfurt FRA1', 'public'], ['London LON1', 'public'], ['Amsterdam AMS1', 'public'], ['Milan MIL1', 'private']],
  },
  {
    key: 'cloudgate', title: 'CloudGate', services: ['cloud', 'compute', 'storage'], contactEmail: 'partners@cloudgate.example', website: 'https://cloudgate.example',
    description: 'Direct, private on-ramps to the CloudGate public cloud regions, from 1 to 100 Gbps.',
    ports: [['Ashburn IAD1', 'public'], ['Seattle SEA1', 'public'], ['Frankfurt FRA2', 'public'], ['Singapore SIN1', 'public'], ['Tokyo TYO1', 'private']],
  },
  {
    key: 'orbital', title: 'Orbital Compute', services: ['compute', 'security', 'managed-services'], contactEmail: 'hello@orbital.example', website: 'https://orbital.example',
    description: 'GPU and bare-metal compute in Asia Pacific with DDoS-protected connectivity.',
    ports: [['Singapore SIN1', 'public'], ['Sydney SYD1', 'public'], ['Hong Kong HKG1', 'public']],
  },
] as const;

const CUSTOMER_PORTS = [
  ['acme', 'Los Angeles LAX1', 'Acme LA core'],
  ['acme', 'Frankfurt FRA1', 'Acme EU edge'],
  ['bluefjord', 'Stockholm STO1', 'Blue Fjord Nordics'],
  ['harbor', 'Frankfurt FRA2', 'Harbor DE'],
  ['lumen', 'Milan MIL1', 'Lumen Milano'],
] as const;

/** The demo's live ports by name ("Acme EU edge", "Équinoxe Networks Frankfurt FRA1", …). */
export type DemoPorts = Map<string, { id: string; companyId: string; speedMbps: number }>;

/**
 * The providers' profiles and every demo port, LIVE for a year, ordered by the company's first admin; each is
 * added only when missing (a profile by its company, a port by its company and name), so loading twice adds nothing.
 */
export async function loadDemoMarketplace(
  ctx: AppContext, trx: Tx, companies: Map<string, string>, adminOf: Map<string, Actor>, locations: Map<string, string>,
): Promise<{ changed: boolean; ports: DemoPorts }> {
  const ports: DemoPorts = new Map();
  let changed = false;
  const livePort = async (companyKey: string, location: string, name: string, visibility: 'public' | 'private') => {
    const port = await seedPort(ctx, trx, {
      companyId: companies.get(companyKey)!, locationId: locations.get(location)!, name, speedMbps: 10000, visibility, orderedBy: adminOf.get(companyKey)!, state: 'LIVE',
      at: [daysAgo(PORTS_ORDERED_DAYS_AGO), daysAgo(PORTS_ORDERED_DAYS_AGO - 0.1), daysAgo(PORTS_ORDERED_DAYS_AGO - 0.2)],
    });
    ports.set(name, port);
    if (port.created) changed = true;
  };
  for (const provider of PROVIDERS) {
    const { title, description, services, contactEmail, website } = provider;
    if (await seedProfile(trx, adminOf.get(provider.key)!, companies.get(provider.key)!, { title, description, services: [...services], contactEmail, website })) changed = true;
    for (const [location, visibility] of provider.ports) await livePort(provider.key, location, `${title} ${location}`, visibility);
  }
  for (const [key, location, name] of CUSTOMER_PORTS) await livePort(key, location, name, 'private');
  return { changed, ports };
}
