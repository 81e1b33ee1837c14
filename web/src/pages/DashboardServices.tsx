import { useQuery } from '@tanstack/react-query';
import { listAllConnections } from '../api/network';
import { connectionStates, type Connection } from '../api/networkTypes';
import { BarChart, type Bar } from '../components/BarChart';
import { ErrorPanel } from '../components/ErrorPanel';
import { Stat } from '../components/Stat';
import { Spinner } from '../components/Spinner';
import { useI18n } from '../i18n';
import { formatSpeed, isEnded, stateTone, useApprovals, useLocations, useMyPorts } from '../network';
import { Link } from '../router';
import { useSession } from '../session';
import { canDecideApprovals, canOrderConnections } from '../access';

/** The company's services on the dashboard: counts, VXCs by state and bandwidth by location. */
export function DashboardServices() {
  const { t, lang } = useI18n();
  const { me } = useSession();
  const decides = canDecideApprovals(me);
  const locations = useLocations();
  const ports = useMyPorts();
  const connections = useQuery({
    queryKey: ['connections', 'all'],
    queryFn: async () => {
      const [ordered, incoming] = await Promise.all([listAllConnections('customer'), listAllConnections('provider')]);
      return { ordered, incoming };
    },
  });
  const approvals = useApprovals(decides);

  if (connections.isPending || ports.isPending) return <Spinner />;
  if (connections.isError) return <ErrorPanel error={connections.error} onRetry={() => void connections.refetch()} />;

  const { ordered, incoming } = connections.data;
  const all = new Map<string, Connection>([...ordered, ...incoming].map((connection) => [connection.id, connection]));
  const livePorts = (ports.data ?? []).filter((port) => port.provisioningStatus === 'LIVE').length;
  const live = [...all.values()].filter((connection) => connection.state === 'LIVE').length;

  const byState: Bar[] = connectionStates
    .map((state) => ({ state, count: [...all.values()].filter((connection) => connection.state === state).length }))
    .filter(({ count }) => count > 0)
    .map(({ state, count }) => ({ key: state, label: t(`state.${state}`), value: count, display: String(count), tone: `tone-${stateTone(state)}` }));

  // Bandwidth of the VXCs not ended, at my end: the A-end of what we ordered, the B-end of what we provide.
  const bandwidth = new Map<string, number>();
  const add = (locationId: string | undefined, mbps: number) => {
    const key = locationId ?? '?';
    bandwidth.set(key, (bandwidth.get(key) ?? 0) + mbps);
  };
  for (const connection of ordered) if (!isEnded(connection.state)) add(connection.aEnd.locationId, connection.rateLimitMbps);
  for (const connection of incoming) if (!isEnded(connection.state) && !ordered.some((own) => own.id === connection.id)) add(connection.bEnd.locationId, connection.rateLimitMbps);
  const byLocation: Bar[] = [...bandwidth.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([locationId, mbps]) => ({
      key: locationId,
      label: locations.byId.get(locationId)?.name ?? t('dashboard.unknownLocation'),
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
        <Stat to="/services" icon="arrow" label={t('dashboard.liveVxcs')} value={live} />
        {decides && (
          <Stat to="/approvals" icon="inbox" label={t('dashboard.pendingApprovals')} value={approvals.data?.items.length} />
        )}
      </ul>
      {all.size === 0 ? (
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
