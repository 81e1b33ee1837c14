import type { AppContext } from '../../platform/context.ts';
import type { Actor } from '../../platform/actor.ts';
import { AppError, conflict, forbidden, invalid, notFound } from '../../platform/errors.ts';
import { writeAudit } from '../../platform/audit/audit.ts';
import { uuidv7 } from '../../platform/ids.ts';
import type { Executor } from '../../platform/db/db.ts';
import { canDecideApprovals, canOrderServices, canViewCompany } from '../accounts/accounts.policy.ts';
import { directory } from '../accounts/accounts.directory.ts';
import type { NetworkController } from '../network/network.controller.ts';
import * as repo from './connections.repo.ts';
import { lowestFreeVlan, removalFor, type ConnectionTransition } from './connections.state.ts';

export interface OrderInput {
  name: string;
  rateLimitMbps: number;
  aEnd: { portId: string; vlan?: number };
  bEnd: { portId: string };
}

const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === '23505';

export function presentConnection(row: repo.ConnectionRow) {
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  const history: { state: string; at: string; by: string | null }[] = [{ state: 'AWAITING_APPROVAL', at: row.requested_at.toISOString(), by: row.requested_by }];
  const push = (state: string, at: Date | null, by: string | null = null) => at && history.push({ state, at: at.toISOString(), by });
  push('DEPLOYABLE', row.accepted_at, row.accepted_by);
  push('DENIED', row.denied_at, row.denied_by);
  push('CANCELLED', row.cancelled_at, row.cancelled_by);
  push('CONFIGURED', row.configured_at);
  push('LIVE', row.live_at);
  push('DECOMMISSIONED', row.decommissioned_at, row.decommissioned_by);
  return {
    id: row.id, name: row.name, state: row.state, rateLimitMbps: row.rate_limit_mbps, companyId: row.company_id, providerCompanyId: row.provider_company_id,
    aEnd: { portId: row.a_port_id, vlan: row.a_vlan }, bEnd: { portId: row.b_port_id, vlan: row.b_vlan },
    approval: { state: row.accepted_at ? 'accepted' : row.denied_at ? 'denied' : row.state === 'AWAITING_APPROVAL' ? 'pending' : 'withdrawn', reason: row.deny_reason, decidedAt: iso(row.accepted_at ?? row.denied_at) },
    history,
  };
}

export function createConnectionsService(app: AppContext, controller: NetworkController) {
  const { db } = app;

  controller.onStep('connection', async (trx, id, step) => {
    const row = await repo.transition(trx, id, step, null);
    return row ? { companyId: row.company_id } : null;
  });

  const companyRef = async (executor: Executor, id: string) => {
    const c = await directory.company(executor, id);
    return c ? { id: c.id, type: c.type, partnerId: c.partner_id } : null;
  };

  /** The customer's or the provider's view; anyone else gets 404. */
  async function visible(executor: Executor, actor: Actor, id: string) {
    const row = await repo.findConnection(executor, id);
    if (!row) throw notFound('connection', 'id');
    const [customer, provider] = await Promise.all([companyRef(executor, row.company_id), companyRef(executor, row.provider_company_id)]);
    const asCustomer = Boolean(customer && canViewCompany(actor, customer));
    const asProvider = Boolean(provider && canViewCompany(actor, provider));
    if (!asCustomer && !asProvider) throw notFound('connection', 'id');
    return { row, asCustomer, asProvider };
  }

  function vlanTaken(used: number[], wanted: number, field: string): AppError {
    const next = wanted === -1 ? lowestFreeVlan(used) : lowestFreeVlan(used, wanted) ?? lowestFreeVlan(used);
    return conflict('vlan_taken', `VLAN ${wanted === -1 ? 'untagged' : wanted} is taken on this port${next ? `; the next free VLAN is ${next}` : ''}.`, field, { nextFreeVlan: next });
  }

  async function order(actor: Actor, input: OrderInput) {
    if (!canOrderServices(actor.role)) throw forbidden('role_cannot_order', 'Ordering needs company_admin, technical_admin or technical_contact.');
    const aPort = await repo.findPortInfo(db.kysely, input.aEnd.portId);
    const aOwner = aPort && (await companyRef(db.kysely, aPort.company_id));
    if (!aPort || !aOwner || !canViewCompany(actor, aOwner)) throw notFound('port', 'aEnd.portId');
    if (aPort.provisioning_status !== 'LIVE') throw conflict('a_end_not_live', 'The A-end port must be LIVE before it carries connections.', 'aEnd.portId');
    const bPort = await repo.findPortInfo(db.kysely, input.bEnd.portId);
    // A private port is reachable only with a service key: without one it is as if it did not exist.
    if (!bPort || bPort.provisioning_status !== 'LIVE' || (bPort.marketplace_visibility !== 'public' && bPort.company_id !== aPort.company_id)) throw notFound('port', 'bEnd.portId');
    if (bPort.company_id === aPort.company_id) throw invalid('own_port', 'The B-end must be another company’s port.', 'bEnd.portId');
    if (input.aEnd.vlan === 1) throw invalid('vlan_out_of_range', 'VLAN 1 is reserved: use 2–4093, 0 for the lowest free, or -1 for untagged.', 'aEnd.vlan');
    const maxRate = Math.min(aPort.speed_mbps, bPort.speed_mbps);
    if (input.rateLimitMbps > maxRate) throw invalid('rate_limit_too_high', `The rate limit can be at most ${maxRate} Mbps (the slower port).`, 'rateLimitMbps');
    // Billing markets (partners issue): a managed account may order only where its partner enabled one; until then all are.
    try {
      return await db.kysely.transaction().execute(async (trx) => {
        await repo.lockPort(trx, aPort.id);
        const used = await repo.vlansInUse(trx, aPort.id);
        let vlan = input.aEnd.vlan ?? 0;
        if (vlan === 0) {
          const free = lowestFreeVlan(used);
          if (free === null) throw conflict('port_full', 'Every VLAN on this port is taken.', 'aEnd.vlan');
          vlan = free;
        } else if (used.includes(vlan)) throw vlanTaken(used, vlan, 'aEnd.vlan');
        const row = await repo.insertConnection(trx, {
          id: uuidv7(), companyId: aPort.company_id, providerCompanyId: bPort.company_id, name: input.name.trim(), rateLimitMbps: input.rateLimitMbps,
          aPortId: aPort.id, aVlan: vlan, bPortId: bPort.id, requestedBy: actor.userId,
        });
        const connection = presentConnection(row);
        await writeAudit(trx, actor, { action: 'connection.requested', companyId: row.company_id, targetType: 'connection', targetId: row.id, after: connection });
        await app.jobs.emit(trx, { type: 'connection.requested', companyId: row.company_id, actorUserId: actor.userId, payload: { connectionId: row.id } });
        return connection;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw vlanTaken(await repo.vlansInUse(db.kysely, aPort.id), input.aEnd.vlan || 2, 'aEnd.vlan');
      throw error;
    }
  }

  const get = async (actor: Actor, id: string) => presentConnection((await visible(db.kysely, actor, id)).row);

  /** The provider's decision; the state guard makes concurrent decisions produce exactly one. */
  async function decide(actor: Actor, id: string, t: Extract<ConnectionTransition, 'accept' | 'deny'>, input: { bEndVlan?: number; reason?: string }) {
    const { row, asProvider } = await visible(db.kysely, actor, id);
    if (!asProvider) throw forbidden('provider_only', 'Only the provider decides on a connection request.');
    if (!canDecideApprovals(actor.role)) throw forbidden('role_cannot_approve', 'Deciding needs company_admin or technical_admin.');
    if (row.state !== 'AWAITING_APPROVAL') throw conflict('not_awaiting_approval', `The connection is ${row.state}.`);
    try {
      return await db.kysely.transaction().execute(async (trx) => {
        let bVlan: number | null = null;
        if (t === 'accept' && (input.bEndVlan === 0 || input.bEndVlan === 1)) throw invalid('vlan_out_of_range', 'The B-end VLAN must be 2–4093 or -1 (untagged).', 'bEndVlan');
        if (t === 'accept' && input.bEndVlan !== undefined) {
          await repo.lockPort(trx, row.b_port_id);
          const used = await repo.vlansInUse(trx, row.b_port_id);
          if (used.includes(input.bEndVlan)) throw vlanTaken(used, input.bEndVlan, 'bEndVlan');
          bVlan = input.bEndVlan;
        }
        const after = await repo.transition(trx, id, t, actor.userId, t === 'accept' ? { b_vlan: bVlan } : { deny_reason: input.reason });
        if (!after) throw conflict('not_awaiting_approval', 'The connection was decided meanwhile.');
        await writeAudit(trx, actor, { action: `connection.${t === 'accept' ? 'accepted' : 'denied'}`, companyId: row.provider_company_id, targetType: 'connection', targetId: id, before: { state: row.state }, after: { state: after.state, reason: after.deny_reason } });
        await app.jobs.emit(trx, { type: `connection.${t === 'accept' ? 'accepted' : 'denied'}`, companyId: row.company_id, actorUserId: actor.userId, payload: { connectionId: id } });
        if (t === 'accept') await controller.provision(trx, 'connection', id);
        return presentConnection(after);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict('vlan_taken', 'That B-end VLAN was taken meanwhile.', 'bEndVlan');
      throw error;
    }
  }

  /** The customer withdraws a request or decommissions a live VXC. */
  async function remove(actor: Actor, id: string) {
    const { row, asCustomer } = await visible(db.kysely, actor, id);
    if (!asCustomer) throw forbidden('customer_only', 'Only the customer cancels a connection.');
    if (!canOrderServices(actor.role)) throw forbidden('role_cannot_order', 'Cancelling needs company_admin, technical_admin or technical_contact.');
    const t = removalFor(row.state);
    if (!t) throw conflict('cannot_cancel_now', `A ${row.state} connection cannot be cancelled now.`);
    return db.kysely.transaction().execute(async (trx) => {
      const after = await repo.transition(trx, id, t, actor.userId);
      if (!after) throw conflict('connection_state_changed', 'The connection changed state meanwhile; look again.');
      await writeAudit(trx, actor, { action: `connection.${t === 'cancel' ? 'cancelled' : 'decommissioned'}`, companyId: row.company_id, targetType: 'connection', targetId: id, before: { state: row.state }, after: { state: after.state } });
      return presentConnection(after);
    });
  }

  /** The provider's pending decisions (new connections; speed changes join them later). */
  async function approvals(actor: Actor) {
    if (!canDecideApprovals(actor.role)) throw forbidden('role_cannot_approve', 'Only company admins and technical admins decide approvals.');
    const companies = actor.companyType === 'partner' ? [actor.companyId, ...(await directory.managedIds(db.kysely, actor.companyId))] : [actor.companyId];
    const rows = await repo.pendingFor(db.kysely, companies);
    return { items: rows.map((r) => ({ kind: 'connection' as const, connection: presentConnection(r) })), nextCursor: null };
  }

  return { order, get, decide, remove, approvals };
}

export type ConnectionsService = ReturnType<typeof createConnectionsService>;
