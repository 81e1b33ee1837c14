import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { listAllLocations } from '../network/network.api';
import { listMaintenance } from './maintenance.api';
import type { Location, MaintenanceEvent } from '../../api/models';
import { canAnnounceMaintenance } from '../../access';
import { ListState } from '../../components/DataTable';
import { AddButton, PageHeader } from '../../components/PageHeader';
import { useCursorList } from '../../hooks';
import { useI18n } from '../../i18n';
import { Link } from '../../router';
import { useSession } from '../../session';
import { AnnounceMaintenanceDialog } from './AnnounceMaintenanceDialog';
import { networkKeys } from '../network/queryKeys';
import { notificationsKeys } from './queryKeys';
import { Detail } from '../../components/Detail';

export function useLocations() {
  return useQuery({ queryKey: networkKeys.locations, queryFn: listAllLocations, staleTime: 10 * 60_000 });
}

export function MaintenancePage() {
  const { t } = useI18n();
  const { me } = useSession();
  const canAnnounce = canAnnounceMaintenance(me);
  const [announcing, setAnnouncing] = useState(false);
  const [notice, setNotice] = useState('');
  const events = useCursorList(notificationsKeys.maintenanceList, (cursor) => listMaintenance(cursor));
  const locations = useLocations();

  return (
    <>
      <PageHeader
        title={t('maintenance.title')}
        subtitle={t('maintenance.subtitle')}
        actions={canAnnounce && <AddButton label={t('maintenance.announce')} onClick={() => setAnnouncing(true)} />}
        notice={notice}
      />
      <ListState query={events} empty={t('maintenance.empty')} emptyInPanel>
        <ul className="card-list" aria-label={t('maintenance.listTitle')}>
          {events.items.map((event) => (
            <li key={event.id}>
              <MaintenanceCard event={event} locations={locations.data ?? []} linkTitle />
            </li>
          ))}
        </ul>
      </ListState>
      {canAnnounce && (
        <AnnounceMaintenanceDialog
          open={announcing}
          locations={locations.data ?? []}
          onClose={() => setAnnouncing(false)}
          onAnnounced={(event) => {
            setAnnouncing(false);
            setNotice(t('maintenance.announced', { title: event.title }));
          }}
        />
      )}
    </>
  );
}

type Phase = 'upcoming' | 'ongoing' | 'past';

function phaseOf(event: MaintenanceEvent, now = Date.now()): Phase {
  if (new Date(event.endsAt).getTime() < now) return 'past';
  if (new Date(event.startsAt).getTime() <= now) return 'ongoing';
  return 'upcoming';
}

export function MaintenanceCard({
  event,
  locations,
  linkTitle = false,
  showTitle = true,
}: {
  event: MaintenanceEvent;
  locations: Location[];
  linkTitle?: boolean;
  /** Off where the page's own heading already is the title. */
  showTitle?: boolean;
}) {
  const { t, formatDateTimeRange } = useI18n();
  const phase = phaseOf(event);
  const names = event.locationIds.map((id) => locations.find((location) => location.id === id)?.name ?? id);
  const kindKey = event.kind === 'outage' ? 'notification.kind.outage' : 'notification.kind.maintenance';
  const titleId = `maintenance-${event.id}`;
  return (
    <article className={`panel maintenance maintenance-${phase}`} aria-labelledby={showTitle ? titleId : undefined}>
      <div className="maintenance-head">
        <span className={event.kind === 'outage' ? 'badge badge-danger' : 'badge badge-warn'}>{t(kindKey)}</span>
        <span className={phase === 'past' ? 'badge badge-muted' : phase === 'ongoing' ? 'badge badge-danger' : 'badge badge-partner'}>
          {t(`maintenance.phase.${phase}`)}
        </span>
      </div>
      {showTitle && <h2 id={titleId}>{linkTitle ? <Link to={`/maintenance/${event.id}`}>{event.title}</Link> : event.title}</h2>}
      <dl className="details">
        <Detail label={t('maintenance.window')}>
          {formatDateTimeRange(event.startsAt, event.endsAt)}
        </Detail>
        <Detail label={t('maintenance.locations')}>{names.length ? names.join(', ') : '—'}</Detail>
        {event.portIds.length > 0 && (
          <Detail label={t('maintenance.ports')}>{event.portIds.length}</Detail>
        )}
      </dl>
      <p className="maintenance-description">{event.description}</p>
    </article>
  );
}
