import { listAuditEvents } from './audit.api';
import type { AuditEvent } from '../../api/models';
import { DataTable } from '../../components/DataTable';
import { PageHeader } from '../../components/PageHeader';
import { Panel } from '../../components/Panel';
import { useCursorList } from '../../hooks';
import { useI18n } from '../../i18n';
import { accountsKeys } from './queryKeys';

export function AuditPage() {
  const { t, formatDateTime } = useI18n();
  const events = useCursorList(accountsKeys.audit, (cursor) => listAuditEvents(cursor));

  return (
    <>
      <PageHeader title={t('audit.title')} subtitle={t('audit.subtitle')} />
      <Panel title={t('audit.title')} titleHidden>
        <DataTable
          query={events}
          label={t('audit.title')}
          tableClassName="table-fit"
          empty={t('audit.empty')}
          rowKey={(event) => event.id}
          columns={[
            { header: t('audit.time'), cell: (event) => <time dateTime={event.createdAt}>{formatDateTime(event.createdAt)}</time>, className: 'nowrap' },
            { header: t('audit.actor'), cell: (event) => event.actorEmail ?? (event.actorUserId ? <code>{event.actorUserId}</code> : t('audit.system')) },
            { header: t('audit.action'), cell: (event) => <code>{event.action}</code> },
            { header: t('audit.target'), cell: (event) => <Target event={event} /> },
            { header: t('audit.requestId'), cell: (event) => (event.requestId ? <code className="small">{event.requestId}</code> : '—') },
          ]}
        />
      </Panel>
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
