import type { AppContext } from '../../platform/context.ts';
import { userIdOf, type Actor, type SystemActor } from '../../platform/actor.ts';
import { conflict, forbidden, invalid, notFound } from '../../platform/errors.ts';
import { writeAudit } from '../../platform/audit/audit.ts';
import { record } from '../../platform/events/record.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { decodeCursor, toPage } from '../../platform/http/pagination.ts';
import { access } from '../../platform/access/access.ts';
import { inScope, type CompanyRef } from '../../platform/access/access.ts';
import { accountsQueries } from '../accounts/index.ts';
import { networkQueries, portOwner, type PortInfo } from '../network/index.ts';
import { networkActor, type NetworkController, type StepReport } from '../network/index.ts';
import { isUniqueViolation, type Tx } from '../../platform/db/db.ts';
import { billingMarketNotEnabled, partnersQueries, type PartnerApprovalsService } from '../partners/index.ts';
import type { ClaimedKey, ServiceKeysService } from '../marketplace/index.ts';
import * as repo from './connections.repo.ts';
import * as speedRepo from './speed-changes.repo.ts';
import { pickVlan, visibleConnection, vlanTaken } from './connections.access.ts';
import { approvalSummary, presentConnection, presentSpeedChange } from './connections.present.ts';
import { removalFor, type ConnectionState, type ConnectionTransition } from './connections.state.ts';

export interface OrderInput {
  name: string;
  rateLimitMbps: number;
  aEnd: { portId: string; vlan?: number };
  bEnd?: { portId: string };
  serviceKey?: string;
}

export interface ListQuery {
  side?: 'customer' | 'provider';
  state?: ConnectionState;
  limit?: number;
  cursor?: string;
}

/** Locks ports in id order, so two orders locking the same two ports cannot deadlock. */

export function createConnectionsService(
  app: AppContext, controller: NetworkController, keys: Pick<ServiceKeysService, 'claim' | 'giveBack'>, queue: PartnerApprovalsService,
) {
  const { db } = app;

  /** The network built a step of a connection: its transition, audit row and (live) event. */
  async function applyStep(trx: Tx, report: StepReport) {
    const row = await repo.transition(trx, report.id, report.step, null);
    if (!row) return false;
    await record(trx, app.jobs, networkActor(report), {
      audit: { action: `connection.${report.step}`, companyId: row.company_id, targetType: 'connection', targetId: row.id },
      events: report.step === 'go_live' ? [{ type: 'connection.live', companyId: row.company_id, actorUserId: null, payload: { connectionId: row.id } }] : [],
    });
    return true;
  }
  controller.reportTo('connection', { applyStep, inProgress: repo.inProvisioning });

  /** The events of an order put to the provider: a request to decide, or (pre-approved key) accepted and built. */
  const putToProviderEvents = (row: repo.ConnectionRow, actorUserId: string | null) => [
    { type: row.pre_approved ? 'connection.accepted' as const : 'connection.requested' as const, companyId: row.company_id, actorUserId, payload: { connectionId: row.id } },
    ...(row.service_key_id ? [{ type: 'service_key.used' as const, companyId: row.provider_company_id, actorUserId, payload: { serviceKeyId: row.service_key_id, connectionId: row.id } }] : []),
    ...(row.pre_approved ? [controller.commandRow({ resource: 'connection', id: row.id })] : []),
  ];

  const stateChanged = () => conflict('connection_state_changed', 'The connection changed state meanwhile; look again.');

  // The partner's approval queue decides a managed account's new orders and terminations (speed changes: speed-changes.service).
  queue.handle('connection', {
    async approve(trx, actor, request) {
      const released = await repo.transition(trx, request.subjectId, 'release', actor.userId);
      if (!released) throw stateChanged();
      // A pre-approved service key is the provider's acceptance given in advance: it applies now.
      const after = released.pre_approved ? await repo.transition(trx, released.id, 'accept', null) : released;
      if (!after) throw stateChanged();
      await record(trx, app.jobs, actor, {
        audit: { action: 'connection.released', companyId: after.company_id, targetType: 'connection', targetId: after.id, before: { state: 'AWAITING_PARTNER' }, after: { state: after.state } },
        events: putToProviderEvents(after, actor.userId),
      });
    },
    async reject(trx, actor, request, reason) {
      const after = await repo.transition(trx, request.subjectId, 'reject', actor.userId, { deny_reason: reason });
      if (!after) throw stateChanged();
      if (after.service_key_id) await keys.giveBack(trx, actor, after.service_key_id, after.id);
      await writeAudit(trx, actor, { action: 'connection.rejected', companyId: after.company_id, targetType: 'connection', targetId: after.id, before: { state: 'AWAITING_PARTNER' }, after: { state: after.state, reason } });
    },
  });
  queue.handle('termination', {
    async approve(trx, actor, request) {
      const row = await repo.findConnection(trx, request.subjectId);
      if (!row || row.state !== 'LIVE') throw stateChanged();
      await applyRemoval(trx, actor, row, 'decommission');
    },
    // Rejected: the connection stays as it is; the queue tells the account.
    async reject() {},
  });
  /** The customer's own LIVE A-end, checked before anything is written (one query: the port with its owner). */
  async function aEndOf(actor: Actor, input: OrderInput) {
    const aPort = inScope(actor, await networkQueries.port(db.kysely, input.aEnd.portId), portOwner, 'port', 'aEnd.portId');
    const aOwner = portOwner(aPort);
    if (aPort.provisioning_status !== 'LIVE') throw conflict('a_end_not_live', 'The A-end port must be LIVE before it carries connections.', 'aEnd.portId');
    if (input.aEnd.vlan === 1) throw invalid('vlan_out_of_range', 'VLAN 1 is reserved: use 2–4093, 0 for the lowest free, or -1 for untagged.', 'aEnd.vlan');
    // Ordered in the A-end owner's billing markets only, at the A-end's location (a managed account: its partner's).
    if (!(await partnersQueries.billingMarketEnabled(db.kysely, aOwner, aPort.location_country))) {
      throw billingMarketNotEnabled(aOwner, aPort.location_country, 'aEnd.portId');
    }
    return aPort;
  }

  /** A public LIVE port of another company; a private one is reachable only with a service key, so without one it does not exist. */
  async function bEndByPort(portId: string, aPort: PortInfo) {
    const bPort = await networkQueries.port(db.kysely, portId);
    if (!bPort || bPort.provisioning_status !== 'LIVE' || (bPort.marketplace_visibility !== 'public' && bPort.company_id !== aPort.company_id)) throw notFound('port', 'bEnd.portId');
    return bPort;
  }

  function checkRate(rate: number, aPort: PortInfo, bPort: PortInfo, key: ClaimedKey | null) {
    const maxRate = Math.min(aPort.speed_mbps, bPort.speed_mbps, key?.maxSpeedMbps ?? Infinity);
    if (rate > maxRate) {
      const why = key && key.maxSpeedMbps === maxRate ? 'the service key’s maximum' : 'the slower port';
      throw invalid('rate_limit_too_high', `The rate limit can be at most ${maxRate} Mbps (${why}).`, 'rateLimitMbps');
    }
  }

  async function order(actor: Actor, input: OrderInput) {
    access.require(actor, 'services.order');
    const bField = input.serviceKey !== undefined ? 'serviceKey' : 'bEnd.portId';
    if ((input.bEnd === undefined) === (input.serviceKey === undefined)) throw invalid('b_end_or_service_key', 'Give either bEnd or serviceKey.', 'bEnd');
    const aPort = await aEndOf(actor, input);
    // A managed account whose partner runs an approval queue: the order waits there before the provider sees it.
    const held = await queue.queueOn(db.kysely, portOwner(aPort));
    const portB = input.bEnd ? await bEndByPort(input.bEnd.portId, aPort) : null;
    if (portB) {
      if (portB.company_id === aPort.company_id) throw invalid('own_port', 'The B-end must be another company’s port.', bField);
      checkRate(input.rateLimitMbps, aPort, portB, null);
    }
    try {
      return await db.kysely.transaction().execute(async (trx) => {
        // The key is checked and (single-use) spent inside the order: a failure below gives it back.
        const key = input.serviceKey !== undefined ? await keys.claim(trx, input.serviceKey) : null;
        const bPort = portB ?? key!.port;
        if (bPort.company_id === aPort.company_id) throw invalid('own_port', 'The B-end must be another company’s port.', bField);
        if (key) checkRate(input.rateLimitMbps, aPort, bPort, key);
        const preApproved = Boolean(key?.preApproved);
        // The B-end VLAN is settled now when the key fixes it, or when the key's pre-approval is the acceptance.
        const settlesB = key !== null && (key.vlan !== null || preApproved);
        const ports = settlesB ? [aPort.id, bPort.id] : [aPort.id];
        await networkQueries.lockPorts(trx, ports);
        const used = await repo.vlansInUse(trx, ports);
        const vlan = pickVlan(used.get(aPort.id) ?? [], input.aEnd.vlan, 'aEnd.vlan');
        let bVlan: number | null = null;
        if (settlesB) {
          const bUsed = used.get(bPort.id) ?? [];
          if (key.vlan !== null && bUsed.includes(key.vlan)) {
            throw conflict('service_key_vlan_taken', `The VLAN ${key.vlan} this key fixes is in use on the provider’s port.`, 'serviceKey');
          }
          bVlan = key.vlan ?? pickVlan(bUsed, undefined, 'serviceKey');
        }
        const row = await repo.insertConnection(trx, {
          id: uuidv7(), companyId: aPort.company_id, providerCompanyId: bPort.company_id, name: input.name.trim(), rateLimitMbps: input.rateLimitMbps,
          aPortId: aPort.id, aVlan: vlan, bPortId: bPort.id, bVlan, requestedBy: actor.userId, serviceKeyId: key?.id ?? null, preApproved, heldForPartner: held,
        }, { a: aPort, b: bPort });
        const connection = presentConnection(row);
        // Held: only the partner's queue hears of it now; the provider when the partner approves.
        if (held) await queue.hold(trx, actor, { kind: 'connection', company: portOwner(aPort), subjectId: row.id, connectionId: row.id, summary: approvalSummary(row) });
        // The audit row and the events in one statement (the order path is hot). Pre-approved: no request
        // to decide, the customer hears it was accepted; the provider hears its key was used.
        await record(trx, app.jobs, actor, {
          audit: { action: 'connection.requested', companyId: row.company_id, targetType: 'connection', targetId: row.id, after: connection },
          events: held ? [] : putToProviderEvents(row, actor.userId),
        });
        return connection;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'connections_b_vlan')) throw conflict('service_key_vlan_taken', 'The VLAN this key fixes was taken meanwhile.', 'serviceKey');
      if (isUniqueViolation(error)) throw vlanTaken((await repo.vlansInUse(db.kysely, [aPort.id])).get(aPort.id) ?? [], input.aEnd.vlan || 2, 'aEnd.vlan');
      throw error;
    }
  }

  /** One connection with the names of who made each move and its speed changes. */
  async function get(actor: Actor, id: string) {
    const { row, asCustomer } = await visibleConnection(db.kysely, actor, id);
    const connection = presentConnection(row);
    const waiting = asCustomer ? await queue.pendingForConnection(db.kysely, id) : undefined;
    const changes = (await speedRepo.speedChangesOf(db.kysely, id)).map(presentSpeedChange);
    const names = await accountsQueries.userNames(db.kysely, [...connection.history, ...changes.map((c) => ({ by: c.requestedBy })), ...changes.map((c) => ({ by: c.decidedBy }))].flatMap((h) => (h.by ? [h.by] : [])));
    const nameOf = (userId: string | null) => (userId ? names.get(userId) ?? null : null);
    return {
      ...connection,
      history: connection.history.map((h) => ({ ...h, byName: nameOf(h.by) })),
      speedChanges: changes.map((c) => ({ ...c, requestedByName: nameOf(c.requestedBy), decidedByName: nameOf(c.decidedBy) })),
      ...(waiting ? { partnerApprovals: waiting } : {}),
    };
  }

  /** My company tree's connections, as the customer, the provider, or both. */
  async function list(actor: Actor, query: ListQuery) {
    const limit = query.limit ?? 50;
    const tree = await accountsQueries.treeIds(db.kysely, actor);
    const rows = await repo.listConnections(db.kysely, { customerIds: tree, providerIds: tree, side: query.side, state: query.state, before: decodeCursor(query.cursor), limit });
    const page = toPage(rows, limit);
    return { items: page.items.map(presentConnection), nextCursor: page.nextCursor };
  }

  /** For the dashboard: my connections by state, and live bandwidth by location. */
  async function summary(actor: Actor, query: { side?: 'customer' | 'provider' }) {
    const side = query.side ?? 'customer';
    const { states, locations } = await repo.summarise(db.kysely, { companyIds: await accountsQueries.treeIds(db.kysely, actor), side });
    return {
      side,
      byState: Object.fromEntries(states.map((s) => [s.state, Number(s.n)])),
      liveBandwidthByLocation: locations.map((l) => ({ locationId: l.id, locationName: l.name, rateLimitMbps: Number(l.mbps), connections: Number(l.n) })),
    };
  }

  function requireApprover(actor: Actor, asProvider: boolean, provider: CompanyRef | undefined) {
    if (!asProvider) throw forbidden('provider_only', 'Only the provider decides on a connection request.');
    access.require(actor, 'approvals.decide', provider);
  }

  /** The provider's decision; the state guard makes concurrent decisions produce exactly one. */
  async function decide(actor: Actor, id: string, t: Extract<ConnectionTransition, 'accept' | 'deny'>, input: { bEndVlan?: number; reason?: string }) {
    const { row, asProvider, provider } = await visibleConnection(db.kysely, actor, id);
    requireApprover(actor, asProvider, provider);
    if (row.state !== 'AWAITING_APPROVAL') throw conflict('not_awaiting_approval', `The connection is ${row.state}.`);
    if (t === 'accept' && (input.bEndVlan === 0 || input.bEndVlan === 1)) throw invalid('vlan_out_of_range', 'The B-end VLAN must be 2–4093 or -1 (untagged).', 'bEndVlan');
    if (t === 'accept' && input.bEndVlan !== undefined && row.b_vlan !== null && input.bEndVlan !== row.b_vlan) {
      throw conflict('b_end_vlan_fixed', `The service key fixed the B-end VLAN at ${row.b_vlan}.`, 'bEndVlan');
    }
    try {
      return await db.kysely.transaction().execute(async (trx) => {
        let bVlan = row.b_vlan;
        // Unless a service key fixed it, the provider's end gets the VLAN asked for or the lowest free one, like the A-end.
        if (t === 'accept' && row.b_vlan === null) {
          await networkQueries.lockPorts(trx, [row.b_port_id]);
          bVlan = pickVlan((await repo.vlansInUse(trx, [row.b_port_id])).get(row.b_port_id) ?? [], input.bEndVlan, 'bEndVlan');
        }
        const after = await repo.transition(trx, id, t, actor.userId, t === 'accept' ? { b_vlan: bVlan } : { deny_reason: input.reason });
        if (!after) throw conflict('not_awaiting_approval', 'The connection was decided meanwhile.');
        const type = t === 'accept' ? 'connection.accepted' : 'connection.denied';
        await writeAudit(trx, actor, { action: type, companyId: row.provider_company_id, targetType: 'connection', targetId: id, before: { state: row.state }, after: { state: after.state, reason: after.deny_reason } });
        if (t === 'deny' && row.service_key_id) await keys.giveBack(trx, actor, row.service_key_id, id);
        await app.jobs.emit(trx, { type, companyId: row.company_id, actorUserId: actor.userId, payload: { connectionId: id } });
        if (t === 'accept') await controller.send(trx, { resource: 'connection', id });
        return presentConnection(after);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict('vlan_taken', 'That B-end VLAN was taken meanwhile.', 'bEndVlan');
      throw error;
    }
  }

  /**
   * Ends a connection the customer's way (withdraw, cancel, decommission) in the caller's transaction:
   * a pending speed change ends with it, a request that never went live gives its single-use key back.
   */
  async function applyRemoval(trx: Tx, actor: Actor | SystemActor, row: repo.ConnectionRow, t: ConnectionTransition) {
    for (const change of await speedRepo.cancelPendingOf(trx, row.id)) {
      if (change.state === 'AWAITING_PARTNER') await queue.withdraw(trx, actor, 'speed_change', change.id);
    }
    const after = await repo.transition(trx, row.id, t, userIdOf(actor));
    if (!after) throw stateChanged();
    const type = t === 'decommission' ? 'connection.decommissioned' : 'connection.cancelled';
    await writeAudit(trx, actor, { action: t === 'withdraw' ? 'connection.withdrawn' : type, companyId: row.company_id, targetType: 'connection', targetId: row.id, before: { state: row.state }, after: { state: after.state } });
    if (t !== 'decommission' && row.service_key_id) await keys.giveBack(trx, actor, row.service_key_id, row.id);
    // Withdrawn from the partner's queue: the provider never saw it, so only the queue hears of it.
    if (t === 'withdraw') await queue.withdraw(trx, actor, 'connection', row.id);
    else await app.jobs.emit(trx, { type, companyId: row.company_id, actorUserId: userIdOf(actor), payload: { connectionId: row.id } });
    return after;
  }

  /**
   * The customer withdraws a request or decommissions a live VXC. A managed account whose partner runs
   * an approval queue asks for the decommissioning there: `held` (202), the VXC stays LIVE until approved.
   */
  async function remove(actor: Actor, id: string): Promise<{ connection: ReturnType<typeof presentConnection>; held: boolean }> {
    const { row, asCustomer, customer } = await visibleConnection(db.kysely, actor, id);
    if (!asCustomer || !customer) throw forbidden('customer_only', 'Only the customer cancels a connection.');
    access.require(actor, 'services.order');
    const t = removalFor(row.state);
    if (!t) throw conflict('cannot_cancel_now', `A ${row.state} connection cannot be cancelled now.`);
    const held = t === 'decommission' && (await queue.queueOn(db.kysely, customer));
    try {
      return await db.kysely.transaction().execute(async (trx) => {
        if (held) {
          await queue.hold(trx, actor, { kind: 'termination', company: customer, subjectId: id, connectionId: id, summary: approvalSummary(row) });
          return { connection: presentConnection(row), held: true };
        }
        return { connection: presentConnection(await applyRemoval(trx, actor, row, t)), held: false };
      });
    } catch (error) {
      if (isUniqueViolation(error, 'partner_approvals_one_pending')) throw conflict('approval_pending', 'The termination of this connection already waits for the partner’s approval.');
      throw error;
    }
  }

  /** The provider's pending decisions: new connections and speed changes, oldest first. */
  async function approvals(actor: Actor) {
    access.require(actor, 'approvals.decide');
    const companies = (await accountsQueries.treeIds(db.kysely, actor)) ?? [actor.companyId];
    const [connections, changes] = await Promise.all([repo.pendingFor(db.kysely, companies), speedRepo.pendingSpeedChangesFor(db.kysely, companies)]);
    const changedConnections = await Promise.all(changes.map((c) => repo.findConnection(db.kysely, c.connection_id)));
    const items = [
      ...connections.map((r) => ({ at: r.requested_at, item: { kind: 'connection' as const, connection: presentConnection(r) } })),
      ...changes.map((c, i) => ({ at: c.requested_at, item: { kind: 'speed_change' as const, speedChange: presentSpeedChange(c), connection: presentConnection(changedConnections[i]!) } })),
    ].sort((x, y) => x.at.getTime() - y.at.getTime());
    return { items: items.map((x) => x.item), nextCursor: null };
  }

  /**
   * Deprovisioning (compliance, through this module's face): every connection of the company, as
   * customer or as provider, ended as its customer would end it — requests withdrawn or cancelled,
   * live VXCs decommissioned — in the caller's transaction, without a partner's approval. Those
   * the network is still building are left for the next run (`remaining`), which ends them once live.
   */
  async function endAllOf(trx: Tx, by: SystemActor, companyId: string): Promise<{ ended: number; remaining: number }> {
    let ended = 0;
    let remaining = 0;
    for (const row of await repo.openConnectionsOf(trx, companyId)) {
      const t = removalFor(row.state);
      if (!t) {
        remaining++;
        continue;
      }
      await applyRemoval(trx, by, row, t);
      ended++;
    }
    return { ended, remaining };
  }

  return { order, get, list, summary, decide, remove, approvals, endAllOf };
}

export type ConnectionsService = ReturnType<typeof createConnectionsService>;
