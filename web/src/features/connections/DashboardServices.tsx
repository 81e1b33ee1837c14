import { useQuery } from '@tanstack/react-query';
import { getConnectionSummary } from './connections.api';
import { connectionStates, type ConnectionSummary } from '../../api/models';
import { BarChart, type Bar } from '../../components/BarChart';
import { ErrorPanel } from '../../components/ErrorPanel';
import { Stat } from '../../components/Stat';
import { Spinner } from '../../components/Spinner';
import { useI18n } from '../../i18n';
import { formatSpeed, stateTone, useMyPorts, useProviderPages } from '../network/network';
import { Link } from '../../router';
import { useSession } from '../../session';
import { canOrderConnections, mayProvide } from '../../access';
import { connectionsKeys } from './queryKeys';

/**
 * The company's services on the dashboard: counts, VXCs by state and live bandwidth by location,
 * from GET /v1/connections/summary: what we ordered (at our A-ends) and, if we may provide, what we
 * provide (at our B-ends). A connection between two of our own ports counts on both sides.
 */
export function DashboardServices() {
  const { t, lang } = useI18n();
  const { me } = useSession();
  const provider = useProviderPages(me);
  const ports = useMyPorts();
  const provides = mayProvide(me);
  const summaries = useQuery({
    queryKey: connectionsKeys.summary(provides),
    queryFn: () =>
      Promise.all([getConnectionSummary('customer'), ...(provides ? [getConnectionSummary('provider')] : [])]),
  });

  if (summaries.isPending || ports.isPending) return <Spinner />;
  if (summaries.isError) return <ErrorPanel error={summaries.error} onRetry={() => void summaries.refetch()} />;

  const sides: ConnectionSummary[] = summaries.data;
  const count = (state: string) => sides.reduce((sum, side) => sum + (side.byState[state] ?? 0), 0);
  const total = sides.reduce((sum, side) => sum + Object.values(side.byState).reduce((a, b) => a + b, 0), 0);
  const livePorts = (ports.data ?? []).filter((port) => port.provisioningStatus === 'LIVE').length;

  const byState: Bar[] = connectionStates
    .map((state) => ({ state, count: count(state) }))
    .filter(({ count }) => count > 0)
    .map(({ state, count }) => ({ key: state, label: t(`state.${state}`), value: count, display: String(count), tone: `tone-${stateTone(state)}` }));

  // Live bandwidth at my end: the A-end of what we ordered, the B-end of what we provide.
  const bandwidth = new Map<string, { name: string; mbps: number }>();
  for (const side of sides) {
    for (const { locationId, locationName, rateLimitMbps } of side.liveBandwidthByLocation) {
      const known = bandwidth.get(locationId);
      bandwidth.set(locationId, { name: locationName, mbps: (known?.mbps ?? 0) + rateLimitMbps });
    }
  }
  const byLocation: Bar[] = [...bandwidth.entries()]
    .sort((a, b) => b[1].mbps - a[1].mbps)
    .map(([locationId, { name, mbps }]) => ({
      key: locationId,
      label: name || t('dashboard.unknownLocation'),
      value: mbps,
      display: formatSpeed(lang, mbps),
      tone: 'tone-primary',
    }));

  const listSentence = (bars: Bar[]) => bars.map((bar) => `${bar.label}: ${bar.display}`).join('; ');

  return (
    <section className="panel" aria-labelledby="services-summary-title">
      <div className="panel-header">
        <h2 id="services-summary-title">{t('dashboard.services')}</h2>
        <Link to="/services">{t('dashboard.allServices')}</Link>
      </div>
      <ul className="stats stats-compact" aria-label={t('dashboard.servicesStats')}>
        <Stat to="/services" icon="network" label={t('dashboard.livePorts')} value={livePorts} />
        <Stat to="/services" icon="arrow" label={t('dashboard.liveVxcs')} value={count('LIVE')} />
        {provider.approvals && (
          <Stat to="/approvals" icon="inbox" label={t('dashboard.pendingApprovals')} value={provider.pending} />
        )}
      </ul>
      {total === 0 ? (
        <p className="muted">
          {t('dashboard.noServices')} {canOrderConnections(me) && <Link to="/marketplace">{t('services.findProvider')}</Link>}
        </p>
      ) : (
        <div className="chart-grid">
          <BarChart
            title={t('dashboard.byState')}
            bars={byState}
            summary={t('dashboard.byStateSummary', { list: listSentence(byState) })}
            empty={t('dashboard.noServices')}
          />
          <BarChart
            title={t('dashboard.byLocation')}
            bars={byLocation}
            summary={t('dashboard.byLocationSummary', { list: listSentence(byLocation) })}
            empty={t('dashboard.noBandwidth')}
          />
        </div>
      )}
    </section>
  );
}
