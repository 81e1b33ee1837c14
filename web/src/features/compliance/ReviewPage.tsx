import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ScreeningReview } from '../../api/models';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Detail } from '../../components/Detail';
import { ErrorPanel } from '../../components/ErrorPanel';
import { Icon } from '../../components/Icon';
import { Breadcrumb, PageHeader } from '../../components/PageHeader';
import { Panel } from '../../components/Panel';
import { Spinner } from '../../components/Spinner';
import { useI18n } from '../../i18n';
import { Link } from '../../router';
import { accountsKeys } from '../accounts/queryKeys';
import { decideReview, getReview, type ReviewDecision } from './compliance.api';
import { ReviewStatusBadge, TargetBadge } from './compliance';
import { complianceKeys } from './queryKeys';
import { ContactAttempts } from './ContactAttempts';
import { ReviewMatch } from './ReviewMatch';

/** One review: the customer beside each matched entry with its explanation, the decision, and the contact attempts. */
export function ReviewPage({ reviewId }: { reviewId: string }) {
  const { t } = useI18n();
  const review = useQuery({ queryKey: complianceKeys.review(reviewId), queryFn: () => getReview(reviewId) });
  const [deciding, setDeciding] = useState<ReviewDecision | null>(null);
  const [notice, setNotice] = useState('');
  const breadcrumb = <Breadcrumb to="/compliance/reviews" label={t('reviews.title')} />;

  if (review.isPending) return <Spinner />;
  if (review.isError) {
    return (
      <>
        {breadcrumb}
        <PageHeader title={t('review.fallbackTitle')} />
        <ErrorPanel error={review.error} onRetry={() => void review.refetch()} />
      </>
    );
  }
  const data = review.data;
  const name = data.customer.name;
  return (
    <>
      {breadcrumb}
      <PageHeader
        title={t('review.title', { name })}
        subtitle={
          <>
            <ReviewStatusBadge status={data.status} /> {data.status === 'open' && <TargetBadge openedAt={data.openedAt} />}
          </>
        }
        notice={notice}
        actions={
          data.status === 'open' && !data.deprovisionedAt && (
            <>
              <button type="button" className="button button-primary" onClick={() => setDeciding('approve')}>
                <Icon name="check" /> {t('review.approve')}
              </button>
              <button type="button" className="button button-danger" onClick={() => setDeciding('reject')}>
                {t('review.reject')}
              </button>
            </>
          )
        }
      />
      <ReviewStatus review={data} />
      {data.matches.map((match) => (
        <ReviewMatch key={match.listEntryId} review={data} match={match} />
      ))}
      <ContactAttempts review={data} onNotice={setNotice} />
      <DecideDialog review={data} deciding={deciding} onClose={() => setDeciding(null)} onNotice={setNotice} />
    </>
  );
}

/** When it opened, what was decided (by whom, with which note), and when the rules deprovision the customer. */
function ReviewStatus({ review }: { review: ScreeningReview }) {
  const { t, formatDateTime, formatRelative } = useI18n();
  const gone = review.updates.filter((u) => u.kind === 'match_gone');
  return (
    <Panel title={t('review.summary')}>
      <dl className="details">
        <Detail label={t('review.customer')}>
          <Link to={`/companies/${review.customer.id}`}>{review.customer.name}</Link>
        </Detail>
        <Detail label={t('review.opened')}>
          <time dateTime={review.openedAt} title={formatDateTime(review.openedAt)}>
            {formatRelative(review.openedAt)}
          </time>
        </Detail>
        <Detail label={t('reviews.matches')}>{t('review.matchCount', { count: review.matches.length, gone: gone.length })}</Detail>
        {review.decidedAt && (
          <>
            <Detail label={t('reviews.decision')}>
              <ReviewStatusBadge status={review.status} />
            </Detail>
            <Detail label={t('reviews.decidedBy')}>{t('review.decidedByAt', { name: review.decidedByName ?? '—', at: formatDateTime(review.decidedAt) })}</Detail>
            <Detail label={t('review.note')}>
              <span className="pre-line">{review.note}</span>
            </Detail>
          </>
        )}
        {review.deprovisionedAt ? (
          <Detail label={t('review.deprovisioned')}>
            {formatDateTime(review.deprovisionedAt)}
            {review.deprovisionReason && ` · ${t(`complianceReason.${review.deprovisionReason}`)}`}
          </Detail>
        ) : (
          review.deprovisionDueAt && <Detail label={t('review.deprovisionDue')}>{formatDateTime(review.deprovisionDueAt)}</Detail>
        )}
      </dl>
      {gone.length > 0 && (
        <p className="muted">{t('review.goneNote', { names: gone.map((u) => `${u.name} (${formatDateTime(u.at)})`).join(', ') })}</p>
      )}
    </Panel>
  );
}

/** Approve or reject, each with a note the record keeps. */
function DecideDialog({ review, deciding, onClose, onNotice }: { review: ScreeningReview; deciding: ReviewDecision | null; onClose: () => void; onNotice: (text: string) => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const name = review.customer.name;
  return (
    <ConfirmDialog<ScreeningReview>
      open={deciding !== null}
      title={t(`review.${deciding ?? 'approve'}Title`, { name })}
      confirmLabel={t(`review.${deciding ?? 'approve'}`)}
      danger={deciding === 'reject'}
      input={{ label: t('review.note'), multiline: true, required: true, apiFields: ['note'] }}
      onClose={onClose}
      action={(note) => decideReview(review.id, deciding!, note)}
      onDone={(decided) => {
        queryClient.setQueryData(complianceKeys.review(review.id), decided);
        void queryClient.invalidateQueries({ queryKey: complianceKeys.reviews });
        void queryClient.invalidateQueries({ queryKey: complianceKeys.company(review.customer.id) });
        void queryClient.invalidateQueries({ queryKey: accountsKeys.company(review.customer.id) });
        onNotice(t(`review.done.${deciding!}`, { name }));
        onClose();
      }}
    >
      <p>{t(`review.${deciding ?? 'approve'}Message`, { name })}</p>
    </ConfirmDialog>
  );
}
