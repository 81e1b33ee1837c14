import { useQuery } from '@tanstack/react-query';
import { getMaintenance } from './maintenance.api';
import { ErrorPanel } from '../../components/ErrorPanel';
import { PageHeader } from '../../components/PageHeader';
import { Spinner } from '../../components/Spinner';
import { useI18n } from '../../i18n';
import { Link } from '../../router';
import { MaintenanceCard, useLocations } from './MaintenancePage';
import { notificationsKeys } from './queryKeys';

export function MaintenanceDetailPage({ maintenanceId }: { maintenanceId: string }) {
  const { t } = useI18n();
  const event = useQuery({ queryKey: notificationsKeys.maintenanceEvent(maintenanceId), queryFn: () => getMaintenance(maintenanceId) });
  const locations = useLocations();
  return (
    <>
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumb">
        <Link to="/maintenance">{t('maintenance.title')}</Link>
      </nav>
      <PageHeader title={event.data ? event.data.title : t('maintenance.detailTitle')} />
      {event.isPending ? (
        <Spinner />
      ) : event.isError ? (
        <ErrorPanel error={event.error} onRetry={() => void event.refetch()} />
      ) : (
        <MaintenanceCard event={event.data} locations={locations.data ?? []} showTitle={false} />
      )}
    </>
  );
}
