import type { AppContext } from '../../platform/context.ts';
import { userIdOf, type Actor, type SystemActor } from '../../platform/actor.ts';
import { conflict, notFound } from '../../platform/errors.ts';
import { record } from '../../platform/events/record.ts';
import { access, inScope, type CompanyRef } from '../../platform/access/access.ts';
import type { Executor, Tx } from '../../platform/db/db.ts';
import { decodeCursor, toPage } from '../../platform/http/pagination.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { accountsQueries } from '../accounts/index.ts';
import * as repo from './approvals.repo.ts';
import type { ApprovalSummary } from './partners.tables.ts';
import { canDecide, type PartnerApprovalKind, type PartnerApprovalState } from './approvals.state.ts';
import { approvalQueueOn } from './partners.queries.ts';

/** What the owner of a queued request (connections) is told when the partner decides, in the decision's transaction. */
export interface ApprovalRequest {
  id: string;
  kind: PartnerApprovalKind;
  companyId: string;
  subjectId: string;
  connectionId: string;
}
export interface ApprovalSubject {
  /** The partner approved: the request goes on (to the provider or the network). A refusal (AppError) undoes the decision. */
  approve(trx: Tx, actor: Actor, request: ApprovalRequest): Promise<void>;
  /** The partner rejected it: nothing goes on. */
  reject(trx: Tx, actor: Actor, request: ApprovalRequest, reason: string): Promise<void>;
}

const iso = (d: Date | null) => d?.toISOString() ?? null;
const toRequest = (row: repo.ApprovalRow): ApprovalRequest => ({ id: row.id, kind: row.kind, companyId: row.company_id, subjectId: row.subject_id, connectionId: row.connection_id });

/**
 * The partner's service approval queue (PRODUCT.md §4, `approvalQueue`): a managed account's new
 * orders, speed changes and terminations wait here for the partner's approvers. The connections
 * module holds and releases its own requests; this module keeps the queue and the decision.
 */
export function createPartnerApprovalsService(app: AppContext) {
  const { db } = app;
  const subjects = new Map<PartnerApprovalKind, ApprovalSubject>();

  /** The owner of a kind of request registers what approving and rejecting it does. */
  function handle(kind: PartnerApprovalKind, subject: ApprovalSubject) {
    subjects.set(kind, subject);
  }

  /** Puts a request in the queue, in the caller's transaction; 409 when the same thing already waits. */
  async function hold(trx: Tx, actor: Actor, v: { kind: PartnerApprovalKind; company: CompanyRef; subjectId: string; connectionId: string; summary: ApprovalSummary }) {
    // A race past this check meets the unique index partner_approvals_one_pending (the caller answers 409).
    if (await repo.pendingOf(trx, v.kind, v.subjectId)) throw conflict('approval_pending', 'This request already waits for the partner’s approval.');
    const row = await repo.insertApproval(trx, {
      id: uuidv7(), partnerId: v.company.partnerId!, companyId: v.company.id, kind: v.kind, subjectId: v.subjectId, connectionId: v.connectionId, summary: v.summary, requestedBy: actor.userId,
    });
    await record(trx, app.jobs, actor, {
      audit: { action: 'partner_approval.requested', companyId: v.company.id, targetType: 'partner_approval', targetId: row.id, after: { kind: v.kind, subjectId: v.subjectId, summary: v.summary } },
      events: [{ type: 'partner_approval.requested', companyId: v.company.id, actorUserId: actor.userId, payload: { approvalId: row.id, connectionId: v.connectionId } }],
    });
    return row;
  }

  /** Takes a waiting request out of the queue (the account withdrew it, or it ended another way); false when none waited. */
  async function withdraw(trx: Tx, actor: Actor | SystemActor, kind: PartnerApprovalKind, subjectId: string): Promise<boolean> {
    const pending = await repo.pendingOf(trx, kind, subjectId);
    if (!pending) return false;
    const after = await repo.decideApproval(trx, pending.id, 'withdraw', userIdOf(actor), null);
    if (!after) return false;
    await record(trx, app.jobs, actor, {
      audit: { action: 'partner_approval.withdrawn', companyId: after.company_id, targetType: 'partner_approval', targetId: after.id, before: { state: 'pending' }, after: { state: after.state } },
      events: [],
    });
    return true;
  }

  async function present(executor: Executor, rows: repo.ApprovalRow[]) {
    const companies = await accountsQueries.companies(executor, [...new Set(rows.map((r) => r.company_id))]);
    const names = await accountsQueries.userNames(executor, rows.flatMap((r) => [r.requested_by, r.decided_by].filter((u): u is string => u !== null)));
    const byId = new Map(companies.map((c) => [c.id, c]));
    const nameOf = (id: string | null) => (id ? names.get(id) ?? null : null);
    return rows.map((r) => ({
      id: r.id, kind: r.kind, state: r.state, companyId: r.company_id, companyName: byId.get(r.company_id)?.name ?? '', accountRef: byId.get(r.company_id)?.account_ref ?? null,
      connectionId: r.connection_id, subjectId: r.subject_id, summary: r.summary, reason: r.reason,
      requestedAt: r.requested_at.toISOString(), requestedBy: r.requested_by, requestedByName: nameOf(r.requested_by),
      decidedAt: iso(r.decided_at), decidedBy: r.decided_by, decidedByName: nameOf(r.decided_by),
    }));
  }

  /** A request the actor may see: one of its tree's managed accounts'; anyone else gets 404. */
  async function visible(actor: Actor, id: string) {
    const row = await repo.findApproval(db.kysely, id);
    if (!row) throw notFound('partner_approval', 'id');
    const company = inScope(actor, await accountsQueries.companyRef(db.kysely, row.company_id), (ref) => ref, 'partner_approval', 'id');
    return { row, company };
  }

  /** The queue: requests of the actor's managed accounts (or one of them) in a state, pending oldest first. */
  async function list(actor: Actor, query: { state?: PartnerApprovalState; companyId?: string; limit?: number; cursor?: string }) {
    access.require(actor, 'partner_approvals.view');
    const limit = query.limit ?? 50;
    let companyIds = await accountsQueries.treeIds(db.kysely, actor);
    if (query.companyId) {
      inScope(actor, await accountsQueries.companyRef(db.kysely, query.companyId), (ref) => ref, 'company', 'companyId');
      companyIds = [query.companyId];
    }
    const rows = await repo.listApprovals(db.kysely, { companyIds, state: query.state ?? 'pending', after: decodeCursor(query.cursor), limit });
    const page = toPage(rows, limit);
    return { items: await present(db.kysely, page.items), nextCursor: page.nextCursor };
  }

  /** What waits, in all and per account of the actor's tree: the navigation's count and the account list's status. */
  async function pending(actor: Actor) {
    access.require(actor, 'partner_approvals.view');
    const byCompany = await repo.pendingPerCompany(db.kysely, await accountsQueries.treeIds(db.kysely, actor));
    return { total: byCompany.reduce((sum, c) => sum + c.pending, 0), byCompany };
  }

  async function get(actor: Actor, id: string) {
    access.require(actor, 'partner_approvals.view');
    const { row } = await visible(actor, id);
    return (await present(db.kysely, [row]))[0]!;
  }

  /** The partner's approver decides; the guarded update makes concurrent decisions produce exactly one. */
  async function decide(actor: Actor, id: string, decision: 'approve' | 'reject', reason?: string) {
    const { row, company } = await visible(actor, id);
    access.require(actor, 'partner_approvals.decide', company);
    if (!canDecide(row.state)) throw conflict('not_pending', `The request is ${row.state} already.`);
    const subject = subjects.get(row.kind);
    if (!subject) throw new Error(`no owner handles partner approvals of kind ${row.kind}`);
    const why = reason?.trim() || null;
    const after = await db.kysely.transaction().execute(async (trx) => {
      const decided = await repo.decideApproval(trx, id, decision, actor.userId, why);
      if (!decided) throw conflict('not_pending', 'The request was decided meanwhile.');
      if (decision === 'approve') await subject.approve(trx, actor, toRequest(decided));
      else await subject.reject(trx, actor, toRequest(decided), why ?? '');
      await record(trx, app.jobs, actor, {
        audit: { action: `partner_approval.${decided.state}`, companyId: decided.company_id, targetType: 'partner_approval', targetId: id, before: { state: row.state }, after: { state: decided.state, reason: why } },
        events: [{ type: 'partner_approval.decided', companyId: decided.company_id, actorUserId: actor.userId, payload: { approvalId: id, connectionId: decided.connection_id } }],
      });
      return decided;
    });
    return (await present(db.kysely, [after]))[0]!;
  }

  /** The requests about one connection that still wait (its detail page shows them). */
  async function pendingForConnection(executor: Executor, connectionId: string) {
    return (await repo.pendingForConnection(executor, connectionId)).map((r) => ({ id: r.id, kind: r.kind, requestedAt: r.requested_at.toISOString() }));
  }

  return { handle, hold, withdraw, list, pending, get, decide, pendingForConnection, queueOn: approvalQueueOn };
}

export type PartnerApprovalsService = ReturnType<typeof createPartnerApprovalsService>;
