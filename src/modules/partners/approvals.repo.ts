import type { Executor } from '../../platform/db/db.ts';
import type { ApprovalSummary } from './partners.tables.ts';
import { approvalFrom, approvalTo, type PartnerApprovalDecision, type PartnerApprovalKind, type PartnerApprovalState } from './approvals.state.ts';

const columns = [
  'id', 'partner_id', 'company_id', 'kind', 'subject_id', 'connection_id', 'summary', 'state', 'reason', 'requested_by', 'requested_at', 'decided_by', 'decided_at',
] as const;

export type ApprovalRow = NonNullable<Awaited<ReturnType<typeof findApproval>>>;

export const findApproval = (db: Executor, id: string) => db.selectFrom('partner_approvals').select(columns).where('id', '=', id).executeTakeFirst();

export function insertApproval(
  db: Executor,
  v: { id: string; partnerId: string; companyId: string; kind: PartnerApprovalKind; subjectId: string; connectionId: string; summary: ApprovalSummary; requestedBy: string; requestedAt?: Date },
) {
  return db
    .insertInto('partner_approvals')
    .values({
      id: v.id, partner_id: v.partnerId, company_id: v.companyId, kind: v.kind, subject_id: v.subjectId, connection_id: v.connectionId,
      summary: JSON.stringify(v.summary), requested_by: v.requestedBy, ...(v.requestedAt ? { requested_at: v.requestedAt } : {}),
    })
    .returning(columns)
    .executeTakeFirstOrThrow();
}

/** Decides a request only while it is pending: of concurrent decisions exactly one gets the row. */
export function decideApproval(db: Executor, id: string, d: PartnerApprovalDecision, by: string | null, reason: string | null) {
  return db
    .updateTable('partner_approvals')
    .set({ state: approvalTo(d), decided_by: by, decided_at: new Date(), reason })
    .where('id', '=', id)
    .where('state', '=', approvalFrom)
    .returning(columns)
    .executeTakeFirst();
}

/** The pending request of a kind about one thing (a connection, a speed change), if any. */
export const pendingOf = (db: Executor, kind: PartnerApprovalKind, subjectId: string) =>
  db.selectFrom('partner_approvals').select(columns).where('kind', '=', kind).where('subject_id', '=', subjectId).where('state', '=', approvalFrom).executeTakeFirst();

/** The pending requests about a connection (itself, its speed change, its termination). */
export const pendingForConnection = (db: Executor, connectionId: string) =>
  db.selectFrom('partner_approvals').select(columns).where('connection_id', '=', connectionId).where('state', '=', approvalFrom).orderBy('id').execute();

/** A queue page: the accounts' requests (null = any account), in a state, oldest first when pending, newest first otherwise. */
export function listApprovals(db: Executor, f: { companyIds: string[] | null; state: PartnerApprovalState; after: string | null; limit: number }) {
  let query = db.selectFrom('partner_approvals').select(columns).where('state', '=', f.state);
  if (f.companyIds) query = f.companyIds.length === 0 ? query.where((eb) => eb.lit(false)) : query.where('company_id', 'in', f.companyIds);
  const oldestFirst = f.state === 'pending';
  if (f.after) query = query.where('id', oldestFirst ? '>' : '<', f.after);
  return query.orderBy('id', oldestFirst ? 'asc' : 'desc').limit(f.limit + 1).execute();
}

/** How many requests wait, per account of these (null = any account); accounts with none are left out. */
export async function pendingPerCompany(db: Executor, companyIds: string[] | null): Promise<{ companyId: string; pending: number }[]> {
  if (companyIds?.length === 0) return [];
  let query = db.selectFrom('partner_approvals').select(['company_id', (eb) => eb.fn.countAll<string>().as('n')]).where('state', '=', approvalFrom);
  if (companyIds) query = query.where('company_id', 'in', companyIds);
  const rows = await query.groupBy('company_id').orderBy('company_id').execute();
  return rows.map((row) => ({ companyId: row.company_id, pending: Number(row.n) }));
}
