import { useQuery } from '@tanstack/react-query';
import { listApiKeys } from '../accounts/apiKeys.api';
import { listCompanies } from '../accounts/companies.api';
import { listUsers } from '../accounts/users.api';
import type { Page } from '../../api/models';
import { PageHeader } from '../../components/PageHeader';
import { Stat } from '../../components/Stat';
import { useI18n } from '../../i18n';
import { useSession } from '../../session';
import { DashboardServices } from './DashboardServices';
import { accountsKeys } from '../accounts/queryKeys';
import { Detail } from '../../components/Detail';

const countLimit = 100;

/** "12", or "100+" when there are more pages than we fetched. */
function countOf<T>(page: Page<T> | undefined, keep: (item: T) => boolean = () => true): string | undefined {
  if (!page) return undefined;
  const count = page.items.filter(keep).length;
  return page.nextCursor ? `${count}+` : String(count);
}

export function DashboardPage() {
  const { t } = useI18n();
  const { me, can } = useSession();
  const users = useQuery({
    queryKey: accountsKeys.userCount(me.company.id),
    queryFn: () => listUsers(me.company.id, null, countLimit),
  });
  const keys = useQuery({
    queryKey: accountsKeys.apiKeyCount,
    queryFn: () => listApiKeys(null, countLimit),
    enabled: can('api_keys.manage'),
  });
  const companies = useQuery({
    queryKey: accountsKeys.companyCount,
    queryFn: () => listCompanies(null, countLimit),
    enabled: can('companies.view_tree'),
  });

  return (
    <>
      <PageHeader title={t('dashboard.welcome', { name: me.user.firstName || me.user.email })} subtitle={t('dashboard.subtitle')} />
      <section className="panel" aria-labelledby="summary-title">
        <h2 id="summary-title">{t('dashboard.company')}</h2>
        <dl className="details">
          <Detail label={t('company.name')}>{me.company.name}</Detail>
          <Detail label={t('company.type')}>
            <span className={`badge badge-${me.company.type}`}>{t(`companyType.${me.company.type}`)}</span>
          </Detail>
          <Detail label={t('dashboard.yourRole')}>{t(`role.${me.role}`)}</Detail>
        </dl>
      </section>
      <ul className="stats" aria-label={t('dashboard.stats')}>
        <Stat to="/company" icon="user" label={t('dashboard.users')} value={countOf(users.data)} failed={users.isError} />
        {can('api_keys.manage') && (
          <Stat to="/api-keys" icon="key" label={t('dashboard.apiKeys')} value={countOf(keys.data, (key) => !key.revokedAt)} failed={keys.isError} />
        )}
        {can('companies.view_tree') && (
          <Stat
            to="/companies"
            icon="tree"
            label={t('dashboard.companies')}
            value={countOf(companies.data)}
            failed={companies.isError}
          />
        )}
      </ul>
      <DashboardServices />
    </>
  );
}
