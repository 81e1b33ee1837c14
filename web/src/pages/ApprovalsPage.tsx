import { useId, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { acceptConnection, decideSpeedChange, denyConnection } from '../api/network';
import type { Approval } from '../api/networkTypes';
import { ActionDialog, type ActionInput } from '../components/ActionDialog';
import { ErrorPanel } from '../components/ErrorPanel';
import { Icon } from '../components/Icon';
import { PageHeader } from '../components/PageHeader';
import { Spinner } from '../components/Spinner';
import { useI18n, type Translate } from '../i18n';
import { formatSpeed, formatVlan, parseVlan, portAndPlace, useApprovals, useLocations } from '../network';

type Decision = 'accept' | 'deny';


const itemId = (item: Approval) => (item.kind === 'connection' ? item.connection.id : item.speedChange.id);

export function ApprovalsPage() {
  const { t, lang } = useI18n();
  const queryClient = useQueryClient();
  const approvals = useApprovals();
  const [deciding, setDeciding] = useState<{ item: Approval; decision: Decision } | null>(null);
  const [notice, setNotice] = useState('');

  const items = approvals.data?.items ?? [];
  const dialog = deciding ? dialogFor(t, lang, deciding.item, deciding.decision) : null;

  return (
    <>
      <PageHeader title={t('approvals.title')} subtitle={t('approvals.subtitle')} />
      <p className="notice" role="status">
        {notice}
      </p>
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
      <ActionDialog<unknown>
        open={deciding !== null}
        title={dialog?.title ?? ''}
        confirmLabel={dialog?.confirm ?? ''}
        danger={deciding?.decision === 'deny'}
        input={dialog?.input}
        onClose={() => setDeciding(null)}
        action={(value) => decide(deciding!.item, deciding!.decision, value)}
        onDone={() => {
          const { item, decision } = deciding!;
          setDeciding(null);
          void queryClient.invalidateQueries({ queryKey: ['approvals'] });
          void queryClient.invalidateQueries({ queryKey: ['connections'] });
          setNotice(t(`approvals.done.${item.kind}.${decision}`, { name: item.connection.name, customer: item.connection.companyName ?? '' }));
        }}
      >
        {dialog?.message && <p>{dialog.message}</p>}
      </ActionDialog>
    </>
  );
}

function decide(item: Approval, decision: Decision, value: string): Promise<unknown> {
  if (item.kind === 'connection') {
    if (decision === 'deny') return denyConnection(item.connection.id, value);
    const vlan = parseVlan(value);
    return acceptConnection(item.connection.id, vlan ?? undefined);
  }
  return decideSpeedChange(item.speedChange.id, decision === 'accept' ? 'accept' : 'reject', value || undefined);
}

function dialogFor(t: Translate, lang: string, item: Approval, decision: Decision): { title: string; confirm: string; message: string; input?: ActionInput } {
  const name = item.connection.name;
  if (item.kind === 'connection' && decision === 'accept') {
    const fixed = item.connection.bEnd.vlan !== null;
    return {
      title: t('approvals.acceptTitle', { name }),
      confirm: t('approvals.accept'),
      message: fixed ? t('approvals.vlanFixed', { vlan: formatVlan(t, item.connection.bEnd.vlan) }) : t('approvals.acceptMessage'),
      input: fixed
        ? undefined
        : {
            label: t('approvals.bEndVlan'),
            hint: t('order.vlanHint'),
            numeric: true,
            validate: (text) => (parseVlan(text) === null ? t('order.errors.vlan') : undefined),
            apiFields: ['bEndVlan'],
          },
    };
  }
  if (item.kind === 'connection') {
    return {
      title: t('approvals.denyTitle', { name }),
      confirm: t('approvals.deny'),
      message: t('approvals.denyMessage', { customer: item.connection.companyName ?? '' }),
      input: { label: t('approvals.reason'), multiline: true, required: true, apiFields: ['reason'] },
    };
  }
  const speeds = { from: formatSpeed(lang, item.speedChange.fromMbps), to: formatSpeed(lang, item.speedChange.toMbps) };
  return decision === 'accept'
    ? { title: t('approvals.speedAcceptTitle', { name }), confirm: t('approvals.accept'), message: t('approvals.speedAcceptMessage', speeds) }
    : {
        title: t('approvals.speedRejectTitle', { name }),
        confirm: t('approvals.reject'),
        message: t('approvals.speedRejectMessage', speeds),
        input: { label: t('approvals.reasonOptional'), multiline: true, apiFields: ['reason'] },
      };
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
        <h2 id={titleId}>{connection.name}</h2>
        <time className="small muted approval-time" dateTime={requestedAt} title={formatDateTime(requestedAt)}>
          {formatRelative(requestedAt)}
        </time>
      </div>
      <dl className="details">
        <div>
          <dt>{t('vxc.customer')}</dt>
          <dd>{connection.companyName ?? '—'}</dd>
        </div>
        <div>
          <dt>{item.kind === 'connection' ? t('vxc.rate') : t('approvals.speed')}</dt>
          <dd>
            {item.kind === 'connection' ? (
              formatSpeed(lang, connection.rateLimitMbps)
            ) : (
              <>
                {formatSpeed(lang, item.speedChange.fromMbps)} <Icon name="arrow" /> <strong>{formatSpeed(lang, item.speedChange.toMbps)}</strong>
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('approvals.yourPort')}</dt>
          <dd>{portAndPlace(connection.bEnd.portName, where(connection.bEnd.locationId))}</dd>
        </div>
        <div>
          <dt>{t('approvals.from')}</dt>
          <dd>{portAndPlace(connection.aEnd.portName, where(connection.aEnd.locationId))}</dd>
        </div>
        {item.kind === 'connection' && connection.bEnd.vlan !== null && (
          <div>
            <dt>{t('order.bEndVlan')}</dt>
            <dd>{formatVlan(t, connection.bEnd.vlan)}</dd>
          </div>
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
