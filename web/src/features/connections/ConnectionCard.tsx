import { useId, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { cancelConnection, getConnection, requestSpeedChange, withdrawSpeedChange } from './connections.api';
import { findProvider } from '../marketplace/marketplace.api';
import type { Approval, Connection, SpeedChange } from '../../api/models';
import { canDecideApprovals } from '../../access';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorPanel } from '../../components/ErrorPanel';
import { Icon } from '../../components/Icon';
import { Spinner } from '../../components/Spinner';
import { StateBadge } from '../../components/StateBadge';
import { useI18n } from '../../i18n';
import { formatSpeed, formatVlan, maxRate, parseRate, portAndPlace, useLocations, useMyPorts } from '../network/network';
import { Link } from '../../router';
import { useSession } from '../../session';
import { ConnectionHistory } from './ConnectionHistory';
import { approvalsOf, DecisionDialog, type Decision } from './DecisionDialog';
import { connectionsKeys } from './queryKeys';
import { marketplaceKeys } from '../marketplace/queryKeys';
import { Detail } from '../../components/Detail';

type Action = 'cancel' | 'decommission' | 'speed' | 'withdrawSpeed';

/**
 * One VXC: its state, speed and ends, its history, and what the viewer may do with it: the customer
 * withdraws, decommissions or changes the speed; the provider's approvers accept or deny. On "My
 * services" (`detailed` false) the name links to the connection's page and the history opens on
 * request; on that page (`detailed`) the history is always shown.
 */
export function ConnectionCard({
  connection,
  side,
  onNotice,
  detailed = false,
}: {
  connection: Connection;
  side: 'customer' | 'provider';
  onNotice: (message: string) => void;
  detailed?: boolean;
}) {
  const { t, lang, formatDateTime } = useI18n();
  const { me, can } = useSession();
  const queryClient = useQueryClient();
  const locations = useLocations();
  const [open, setOpen] = useState(false);
  const [action, setAction] = useState<Action | null>(null);
  const [deciding, setDeciding] = useState<{ item: Approval; decision: Decision } | null>(null);
  const titleId = useId();
  const historyId = useId();
  const mine = side === 'customer' && can('services.order');
  const decisions = side === 'provider' && canDecideApprovals(me) ? approvalsOf(connection) : [];
  const live = connection.state === 'LIVE';
  const pending = connection.pendingSpeedChange;
  const locationName = (id?: string) => (id ? locations.byId.get(id)?.name : undefined);

  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: connectionsKeys.connections });
    void queryClient.invalidateQueries({ queryKey: connectionsKeys.connection(connection.id) });
  };

  const awaiting = connection.state === 'AWAITING_APPROVAL' || connection.state === 'AWAITING_PARTNER';
  // What waits in the partner's approval queue (the connection page only).
  const heldByPartner = connection.partnerApprovals ?? [];
  const terminationHeld = heldByPartner.some((item) => item.kind === 'termination');
  const endText = (end: Connection['aEnd'] | Connection['bEnd']) => {
    const place = portAndPlace(end.portName, locationName(end.locationId));
    // A B-end without a VLAN after the decision has none to show.
    return end.vlan === null && !awaiting ? place : `${place} · VLAN ${formatVlan(t, end.vlan, awaiting)}`;
  };
  const Title = detailed ? 'h2' : 'h3';

  return (
    <article className={`panel vxc vxc-${connection.state.toLowerCase()}`} aria-labelledby={titleId}>
      <div className="vxc-head">
        <Title id={titleId}>{detailed ? connection.name : <Link to={`/connections/${connection.id}`}>{connection.name}</Link>}</Title>
        <StateBadge state={connection.state} />
        {pending && (
          <span className="badge badge-warn">{t('vxc.speedPending', { speed: formatSpeed(lang, pending.rateLimitMbps) })}</span>
        )}
      </div>
      <dl className="details vxc-details">
        <Detail label={side === 'customer' ? t('vxc.provider') : t('vxc.customer')}>{side === 'customer' ? connection.providerName : connection.companyName}</Detail>
        <Detail label={t('vxc.rate')}>{formatSpeed(lang, connection.rateLimitMbps)}</Detail>
        <Detail label={t('vxc.aEnd')}>{endText(connection.aEnd)}</Detail>
        <Detail label={t('vxc.bEnd')}>{endText(connection.bEnd)}</Detail>
        <Detail label={t('vxc.ordered')}>{formatDateTime(connection.createdAt ?? connection.history[0]?.at)}</Detail>
      </dl>
      {(connection.state === 'DENIED' || connection.state === 'REJECTED') && connection.approval.reason && (
        <p className="vxc-reason">
          <strong>{t(connection.state === 'DENIED' ? 'vxc.deniedBecause' : 'vxc.partnerRejectedBecause')}</strong> {connection.approval.reason}
        </p>
      )}
      {heldByPartner.map((item) => (
        <p key={item.id} className="vxc-reason">
          <Icon name="inbox" /> {t(`vxc.heldByPartner.${item.kind}`)}
        </p>
      ))}
      <div className="vxc-actions">
        {!detailed && (
          <button type="button" className="button button-small" aria-expanded={open} aria-controls={historyId} onClick={() => setOpen((value) => !value)}>
            <Icon name="list" /> {open ? t('vxc.hideHistory') : t('vxc.showHistory')}
          </button>
        )}
        {decisions.map((item) => (
          <span key={item.kind} className="vxc-decision">
            <button type="button" className="button button-small button-primary" onClick={() => setDeciding({ item, decision: 'accept' })}>
              <Icon name="check" /> {t(item.kind === 'connection' ? 'vxc.acceptRequest' : 'vxc.acceptSpeed')}
            </button>
            <button type="button" className="button button-small button-danger" onClick={() => setDeciding({ item, decision: 'deny' })}>
              {t(item.kind === 'connection' ? 'vxc.denyRequest' : 'vxc.rejectSpeed')}
            </button>
          </span>
        ))}
        {mine && live && !pending && (
          <button type="button" className="button button-small" onClick={() => setAction('speed')}>
            <Icon name="sliders" /> {t('vxc.changeSpeed')}
          </button>
        )}
        {mine && live && pending && (
          <button type="button" className="button button-small" onClick={() => setAction('withdrawSpeed')}>
            {t('vxc.withdrawSpeed')}
          </button>
        )}
        {mine && awaiting && (
          <button type="button" className="button button-small button-danger" onClick={() => setAction('cancel')}>
            {t('vxc.withdraw')}
          </button>
        )}
        {mine && live && !terminationHeld && (
          <button type="button" className="button button-small button-danger" onClick={() => setAction('decommission')}>
            {t('vxc.decommission')}
          </button>
        )}
      </div>
      {detailed ? (
        <section className="vxc-history" aria-labelledby={historyId}>
          <h3 id={historyId}>{t('vxc.showHistory')}</h3>
          <ConnectionHistory connection={connection} level={4} />
        </section>
      ) : (
        <div id={historyId} hidden={!open}>
          {open && <FetchedHistory connection={connection} />}
        </div>
      )}
      <ConfirmDialog<Connection>
        open={action === 'cancel' || action === 'decommission'}
        title={action === 'cancel' ? t('vxc.withdrawTitle') : t('vxc.decommissionTitle')}
        confirmLabel={action === 'cancel' ? t('vxc.withdraw') : t('vxc.decommission')}
        danger
        onClose={() => setAction(null)}
        action={() => cancelConnection(connection.id)}
        onDone={(updated) => {
          setAction(null);
          refresh();
          // A managed account's termination may wait for its partner (202): the connection stays LIVE.
          const done = updated.state === 'CANCELLED' ? 'vxc.withdrawn' : updated.state === 'LIVE' ? 'vxc.decommissionHeld' : 'vxc.decommissioned';
          onNotice(t(done, { name: connection.name }));
        }}
      >
        <p>{t(action === 'cancel' ? 'vxc.withdrawConfirm' : 'vxc.decommissionConfirm', { name: connection.name })}</p>
      </ConfirmDialog>
      {pending && (
        <ConfirmDialog<SpeedChange>
          open={action === 'withdrawSpeed'}
          title={t('vxc.withdrawSpeedTitle', { name: connection.name })}
          confirmLabel={t('vxc.withdrawSpeed')}
          onClose={() => setAction(null)}
          action={() => withdrawSpeedChange(pending.id)}
          onDone={() => {
            setAction(null);
            refresh();
            onNotice(t('vxc.speedWithdrawn', { name: connection.name, speed: formatSpeed(lang, pending.rateLimitMbps) }));
          }}
        >
          <p>{t('vxc.withdrawSpeedConfirm', { speed: formatSpeed(lang, pending.rateLimitMbps), now: formatSpeed(lang, connection.rateLimitMbps) })}</p>
        </ConfirmDialog>
      )}
      {mine && <SpeedDialog connection={connection} open={action === 'speed'} onClose={() => setAction(null)} onDone={refresh} onNotice={onNotice} />}
      {decisions.length > 0 && <DecisionDialog deciding={deciding} onClose={() => setDeciding(null)} onNotice={onNotice} />}
    </article>
  );
}

/** The history behind the list's toggle: GET /v1/connections/{id}, refetched when the polled list shows a move. */
function FetchedHistory({ connection }: { connection: Connection }) {
  const version = [connection.state, connection.rateLimitMbps, connection.pendingSpeedChange?.id ?? null];
  const detail = useQuery({
    queryKey: connectionsKeys.connectionVersion(connection.id, version),
    queryFn: () => getConnection(connection.id),
    placeholderData: (previous) => previous ?? connection,
  });
  if (detail.isError) return <ErrorPanel error={detail.error} onRetry={() => void detail.refetch()} />;
  if (!detail.data) return <Spinner />;
  return <ConnectionHistory connection={detail.data} level={4} />;
}

/**
 * The customer's speed change, with the most the connection can carry (the slower port) as the order
 * form shows it. A service key's own maximum is not visible to the customer: the server names it.
 */
function SpeedDialog({
  connection,
  open,
  onClose,
  onDone,
  onNotice,
}: {
  connection: Connection;
  open: boolean;
  onClose: () => void;
  onDone: () => void;
  onNotice: (message: string) => void;
}) {
  const { t, lang } = useI18n();
  const ports = useMyPorts(open);
  const provider = useQuery({
    queryKey: marketplaceKeys.provider(connection.providerCompanyId, ''),
    queryFn: () => findProvider(connection.providerCompanyId),
    enabled: open,
    retry: false,
  });
  const aSpeed = ports.data?.find((port) => port.id === connection.aEnd.portId)?.speedMbps;
  const bSpeed = provider.data?.ports.find((port) => port.id === connection.bEnd.portId)?.speedMbps;
  const limit = maxRate(aSpeed, bSpeed);
  const now = t('vxc.changeSpeedHint', { speed: formatSpeed(lang, connection.rateLimitMbps) });
  return (
    <ConfirmDialog<SpeedChange>
      open={open}
      title={t('vxc.changeSpeedTitle', { name: connection.name })}
      confirmLabel={t('vxc.changeSpeedSubmit')}
      onClose={onClose}
      input={{
        label: t('order.rate'),
        numeric: true,
        required: true,
        initial: String(connection.rateLimitMbps),
        hint: limit ? `${t('order.rateHint', { max: limit })} ${now}` : now,
        validate: (text) => {
          const rate = parseRate(text);
          if (rate === null || rate < 1) return t('order.errors.rateWhole');
          if (rate === connection.rateLimitMbps) return t('vxc.sameSpeed');
          if (limit && rate > limit) return t('order.errors.rateMax', { max: limit });
          return undefined;
        },
        apiFields: ['rateLimitMbps'],
      }}
      action={(text) => requestSpeedChange(connection.id, parseRate(text)!)}
      onDone={(change) => {
        onClose();
        onDone();
        onNotice(
          change.state === 'APPLIED'
            ? t('vxc.speedApplied', { name: connection.name, speed: formatSpeed(lang, change.toMbps) })
            : t('vxc.speedRequested', { name: connection.name, speed: formatSpeed(lang, change.toMbps) }),
        );
      }}
    />
  );
}
