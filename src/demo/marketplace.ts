import type { Tx } from '../platform/db/db.ts';
import { uuidv7 } from '../platform/ids.ts';
import { portsRepo } from '../modules/network/index.ts';
import { marketplaceRepo, searchTerms } from '../modules/marketplace/index.ts';

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
 * The providers' profiles and every demo port; each is added only when missing (a profile by its
 * company, a port by its company and name), so loading twice adds nothing.
 */
export async function loadDemoMarketplace(trx: Tx, companies: Map<string, string>, adminOf: Map<string, string>): Promise<{ changed: boolean; ports: DemoPorts }> {
  const locations = new Map((await trx.selectFrom('locations').select(['id', 'name']).execute()).map((l) => [l.name, l.id]));
  const ports: DemoPorts = new Map();
  const owners = [...new Set([...PROVIDERS.map((p) => p.key), ...CUSTOMER_PORTS.map(([key]) => key)])].map((key) => companies.get(key)!);
  for (const port of await portsRepo.listPorts(trx, owners, { after: null, limit: 1000 })) {
    if (port.provisioning_status === 'LIVE') ports.set(port.name, { id: port.id, companyId: port.company_id, speedMbps: port.speed_mbps });
  }
  let changed = false;
  const livePort = async (companyKey: string, location: string, name: string, visibility: 'public' | 'private') => {
    if (ports.has(name)) return;
    const id = uuidv7();
    const companyId = companies.get(companyKey)!;
    await portsRepo.insertPort(trx, {
      id, companyId, locationId: locations.get(location)!, kind: 'port', name, speedMbps: 10000, visibility, orderedBy: adminOf.get(companyKey)!,
    });
    await portsRepo.transitionPort(trx, id, 'configure', null);
    await portsRepo.transitionPort(trx, id, 'go_live', null);
    ports.set(name, { id, companyId, speedMbps: 10000 });
    changed = true;
  };
  for (const provider of PROVIDERS) {
    const companyId = companies.get(provider.key)!;
    if (!(await marketplaceRepo.findProfile(trx, companyId))) {
      await marketplaceRepo.saveProfile(trx, companyId, adminOf.get(provider.key)!, {
        title: provider.title, description: provider.description, services: [...provider.services], contactEmail: provider.contactEmail,
        website: provider.website, phone: null, hqAddress: null, logoUrl: null,
      }, searchTerms(provider.title));
      changed = true;
    }
    for (const [location, visibility] of provider.ports) await livePort(provider.key, location, `${provider.title} ${location}`, visibility);
  }
  for (const [key, location, name] of CUSTOMER_PORTS) await livePort(key, location, name, 'private');
  return { changed, ports };
}
