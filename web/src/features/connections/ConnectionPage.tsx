import { useQuery } from '@tanstack/react-query';
import { getConnection } from './connections.api';
import { ErrorPanel } from '../../components/ErrorPanel';
import { Breadcrumb, PageHeader } from '../../components/PageHeader';
import { Spinner } from '../../components/Spinner';
import { useFlash } from '../../flash';
import { useI18n } from '../../i18n';
import { connectionPoll, mySide } from '../network/network';
import { useSession } from '../../session';
import { ConnectionCard } from './ConnectionCard';
import { connectionsKeys } from './queryKeys';

/** One connection (where e-mails and notices link to): both ends, its history and what the viewer may do. */
export function ConnectionPage({ connectionId }: { connectionId: string }) {
  const { t } = useI18n();
  const { me } = useSession();
  const [notice, setNotice] = useFlash();
  const connection = useQuery({
    queryKey: connectionsKeys.connection(connectionId),
    queryFn: () => getConnection(connectionId),
    refetchInterval: (query) => (query.state.data ? connectionPoll([query.state.data]) : false),
  });
  const data = connection.data;
  const side = data ? mySide(data, me.company.id) : 'customer';
  return (
    <>
      <Breadcrumb to="/services" label={t('services.title')} />
      <PageHeader
        title={data ? data.name : t('vxc.pageTitle')}
        subtitle={data && t('vxc.pageSubtitle', { customer: data.companyName ?? '—', provider: data.providerName ?? '—' })}
        notice={notice}
      />
      {connection.isPending ? (
        <Spinner />
      ) : connection.isError ? (
        <ErrorPanel error={connection.error} onRetry={() => void connection.refetch()} />
      ) : (
        <ConnectionCard connection={connection.data} side={side} onNotice={setNotice} detailed />
      )}
    </>
  );
}
