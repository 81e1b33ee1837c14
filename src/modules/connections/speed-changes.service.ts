import type { AppContext } from '../../platform/context.ts';
import type { Actor } from '../../platform/actor.ts';
import { AppError, conflict, forbidden, invalid, notFound } from '../../platform/errors.ts';
import { writeAudit } from '../../platform/audit/audit.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { access } from '../../platform/access/access.ts';
import type { ServiceKeysService } from '../marketplace/index.ts';
import type { PartnerApprovalsService } from '../partners/index.ts';
import * as repo from './connections.repo.ts';
import * as speedRepo from './speed-changes.repo.ts';
import { visibleConnection } from './connections.access.ts';
import { isUniqueViolation } from '../../platform/db/db.ts';
import { approvalSummary, presentSpeedChange } from './connections.present.ts';
import { canChangeSpeed, needsApproval, partnerApproval, type SpeedChangeTransition } from './speed-changes.state.ts';

/**
 * Speed changes of LIVE VXCs: the customer asks; lowering applies at once, raising waits for the
 * provider, and until then the VXC keeps its old rate limit. A managed account whose partner runs
 * an approval queue waits for the partner first, for either.
 */
export function createSpeedChangesService(app: AppContext, keys: Pick<ServiceKeysService, 'maxSpeedOf'>, queue: PartnerApprovalsService) {
  const { db } = app;
  const decidedMeanwhile = () => conflict('not_awaiting_approval', 'The speed change was decided meanwhile.');

  queue.handle('speed_change', {
    /** A raise goes on to the provider; a decrease applies now. */
    async approve(trx, actor, request) {
      const change = await speedRepo.findSpeedChange(trx, request.subjectId);
      if (!change) throw decidedMeanwhile();
      const t = partnerApproval(change.from_mbps, change.to_mbps);
      const after = await speedRepo.decideSpeedChange(trx, change.id, t, t === 'apply' ? actor.userId : null, null);
      if (!after) throw decidedMeanwhile();
      if (t === 'apply' && !(await repo.setRateLimit(trx, change.connection_id, change.to_mbps))) throw conflict('connection_not_live', 'The connection is no longer LIVE.');
      await writeAudit(trx, actor, { action: t === 'apply' ? 'speed_change.applied' : 'speed_change.released', companyId: request.companyId, targetType: 'connection', targetId: change.connection_id, before: { state: change.state }, after: presentSpeedChange(after) });
      if (t === 'release') await app.jobs.emit(trx, { type: 'speed_change.requested', companyId: request.companyId, actorUserId: change.requested_by, payload: { speedChangeId: change.id, connectionId: change.connection_id } });
    },
    async reject(trx, actor, request, reason) {
      const after = await speedRepo.decideSpeedChange(trx, request.subjectId, 'partner_reject', actor.userId, reason);
      if (!after) throw decidedMeanwhile();
      await writeAudit(trx, actor, { action: 'speed_change.rejected', companyId: request.companyId, targetType: 'connection', targetId: after.connection_id, before: { state: 'AWAITING_PARTNER' }, after: presentSpeedChange(after) });
    },
  });

  async function request(actor: Actor, connectionId: string, input: { rateLimitMbps: number }) {
    const { row, asCustomer, customer } = await visibleConnection(db.kysely, actor, connectionId);
    if (!asCustomer || !customer) throw forbidden('customer_only', 'Only the customer changes the speed of a connection.');
    access.require(actor, 'services.order');
    if (row.state !== 'LIVE') throw conflict('connection_not_live', `The connection is ${row.state}; only LIVE connections change speed.`);
    const to = input.rateLimitMbps;
    if (to === row.rate_limit_mbps) throw invalid('rate_unchanged', `The connection already runs at ${to} Mbps.`, 'rateLimitMbps');
    const keyMax = row.service_key_id ? await keys.maxSpeedOf(db.kysely, row.service_key_id) : null;
    const max = Math.min(row.a_speed_mbps, row.b_speed_mbps, keyMax ?? Infinity);
    if (to > max) {
      const why = keyMax === max ? 'the service key’s maximum' : 'the smaller port’s speed';
      throw new AppError('invalid', 'rate_limit_too_high', `rateLimitMbps must be at most ${max} (${why}).`, 'rateLimitMbps', { maximumMbps: max });
    }
    const raise = needsApproval(row.rate_limit_mbps, to);
    const held = await queue.queueOn(db.kysely, customer);
    try {
      return await db.kysely.transaction().execute(async (trx) => {
        const change = await speedRepo.insertSpeedChange(trx, { id: uuidv7(), connectionId, fromMbps: row.rate_limit_mbps, toMbps: to, requestedBy: actor.userId, applied: !raise, heldForPartner: held });
        const applies = !raise && !held;
        if (applies && !(await repo.setRateLimit(trx, connectionId, to))) throw conflict('connection_not_live', 'The connection is no longer LIVE.');
        const presented = presentSpeedChange(change);
        await writeAudit(trx, actor, { action: applies ? 'speed_change.applied' : 'speed_change.requested', companyId: row.company_id, targetType: 'connection', targetId: connectionId, before: { rateLimitMbps: row.rate_limit_mbps }, after: presented });
        if (held) await queue.hold(trx, actor, { kind: 'speed_change', company: customer, subjectId: change.id, connectionId, summary: approvalSummary(row, to) });
        else if (raise) await app.jobs.emit(trx, { type: 'speed_change.requested', companyId: row.company_id, actorUserId: actor.userId, payload: { speedChangeId: change.id, connectionId } });
        return presented;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict('speed_change_pending', 'A speed change of this connection already awaits approval.', 'rateLimitMbps');
      throw error;
    }
  }

  /** A speed change with its connection as the actor sees it; outside the tree it does not exist. */
  async function visibleChange(actor: Actor, id: string) {
    const change = await speedRepo.findSpeedChange(db.kysely, id);
    if (!change) throw notFound('speed_change', 'id');
    const seen = await visibleConnection(db.kysely, actor, change.connection_id).catch((error: unknown) => {
      throw error instanceof AppError && error.kind === 'not_found' ? notFound('speed_change', 'id') : error;
    });
    return { change, ...seen };
  }

  /** The provider accepts (the new rate applies) or rejects; of concurrent decisions exactly one wins. */
  async function decide(actor: Actor, id: string, t: Extract<SpeedChangeTransition, 'accept' | 'reject'>, input: { reason?: string }) {
    const { change, row, asProvider, provider } = await visibleChange(actor, id);
    if (!asProvider) throw forbidden('provider_only', 'Only the provider decides on a speed change.');
    access.require(actor, 'approvals.decide', provider);
    if (change.state !== 'AWAITING_APPROVAL') throw conflict('not_awaiting_approval', `The speed change is ${change.state}.`);
    return db.kysely.transaction().execute(async (trx) => {
      const after = await speedRepo.decideSpeedChange(trx, id, t, actor.userId, input.reason?.trim() || null);
      if (!after) throw conflict('not_awaiting_approval', 'The speed change was decided meanwhile.');
      if (t === 'accept' && !(await repo.setRateLimit(trx, row.id, change.to_mbps))) throw conflict('connection_not_live', 'The connection is no longer LIVE.');
      const type = t === 'accept' ? 'speed_change.accepted' : 'speed_change.rejected';
      const presented = presentSpeedChange(after);
      await writeAudit(trx, actor, { action: type, companyId: row.provider_company_id, targetType: 'connection', targetId: row.id, before: { state: change.state, rateLimitMbps: row.rate_limit_mbps }, after: presented });
      await app.jobs.emit(trx, { type, companyId: row.company_id, actorUserId: actor.userId, payload: { speedChangeId: id, connectionId: row.id } });
      return presented;
    });
  }

  /** The customer withdraws a change still awaiting the provider (or its partner); the VXC keeps its rate. */
  async function withdraw(actor: Actor, id: string) {
    const { change, row, asCustomer } = await visibleChange(actor, id);
    if (!asCustomer) throw forbidden('customer_only', 'Only the customer withdraws a speed change.');
    access.require(actor, 'services.order');
    if (!canChangeSpeed(change.state, 'withdraw')) throw conflict('not_awaiting_approval', `The speed change is ${change.state}.`);
    return db.kysely.transaction().execute(async (trx) => {
      const after = await speedRepo.decideSpeedChange(trx, id, 'withdraw', actor.userId, null);
      if (!after) throw decidedMeanwhile();
      const presented = presentSpeedChange(after);
      await writeAudit(trx, actor, { action: 'speed_change.withdrawn', companyId: row.company_id, targetType: 'connection', targetId: row.id, before: { state: change.state }, after: presented });
      // Only the provider's approvers knew of a change put to them; one in the partner's queue leaves the queue.
      if (change.state === 'AWAITING_PARTNER') await queue.withdraw(trx, actor, 'speed_change', id);
      else await app.jobs.emit(trx, { type: 'speed_change.withdrawn', companyId: row.company_id, actorUserId: actor.userId, payload: { speedChangeId: id, connectionId: row.id } });
      return presented;
    });
  }

  return { request, decide, withdraw };
}

export type SpeedChangesService = ReturnType<typeof createSpeedChangesService>;
