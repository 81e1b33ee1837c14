// Shared pieces of the compliance pages: the review list hook, the target badge, the status badge.
import { useQuery } from '@tanstack/react-query';
import type { ComplianceStatus, ScreeningReview, ScreeningReviewStatus } from '../../api/models';
import { useI18n } from '../../i18n';
import { listReviews } from './compliance.api';
import { complianceKeys } from './queryKeys';

/** The review queue's target (PRODUCT.md §6): most reviews resolved within 15–60 minutes. */
export const TARGET_MINUTES = { first: 15, last: 60 } as const;

/** Reviews of one status (the queue page, and the navigation's count of open ones); polls every 30 s. */
export function useReviews(status: ScreeningReviewStatus, enabled = true) {
  return useQuery({ queryKey: complianceKeys.reviewList(status), queryFn: () => listReviews(status), enabled, refetchInterval: 30_000 });
}

/** The best match of a review (its matches come best first). */
export const bestMatch = (review: ScreeningReview) => review.matches[0];

/** A score as the lists show it: two decimals. */
export const formatScore = (lang: string, score: number): string => score.toLocaleString(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

type TargetState = 'within' | 'over15' | 'over60';

/** Where an open review stands against the target: within 15 minutes, past 15, past 60. */
export function targetState(openedAt: string, now = Date.now()): TargetState {
  const minutes = (now - Date.parse(openedAt)) / 60_000;
  return minutes > TARGET_MINUTES.last ? 'over60' : minutes > TARGET_MINUTES.first ? 'over15' : 'within';
}

const targetTone: Record<TargetState, string> = { within: 'badge-ok', over15: 'badge-warn', over60: 'badge-danger' };

/** "Within target" / "Over 15 min" / "Over 60 min" for an open review. */
export function TargetBadge({ openedAt }: { openedAt: string }) {
  const { t } = useI18n();
  const state = targetState(openedAt);
  return <span className={`badge ${targetTone[state]}`}>{t(`reviews.target.${state}`)}</span>;
}

const statusTone: Record<ComplianceStatus, string> = {
  pending: 'badge-muted', clear: 'badge-ok', potential_match: 'badge-warn', approved: 'badge-ok', rejected: 'badge-danger', deprovisioned: 'badge-danger',
};

/** A customer's screening status (a deprovisioned customer says so whatever its last status). */
export function ComplianceBadge({ status, deprovisionedAt }: { status: ComplianceStatus | null | undefined; deprovisionedAt?: string | null }) {
  const { t } = useI18n();
  const shown = deprovisionedAt ? 'deprovisioned' : status;
  if (!shown) return <>—</>;
  return <span className={`badge ${statusTone[shown]}`}>{t(`complianceStatus.${shown}`)}</span>;
}

/** A review's own status: open, approved, rejected. */
export function ReviewStatusBadge({ status }: { status: ScreeningReviewStatus }) {
  const { t } = useI18n();
  const tone = status === 'open' ? 'badge-warn' : status === 'approved' ? 'badge-ok' : 'badge-danger';
  return <span className={`badge ${tone}`}>{t(`reviews.status.${status}`)}</span>;
}
