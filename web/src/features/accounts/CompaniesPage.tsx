import { listCompanies } from './companies.api';
import type { Company } from '../../api/models';
import { ErrorPanel } from '../../components/ErrorPanel';
import { PageHeader } from '../../components/PageHeader';
import { Spinner } from '../../components/Spinner';
import { useCursorList } from '../../hooks';
import { useI18n } from '../../i18n';
import { Link } from '../../router';
import { useSession } from '../../session';
import { ProviderBadge } from '../../components/ProviderBadge';
import { TableWrap } from '../../components/TableWrap';
import { accountsKeys } from './queryKeys';

export function CompaniesPage() {
  const { t, formatDate } = useI18n();
  const { me } = useSession();
  const companies = useCursorList(accountsKeys.companyList, (cursor) => listCompanies(cursor));
  const names = new Map<string, string>(companies.items.map((company: Company) => [company.id, company.name]));

  return (
    <>
      <PageHeader title={t('companies.title')} subtitle={t('companies.subtitle')} />
      <section className="panel" aria-labelledby="companies-title">
        <h2 id="companies-title" className="visually-hidden">
          {t('companies.title')}
        </h2>
        {companies.isPending ? (
          <Spinner />
        ) : companies.isError ? (
          <ErrorPanel error={companies.error} onRetry={() => void companies.refetch()} />
        ) : companies.items.length === 0 ? (
          <p className="muted">{t('companies.empty')}</p>
        ) : (
          <TableWrap label={t('companies.title')}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('company.name')}</th>
                  <th scope="col">{t('company.type')}</th>
                  <th scope="col">{t('company.accountRef')}</th>
                  <th scope="col">{t('company.partner')}</th>
                  <th scope="col">{t('company.createdAt')}</th>
                </tr>
              </thead>
              <tbody>
                {companies.items.map((company) => (
                  <tr key={company.id}>
                    <td>
                      <Link to={`/companies/${company.id}`}>{company.name}</Link>
                      {company.id === me.company.id && <span className="badge badge-muted">{t('companies.yours')}</span>}
                      <ProviderBadge company={company} />
                    </td>
                    <td>
                      <span className={`badge badge-${company.type}`}>{t(`companyType.${company.type}`)}</span>
                    </td>
                    <td>{company.accountRef || '—'}</td>
                    <td>{company.partnerId ? (names.get(company.partnerId) ?? '—') : '—'}</td>
                    <td>{formatDate(company.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
        {companies.hasNextPage && (
          <button
            type="button"
            className="button load-more"
            onClick={() => !companies.isFetchingNextPage && void companies.fetchNextPage()}
            aria-disabled={companies.isFetchingNextPage || undefined}
          >
            {t('common.loadMore')}
          </button>
        )}
      </section>
    </>
  );
}
