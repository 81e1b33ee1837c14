import type { Tx } from '../platform/db/db.ts';
import type { AppContext } from '../platform/context.ts';
import { nextStep, simulatedStep, networkQueries } from '../modules/network/index.ts';
import type { Actor } from '../platform/actor.ts';
import { uuidv7 } from '../platform/ids.ts';
import { writeAudit } from '../platform/audit/audit.ts';
import { connectionsRepo, speedChangesRepo, presentSpeedChange, lowestFreeVlan, type ConnectionState, type ConnectionTransition } from '../modules/connections/index.ts';
import type { DemoUser } from './demo.ts';
import type { DemoPorts } from './marketplace.ts';

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
  /** A LIVE VXC's pending request for a higher rate limit. */
  speedUpTo?: number;
}

/**
 * VXCs in every state between the demo customers and providers. Équinoxe's admins
 * (admin@equinoxe.example) find two requests and a speed change waiting for them in their approvals.
 */
export const DEMO_VXCS: DemoVxc[] = [
  {
    name: 'Acme transit Frankfurt', from: 'Acme EU edge', to: 'Équinoxe Networks Frankfurt FRA1', rateLimitMbps: 1000, state: 'LIVE',
    orderedBy: 'neteng@acme-media.example', decidedBy: 'noc@equinoxe.example', bEndVlan: 100, speedUpTo: 2000,
  },
  {
    name: 'Acme cloud on-ramp West', from: 'Acme LA core', to: 'CloudGate Seattle SEA1', rateLimitMbps: 2000, state: 'LIVE',
    orderedBy: 'neteng@acme-media.example', decidedBy: 'admin@cloudgate.example',
  },
  {
    name: 'Acme London transit (old)', from: 'Acme EU edge', to: 'Équinoxe Networks London LON1', rateLimitMbps: 500, state: 'DECOMMISSIONED',
    orderedBy: 'admin@acme-media.example', decidedBy: 'admin@equinoxe.example',
  },
  {
    name: 'Acme APAC render farm', from: 'Acme LA core', to: 'Orbital Compute Singapore SIN1', rateLimitMbps: 10000, state: 'DENIED',
    orderedBy: 'neteng@acme-media.example', decidedBy: 'admin@orbital.example',
    denyReason: 'Singapore SIN1 is reserved for customers under a GPU contract. Please order at Sydney SYD1, or write to hello@orbital.example.',
  },
  {
    name: 'Acme backup to CloudGate', from: 'Acme EU edge', to: 'CloudGate Frankfurt FRA2', rateLimitMbps: 1000, state: 'AWAITING_APPROVAL',
    orderedBy: 'noc@acme-media.example',
  },
  {
    name: 'Blue Fjord analytics feed', from: 'Blue Fjord Nordics', to: 'Équinoxe Networks Amsterdam AMS1', rateLimitMbps: 2000, state: 'AWAITING_APPROVAL',
    orderedBy: 'admin@bluefjord.example',
  },
  {
    name: 'Blue Fjord trial link', from: 'Blue Fjord Nordics', to: 'CloudGate Frankfurt FRA2', rateLimitMbps: 100, state: 'CANCELLED',
    orderedBy: 'admin@bluefjord.example',
  },
  {
    name: 'Harbor store backhaul', from: 'Harbor DE', to: 'Équinoxe Networks Frankfurt FRA1', rateLimitMbps: 1000, state: 'AWAITING_APPROVAL',
    orderedBy: 'it@harbor-retail.example',
  },
  {
    name: 'Harbor cloud POS', from: 'Harbor DE', to: 'CloudGate Frankfurt FRA2', rateLimitMbps: 500, state: 'DEPLOYABLE',
    orderedBy: 'admin@harbor-retail.example', decidedBy: 'admin@cloudgate.example',
  },
  {
    name: 'Lumen imaging archive', from: 'Lumen Milano', to: 'Équinoxe Networks Paris PAR1', rateLimitMbps: 1000, state: 'CONFIGURED',
    orderedBy: 'admin@lumen-clinics.example', decidedBy: 'noc@equinoxe.example', bEndVlan: 210,
  },
];

/** The transitions that lead from AWAITING_APPROVAL to a state, and which side makes each. */
const PATHS: Record<ConnectionState, { t: ConnectionTransition; by: 'customer' | 'provider' | 'network' }[]> = {
  AWAITING_APPROVAL: [],
  DEPLOYABLE: [{ t: 'accept', by: 'provider' }],
  CONFIGURED: [{ t: 'accept', by: 'provider' }, { t: 'configure', by: 'network' }],
  LIVE: [{ t: 'accept', by: 'provider' }, { t: 'configure', by: 'network' }, { t: 'go_live', by: 'network' }],
  DENIED: [{ t: 'deny', by: 'provider' }],
  CANCELLED: [{ t: 'cancel', by: 'customer' }],
  DECOMMISSIONED: [{ t: 'accept', by: 'provider' }, { t: 'configure', by: 'network' }, { t: 'go_live', by: 'network' }, { t: 'decommission', by: 'customer' }],
};

const AUDIT_ACTION: Record<ConnectionTransition, string> = {
  accept: 'connection.accepted', deny: 'connection.denied', cancel: 'connection.cancelled', configure: 'connection.configure',
  go_live: 'connection.go_live', decommission: 'connection.decommissioned',
};

export const demoActor = (user: DemoUser): Actor => ({
  userId: user.id, email: user.email, companyId: user.companyId, companyType: user.companyType, partnerId: user.partnerId, role: user.role,
  via: 'session', requestId: 'demo',
});

/**
 * Orders the demo VXCs through the connections repo as the services do: A-end VLAN = the lowest free one
 * on the port (under the port's row lock), each transition from its expected state with who and when,
 * and an audit row per step, and a pending speed change. No notifications. A VXC left DEPLOYABLE or CONFIGURED is really being
 * provisioned: its next step is scheduled, so it goes LIVE like a real order. Added only when none of the demo customers has a
 * connection yet.
 */
export async function loadDemoConnections(ctx: AppContext, trx: Tx, ports: DemoPorts, users: Map<string, DemoUser>): Promise<{ changed: boolean; ids: Map<string, string> }> {
  const ids = new Map<string, string>();
  const customers = [...new Set(DEMO_VXCS.map((v) => ports.get(v.from)!.companyId))];
  // Demo-only check (the connections module has no "any connection of these companies" query).
  if (await trx.selectFrom('connections').select('id').where('company_id', 'in', customers).limit(1).executeTakeFirst()) return { changed: false, ids };
  const system = { system: true as const, requestId: 'demo' };
  for (const vxc of DEMO_VXCS) {
    const a = ports.get(vxc.from)!;
    const b = ports.get(vxc.to)!;
    const customer = users.get(vxc.orderedBy)!;
    await networkQueries.lockPorts(trx, [a.id]);
    const aVlan = lowestFreeVlan((await connectionsRepo.vlansInUse(trx, [a.id])).get(a.id)!)!;
    let row = await connectionsRepo.insertConnection(trx, {
      id: uuidv7(), companyId: a.companyId, providerCompanyId: b.companyId, name: vxc.name, rateLimitMbps: vxc.rateLimitMbps,
      aPortId: a.id, aVlan, bPortId: b.id, bVlan: null, requestedBy: customer.id, serviceKeyId: null, preApproved: false,
    });
    await writeAudit(trx, demoActor(customer), { action: 'connection.requested', companyId: a.companyId, targetType: 'connection', targetId: row.id, after: { state: row.state } });
    for (const step of PATHS[vxc.state]) {
      const actor = step.by === 'network' ? null : step.by === 'customer' ? customer : users.get(vxc.decidedBy!)!;
      let extra: { b_vlan?: number | null; deny_reason?: string } = {};
      if (step.t === 'accept') {
        await networkQueries.lockPorts(trx, [b.id]);
        extra = { b_vlan: lowestFreeVlan((await connectionsRepo.vlansInUse(trx, [b.id])).get(b.id)!, vxc.bEndVlan) };
      }
      if (step.t === 'deny') extra = { deny_reason: vxc.denyReason };
      const before = row.state;
      const after = await connectionsRepo.transition(trx, row.id, step.t, actor?.id ?? null, extra);
      if (!after) throw new Error(`demo: ${vxc.name} cannot ${step.t} from ${before}`);
      row = after;
      await writeAudit(trx, actor ? demoActor(actor) : system, {
        action: AUDIT_ACTION[step.t], companyId: step.by === 'provider' ? b.companyId : a.companyId, targetType: 'connection', targetId: row.id,
        before: { state: before }, after: { state: row.state, ...(row.deny_reason ? { reason: row.deny_reason } : {}) },
      });
    }
    const next = nextStep(row.state);
    if (next) await ctx.jobs.emit(trx, simulatedStep(ctx, { resource: 'connection', id: row.id, step: next }));
    if (vxc.speedUpTo) {
      const change = await speedChangesRepo.insertSpeedChange(trx, {
        id: uuidv7(), connectionId: row.id, fromMbps: row.rate_limit_mbps, toMbps: vxc.speedUpTo, requestedBy: customer.id, applied: false,
      });
      await writeAudit(trx, demoActor(customer), {
        action: 'speed_change.requested', companyId: a.companyId, targetType: 'connection', targetId: row.id, before: { rateLimitMbps: row.rate_limit_mbps }, after: presentSpeedChange(change),
      });
    }
    ids.set(vxc.name, row.id);
  }
  return { changed: true, ids };
}
