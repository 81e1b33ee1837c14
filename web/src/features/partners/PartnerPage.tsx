import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../i18n';
import { useSession } from '../../session';
import { BrandingPanel } from './BrandingPanel';
import { SettingsPanel } from './SettingsPanel';

/** The partner hub's own settings: the defaults its managed accounts inherit and its branding. */
export function PartnerPage() {
  const t = useT();
  const { me, can } = useSession();
  return (
    <>
      <PageHeader title={t('partner.title')} subtitle={t('partner.subtitle')} />
      <SettingsPanel companyId={me.company.id} of="defaults" />
      {can('branding.edit') && <BrandingPanel companyId={me.company.id} />}
    </>
  );
}
