import { useId, useState } from 'react';
import type { Approval } from '../../api/models';
import { ErrorPanel } from '../../components/ErrorPanel';
import { Icon } from '../../components/Icon';
import { PageHeader } from '../../components/PageHeader';
import { Spinner } from '../../components/Spinner';
import { useI18n } from '../../i18n';
import { formatSpeed, formatVlan, portAndPlace, useApprovals, useLocations } from '../network/network';
import { Link } from '../../router';
import { DecisionDialog, type Decision } from './DecisionDialog';
import { Detail } from '../../components/Detail';

const itemId = (item: Approval) => (item.kind === 'connection' ? item.connection.id : item.speedChange.id);

export function ApprovalsPage() {
  const { t } = useI18n();
  const approvals = useApprovals();
  const [deciding, setDeciding] = useState<{ item: Approval; decision: Decision } | null>(null);
  const [notice, setNotice] = useState('');

  const items = approvals.data?.items ?? [];

  return (
    <>
      <PageHeader title={t('approvals.title')} subtitle={t('approvals.subtitle')} notice={notice} />
      {approvals.isPending ? (
        <Spinner />
      ) : approvals.isError ? (
        <ErrorPanel error={approvals.error} onRetry={() => void approvals.refetch()} />
      ) : items.length === 0 ? (
        <section className="panel empty-inbox">
          <Icon name="check" />
          <p>{t('approvals.empty')}</p>
        </section>
      ) : (
        <ul className="card-list" aria-label={t('approvals.listTitle', { count: items.length })}>
          {items.map((item) => (
            <li key={itemId(item)}>
              <ApprovalCard item={item} onDecide={(decision) => setDeciding({ item, decision })} />
            </li>
          ))}
        </ul>
      )}
      <DecisionDialog deciding={deciding} onClose={() => setDeciding(null)} onNotice={setNotice} />
    </>
  );
}

function ApprovalCard({ item, onDecide }: { item: Approval; onDecide: (decision: Decision) => void }) {
  const { t, lang, formatRelative, formatDateTime } = useI18n();
  const locations = useLocations();
  const titleId = useId();
  const { connection } = item;
  const requestedAt = item.kind === 'connection' ? (connection.createdAt ?? connection.history[0]?.at) : item.speedChange.requestedAt;
  const where = (locationId?: string) => (locationId ? locations.byId.get(locationId)?.name : undefined);
  return (
    <article className="panel approval" aria-labelledby={titleId}>
      <div className="vxc-head">
        <span className={item.kind === 'connection' ? 'badge badge-info' : 'badge badge-warn'}>{t(`approvals.kind.${item.kind}`)}</span>
        <h2 id={titleId}>
          <Link to={`/connections/${connection.id}`}>{connection.name}</Link>
        </h2>
        <time className="small muted approval-time" dateTime={requestedAt} title={formatDateTime(requestedAt)}>
          {formatRelative(requestedAt)}
        </time>
      </div>
      <dl className="details">
        <Detail label={t('vxc.customer')}>{connection.companyName ?? '—'}</Detail>
        <Detail label={item.kind === 'connection' ? t('vxc.rate') : t('approvals.speed')}>
          {item.kind === 'connection' ? (
            formatSpeed(lang, connection.rateLimitMbps)
          ) : (
            <>
              {formatSpeed(lang, item.speedChange.fromMbps)} <Icon name="arrow" /> <strong>{formatSpeed(lang, item.speedChange.toMbps)}</strong>
            </>
          )}
        </Detail>
        <Detail label={t('approvals.yourPort')}>{portAndPlace(connection.bEnd.portName, where(connection.bEnd.locationId))}</Detail>
        <Detail label={t('approvals.from')}>{portAndPlace(connection.aEnd.portName, where(connection.aEnd.locationId))}</Detail>
        {item.kind === 'connection' && connection.bEnd.vlan !== null && (
          <Detail label={t('order.bEndVlan')}>{formatVlan(t, connection.bEnd.vlan)}</Detail>
        )}
      </dl>
      <div className="vxc-actions">
        <button type="button" className="button button-small button-primary" onClick={() => onDecide('accept')} aria-label={t('approvals.acceptNamed', { name: connection.name })}>
          <Icon name="check" /> {t('approvals.accept')}
        </button>
        <button type="button" className="button button-small button-danger" onClick={() => onDecide('deny')} aria-label={t(item.kind === 'connection' ? 'approvals.denyNamed' : 'approvals.rejectNamed', { name: connection.name })}>
          {item.kind === 'connection' ? t('approvals.deny') : t('approvals.reject')}
        </button>
      </div>
    </article>
  );
}
