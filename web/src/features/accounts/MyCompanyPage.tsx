import { useSession } from '../../session';
import { useT } from '../../i18n';
import { PageHeader } from '../../components/PageHeader';
import { CompanyView } from './CompanyView';
import { UsersPanel } from './UsersPanel';
import { SupportDetailsPanel } from '../partners/SupportDetailsPanel';
import { SettingsPanel } from '../partners/SettingsPanel';

/**
 * "My company": the profile and the users. A managed account whose partner withholds the profile
 * (company_profile.view) still manages its users, and is told who holds the profile.
 */
export function MyCompanyPage() {
  const t = useT();
  const { me, can } = useSession();
  if (can('company_profile.view')) return <CompanyView companyId={me.company.id} title={t('company.title')} />;
  return (
    <>
      <PageHeader title={t('company.title')} subtitle={me.company.name} />
      <p className="notice" role="note">
        {t('company.managedByPartner', { partner: me.company.partnerName ?? t('company.partner') })}
      </p>
      {can('managed_settings.view') && <SettingsPanel companyId={me.company.id} of="account" />}
      <SupportDetailsPanel companyId={me.company.id} />
      <UsersPanel company={me.company} />
    </>
  );
}
