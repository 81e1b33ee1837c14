import { listCompanies } from './companies.api';
import type { Company } from '../../api/models';
import { DataTable } from '../../components/DataTable';
import { PageHeader } from '../../components/PageHeader';
import { Panel } from '../../components/Panel';
import { useCursorList } from '../../hooks';
import { useI18n } from '../../i18n';
import { Link } from '../../router';
import { useSession } from '../../session';
import { ProviderBadge } from '../../components/ProviderBadge';
import { accountsKeys } from './queryKeys';

export function CompaniesPage() {
  const { t, formatDate } = useI18n();
  const { me } = useSession();
  const companies = useCursorList(accountsKeys.companyList, (cursor) => listCompanies(cursor));
  const names = new Map<string, string>(companies.items.map((company: Company) => [company.id, company.name]));

  return (
    <>
      <PageHeader title={t('companies.title')} subtitle={t('companies.subtitle')} />
      <Panel title={t('companies.title')} titleHidden>
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
          ]}
        />
      </Panel>
    </>
  );
}
