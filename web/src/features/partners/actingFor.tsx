import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { actFor, stopActing } from '../accounts/auth.api';
import { useT } from '../../i18n';
import { useRouter } from '../../router';
import { useSession } from '../../session';

/**
 * Switch the session into a managed account or back: every cached answer belonged to the other
 * company, so all queries start again (GET /v1/me first), on the home page.
 */
export function useSwitchAccount() {
  const queryClient = useQueryClient();
  const { navigate } = useRouter();
  const [pending, setPending] = useState(false);
  const run = async (change: () => Promise<void>) => {
    setPending(true);
    try {
      await change();
      navigate('/');
      await queryClient.resetQueries();
    } finally {
      setPending(false);
    }
  };
  return { pending, actFor: (companyId: string) => run(() => actFor(companyId)), back: () => run(stopActing) };
}

/** "Acting for Acme — back to Northwind": above every page while a partner user acts for an account. */
export function ActingForBanner() {
  const t = useT();
  const { me } = useSession();
  const { back, pending } = useSwitchAccount();
  if (!me.actingFrom) return null;
  return (
    <div className="acting-banner" role="status">
      <span>{t('acting.banner', { account: me.company.name })}</span>
      <button type="button" className="button button-small" onClick={() => void back()} aria-disabled={pending}>
        {t('acting.back', { partner: me.actingFrom.name })}
      </button>
    </div>
  );
}

/** On a managed account's page: switch into it. */
export function ActForButton({ companyId, name }: { companyId: string; name: string }) {
  const t = useT();
  const { actFor, pending } = useSwitchAccount();
  return (
    <button type="button" className="button button-primary" onClick={() => void actFor(companyId)} aria-disabled={pending}>
      {t('acting.actFor', { account: name })}
    </button>
  );
}
