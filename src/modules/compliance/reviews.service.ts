import type { AppContext } from '../../platform/context.ts';
import type { Actor } from '../../platform/actor.ts';
import { access, inScope } from '../../platform/access/access.ts';
import { conflict, notFound } from '../../platform/errors.ts';
import { record } from '../../platform/events/record.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { accountsQueries, companyCompliance } from '../accounts/index.ts';
import * as repo from './checks.repo.ts';
import { NON_COMPLIANT_DAYS } from './checks.policy.ts';
import type { ContactChannel, ReviewStatus } from './compliance.tables.ts';

type ReviewRow = NonNullable<Awaited<ReturnType<typeof repo.findReview>>>;
type AttemptRow = Awaited<ReturnType<typeof repo.contactAttemptsOf>>[number];

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The review queue (PRODUCT.md §6): officers see the matches beside the customer, decide with a note, record contact attempts. */
export function createReviewsService(app: AppContext) {
  const { db } = app;

  async function present(rows: ReviewRow[]) {
    const companies = new Map((await accountsQueries.companies(db.kysely, [...new Set(rows.map((r) => r.company_id))])).map((c) => [c.id, c]));
    const attempts = await repo.contactAttemptsOf(db.kysely, rows.map((r) => r.id));
    const userIds = [...new Set([...rows.map((r) => r.decided_by), ...attempts.map((a) => a.by_user)].filter((id): id is string => id !== null))];
    const names = await accountsQueries.userNames(db.kysely, userIds);
    const presentAttempt = (a: AttemptRow) => ({
      id: a.id, channel: a.channel, outcome: a.outcome, note: a.note, by: a.by_user, byName: a.by_user ? names.get(a.by_user) ?? null : null, at: a.at.toISOString(),
    });
    return rows.map((r) => {
      const company = companies.get(r.company_id)!;
      const own = attempts.filter((a) => a.review_id === r.id);
      return {
        id: r.id, status: r.status, openedAt: r.opened_at.toISOString(),
        customer: {
          id: company.id, name: company.name, type: company.type, partnerId: company.partner_id, partnerName: company.partner_name,
          accountRef: company.account_ref, billingAddress: company.billing_address, deprovisionedAt: iso(company.deprovisioned_at),
        },
        screened: r.subject,
        matches: r.matches,
        updates: r.updates,
        decidedBy: r.decided_by, decidedByName: r.decided_by ? names.get(r.decided_by) ?? null : null, decidedAt: iso(r.decided_at), note: r.decision_note,
        contactAttempts: own.map(presentAttempt),
        failedContacts: failedSinceReached(own),
        // When the rules deprovision it if nothing changes (30 days after opening; sooner after three failed contacts).
        deprovisionDueAt: r.status === 'approved' ? null : new Date(r.opened_at.getTime() + NON_COMPLIANT_DAYS * 86_400_000).toISOString(),
        deprovisionedAt: iso(r.deprovisioned_at), deprovisionReason: r.deprovision_reason,
      };
    });
  }

  async function list(actor: Actor, query: { status?: ReviewStatus; limit?: number }) {
    access.require(actor, 'compliance.review');
    return { items: await present(await repo.listReviews(db.kysely, query.status ?? null, query.limit ?? 100)) };
  }

  async function load(actor: Actor, id: string) {
    access.require(actor, 'compliance.review');
    const row = await repo.findReview(db.kysely, id);
    if (!row) throw notFound('review', 'id');
    return row;
  }

  async function get(actor: Actor, id: string) {
    return (await present([await load(actor, id)]))[0]!;
  }

  /** Approve (no problem: the customer is compliant) or reject (a listed party), with a note; exactly one decision wins. */
  async function decide(actor: Actor, id: string, status: 'approved' | 'rejected', note: string) {
    await load(actor, id);
    await db.kysely.transaction().execute(async (trx) => {
      const row = await repo.findReviewForUpdate(trx, id);
      // Deprovisioned while open (its partner not reached): there is nothing left to approve or reject.
      if (row?.deprovisioned_at) throw conflict('review_closed', 'This review is closed: the customer was deprovisioned.');
      const at = new Date();
      const decided = row && (await repo.decideReview(trx, id, { status, by: actor.userId, note, at }));
      if (!decided) throw conflict('review_decided', `This review was ${row?.status ?? 'decided'} already.`);
      await companyCompliance.recordStatus(trx, decided.company_id, status, null);
      await repo.insertHistory(trx, { id: uuidv7(), companyId: decided.company_id, status, reason: status === 'approved' ? 'review_approved' : 'review_rejected', reviewId: id, by: actor.userId, note, at });
      await record(trx, app.jobs, actor, {
        audit: { action: `screening_review.${status}`, companyId: decided.company_id, targetType: 'screening_review', targetId: id, before: { status: 'open' }, after: { status, note } },
        events: [
          { type: 'compliance.review_decided', companyId: decided.company_id, actorUserId: actor.userId, payload: { reviewId: id, companyId: decided.company_id, status } },
          { type: 'compliance.status_changed', companyId: decided.company_id, actorUserId: actor.userId, payload: { companyId: decided.company_id, status, previous: 'potential_match' } },
        ],
      });
    });
    return get(actor, id);
  }

  /** A try to reach the partner (or the direct customer's admins); three failed ones in a row deprovision. */
  async function addContactAttempt(actor: Actor, id: string, input: { channel: ContactChannel; outcome: 'reached' | 'not_reached'; note: string }) {
    const row = await load(actor, id);
    if (row.status === 'approved' || row.deprovisioned_at) throw conflict('review_closed', 'This review is closed: the customer was approved or deprovisioned.');
    const attempt = await db.kysely.transaction().execute(async (trx) => {
      const created = await repo.insertContactAttempt(trx, { id: uuidv7(), reviewId: id, ...input, by: actor.userId, at: new Date() });
      await record(trx, app.jobs, actor, {
        audit: { action: 'screening_review.contact_attempted', companyId: row.company_id, targetType: 'screening_review', targetId: id, after: { channel: input.channel, outcome: input.outcome, note: input.note } },
        events: [{ type: 'compliance.contact_attempted', companyId: row.company_id, actorUserId: actor.userId, payload: { reviewId: id, companyId: row.company_id, attemptId: created.id } }],
      });
      return created;
    });
    return { id: attempt.id, review: await get(actor, id) };
  }

  /**
   * A customer's screening as seen from outside compliance: its status, checks, reviews (without
   * the matched entries' details for those who are not officers) and the status history.
   */
  async function companyCompliancePage(actor: Actor, companyId: string) {
    const company = await accountsQueries.companyRef(db.kysely, companyId);
    inScope(actor, company, (c) => c, 'company', 'id');
    const officer = access.can(actor, 'compliance.review');
    const full = (await accountsQueries.company(db.kysely, companyId))!;
    const [history, checks, reviews] = await Promise.all([
      repo.historyOf(db.kysely, companyId), repo.listChecks(db.kysely, companyId), repo.reviewsOf(db.kysely, companyId),
    ]);
    const names = await accountsQueries.userNames(db.kysely, history.map((h) => h.by_user).filter((u): u is string => u !== null));
    return {
      companyId,
      status: full.compliance_status, checkedAt: iso(full.compliance_checked_at), deprovisionedAt: iso(full.deprovisioned_at),
      history: history.map((h) => ({
        status: h.status, reason: h.reason, at: h.at.toISOString(), reviewId: h.review_id, byName: h.by_user ? names.get(h.by_user) ?? null : null,
        note: officer ? h.note : null,
      })),
      checks: checks.map((c) => ({
        id: c.id, reason: c.reason, result: c.result, checkedAt: c.checked_at.toISOString(), matches: c.matches.length,
        ...(officer ? { subject: c.subject, topMatches: c.matches.slice(0, 3).map((m) => ({ listEntryId: m.listEntryId, name: m.name, score: m.score })) } : {}),
      })),
      reviews: officer ? reviews.map((r) => ({ id: r.id, status: r.status, openedAt: r.opened_at.toISOString(), decidedAt: iso(r.decided_at) })) : [],
    };
  }

  return { list, get, decide, addContactAttempt, companyCompliancePage };
}

/** Failed attempts since the last one that reached someone (the rule counts those). */
export function failedSinceReached(attempts: { outcome: 'reached' | 'not_reached' }[]): number {
  let failed = 0;
  for (const a of attempts) failed = a.outcome === 'reached' ? 0 : failed + 1;
  return failed;
}

export type ReviewsService = ReturnType<typeof createReviewsService>;
