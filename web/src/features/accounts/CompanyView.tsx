import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { getCompany } from './companies.api';
import type { Address, Company } from '../../api/models';
import { ErrorPanel } from '../../components/ErrorPanel';
import { PageHeader } from '../../components/PageHeader';
import { ProviderBadge } from '../../components/ProviderBadge';
import { Spinner } from '../../components/Spinner';
import { useI18n } from '../../i18n';
import { Link } from '../../router';
import { useSession } from '../../session';
import { CompanyEditDialog } from './CompanyEditDialog';
import { UsersPanel } from './UsersPanel';
import { SupportDetailsPanel } from '../partners/SupportDetailsPanel';
import { SettingsPanel } from '../partners/SettingsPanel';
import { BillingMarketsPanel } from '../partners/BillingMarketsPanel';
import { ActForButton } from '../partners/actingFor';
import { AccountChargesPanel } from '../billing/AccountChargesPanel';
import { accountsKeys } from './queryKeys';
import { Detail } from '../../components/Detail';
import { CompliancePanel } from '../compliance/CompliancePanel';

/** Details and users of one company: "My company" and a company opened from the tree. */
export function CompanyView({ companyId, title }: { companyId: string; title?: string }) {
  const { t } = useI18n();
  const { can } = useSession();
  const [editing, setEditing] = useState(false);
  const company = useQuery({ queryKey: accountsKeys.company(companyId), queryFn: () => getCompany(companyId) });

  if (company.isPending) return <Spinner />;
  if (company.isError) {
    return (
      <>
        <PageHeader title={title ?? t('company.fallbackTitle')} />
        <ErrorPanel error={company.error} onRetry={() => void company.refetch()} />
      </>
    );
  }

  const data = company.data;
  return (
    <>
      <PageHeader
        title={title ?? data.name}
        subtitle={
          <>
            {title ? data.name : t(`companyType.${data.type}`)} <ProviderBadge company={data} />
          </>
        }
        actions={
          <>
            {data.type === 'managed' && can('managed_accounts.act_for') && <ActForButton companyId={data.id} name={data.name} />}
            {can('company_profile.edit') && (
              <button type="button" className="button" onClick={() => setEditing(true)}>
                {t('company.edit')}
              </button>
            )}
          </>
        }
      />
      <CompanyDetails company={data} />
      {data.compliance && <CompliancePanel company={data} />}
      {data.type === 'managed' && can('managed_settings.view') && <SettingsPanel companyId={data.id} of="account" />}
      {(data.type === 'partner' || data.type === 'direct') && <BillingMarketsPanel companyId={data.id} />}
      <SupportDetailsPanel companyId={data.id} />
      <UsersPanel company={data} />
      {data.type === 'managed' && can('invoices.view') && <AccountChargesPanel companyId={data.id} />}
      <CompanyEditDialog company={data} open={editing} onClose={() => setEditing(false)} />
    </>
  );
}

function CompanyDetails({ company }: { company: Company }) {
  const { t, formatDate } = useI18n();
  return (
    <section className="panel" aria-labelledby="company-details-title">
      <h2 id="company-details-title">{t('company.details')}</h2>
      <dl className="details">
        <Detail label={t('company.name')}>{company.name}</Detail>
        <Detail label={t('company.type')}>
          <span className={`badge badge-${company.type}`}>{t(`companyType.${company.type}`)}</span>
        </Detail>
        <Detail label={t('company.accountRef')}>{company.accountRef || '—'}</Detail>
        <Detail label={t('company.partner')}>{company.partnerId ? <PartnerName id={company.partnerId} /> : '—'}</Detail>
        <Detail label={t('company.billingAddress')}>{company.billingAddress ? <AddressLines address={company.billingAddress} /> : '—'}</Detail>
        <Detail label={t('company.createdAt')}>{formatDate(company.createdAt)}</Detail>
      </dl>
    </section>
  );
}

/** The partner may lie outside what the actor can read (a managed account's user): show the id then. */
function PartnerName({ id }: { id: string }) {
  const { can } = useSession();
  const partner = useQuery({ queryKey: accountsKeys.company(id), queryFn: () => getCompany(id), retry: false });
  if (!partner.data) return <code>{id}</code>;
  return can('companies.view_tree') ? <Link to={`/companies/${id}`}>{partner.data.name}</Link> : <>{partner.data.name}</>;
}

function AddressLines({ address }: { address: Address }) {
  const cityLine = [address.zipOrPostalCode, address.city, address.stateOrProvince].filter(Boolean).join(' ');
  return (
    <address>
      {[address.addressLine1, address.addressLine2, cityLine, address.country].filter(Boolean).map((line, index) => (
        <span key={index} className="address-line">
          {line}
        </span>
      ))}
    </address>
  );
}
