import type { Company } from '../api/models';
import { useT } from '../i18n';
import { useHasProviderProfile } from '../features/network/network';
import { Link } from '../router';

/**
 * "Provider" for a company with a marketplace profile, linking to that profile. Only companies the
 * server says may provide are looked up (`mayProvide`).
 */
export function ProviderBadge({ company }: { company: Pick<Company, 'id' | 'mayProvide'> }) {
  const t = useT();
  const provides = useHasProviderProfile(company.id, company.mayProvide);
  if (provides.data !== true) return null;
  return (
    <Link to={`/marketplace/providers/${company.id}`} className="badge badge-provider" title={t('companies.providerHint')}>
      {t('companies.provider')}
    </Link>
  );
}
