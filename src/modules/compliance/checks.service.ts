import type { AppContext } from '../../platform/context.ts';
import type { SystemActor } from '../../platform/actor.ts';
import type { Tx } from '../../platform/db/db.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { record } from '../../platform/events/record.ts';
import { loadEvent } from '../../platform/jobs/jobs.ts';
import { accountsQueries, companyCompliance, type BillingAddress, type ComplianceStatus } from '../accounts/index.ts';
import * as repo from './checks.repo.ts';
import { decideCheck } from './checks.policy.ts';
import type { CheckReason, ReviewUpdate, ScreeningSubject } from './compliance.tables.ts';
import type { ScreeningEngine } from './screening.engine.ts';
import type { Match } from './matching.score.ts';

export const CHECK_ON_EVENT_JOB = 'compliance.check-on-event';
export const RESCREEN_JOB = 'compliance.rescreen';
/** Companies re-screened between two progress updates. */
const RESCREEN_PAGE = 100;

const SYSTEM: SystemActor = { system: true, requestId: 'compliance-check' };

/** What is screened of a company: its name, its billing address's country, the rest of the address as text. */
export function subjectOf(company: { name: string; billing_address: BillingAddress | null }): ScreeningSubject {
  const a = company.billing_address;
  const address = a ? [a.addressLine1, a.addressLine2, a.zipOrPostalCode, a.city, a.stateOrProvince].filter(Boolean).join(', ') : null;
  return { name: company.name, country: a?.country ?? null, address };
}

/**
 * Background checks (PRODUCT.md §6): a customer is screened after it is created and whenever its
 * name or billing address changes — in a job, so the change itself never waits. Each check is
 * recorded; the policy (checks.policy.ts) decides the status and whether a review opens.
 */
export function createChecksService(app: AppContext, engine: ScreeningEngine) {
  const { db } = app;

  /**
   * Screens one company now and records the outcome. Returns its status, or null for a company
   * not screened (the operator, a deprovisioned or unknown company).
   */
  async function check(companyId: string, reason: CheckReason, at = new Date()): Promise<{ status: ComplianceStatus; checkId: string } | null> {
    const company = await accountsQueries.company(db.kysely, companyId);
    if (!company || company.type === 'operator' || company.deprovisioned_at) return null;
    // Matching is CPU work: done before the transaction, which only records it.
    let subject = subjectOf(company);
    let { matches, lists } = await engine.screen(subject);
    // No list loaded yet (a fresh install importing its default list): it stays pending; the import re-screens everyone.
    if (lists.length === 0) return null;
    return db.kysely.transaction().execute(async (trx) => {
      await repo.lockCompanyChecks(trx, companyId);
      const current = await accountsQueries.company(trx, companyId);
      if (!current || current.deprovisioned_at) return null;
      // Changed meanwhile (another check waited for this lock with a newer name): screen what is there now.
      if (JSON.stringify(subjectOf(current)) !== JSON.stringify(subject)) {
        subject = subjectOf(current);
        ({ matches, lists } = await engine.screen(subject));
      }
      const checkId = uuidv7();
      await repo.insertCheck(trx, { id: checkId, companyId, reason, subject, matches, lists, at });
      const status = await apply(trx, { companyId, previous: current.compliance_status ?? 'pending', subject, matches, checkId, at });
      return { status, checkId };
    });
  }

  /** The policy's outcome, written: the review opened or updated, the status and its history, the events. */
  async function apply(trx: Tx, v: { companyId: string; previous: ComplianceStatus; subject: ScreeningSubject; matches: Match[]; checkId: string; at: Date }) {
    const open = await repo.openReviewOf(trx, v.companyId);
    const outcome = decideCheck(
      { status: v.previous, openReview: open ? { listEntryIds: open.matches.map((m) => m.listEntryId) } : null, approvedEntryIds: await repo.approvedEntryIds(trx, v.companyId) },
      v.matches.map((m) => m.listEntryId),
    );
    let reviewId = open?.id ?? null;
    if (outcome.review === 'open') {
      reviewId = (await repo.insertReview(trx, { id: uuidv7(), companyId: v.companyId, subject: v.subject, matches: v.matches, at: v.at })).id;
      await record(trx, app.jobs, SYSTEM, {
        audit: { action: 'screening_review.opened', companyId: v.companyId, targetType: 'screening_review', targetId: reviewId, after: { matches: v.matches.map((m) => ({ listEntryId: m.listEntryId, score: m.score })) } },
        events: [{ type: 'compliance.review_opened', companyId: v.companyId, actorUserId: null, payload: { reviewId, companyId: v.companyId, customerId: v.companyId } }],
      });
    } else if (outcome.review === 'update' && open) {
      const byId = new Map(v.matches.map((m) => [m.listEntryId, m]));
      const added = outcome.newEntryIds.map((id) => byId.get(id)!);
      const updates: ReviewUpdate[] = [
        ...open.updates,
        ...added.map((m) => ({ at: v.at.toISOString(), kind: 'new_match' as const, listEntryId: m.listEntryId, name: m.name, score: m.score, checkId: v.checkId })),
        ...outcome.goneEntryIds.map((id) => ({
          at: v.at.toISOString(), kind: 'match_gone' as const, listEntryId: id, name: open.matches.find((m) => m.listEntryId === id)?.name ?? id, score: null, checkId: v.checkId,
        })),
      ];
      // The entries stay on the review (the officer sees what was matched and what went); new ones join it.
      await repo.updateReviewMatches(trx, open.id, [...open.matches, ...added], updates);
    }
    const changed = outcome.status !== v.previous;
    if (changed || outcome.review !== 'none') {
      await repo.insertHistory(trx, { id: uuidv7(), companyId: v.companyId, status: outcome.status, reason: outcome.reason, checkId: v.checkId, reviewId, at: v.at });
    }
    await companyCompliance.recordStatus(trx, v.companyId, outcome.status, v.at);
    if (changed) {
      await app.jobs.emit(trx, { type: 'compliance.status_changed', companyId: v.companyId, actorUserId: null, payload: { companyId: v.companyId, status: outcome.status, previous: v.previous } });
    }
    return outcome.status;
  }

  /** The job of accounts' events: created, renamed, billing address changed. */
  async function checkOnEvent(data: { eventId: string }) {
    const event = await loadEvent(db.kysely, data.eventId, 'company.created', 'company.updated', 'company.billing_address_changed');
    if (!event) return;
    if (event.type === 'company.created') await check(event.payload.companyId, 'created');
    else if (event.type === 'company.billing_address_changed') await check(event.payload.companyId, 'address_changed');
    else if (event.type === 'company.updated' && (event.payload as { changed: string[] }).changed.includes('name')) await check(event.payload.companyId, 'name_changed');
  }

  /**
   * After a list import: every screened customer checked again, with progress the operator sees
   * (GET /v1/compliance/rescreens). New matches open or join reviews; matches gone are noted on
   * the open review (checks.policy).
   */
  async function rescreen(data: { eventId: string }) {
    const event = await loadEvent(db.kysely, data.eventId, 'screening_list.imported');
    if (!event) return;
    engine.invalidate();
    const total = await companyCompliance.screenedCount(db.kysely);
    const id = uuidv7();
    await repo.insertRescreen(db.kysely, { id, listId: event.payload.listId, total });
    let done = 0;
    let potentialMatches = 0;
    for (let after: string | null = null; ;) {
      const ids = await companyCompliance.screenedIds(db.kysely, { after, limit: RESCREEN_PAGE });
      for (const companyId of ids) {
        const result = await check(companyId, 'list_updated');
        if (result?.status === 'potential_match') potentialMatches++;
        done++;
      }
      const finished = ids.length < RESCREEN_PAGE;
      await repo.rescreenProgress(db.kysely, id, { done, potentialMatches, finished });
      if (finished) break;
      after = ids.at(-1)!;
    }
  }

  /** Customers never screened (created before a list was loaded, or a check lost): a worker screens them at start. */
  async function screenPending() {
    for (let after: string | null = null; ;) {
      const ids = await companyCompliance.screenedIds(db.kysely, { after, limit: RESCREEN_PAGE, onlyPending: true });
      for (const companyId of ids) await check(companyId, 'sweep');
      if (ids.length < RESCREEN_PAGE) return;
      after = ids.at(-1)!;
    }
  }

  return { check, checkOnEvent, rescreen, screenPending };
}

export type ChecksService = ReturnType<typeof createChecksService>;
