import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ComplianceBadge } from '../compliance/compliance';
import type { ComplianceStatus } from '../../api/models';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DataTable } from '../../components/DataTable';
import { Detail } from '../../components/Detail';
import { ErrorPanel } from '../../components/ErrorPanel';
import { Breadcrumb, PageHeader } from '../../components/PageHeader';
import { Panel } from '../../components/Panel';
import { Spinner } from '../../components/Spinner';
import { languageNames, useI18n } from '../../i18n';
import { useSession } from '../../session';
import { deleteCustomer, getCustomer, type Customer } from './wholesale.api';
import { CustomerStatusBadge, formatAddress, NoteList, PackageStatusBadge, usePackageName } from './wholesale';
import { busy } from './CustomersPage';
import { LocationsPanel } from './LocationsPanel';
import { SubscribersPanel } from './SubscribersPanel';
import { BulkUploadPanel } from './BulkUploadPanel';
import { wholesaleKeys } from './queryKeys';

/** One customer organisation: its provisioning (polled while it runs), packages, dial-in, users and locations. */
export function CustomerPage({ customerId }: { customerId: string }) {
  const { t } = useI18n();
  const { can } = useSession();
  const queryClient = useQueryClient();
  const [deprovisioning, setDeprovisioning] = useState(false);
  const [notice, setNotice] = useState('');
  const query = useQuery({
    queryKey: wholesaleKeys.customer(customerId),
    queryFn: () => getCustomer(customerId),
    refetchInterval: (q) => (q.state.data && busy(q.state.data) ? 1000 : false),
  });
  const customer = query.data;
  const back = <Breadcrumb to="/partner/wholesale/customers" label={t('wholesale.customers.title')} />;
  if (query.isPending) return <>{back}<Spinner /></>;
  if (query.isError) return <>{back}<ErrorPanel error={query.error} onRetry={() => void query.refetch()} /></>;

  const gone = customer!.status === 'deprovisioning' || customer!.status === 'deprovisioned';
  const manage = can('wholesale.customers.manage') && !gone;
  const live = !gone && customer!.provisioningStatus !== 'provisioning';
  return (
    <>
      {back}
      <PageHeader
        title={customer!.customerInfo.name}
        subtitle={t('wholesale.customer.subtitle', { externalId: customer!.externalId })}
        notice={notice}
        actions={
          manage && (
            <button type="button" className="button button-danger" onClick={() => setDeprovisioning(true)}>
              {t('wholesale.customer.deprovision')}
            </button>
          )
        }
      />
      <ProvisioningPanel customer={customer!} />
      <PackagesPanel customer={customer!} />
      {live && (
        <>
          <SubscribersPanel customer={customer!} manage={manage} onNotice={setNotice} />
          {manage && <BulkUploadPanel customer={customer!} onNotice={setNotice} />}
          <LocationsPanel customer={customer!} manage={manage} onNotice={setNotice} />
        </>
      )}
      <ConfirmDialog
        open={deprovisioning}
        title={t('wholesale.customer.deprovisionTitle', { name: customer!.customerInfo.name })}
        confirmLabel={t('wholesale.customer.deprovision')}
        danger
        onClose={() => setDeprovisioning(false)}
        action={() => deleteCustomer(customerId)}
        onDone={() => {
          setDeprovisioning(false);
          setNotice(t('wholesale.customer.deprovisionStarted', { name: customer!.customerInfo.name }));
          void queryClient.invalidateQueries({ queryKey: wholesaleKeys.customers });
        }}
      >
        <p>{t('wholesale.customer.deprovisionConfirm', { name: customer!.customerInfo.name })}</p>
      </ConfirmDialog>
    </>
  );
}

function ProvisioningPanel({ customer }: { customer: Customer }) {
  const { t, formatDateTime } = useI18n();
  const done = customer.packages.filter((line) => line.status === 'provisioned' || line.status === 'error').length;
  const total = customer.packages.length;
  const running = customer.status === 'provisioning';
  return (
    <Panel title={t('wholesale.customer.status')}>
      <div className="provisioning-status" role="status">
        <CustomerStatusBadge status={customer.status} />
        {running && (
          <>
            <progress value={done} max={Math.max(total, 1)} aria-label={t('wholesale.customer.progressLabel')} />
            <span>{t('wholesale.customer.progress', { done, total })}</span>
          </>
        )}
        {customer.status === 'pending_rpl_review' && <span className="small muted">{t('wholesale.customer.rplNote')}</span>}
      </div>
      <NoteList notes={customer.errors} tone="danger" label={t('wholesale.customer.errors')} />
      <NoteList notes={customer.warnings} tone="warn" label={t('wholesale.customer.warnings')} />
      <dl className="details details-wide">
        <Detail label={t('wholesale.customers.externalId')}>
          <code>{customer.externalId}</code>
        </Detail>
        <Detail label={t('wholesale.customer.admin')}>{customer.customerInfo.primaryEmail}</Detail>
        <Detail label={t('wholesale.customer.language')}>{languageNames[customer.customerInfo.language]}</Detail>
        <Detail label={t('wholesale.customer.billingAddress')}>{formatAddress(customer.address)}</Detail>
        <Detail label={t('wholesale.customer.headquarters')}>
          {customer.headquarters ? [customer.headquarters.name, formatAddress(customer.headquarters.address ?? customer.address)].filter(Boolean).join(' · ') : formatAddress(customer.address)}
        </Detail>
        <Detail label={t('wholesale.customer.dialIn')}>
          {customer.dialIn.number} <span className="small muted">({t('wholesale.customer.dialInFrom', { country: customer.dialIn.country, region: customer.dialIn.region })})</span>
        </Detail>
        <Detail label={t('wholesale.customers.dataRegion')}>
          <code>{customer.dataRegion}</code>
        </Detail>
        <Detail label={t('wholesale.customers.compliance')}>
          <ComplianceBadge status={customer.compliance.status as ComplianceStatus | null} deprovisionedAt={customer.deprovisionedAt} />
        </Detail>
        <Detail label={t('wholesale.customer.createdAt')}>{formatDateTime(customer.createdAt)}</Detail>
        <Detail label={t('wholesale.customer.provisionedAt')}>{formatDateTime(customer.provisionedAt)}</Detail>
      </dl>
    </Panel>
  );
}

function PackagesPanel({ customer }: { customer: Customer }) {
  const { t, lang } = useI18n();
  const packageName = usePackageName();
  const items = customer.packages;
  return (
    <Panel title={t('wholesale.customer.packages')}>
      <DataTable
        query={{ isPending: false, isError: false, error: null, refetch: () => undefined, items }}
        label={t('wholesale.customer.packages')}
        empty={t('wholesale.customer.noPackages')}
        rowKey={(line) => line.name}
        columns={[
          { header: t('wholesale.customer.package'), rowHeader: true, cell: (line) => packageName(line.name) },
          { header: t('wholesale.customer.packageStatus'), cell: (line) => <PackageStatusBadge status={line.status} /> },
          { header: t('wholesale.customer.used'), className: 'nowrap', cell: (line) => `${line.assigned.toLocaleString(lang)} / ${line.quantity.toLocaleString(lang)}` },
          { header: t('wholesale.customer.packageError'), cell: (line) => line.error?.detail ?? '—' },
        ]}
      />
    </Panel>
  );
}
