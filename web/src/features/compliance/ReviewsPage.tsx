import { useState, type ReactNode } from 'react';
import { reviewStatuses, type ScreeningMatch, type ScreeningReview, type ScreeningReviewStatus } from '../../api/models';
import { DataTable } from '../../components/DataTable';
import { SelectField } from '../../components/Fields';
import { PageHeader } from '../../components/PageHeader';
import { useI18n } from '../../i18n';
import { Link, useRouter } from '../../router';
import { bestMatch, formatScore, ReviewStatusBadge, TARGET_MINUTES, TargetBadge, useReviews } from './compliance';

const isStatus = (value: string | null): value is ScreeningReviewStatus => reviewStatuses.includes(value as ScreeningReviewStatus);

/** The compliance officers' queue: open reviews oldest first, with their age against the 15–60-minute target; decided ones on request. */
export function ReviewsPage() {
  const { t, lang, formatRelative, formatDateTime } = useI18n();
  const { search } = useRouter();
  const [status, setStatus] = useState<ScreeningReviewStatus>(() => {
    const asked = new URLSearchParams(search).get('status');
    return isStatus(asked) ? asked : 'open';
  });
  const reviews = useReviews(status);
  const open = status === 'open';

  const choose = (value: string) => {
    if (!isStatus(value)) return;
    setStatus(value);
    // Keep the filter in the address (shareable, survives reload) without a navigation, which would move focus.
    window.history.replaceState(null, '', value === 'open' ? window.location.pathname : `?status=${value}`);
  };

  /** A cell of the review's best match ('—' for a review without matches). */
  const ofBest = (cell: (best: ScreeningMatch) => ReactNode) => (review: ScreeningReview) => {
    const best = bestMatch(review);
    return best ? cell(best) : '—';
  };

  return (
    <>
      <PageHeader title={t('reviews.title')} subtitle={t('reviews.subtitle', TARGET_MINUTES)} />
      <section className="panel" aria-labelledby="reviews-list-title">
        <div className="panel-header">
          <h2 id="reviews-list-title">{t(`reviews.listTitle.${status}`)}</h2>
          <div className="panel-filter">
            <SelectField label={t('reviews.filter')} value={status} onChange={choose} options={reviewStatuses.map((value) => ({ value, label: t(`reviews.status.${value}`) }))} />
          </div>
        </div>
        <DataTable
          query={{ ...reviews, items: reviews.data?.items ?? [] }}
          label={t(`reviews.listTitle.${status}`)}
          caption={t(`reviews.caption.${status}`)}
          empty={t(`reviews.empty.${status}`)}
          rowKey={(review) => review.id}
          columns={[
            {
              header: t('reviews.customer'),
              rowHeader: true,
              cell: (review) => (
                <Link to={`/compliance/reviews/${review.id}`} aria-label={t('reviews.open', { name: review.customer.name })}>
                  {review.customer.name}
                </Link>
              ),
            },
            { header: t('reviews.bestMatch'), cell: ofBest((best) => `${best.name} (${best.source})`) },
            { header: t('reviews.score'), cell: ofBest((best) => formatScore(lang, best.score)), className: 'nowrap' },
            { header: t('reviews.level'), cell: ofBest((best) => <LevelBadge level={best.explanation.level} />) },
            { header: t('reviews.matches'), cell: (review) => String(review.matches.length) },
            {
              header: open ? t('reviews.age') : t('reviews.decidedAt'),
              className: 'nowrap',
              cell: (review) => {
                const at = open ? review.openedAt : review.decidedAt;
                return (
                  <time dateTime={at ?? undefined} title={formatDateTime(at)}>
                    {formatRelative(at)}
                  </time>
                );
              },
            },
            open
              ? { header: t('reviews.target'), cell: (review) => <TargetBadge openedAt={review.openedAt} /> }
              : { header: t('reviews.decision'), cell: (review) => <ReviewStatusBadge status={review.status} /> },
            !open && { header: t('reviews.decidedBy'), cell: (review) => review.decidedByName ?? '—' },
          ]}
        />
      </section>
    </>
  );
}

/** strong (≥ 0.95) or review (≥ 0.85): the explanation's level of a match. */
export function LevelBadge({ level }: { level: string }) {
  const { t } = useI18n();
  return <span className={`badge ${level === 'strong' ? 'badge-danger' : 'badge-warn'}`}>{t(`reviews.levelName.${level}`)}</span>;
}
