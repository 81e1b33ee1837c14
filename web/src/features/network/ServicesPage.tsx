import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { deletePort } from './network.api';
import { listConnections } from '../connections/connections.api';
import type { Port } from '../../api/models';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { actionsColumn, DataTable, ListState } from '../../components/DataTable';
import { Icon } from '../../components/Icon';
import { PageHeader } from '../../components/PageHeader';
import { StateBadge } from '../../components/StateBadge';
import { useFlash } from '../../flash';
import { useCursorList } from '../../hooks';
import { useI18n } from '../../i18n';
import { connectionPoll, formatSpeed, isTransitional, useLocations, useMyPorts } from './network';
import { Link } from '../../router';
import { useSession } from '../../session';
import { canOrderConnections } from '../../access';
import { ConnectionCard } from '../connections/ConnectionCard';
import { connectionsKeys } from '../connections/queryKeys';
import { networkKeys } from './queryKeys';
import { OrderPortDialog } from './OrderPortDialog';

type Side = 'customer' | 'provider';

export function ServicesPage() {
  const { t } = useI18n();
  const { me, can } = useSession();
  const [notice, setNotice] = useFlash();
  const [ordering, setOrdering] = useState(false);
  return (
    <>
      <PageHeader
        title={t('services.title')}
        subtitle={t('services.subtitle')}
        actions={
          (canOrderConnections(me) || can('services.order')) && (
            <>
              {can('services.order') && (
                <button type="button" className="button" onClick={() => setOrdering(true)}>
                  <Icon name="plus" /> {t('portOrder.open')}
                </button>
              )}
              <Link to="/marketplace" className="button button-primary">
                <Icon name="search" /> {t('services.findProvider')}
              </Link>
              <Link to="/marketplace/order?mode=key" className="button">
                <Icon name="key" /> {t('order.withKey')}
              </Link>
            </>
          )
        }
        notice={notice}
      />
      <ConnectionsPanel onNotice={setNotice} />
      <PortsPanel onNotice={setNotice} />
      {can('services.order') && (
        <OrderPortDialog
          open={ordering}
          onClose={() => setOrdering(false)}
          onOrdered={(port) => {
            setOrdering(false);
            setNotice(t('portOrder.done', { name: port.name }));
          }}
        />
      )}
    </>
  );
}

function ConnectionsPanel({ onNotice }: { onNotice: (message: string) => void }) {
  const { t } = useI18n();
  const [side, setSide] = useState<Side>('customer');
  const connections = useCursorList(connectionsKeys.list(side), (cursor) => listConnections({ side }, cursor), { pollWhile: connectionPoll });
  return (
    <section className="services-section" aria-labelledby="vxcs-title">
      <div className="section-header">
        <h2 id="vxcs-title">{t('services.connections')}</h2>
        <div className="segmented" role="group" aria-label={t('services.side')}>
          {(['customer', 'provider'] as const).map((value) => (
            <button key={value} type="button" aria-pressed={side === value} onClick={() => setSide(value)}>
              {t(`services.side.${value}`)}
            </button>
          ))}
        </div>
      </div>
      <ListState query={connections} empty={side === 'customer' ? t('services.noConnections') : t('services.noIncoming')}>
        <ul className="card-list vxc-list" aria-labelledby="vxcs-title">
          {connections.items.map((connection) => (
            <li key={connection.id}>
              <ConnectionCard connection={connection} side={side} onNotice={onNotice} />
            </li>
          ))}
        </ul>
      </ListState>
    </section>
  );
}

function PortsPanel({ onNotice }: { onNotice: (message: string) => void }) {
  const { t, lang, formatDate } = useI18n();
  const { can } = useSession();
  const queryClient = useQueryClient();
  const ports = useMyPorts();
  const locations = useLocations();
  const [ending, setEnding] = useState<Port | null>(null);
  const endable = (port: Port) => can('services.order') && (port.provisioningStatus === 'LIVE' || isTransitional(port.provisioningStatus));
  const items = [...(ports.data ?? [])].sort((a, b) => Number(isEnded(a)) - Number(isEnded(b)) || a.name.localeCompare(b.name));

  return (
    <section className="panel" aria-labelledby="ports-title">
      <h2 id="ports-title">{t('services.ports')}</h2>
      <DataTable
        query={{ ...ports, items }}
        label={t('services.ports')}
        caption={t('services.ports')}
        empty={t('services.noPorts')}
        rowKey={(port) => port.id}
        rowClassName={(port) => (isEnded(port) ? 'row-muted' : undefined)}
        columns={[
          { header: t('port.name'), cell: (port) => port.name, rowHeader: true, className: 'cell-name' },
          { header: t('port.kind'), cell: (port) => t(`port.kind.${port.kind}`) },
          { header: t('port.location'), cell: (port) => locations.byId.get(port.locationId)?.name ?? '—' },
          { header: t('port.speed'), cell: (port) => formatSpeed(lang, port.speedMbps), className: 'nowrap' },
          { header: t('port.visibility'), cell: (port) => t(`port.visibility.${port.marketplaceVisibility}`) },
          { header: t('port.state'), cell: (port) => <StateBadge state={port.provisioningStatus} /> },
          { header: t('port.since'), cell: (port) => formatDate(port.liveAt ?? port.orderedAt), className: 'nowrap' },
          actionsColumn<Port>(t('common.actions'), (port) =>
            endable(port) ? (
              <button
                type="button"
                className="button button-small button-danger"
                onClick={() => setEnding(port)}
                aria-label={t(port.provisioningStatus === 'LIVE' ? 'port.decommissionNamed' : 'port.cancelNamed', { name: port.name })}
              >
                {port.provisioningStatus === 'LIVE' ? t('vxc.decommission') : t('port.cancel')}
              </button>
            ) : null,
          ),
        ]}
      />
      <ConfirmDialog<Port>
        open={ending !== null}
        title={t(ending?.provisioningStatus === 'LIVE' ? 'port.decommissionTitle' : 'port.cancelTitle')}
        confirmLabel={ending?.provisioningStatus === 'LIVE' ? t('vxc.decommission') : t('port.cancel')}
        danger
        onClose={() => setEnding(null)}
        action={() => deletePort(ending!.id)}
        onDone={(port) => {
          setEnding(null);
          void queryClient.invalidateQueries({ queryKey: networkKeys.ports });
          onNotice(t('port.ended', { name: port.name }));
        }}
      >
        <p>{t('port.endConfirm', { name: ending?.name ?? '' })}</p>
      </ConfirmDialog>
    </section>
  );
}

const isEnded = (port: Port) => port.provisioningStatus === 'CANCELLED' || port.provisioningStatus === 'DECOMMISSIONED';
