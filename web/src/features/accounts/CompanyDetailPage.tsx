import { Breadcrumb } from '../../components/PageHeader';
import { useT } from '../../i18n';
import { CompanyView } from './CompanyView';

export function CompanyDetailPage({ companyId }: { companyId: string }) {
  const t = useT();
  return (
    <>
      <Breadcrumb to="/companies" label={t('companies.title')} />
      <CompanyView companyId={companyId} />
    </>
  );
}
