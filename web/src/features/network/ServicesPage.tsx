import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { deletePort, listConnections } from './network.api';
import type { Port } from '../../api/models';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorPanel } from '../../components/ErrorPanel';
import { Icon } from '../../components/Icon';
import { PageHeader } from '../../components/PageHeader';
import { Spinner } from '../../components/Spinner';
import { StateBadge } from '../../components/StateBadge';
import { useFlash } from '../../flash';
import { useCursorList } from '../../hooks';
import { useI18n } from '../../i18n';
import { connectionPoll, formatSpeed, isTransitional, useLocations, useMyPorts } from './network';
import { Link } from '../../router';
import { useSession } from '../../session';
import { canOrderConnections } from '../../access';
import { ConnectionCard } from '../connections/ConnectionCard';
import { TableWrap } from '../../components/TableWrap';
import { connectionsKeys } from '../connections/queryKeys';
import { networkKeys } from './queryKeys';

type Side = 'customer' | 'provider';

export function ServicesPage() {
  const { t } = useI18n();
  const { me } = useSession();
  const [notice, setNotice] = useFlash();
  return (
    <>
      <PageHeader
        title={t('services.title')}
        subtitle={t('services.subtitle')}
        actions={
          canOrderConnections(me) && (
            <>
              <Link to="/marketplace" className="button button-primary">
                <Icon name="search" /> {t('services.findProvider')}
              </Link>
              <Link to="/marketplace/order?mode=key" className="button">
                <Icon name="key" /> {t('order.withKey')}
              </Link>
            </>
          )
        }
      />
      <p className="notice" role="status">
        {notice}
      </p>
      <ConnectionsPanel onNotice={setNotice} />
      <PortsPanel onNotice={setNotice} />
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
      {connections.isPending ? (
        <Spinner />
      ) : connections.isError ? (
        <ErrorPanel error={connections.error} onRetry={() => void connections.refetch()} />
      ) : connections.items.length === 0 ? (
        <p className="muted">{side === 'customer' ? t('services.noConnections') : t('services.noIncoming')}</p>
      ) : (
        <ul className="card-list vxc-list" aria-labelledby="vxcs-title">
          {connections.items.map((connection) => (
            <li key={connection.id}>
              <ConnectionCard connection={connection} side={side} onNotice={onNotice} />
            </li>
          ))}
        </ul>
      )}
      {connections.hasNextPage && (
        <button
          type="button"
          className="button button-small load-more"
          aria-disabled={connections.isFetchingNextPage || undefined}
          onClick={() => !connections.isFetchingNextPage && void connections.fetchNextPage()}
        >
          {t('common.loadMore')}
        </button>
      )}
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
      {ports.isPending ? (
        <Spinner />
      ) : ports.isError ? (
        <ErrorPanel error={ports.error} onRetry={() => void ports.refetch()} />
      ) : items.length === 0 ? (
        <p className="muted">{t('services.noPorts')}</p>
      ) : (
        <TableWrap label={t('services.ports')}>
          <table>
            <caption className="visually-hidden">{t('services.ports')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('port.name')}</th>
                <th scope="col">{t('port.kind')}</th>
                <th scope="col">{t('port.location')}</th>
                <th scope="col">{t('port.speed')}</th>
                <th scope="col">{t('port.visibility')}</th>
                <th scope="col">{t('port.state')}</th>
                <th scope="col">{t('port.since')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((port) => (
                <tr key={port.id} className={isEnded(port) ? 'row-muted' : undefined}>
                  <th scope="row" className="cell-name">
                    {port.name}
                  </th>
                  <td>{t(`port.kind.${port.kind}`)}</td>
                  <td>{locations.byId.get(port.locationId)?.name ?? '—'}</td>
                  <td className="nowrap">{formatSpeed(lang, port.speedMbps)}</td>
                  <td>{t(`port.visibility.${port.marketplaceVisibility}`)}</td>
                  <td>
                    <StateBadge state={port.provisioningStatus} />
                  </td>
                  <td className="nowrap">{formatDate(port.liveAt ?? port.orderedAt)}</td>
                  <td className="row-actions">
                    {endable(port) && (
                      <button
                        type="button"
                        className="button button-small button-danger"
                        onClick={() => setEnding(port)}
                        aria-label={t(port.provisioningStatus === 'LIVE' ? 'port.decommissionNamed' : 'port.cancelNamed', { name: port.name })}
                      >
                        {port.provisioningStatus === 'LIVE' ? t('vxc.decommission') : t('port.cancel')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
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
