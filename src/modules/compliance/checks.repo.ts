import { sql } from 'kysely';
import type { Executor, Tx } from '../../platform/db/db.ts';
import type { Match } from './matching.score.ts';
import type {
  CheckReason, ContactChannel, DeprovisionReason, HistoryStatus, ReviewStatus, ReviewUpdate, ScreeningSubject,
} from './compliance.tables.ts';

/** The SQL of checks, reviews, contact attempts, the status history and re-screening. */

/** One check of a company at a time: the next waits for this transaction to end. */
export async function lockCompanyChecks(trx: Tx, companyId: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtextextended('screening:company:' || ${companyId}::text, 0))`.execute(trx);
}

export function insertCheck(db: Executor, v: { id: string; companyId: string; reason: CheckReason; subject: ScreeningSubject; matches: Match[]; lists: string[]; at: Date }) {
  return db.insertInto('screening_checks').values({
    id: v.id, company_id: v.companyId, reason: v.reason, subject: JSON.stringify(v.subject), result: v.matches.length > 0 ? 'potential_match' : 'clear',
    matches: JSON.stringify(v.matches), lists: v.lists, checked_at: v.at,
  }).execute();
}

export const listChecks = (db: Executor, companyId: string, limit = 50) =>
  db.selectFrom('screening_checks').select(['id', 'reason', 'subject', 'result', 'matches', 'checked_at'])
    .where('company_id', '=', companyId).orderBy('checked_at', 'desc').orderBy('id', 'desc').limit(limit).execute();

const REVIEW_COLUMNS = [
  'id', 'company_id', 'status', 'subject', 'matches', 'updates', 'opened_at', 'decided_by', 'decided_at', 'decision_note', 'deprovisioned_at', 'deprovision_reason',
] as const;

export type ReviewRow = Awaited<ReturnType<typeof findReview>> & {};

export const findReview = (db: Executor, id: string) => db.selectFrom('screening_reviews').select(REVIEW_COLUMNS).where('id', '=', id).executeTakeFirst();
export const findReviewForUpdate = (db: Executor, id: string) =>
  db.selectFrom('screening_reviews').select(REVIEW_COLUMNS).where('id', '=', id).forUpdate().executeTakeFirst();

export const openReviewOf = (db: Executor, companyId: string) =>
  db.selectFrom('screening_reviews').select(REVIEW_COLUMNS).where('company_id', '=', companyId).where('status', '=', 'open').executeTakeFirst();

export const reviewsOf = (db: Executor, companyId: string) =>
  db.selectFrom('screening_reviews').select(REVIEW_COLUMNS).where('company_id', '=', companyId).orderBy('opened_at', 'desc').execute();

export function insertReview(db: Executor, v: { id: string; companyId: string; subject: ScreeningSubject; matches: Match[]; at: Date }) {
  return db.insertInto('screening_reviews').values({
    id: v.id, company_id: v.companyId, status: 'open', subject: JSON.stringify(v.subject), matches: JSON.stringify(v.matches), opened_at: v.at,
  }).returning(REVIEW_COLUMNS).executeTakeFirstOrThrow();
}

export async function updateReviewMatches(db: Executor, id: string, matches: Match[], updates: ReviewUpdate[]) {
  await db.updateTable('screening_reviews').set({ matches: JSON.stringify(matches), updates: JSON.stringify(updates) }).where('id', '=', id).execute();
}

/** Decides an open review; undefined when it was not open any more (decided meanwhile). */
export function decideReview(db: Executor, id: string, v: { status: Exclude<ReviewStatus, 'open'>; by: string; note: string; at: Date }) {
  return db.updateTable('screening_reviews').set({ status: v.status, decided_by: v.by, decision_note: v.note, decided_at: v.at })
    .where('id', '=', id).where('status', '=', 'open').returning(REVIEW_COLUMNS).executeTakeFirst();
}

/** The queue: reviews of a status (open: oldest first — the target is 15–60 minutes; decided: newest first). */
export function listReviews(db: Executor, status: ReviewStatus | null, limit: number) {
  let query = db.selectFrom('screening_reviews').select(REVIEW_COLUMNS);
  if (status) query = query.where('status', '=', status);
  return query.orderBy('opened_at', status === 'open' ? 'asc' : 'desc').orderBy('id').limit(limit).execute();
}

/** Entries officers approved for this company in earlier reviews. */
export async function approvedEntryIds(db: Executor, companyId: string): Promise<Set<string>> {
  const rows = await db.selectFrom('screening_reviews').select('matches').where('company_id', '=', companyId).where('status', '=', 'approved').execute();
  return new Set(rows.flatMap((r) => r.matches.map((m) => m.listEntryId)));
}

/**
 * Reviews that may be due for deprovisioning: not approved, not done, with their failed contact
 * attempts since the last one that reached someone.
 */
export function deprovisionCandidates(db: Executor) {
  return db.selectFrom('screening_reviews as r')
    .select(['r.id', 'r.company_id', 'r.status', 'r.opened_at'])
    .select((eb) => eb.selectFrom('screening_contact_attempts as a').select((e) => e.fn.countAll<string>().as('n'))
      .whereRef('a.review_id', '=', 'r.id').where('a.outcome', '=', 'not_reached')
      .where((e) => e('a.at', '>', e.fn.coalesce(
        e.selectFrom('screening_contact_attempts as reached').select((x) => x.fn.max('reached.at').as('at'))
          .whereRef('reached.review_id', '=', 'r.id').where('reached.outcome', '=', 'reached'),
        sql<Date>`'-infinity'::timestamptz`,
      )))
      .as('failed_contacts'))
    .where('r.status', 'in', ['open', 'rejected']).where('r.deprovisioned_at', 'is', null)
    .orderBy('r.opened_at').execute();
}

/**
 * Marks a review's customer deprovisioned, once: undefined when another run did it already, or an
 * officer approved the review since the job read it (the approval wins).
 */
export function markReviewDeprovisioned(db: Executor, id: string, reason: DeprovisionReason, at: Date) {
  return db.updateTable('screening_reviews').set({ deprovisioned_at: at, deprovision_reason: reason })
    .where('id', '=', id).where('deprovisioned_at', 'is', null).where('status', 'in', ['open', 'rejected']).returning('id').executeTakeFirst();
}

export function insertContactAttempt(db: Executor, v: { id: string; reviewId: string; channel: ContactChannel; outcome: 'reached' | 'not_reached'; note: string; by: string; at: Date }) {
  return db.insertInto('screening_contact_attempts').values({ id: v.id, review_id: v.reviewId, channel: v.channel, outcome: v.outcome, note: v.note, by_user: v.by, at: v.at })
    .returning(['id', 'review_id', 'channel', 'outcome', 'note', 'by_user', 'at']).executeTakeFirstOrThrow();
}

export const contactAttemptsOf = (db: Executor, reviewIds: string[]) =>
  reviewIds.length === 0
    ? Promise.resolve([])
    : db.selectFrom('screening_contact_attempts').select(['id', 'review_id', 'channel', 'outcome', 'note', 'by_user', 'at'])
      .where('review_id', 'in', reviewIds).orderBy('at').orderBy('id').execute();

export function insertHistory(db: Executor, v: { id: string; companyId: string; status: HistoryStatus; reason: string; checkId?: string | null; reviewId?: string | null; by?: string | null; note?: string | null; at: Date }) {
  return db.insertInto('screening_status_history').values({
    id: v.id, company_id: v.companyId, status: v.status, reason: v.reason, check_id: v.checkId ?? null, review_id: v.reviewId ?? null,
    by_user: v.by ?? null, note: v.note ?? null, at: v.at,
  }).execute();
}

export const historyOf = (db: Executor, companyId: string) =>
  db.selectFrom('screening_status_history').select(['id', 'status', 'reason', 'check_id', 'review_id', 'by_user', 'note', 'at'])
    .where('company_id', '=', companyId).orderBy('at').orderBy('id').execute();

export function insertRescreen(db: Executor, v: { id: string; listId: string; total: number }) {
  return db.insertInto('screening_rescreens').values({ id: v.id, list_id: v.listId, total: v.total }).execute();
}

export async function rescreenProgress(db: Executor, id: string, v: { done: number; potentialMatches: number; finished: boolean }) {
  await db.updateTable('screening_rescreens')
    .set({ done: v.done, potential_matches: v.potentialMatches, ...(v.finished ? { finished_at: new Date() } : {}) }).where('id', '=', id).execute();
}

export const recentRescreens = (db: Executor, limit = 10) =>
  db.selectFrom('screening_rescreens').select(['id', 'list_id', 'total', 'done', 'potential_matches', 'started_at', 'finished_at'])
    .orderBy('started_at', 'desc').orderBy('id', 'desc').limit(limit).execute();

/** Companies deprovisioned since this time (their leftover services are ended by later runs). */
export const recentlyDeprovisioned = (db: Executor, since: Date) =>
  db.selectFrom('screening_reviews').select('company_id').distinct().where('deprovisioned_at', '>=', since).execute().then((rows) => rows.map((r) => r.company_id));
