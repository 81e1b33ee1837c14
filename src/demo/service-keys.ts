import { randomUUID } from 'node:crypto';
import type { Tx } from '../platform/db/db.ts';
import { uuidv7 } from '../platform/ids.ts';
import { writeAudit } from '../platform/audit/audit.ts';
import { serviceKeysRepo as keysRepo, presentKey } from '../modules/marketplace/index.ts';
import { connectionsRepo, lowestFreeVlan } from '../modules/connections/index.ts';
import { networkQueries } from '../modules/network/index.ts';
import type { DemoUser } from './demo.ts';
import type { DemoPorts } from './marketplace.ts';
import { demoActor } from './connections.ts';

const DAY = 24 * 60 * 60 * 1000;

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
 * Issues the demo keys through the service-keys repo as the service does (random key, audit row), and
 * orders one VXC with a pre-approved key on a private port (straight to provisioning, then LIVE, its use
 * recorded). Added only when the demo providers have no key yet.
 */
export async function loadDemoServiceKeys(trx: Tx, ports: DemoPorts, users: Map<string, DemoUser>): Promise<boolean> {
  const providers = [...new Set(DEMO_KEYS.map((k) => ports.get(k.port)!.companyId))];
  if ((await keysRepo.listKeys(trx, { companyIds: providers, after: null, limit: 1 })).length > 0) return false;
  const now = Date.now();
  for (const spec of DEMO_KEYS) {
    const port = ports.get(spec.port)!;
    const issuer = users.get(spec.issuedBy)!;
    let vlan: number | null = null;
    if (spec.vlan) {
      await networkQueries.lockPorts(trx, [port.id]);
      vlan = lowestFreeVlan((await connectionsRepo.vlansInUse(trx, [port.id])).get(port.id)!, spec.vlan);
    }
    const row = await keysRepo.insertKey(trx, {
      id: uuidv7(), key: randomUUID(), companyId: port.companyId, portId: port.id, singleUse: spec.singleUse, maxSpeedMbps: spec.maxSpeedMbps, vlan,
      validFrom: null, validTo: spec.validForDays ? new Date(now + spec.validForDays * DAY) : null, active: spec.active, preApproved: spec.preApproved,
      description: spec.description, createdBy: issuer.id,
    });
    await writeAudit(trx, demoActor(issuer), { action: 'service_key.created', companyId: port.companyId, targetType: 'service_key', targetId: row.id, after: presentKey(row) });
    if (!spec.usedBy) continue;
    const a = ports.get(spec.usedBy.from)!;
    const customer = users.get(spec.usedBy.orderedBy)!;
    await networkQueries.lockPorts(trx, [a.id]);
    // A pre-approved key without a VLAN: the provider's end gets the lowest free one, as in an order.
    const bVlan = vlan ?? lowestFreeVlan((await connectionsRepo.vlansInUse(trx, [port.id])).get(port.id)!);
    const connection = await connectionsRepo.insertConnection(trx, {
      id: uuidv7(), companyId: a.companyId, providerCompanyId: port.companyId, name: spec.usedBy.name, rateLimitMbps: spec.usedBy.rateLimitMbps,
      aPortId: a.id, aVlan: lowestFreeVlan((await connectionsRepo.vlansInUse(trx, [a.id])).get(a.id)!)!, bPortId: port.id, bVlan, requestedBy: customer.id,
      serviceKeyId: row.id, preApproved: spec.preApproved,
    });
    await writeAudit(trx, demoActor(customer), { action: 'connection.requested', companyId: a.companyId, targetType: 'connection', targetId: connection.id, after: { state: connection.state, serviceKeyId: row.id } });
    const system = { system: true as const, requestId: 'demo' };
    for (const step of ['configure', 'go_live'] as const) {
      if (!(await connectionsRepo.transition(trx, connection.id, step, null))) throw new Error(`demo: ${spec.usedBy.name} cannot ${step}`);
      await writeAudit(trx, system, { action: `connection.${step}`, companyId: a.companyId, targetType: 'connection', targetId: connection.id });
    }
    await keysRepo.recordUse(trx, row.id, new Date());
  }
  return true;
}
