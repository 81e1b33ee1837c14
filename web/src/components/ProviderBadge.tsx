import type { Company } from '../api/models';
import { useT } from '../i18n';
import { useHasProviderProfile } from '../features/network/network';
import { Link } from '../router';

/**
 * "Provider" for a company with a marketplace profile, linking to that profile. Only direct
 * customers and partners can be providers, so managed accounts and the operator are not looked up.
 */
export function ProviderBadge({ company }: { company: Pick<Company, 'id' | 'type'> }) {
  const t = useT();
  const provides = useHasProviderProfile(company.id, company.type === 'direct' || company.type === 'partner');
  if (provides.data !== true) return null;
  return (
    <Link to={`/marketplace/providers/${company.id}`} className="badge badge-provider" title={t('companies.providerHint')}>
      {t('companies.provider')}
    </Link>
  );
}
