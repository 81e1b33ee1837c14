import { useId, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { cancelConnection, getConnection, requestSpeedChange } from '../api/network';
import type { Connection, SpeedChange } from '../api/networkTypes';
import { ActionDialog } from '../components/ActionDialog';
import { ErrorPanel } from '../components/ErrorPanel';
import { Icon } from '../components/Icon';
import { Spinner } from '../components/Spinner';
import { StateBadge } from '../components/StateBadge';
import { useI18n } from '../i18n';
import { formatSpeed, formatVlan, parseRate, portAndPlace, useLocations } from '../network';
import { useSession } from '../session';

type Action = 'cancel' | 'decommission' | 'speed';

/** One VXC: its state, speed and ends; the history on request; what its customer can do with it. */
export function ConnectionCard({
  connection,
  side,
  onNotice,
}: {
  connection: Connection;
  side: 'customer' | 'provider';
  onNotice: (message: string) => void;
}) {
  const { t, lang, formatDateTime } = useI18n();
  const { can } = useSession();
  const queryClient = useQueryClient();
  const locations = useLocations();
  const [open, setOpen] = useState(false);
  const [action, setAction] = useState<Action | null>(null);
  const titleId = useId();
  const historyId = useId();
  const mine = side === 'customer' && can('services.order');
  const live = connection.state === 'LIVE';
  const pending = connection.pendingSpeedChange;
  const locationName = (id?: string) => (id ? locations.byId.get(id)?.name : undefined);

  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['connections'] });
    void queryClient.invalidateQueries({ queryKey: ['connection', connection.id] });
  };

  const awaiting = connection.state === 'AWAITING_APPROVAL';
  const endText = (end: Connection['aEnd']) => {
    const place = portAndPlace(end.portName, locationName(end.locationId));
    // A B-end without a VLAN after the decision has none to show.
    return end.vlan === null && !awaiting ? place : `${place} · VLAN ${formatVlan(t, end.vlan, awaiting)}`;
  };

  return (
    <article className={`panel vxc vxc-${connection.state.toLowerCase()}`} aria-labelledby={titleId}>
      <div className="vxc-head">
        <h3 id={titleId}>{connection.name}</h3>
        <StateBadge state={connection.state} />
        {pending && (
          <span className="badge badge-warn">{t('vxc.speedPending', { speed: formatSpeed(lang, pending.rateLimitMbps) })}</span>
        )}
      </div>
      <dl className="details vxc-details">
        <div>
          <dt>{side === 'customer' ? t('vxc.provider') : t('vxc.customer')}</dt>
          <dd>{side === 'customer' ? connection.providerName : connection.companyName}</dd>
        </div>
        <div>
          <dt>{t('vxc.rate')}</dt>
          <dd>{formatSpeed(lang, connection.rateLimitMbps)}</dd>
        </div>
        <div>
          <dt>{t('vxc.aEnd')}</dt>
          <dd>{endText(connection.aEnd)}</dd>
        </div>
        <div>
          <dt>{t('vxc.bEnd')}</dt>
          <dd>{endText(connection.bEnd)}</dd>
        </div>
        <div>
          <dt>{t('vxc.ordered')}</dt>
          <dd>{formatDateTime(connection.createdAt ?? connection.history[0]?.at)}</dd>
        </div>
      </dl>
      {connection.state === 'DENIED' && connection.approval.reason && (
        <p className="vxc-reason">
          <strong>{t('vxc.deniedBecause')}</strong> {connection.approval.reason}
        </p>
      )}
      <div className="vxc-actions">
        <button type="button" className="button button-small" aria-expanded={open} aria-controls={historyId} onClick={() => setOpen((value) => !value)}>
          <Icon name="list" /> {open ? t('vxc.hideHistory') : t('vxc.showHistory')}
        </button>
        {mine && live && !pending && (
          <button type="button" className="button button-small" onClick={() => setAction('speed')}>
            <Icon name="sliders" /> {t('vxc.changeSpeed')}
          </button>
        )}
        {mine && connection.state === 'AWAITING_APPROVAL' && (
          <button type="button" className="button button-small button-danger" onClick={() => setAction('cancel')}>
            {t('vxc.withdraw')}
          </button>
        )}
        {mine && live && (
          <button type="button" className="button button-small button-danger" onClick={() => setAction('decommission')}>
            {t('vxc.decommission')}
          </button>
        )}
      </div>
      <div id={historyId} hidden={!open}>
        {open && <History connection={connection} />}
      </div>
      <ActionDialog<Connection>
        open={action === 'cancel' || action === 'decommission'}
        title={action === 'cancel' ? t('vxc.withdrawTitle') : t('vxc.decommissionTitle')}
        confirmLabel={action === 'cancel' ? t('vxc.withdraw') : t('vxc.decommission')}
        danger
        onClose={() => setAction(null)}
        action={() => cancelConnection(connection.id)}
        onDone={(updated) => {
          setAction(null);
          refresh();
          onNotice(t(updated.state === 'CANCELLED' ? 'vxc.withdrawn' : 'vxc.decommissioned', { name: connection.name }));
        }}
      >
        <p>{t(action === 'cancel' ? 'vxc.withdrawConfirm' : 'vxc.decommissionConfirm', { name: connection.name })}</p>
      </ActionDialog>
      <ActionDialog<SpeedChange>
        open={action === 'speed'}
        title={t('vxc.changeSpeedTitle', { name: connection.name })}
        confirmLabel={t('vxc.changeSpeedSubmit')}
        onClose={() => setAction(null)}
        input={{
          label: t('order.rate'),
          numeric: true,
          required: true,
          initial: String(connection.rateLimitMbps),
          hint: t('vxc.changeSpeedHint', { speed: formatSpeed(lang, connection.rateLimitMbps) }),
          validate: (text) => {
            const rate = parseRate(text);
            if (rate === null || rate < 1) return t('order.errors.rateWhole');
            if (rate === connection.rateLimitMbps) return t('vxc.sameSpeed');
            return undefined;
          },
          apiFields: ['rateLimitMbps'],
        }}
        action={(text) => requestSpeedChange(connection.id, parseRate(text)!)}
        onDone={(change) => {
          setAction(null);
          refresh();
          onNotice(
            change.state === 'APPLIED'
              ? t('vxc.speedApplied', { name: connection.name, speed: formatSpeed(lang, change.toMbps) })
              : t('vxc.speedRequested', { name: connection.name, speed: formatSpeed(lang, change.toMbps) }),
          );
        }}
      />
    </article>
  );
}

/** The connection's transitions, oldest first, from GET /v1/connections/{id}. */
function History({ connection }: { connection: Connection }) {
  const { t, lang, formatDateTime } = useI18n();
  const { me } = useSession();
  // Refetched when the polled list shows a move: a new state, rate or speed request.
  const version = [connection.state, connection.rateLimitMbps, connection.pendingSpeedChange?.id ?? null];
  const detail = useQuery({
    queryKey: ['connection', connection.id, ...version],
    queryFn: () => getConnection(connection.id),
    placeholderData: (previous) => previous ?? connection,
  });
  if (detail.isError) return <ErrorPanel error={detail.error} onRetry={() => void detail.refetch()} />;
  if (!detail.data) return <Spinner />;
  const steps = detail.data.history;
  const timeline = (
    <ol className="timeline" aria-label={t('vxc.historyOf', { name: connection.name })}>
      {steps.map((step, index) => (
        <li key={`${step.state}-${step.at}`} className={index === steps.length - 1 ? 'timeline-current' : undefined}>
          <span className="timeline-dot" aria-hidden="true" />
          <span className="timeline-state">{t(`state.${step.state}`)}</span>
          <time dateTime={step.at} className="small muted">
            {formatDateTime(step.at)}
          </time>
          {step.by && <span className="small muted"> · {step.by === me.user.id ? t('vxc.byYou') : step.byName ? t('vxc.byName', { name: step.byName }) : null}</span>}
        </li>
      ))}
    </ol>
  );
  const changes = detail.data.speedChanges ?? [];
  return (
    <>
      {timeline}
      {changes.length > 0 && (
        <>
          <h4 className="small">{t('vxc.speedChanges')}</h4>
          <ul className="small" aria-label={t('vxc.speedChanges')}>
            {changes.map((change) => (
              <li key={change.id}>
                {t('vxc.speedChangeLine', { from: formatSpeed(lang, change.fromMbps), to: formatSpeed(lang, change.toMbps) })}: {t(`speedChange.${change.state}`)}
                {change.decidedByName && change.decidedBy !== change.requestedBy && <> · {t('vxc.byName', { name: change.decidedByName })}</>}
                {change.reason && <> · {change.reason}</>} · <time dateTime={change.decidedAt ?? change.requestedAt}>{formatDateTime(change.decidedAt ?? change.requestedAt)}</time>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
