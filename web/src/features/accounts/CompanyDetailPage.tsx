import { useT } from '../../i18n';
import { Link } from '../../router';
import { CompanyView } from './CompanyView';

export function CompanyDetailPage({ companyId }: { companyId: string }) {
  const t = useT();
  return (
    <>
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumb">
        <Link to="/companies">{t('companies.title')}</Link>
      </nav>
      <CompanyView companyId={companyId} />
    </>
  );
}
