import { useQuery } from '@tanstack/react-query';
import { pendingPartnerApprovals } from './partners.api';
import { partnersKeys } from './queryKeys';

/** What waits in the partner's approval queue, in all and per managed account (navigation, account list). */
export function usePendingPartnerApprovals(enabled: boolean) {
  const pending = useQuery({ queryKey: partnersKeys.pendingApprovals, queryFn: pendingPartnerApprovals, enabled, refetchInterval: 30_000 });
  const byCompany = new Map((pending.data?.byCompany ?? []).map((c) => [c.companyId, c.pending]));
  return { total: pending.data?.total ?? 0, of: (companyId: string) => byCompany.get(companyId) ?? 0 };
}
