import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { getCurrentCharges } from '../billing/billing.api';
import { formatTotals } from '../billing/InvoicesPage';
import { billingKeys } from '../billing/queryKeys';
import { listCompanies } from './companies.api';
import { CreateCompanyDialog } from './CreateCompanyDialog';
import { TextField } from '../../components/Fields';
import { AddButton } from '../../components/PageHeader';
import type { Company } from '../../api/models';
import { DataTable } from '../../components/DataTable';
import { PageHeader } from '../../components/PageHeader';
import { Panel } from '../../components/Panel';
import { useCursorList, useDebounced } from '../../hooks';
import { useI18n } from '../../i18n';
import { Link } from '../../router';
import { useSession } from '../../session';
import { ProviderBadge } from '../../components/ProviderBadge';
import { accountsKeys } from './queryKeys';
import { usePendingPartnerApprovals } from '../partners/usePendingPartnerApprovals';
import { ComplianceBadge } from '../compliance/compliance';

export function CompaniesPage() {
  const { t, lang, formatDate } = useI18n();
  const { me, can } = useSession();
  // This month's services and charges per account, for those who see invoices.
  const charges = useQuery({ queryKey: billingKeys.currentCharges, queryFn: getCurrentCharges, enabled: can('invoices.view') });
  const chargesOf = new Map((charges.data?.items ?? []).map((item) => [item.companyId, item]));
  // The status column: what of the account waits in the partner's approval queue.
  const seesQueue = can('partner_approvals.view');
  const pending = usePendingPartnerApprovals(seesQueue);
  const [q, setQ] = useState('');
  const [creating, setCreating] = useState(false);
  const search = useDebounced(q.trim(), 250);
  const companies = useCursorList(accountsKeys.companySearch(search), (cursor) => listCompanies(cursor, 50, search));
  const names = new Map<string, string>(companies.items.map((company: Company) => [company.id, company.name]));

  return (
    <>
      <PageHeader
        title={t('companies.title')}
        subtitle={t('companies.subtitle')}
        actions={me.creatableCompanyTypes.length > 0 && <AddButton label={t('companies.create')} onClick={() => setCreating(true)} />}
      />
      <CreateCompanyDialog open={creating} onClose={() => setCreating(false)} />
      <Panel title={t('companies.title')} titleHidden>
        <div role="search" className="table-search">
          <TextField type="search" label={t('companies.search')} hint={t('companies.searchHint')} value={q} onChange={setQ} autoComplete="off" />
        </div>
        <DataTable
          query={companies}
          label={t('companies.title')}
          empty={t('companies.empty')}
          rowKey={(company) => company.id}
          columns={[
            {
              header: t('company.name'),
              cell: (company) => (
                <>
                  <Link to={`/companies/${company.id}`}>{company.name}</Link>
                  {company.id === me.company.id && <span className="badge badge-muted">{t('companies.yours')}</span>}
                  <ProviderBadge company={company} />
                </>
              ),
            },
            { header: t('company.type'), cell: (company) => <span className={`badge badge-${company.type}`}>{t(`companyType.${company.type}`)}</span> },
            { header: t('company.accountRef'), cell: (company) => company.accountRef || '—' },
            { header: t('company.partner'), cell: (company) => (company.partnerId ? (names.get(company.partnerId) ?? '—') : '—') },
            { header: t('company.createdAt'), cell: (company) => formatDate(company.createdAt) },
            { header: t('companies.compliance'), cell: (company) => <ComplianceBadge status={company.compliance?.status} deprovisionedAt={company.deprovisionedAt} /> },
            ...(seesQueue
              ? [{ header: t('companies.status'), cell: (company: Company) => <AccountStatus company={company} pending={pending.of(company.id)} /> }]
              : []),
            ...(can('invoices.view')
              ? [
                  { header: t('companies.services'), cell: (company: Company) => String(chargesOf.get(company.id)?.services ?? 0) },
                  { header: t('companies.charges', { month: charges.data?.month ?? '' }), cell: (company: Company) => formatTotals(lang, chargesOf.get(company.id)?.totals ?? []) },
                ]
              : []),
          ]}
        />
      </Panel>
    </>
  );
}

/** A managed account's status in the partner's list: what waits for the partner's approval, else active. */
function AccountStatus({ company, pending }: { company: Company; pending: number }) {
  const { t } = useI18n();
  if (company.type !== 'managed') return <>—</>;
  if (pending === 0) return <span className="badge badge-ok">{t('companies.statusActive')}</span>;
  return (
    <Link to="/partner/approvals" className="badge badge-warn">
      {t('companies.statusAwaiting', { count: pending })}
    </Link>
  );
}
