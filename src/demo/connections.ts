import type { Tx } from '../platform/db/db.ts';
import type { AppContext } from '../platform/context.ts';
import { hasConnections, seedConnection, type ConnectionState } from '../modules/connections/index.ts';
import type { DemoUsers } from './demo.ts';
import type { DemoPorts } from './marketplace.ts';
import { daysAgo } from './timeline.ts';

interface DemoVxc {
  name: string;
  /** Customer port → provider port, by the demo's port names. */
  from: string;
  to: string;
  rateLimitMbps: number;
  state: ConnectionState;
  /** Who orders (customer side) and who decides (provider side), by e-mail. */
  orderedBy: string;
  decidedBy?: string;
  /** The provider's own B-end VLAN on accepting (the lowest free from there; absent = the lowest free). */
  bEndVlan?: number;
  denyReason?: string;
  /** A LIVE VXC's pending request for a higher rate limit, and how many days ago it was asked for. */
  speedUp?: { toMbps: number; daysAgo: number };
  /**
   * Its story: how many days ago it was ordered, then each move after (a fraction of a day is hours).
   * One left DEPLOYABLE or CONFIGURED is being provisioned right now, so its story is of the last hours.
   */
  daysAgo: number[];
}

/**
 * VXCs in every state between the demo customers and providers. Équinoxe's admins
 * (admin@equinoxe.example) find two requests and a speed change waiting for them in their approvals;
 * Northwind's admins find Lumen's order in their service approvals.
 */
export const DEMO_VXCS: DemoVxc[] = [
  {
    name: 'Acme transit Frankfurt', from: 'Acme EU edge', to: 'Équinoxe Networks Frankfurt FRA1', rateLimitMbps: 1000, state: 'LIVE',
    orderedBy: 'neteng@acme-media.example', decidedBy: 'noc@equinoxe.example', bEndVlan: 100, speedUp: { toMbps: 2000, daysAgo: 1 }, daysAgo: [62, 61, 60.9, 60.8],
  },
  {
    name: 'Acme cloud on-ramp West', from: 'Acme LA core', to: 'CloudGate Seattle SEA1', rateLimitMbps: 2000, state: 'LIVE',
    orderedBy: 'neteng@acme-media.example', decidedBy: 'admin@cloudgate.example', daysAgo: [45, 44.5, 44.4, 44.3],
  },
  {
    name: 'Acme London transit (old)', from: 'Acme EU edge', to: 'Équinoxe Networks London LON1', rateLimitMbps: 500, state: 'DECOMMISSIONED',
    orderedBy: 'admin@acme-media.example', decidedBy: 'admin@equinoxe.example', daysAgo: [200, 199, 198.9, 198.8, 20],
  },
  {
    name: 'Acme APAC render farm', from: 'Acme LA core', to: 'Orbital Compute Singapore SIN1', rateLimitMbps: 10000, state: 'DENIED',
    orderedBy: 'neteng@acme-media.example', decidedBy: 'admin@orbital.example',
    denyReason: 'Singapore SIN1 is reserved for customers under a GPU contract. Please order at Sydney SYD1, or write to hello@orbital.example.', daysAgo: [14, 13],
  },
  {
    name: 'Acme backup to CloudGate', from: 'Acme EU edge', to: 'CloudGate Frankfurt FRA2', rateLimitMbps: 1000, state: 'AWAITING_APPROVAL',
    orderedBy: 'noc@acme-media.example', daysAgo: [2],
  },
  {
    name: 'Blue Fjord analytics feed', from: 'Blue Fjord Nordics', to: 'Équinoxe Networks Amsterdam AMS1', rateLimitMbps: 2000, state: 'AWAITING_APPROVAL',
    orderedBy: 'admin@bluefjord.example', daysAgo: [5],
  },
  {
    name: 'Blue Fjord trial link', from: 'Blue Fjord Nordics', to: 'CloudGate Frankfurt FRA2', rateLimitMbps: 100, state: 'CANCELLED',
    orderedBy: 'admin@bluefjord.example', daysAgo: [30, 28],
  },
  {
    name: 'Harbor store backhaul', from: 'Harbor DE', to: 'Équinoxe Networks Frankfurt FRA1', rateLimitMbps: 1000, state: 'AWAITING_APPROVAL',
    orderedBy: 'it@harbor-retail.example', daysAgo: [1],
  },
  {
    name: 'Harbor cloud POS', from: 'Harbor DE', to: 'CloudGate Frankfurt FRA2', rateLimitMbps: 500, state: 'DEPLOYABLE',
    orderedBy: 'admin@harbor-retail.example', decidedBy: 'admin@cloudgate.example', daysAgo: [0.1, 0.02],
  },
  {
    // Lumen's partner approves its orders first (approvalQueue): this one waits in Northwind's queue.
    name: 'Lumen DR replica Paris', from: 'Lumen Milano', to: 'Équinoxe Networks Paris PAR1', rateLimitMbps: 500, state: 'AWAITING_PARTNER',
    orderedBy: 'admin@lumen-clinics.example', daysAgo: [0.3],
  },
  {
    name: 'Lumen imaging archive', from: 'Lumen Milano', to: 'Équinoxe Networks Paris PAR1', rateLimitMbps: 1000, state: 'CONFIGURED',
    orderedBy: 'admin@lumen-clinics.example', decidedBy: 'noc@equinoxe.example', bEndVlan: 210, daysAgo: [0.2, 0.05, 0.01],
  },
];

/**
 * Orders the demo VXCs through the connections module's seed: it allocates the VLANs, walks each to its
 * state with who and when and an audit row per step, and provisions on those left DEPLOYABLE or
 * CONFIGURED, so they go LIVE like a real order. Added only when none of the demo customers has a connection yet.
 */
export async function loadDemoConnections(ctx: AppContext, trx: Tx, ports: DemoPorts, users: DemoUsers): Promise<boolean> {
  const customers = [...new Set(DEMO_VXCS.map((v) => ports.get(v.from)!.companyId))];
  if (await hasConnections(trx, customers)) return false;
  for (const vxc of DEMO_VXCS) {
    await seedConnection(ctx, trx, {
      name: vxc.name, rateLimitMbps: vxc.rateLimitMbps, aPortId: ports.get(vxc.from)!.id, bPortId: ports.get(vxc.to)!.id, state: vxc.state,
      orderedBy: users.get(vxc.orderedBy)!, decidedBy: vxc.decidedBy ? users.get(vxc.decidedBy)! : undefined,
      bEndVlan: vxc.bEndVlan, denyReason: vxc.denyReason, at: vxc.daysAgo.map(daysAgo),
      speedUp: vxc.speedUp && { toMbps: vxc.speedUp.toMbps, at: daysAgo(vxc.speedUp.daysAgo) },
    });
  }
  return true;
}
