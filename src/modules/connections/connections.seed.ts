import type { AppContext } from '../../platform/context.ts';
import type { Actor } from '../../platform/actor.ts';
import type { Executor, Tx } from '../../platform/db/db.ts';
import { writeAudit } from '../../platform/audit/audit.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { networkActor, networkQueries, nextStep, portOwner, simulatedStep } from '../network/index.ts';
import { seedPartnerApproval } from '../partners/index.ts';
import { seedServiceKeyUse } from '../marketplace/index.ts';
import * as repo from './connections.repo.ts';
import * as speedRepo from './speed-changes.repo.ts';
import { pickVlan } from './connections.access.ts';
import { approvalSummary, presentConnection, presentSpeedChange } from './connections.present.ts';
import { lowestFreeVlan, pathBetween, type ConnectionState, type ConnectionTransition } from './connections.state.ts';
import { needsApproval } from './speed-changes.state.ts';

/**
 * Commands for the demo data (src/demo): connections with a believable history, made by this module's
 * rules (VLANs under the ports' locks, the state machine, the audit rows the service and the network
 * write), in the caller's transaction and without notifications.
 */

/** The audit action of each move: as the service writes the people's, and the network controller its steps. */
const AUDIT_ACTION: Record<ConnectionTransition, string> = {
  accept: 'connection.accepted', deny: 'connection.denied', cancel: 'connection.cancelled', decommission: 'connection.decommissioned',
  configure: 'connection.configure', go_live: 'connection.go_live',
  release: 'connection.released', reject: 'connection.rejected', withdraw: 'connection.withdrawn',
};

/** Whether any of these companies has ordered a connection. */
export const hasConnections = (db: Executor, customerIds: string[]): Promise<boolean> => repo.anyConnectionOf(db, customerIds);

/** The lowest VLAN free on the port from `from` on (the port's row locked until the transaction ends). */
export async function lowestFreeVlanOn(trx: Tx, portId: string, from?: number): Promise<number> {
  await networkQueries.lockPorts(trx, [portId]);
  const vlan = lowestFreeVlan((await repo.vlansInUse(trx, [portId])).get(portId) ?? [], from);
  if (vlan === null) throw new Error(`seed: every VLAN on port ${portId} is taken`);
  return vlan;
}

export interface SeedConnection {
  name: string;
  rateLimitMbps: number;
  /** The customer's port; the connection belongs to its company. */
  aPortId: string;
  /** The provider's port; absent with a service key (the key's port). */
  bPortId?: string;
  /** Ordered with this key: a pre-approved one skips the provider's decision, a fixed VLAN is the B-end's. */
  serviceKey?: { id: string; portId: string; vlan: number | null; preApproved: boolean; singleUse: boolean };
  /**
   * Where its history ends; DEPLOYABLE or CONFIGURED is really provisioned on from there; AWAITING_PARTNER
   * waits in the managed account's partner's approval queue.
   */
  state: ConnectionState;
  /** The customer's user who ordered it (and cancels or decommissions it). */
  orderedBy: Actor;
  /** The provider's user who accepted or denied it. */
  decidedBy?: Actor;
  /** On accepting, the B-end gets the lowest free VLAN from this one (absent: the lowest free). */
  bEndVlan?: number;
  denyReason?: string;
  /** A LIVE connection's raise awaiting the provider, asked for at `at` (absent: now). */
  speedUp?: { toMbps: number; at?: Date };
  /** When it was ordered, then when each move was made (in order; those not given: now). */
  at?: Date[];
}

/**
 * Orders a connection and moves it through the state machine to `state`: each move from its expected
 * state, stamped with who and when, with its audit row. Returns its id.
 */
export async function seedConnection(app: AppContext, trx: Tx, c: SeedConnection): Promise<string> {
  const a = await networkQueries.port(trx, c.aPortId);
  const b = await networkQueries.port(trx, c.serviceKey?.portId ?? c.bPortId ?? '');
  if (!a || !b) throw new Error(`seed: ${c.name}: no such port`);
  const key = c.serviceKey ?? null;
  const preApproved = Boolean(key?.preApproved);
  // As in an order: the B-end VLAN is settled now when the key fixes it or pre-approves the connection.
  const settlesB = key !== null && (key.vlan !== null || preApproved);
  const ports = settlesB ? [a.id, b.id] : [a.id];
  await networkQueries.lockPorts(trx, ports);
  const used = await repo.vlansInUse(trx, ports);
  const bVlan = settlesB ? (key.vlan ?? pickVlan(used.get(b.id) ?? [], undefined, 'serviceKey')) : null;
  const orderedAt = c.at?.[0];
  let row = await repo.insertConnection(trx, {
    id: uuidv7(orderedAt?.getTime()), requestedAt: orderedAt, companyId: a.company_id, providerCompanyId: b.company_id, name: c.name, rateLimitMbps: c.rateLimitMbps,
    aPortId: a.id, aVlan: pickVlan(used.get(a.id) ?? [], undefined, 'aEnd.vlan'), bPortId: b.id, bVlan, requestedBy: c.orderedBy.userId,
    serviceKeyId: key?.id ?? null, preApproved, heldForPartner: c.state === 'AWAITING_PARTNER',
  }, { a, b });
  await writeAudit(trx, c.orderedBy, { action: 'connection.requested', companyId: row.company_id, targetType: 'connection', targetId: row.id, after: presentConnection(row), at: orderedAt });
  if (key) await seedServiceKeyUse(trx, key, orderedAt);
  if (row.state === 'AWAITING_PARTNER') {
    await seedPartnerApproval(trx, c.orderedBy, { kind: 'connection', company: portOwner(a), subjectId: row.id, connectionId: row.id, summary: approvalSummary(row), at: orderedAt });
  }

  const path = pathBetween(row.state, c.state);
  if (!path) throw new Error(`seed: ${c.name} cannot get from ${row.state} to ${c.state}`);
  const network = networkActor(row);
  for (const [i, t] of path.entries()) {
    const at = c.at?.[i + 1];
    const provider = t === 'accept' || t === 'deny';
    const by = provider ? c.decidedBy : t === 'cancel' || t === 'decommission' ? c.orderedBy : null;
    if (by === undefined) throw new Error(`seed: ${c.name}: who decides?`);
    const extra = t === 'accept' ? { b_vlan: row.b_vlan ?? (await lowestFreeVlanOn(trx, b.id, c.bEndVlan)) } : t === 'deny' ? { deny_reason: c.denyReason } : {};
    const before = row.state;
    const after = await repo.transition(trx, row.id, t, by?.userId ?? null, extra, at);
    if (!after) throw new Error(`seed: ${c.name} cannot ${t} from ${before}`);
    row = after;
    await writeAudit(trx, by ?? network, {
      action: AUDIT_ACTION[t], companyId: provider ? row.provider_company_id : row.company_id, targetType: 'connection', targetId: row.id, at,
      ...(by ? { before: { state: before }, after: { state: row.state, ...(row.deny_reason ? { reason: row.deny_reason } : {}) } } : {}),
    });
  }
  const next = nextStep(row.state);
  if (next) await app.jobs.emit(trx, simulatedStep(app, { resource: 'connection', id: row.id, step: next }));

  if (c.speedUp) {
    const { toMbps, at } = c.speedUp;
    if (row.state !== 'LIVE' || !needsApproval(row.rate_limit_mbps, toMbps)) throw new Error(`seed: ${c.name}: only a LIVE connection's raise awaits the provider`);
    const change = await speedRepo.insertSpeedChange(trx, {
      id: uuidv7(at?.getTime()), connectionId: row.id, fromMbps: row.rate_limit_mbps, toMbps, requestedBy: c.orderedBy.userId, applied: false, requestedAt: at,
    });
    await writeAudit(trx, c.orderedBy, {
      action: 'speed_change.requested', companyId: row.company_id, targetType: 'connection', targetId: row.id, before: { rateLimitMbps: row.rate_limit_mbps }, after: presentSpeedChange(change), at,
    });
  }
  return row.id;
}
