import type { Tx } from '../platform/db/db.ts';
import type { AppContext } from '../platform/context.ts';
import { hasServiceKeys, seedServiceKey } from '../modules/marketplace/index.ts';
import { lowestFreeVlanOn, seedConnection } from '../modules/connections/index.ts';
import type { DemoUsers } from './demo.ts';
import type { DemoPorts } from './marketplace.ts';
import { daysAgo } from './timeline.ts';

/** The keys were issued a month ago; the VXC ordered with one, 10 days ago (pre-approved: configured and live within hours). */
const ISSUED_DAYS_AGO = 30;
const USED_DAYS_AGO = [10, 9.95, 9.9];

interface DemoKey {
  port: string;
  issuedBy: string;
  singleUse: boolean;
  maxSpeedMbps: number;
  /** The fixed B-end VLAN (the lowest free from this one on the port); single-use keys need one. */
  vlan?: number;
  preApproved: boolean;
  active: boolean;
  validForDays?: number;
  description: string;
  /** A VXC ordered with the key, taken to LIVE. */
  usedBy?: { name: string; from: string; orderedBy: string; rateLimitMbps: number };
}

/** Keys of Équinoxe and CloudGate: single-use with a VLAN, multi-use pre-approved, and on private ports. */
export const DEMO_KEYS: DemoKey[] = [
  {
    port: 'Équinoxe Networks Frankfurt FRA1', issuedBy: 'admin@equinoxe.example', singleUse: true, maxSpeedMbps: 1000, vlan: 300,
    preApproved: false, active: true, validForDays: 30, description: 'Acme Media: second transit link in Frankfurt (single use)',
  },
  {
    port: 'Équinoxe Networks Milan MIL1', issuedBy: 'noc@equinoxe.example', singleUse: false, maxSpeedMbps: 2000, preApproved: true, active: true,
    description: 'Milan private peering for healthcare customers (pre-approved)',
    usedBy: { name: 'Lumen private peering Milan', from: 'Lumen Milano', orderedBy: 'admin@lumen-clinics.example', rateLimitMbps: 1000 },
  },
  {
    port: 'CloudGate Seattle SEA1', issuedBy: 'admin@cloudgate.example', singleUse: false, maxSpeedMbps: 10000, preApproved: true, active: true,
    description: 'CloudGate Direct self-service on-ramp (pre-approved)',
  },
  {
    port: 'CloudGate Tokyo TYO1', issuedBy: 'admin@cloudgate.example', singleUse: false, maxSpeedMbps: 5000, preApproved: false, active: false,
    description: 'Tokyo private region, partners only (paused)',
  },
];

/**
 * Issues the demo keys through the marketplace's seed (random key, audit row), and orders one VXC with
 * a pre-approved key on a private port through the connections' seed (straight to provisioning, then
 * LIVE, its use recorded). Added only when the demo providers have no key yet.
 */
export async function loadDemoServiceKeys(ctx: AppContext, trx: Tx, ports: DemoPorts, users: DemoUsers): Promise<boolean> {
  const providers = [...new Set(DEMO_KEYS.map((k) => ports.get(k.port)!.companyId))];
  if (await hasServiceKeys(trx, providers)) return false;
  for (const spec of DEMO_KEYS) {
    const port = ports.get(spec.port)!;
    const key = await seedServiceKey(trx, users.get(spec.issuedBy)!, {
      portId: port.id, singleUse: spec.singleUse, maxSpeedMbps: spec.maxSpeedMbps, vlan: spec.vlan ? await lowestFreeVlanOn(trx, port.id, spec.vlan) : undefined,
      validTo: spec.validForDays ? daysAgo(-spec.validForDays).toISOString() : undefined, active: spec.active, preApproved: spec.preApproved,
      description: spec.description,
    }, daysAgo(ISSUED_DAYS_AGO));
    if (!spec.usedBy) continue;
    await seedConnection(ctx, trx, {
      name: spec.usedBy.name, rateLimitMbps: spec.usedBy.rateLimitMbps, aPortId: ports.get(spec.usedBy.from)!.id, serviceKey: key, state: 'LIVE',
      orderedBy: users.get(spec.usedBy.orderedBy)!, at: USED_DAYS_AGO.map(daysAgo),
    });
  }
  return true;
}
