import { useQuery } from '@tanstack/react-query';
import { getMaintenance } from './maintenance.api';
import { ErrorPanel } from '../../components/ErrorPanel';
import { Breadcrumb, PageHeader } from '../../components/PageHeader';
import { Spinner } from '../../components/Spinner';
import { useI18n } from '../../i18n';
import { MaintenanceCard, useLocations } from './MaintenancePage';
import { notificationsKeys } from './queryKeys';

export function MaintenanceDetailPage({ maintenanceId }: { maintenanceId: string }) {
  const { t } = useI18n();
  const event = useQuery({ queryKey: notificationsKeys.maintenanceEvent(maintenanceId), queryFn: () => getMaintenance(maintenanceId) });
  const locations = useLocations();
  return (
    <>
      <Breadcrumb to="/maintenance" label={t('maintenance.title')} />
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
