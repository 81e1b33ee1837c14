import type { ComplianceStatus } from '../accounts/index.ts';

/**
 * What one check of a customer leads to (PRODUCT.md §6), given what compliance knew before. Pure.
 *
 * - pending → clear (no match) | potential_match (a review opens);
 * - while a review is open, later checks add their new matches to it and note the ones that
 *   disappeared; the status stays potential_match until an officer decides;
 * - approved stays approved while every match is one an officer already approved; a new entry opens
 *   a new review;
 * - rejected stays rejected (a listed party does not clear itself by changing its name); the
 *   deprovisioning job ends it.
 */

export interface CheckState {
  status: ComplianceStatus;
  /** The open review's matched entries, if one is open. */
  openReview: { listEntryIds: string[] } | null;
  /** Entries officers approved for this customer in earlier reviews. */
  approvedEntryIds: ReadonlySet<string>;
}

export interface CheckOutcome {
  status: ComplianceStatus;
  review: 'none' | 'open' | 'update';
  /** Matched entries the open review did not have (review: open or update). */
  newEntryIds: string[];
  /** Entries of the open review this check no longer matched (review: update). */
  goneEntryIds: string[];
  /** Why the status is what it is, for the history. */
  reason: 'no_match' | 'match_found' | 'review_open' | 'matches_already_approved' | 'rejected_stays';
}

export function decideCheck(state: CheckState, matchedEntryIds: string[]): CheckOutcome {
  const matched = [...new Set(matchedEntryIds)];
  if (state.status === 'rejected') return { status: 'rejected', review: 'none', newEntryIds: [], goneEntryIds: [], reason: 'rejected_stays' };
  if (state.openReview) {
    const had = new Set(state.openReview.listEntryIds);
    const now = new Set(matched);
    const newEntryIds = matched.filter((id) => !had.has(id));
    const goneEntryIds = state.openReview.listEntryIds.filter((id) => !now.has(id));
    const changed = newEntryIds.length > 0 || goneEntryIds.length > 0;
    return { status: 'potential_match', review: changed ? 'update' : 'none', newEntryIds, goneEntryIds, reason: 'review_open' };
  }
  if (matched.length === 0) return { status: 'clear', review: 'none', newEntryIds: [], goneEntryIds: [], reason: 'no_match' };
  const unreviewed = matched.filter((id) => !state.approvedEntryIds.has(id));
  if (unreviewed.length === 0) return { status: 'approved', review: 'none', newEntryIds: [], goneEntryIds: [], reason: 'matches_already_approved' };
  return { status: 'potential_match', review: 'open', newEntryIds: matched, goneEntryIds: [], reason: 'match_found' };
}

/** Days a customer may stay non-compliant (potential match or rejected) before it is deprovisioned. */
export const NON_COMPLIANT_DAYS = 30;
/** Failed attempts to reach the partner (or the customer's admins) that deprovision at once. */
export const MAX_FAILED_CONTACTS = 3;

/** Why a customer under review is due for deprovisioning now, or null. Pure. */
export function deprovisionDue(
  review: { status: 'open' | 'approved' | 'rejected'; openedAt: Date; failedContacts: number; deprovisioned: boolean },
  now: Date,
): 'non_compliant_30_days' | 'partner_not_reached' | null {
  if (review.deprovisioned || review.status === 'approved') return null;
  if (review.failedContacts >= MAX_FAILED_CONTACTS) return 'partner_not_reached';
  const days = (now.getTime() - review.openedAt.getTime()) / 86_400_000;
  return days >= NON_COMPLIANT_DAYS ? 'non_compliant_30_days' : null;
}
