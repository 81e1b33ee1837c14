import { listAuditEvents } from './audit.api';
import type { AuditEvent } from '../../api/models';
import { ErrorPanel } from '../../components/ErrorPanel';
import { PageHeader } from '../../components/PageHeader';
import { Spinner } from '../../components/Spinner';
import { useCursorList } from '../../hooks';
import { useI18n } from '../../i18n';
import { TableWrap } from '../../components/TableWrap';
import { accountsKeys } from './queryKeys';

export function AuditPage() {
  const { t, formatDateTime } = useI18n();
  const events = useCursorList(accountsKeys.audit, (cursor) => listAuditEvents(cursor));

  return (
    <>
      <PageHeader title={t('audit.title')} subtitle={t('audit.subtitle')} />
      <section className="panel" aria-labelledby="audit-title">
        <h2 id="audit-title" className="visually-hidden">
          {t('audit.title')}
        </h2>
        {events.isPending ? (
          <Spinner />
        ) : events.isError ? (
          <ErrorPanel error={events.error} onRetry={() => void events.refetch()} />
        ) : events.items.length === 0 ? (
          <p className="muted">{t('audit.empty')}</p>
        ) : (
          <TableWrap label={t('audit.title')}>
            <table className="table-fit">
              <thead>
                <tr>
                  <th scope="col">{t('audit.time')}</th>
                  <th scope="col">{t('audit.actor')}</th>
                  <th scope="col">{t('audit.action')}</th>
                  <th scope="col">{t('audit.target')}</th>
                  <th scope="col">{t('audit.requestId')}</th>
                </tr>
              </thead>
              <tbody>
                {events.items.map((event) => (
                  <tr key={event.id}>
                    <td className="nowrap">
                      <time dateTime={event.createdAt}>{formatDateTime(event.createdAt)}</time>
                    </td>
                    <td>{event.actorEmail ?? (event.actorUserId ? <code>{event.actorUserId}</code> : t('audit.system'))}</td>
                    <td>
                      <code>{event.action}</code>
                    </td>
                    <td>
                      <Target event={event} />
                    </td>
                    <td>{event.requestId ? <code className="small">{event.requestId}</code> : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
        {events.hasNextPage && (
          <button
            type="button"
            className="button load-more"
            onClick={() => !events.isFetchingNextPage && void events.fetchNextPage()}
            aria-disabled={events.isFetchingNextPage || undefined}
          >
            {events.isFetchingNextPage ? t('common.loading') : t('common.loadMore')}
          </button>
        )}
      </section>
    </>
  );
}

function Target({ event }: { event: AuditEvent }) {
  if (!event.targetType) return <>—</>;
  return (
    <>
      {event.targetType}
      {event.targetId && (
        <>
          {' '}
          {/* UUIDv7 ids share their time-based start: the end tells them apart. */}
          <code className="small" title={event.targetId}>
            …{event.targetId.slice(-8)}
          </code>
        </>
      )}
    </>
  );
}
