import { useSession } from '../../session';
import { useT } from '../../i18n';
import { CompanyView } from './CompanyView';

export function MyCompanyPage() {
  const t = useT();
  const { me } = useSession();
  return <CompanyView companyId={me.company.id} title={t('company.title')} />;
}
