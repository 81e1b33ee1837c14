import { useQuery } from '@tanstack/react-query';
import { listPartnerApprovals } from './partners.api';
import { partnersKeys } from './queryKeys';

/** How many requests wait in the partner's approval queue (the navigation's count); 0 when not shown. */
export function usePartnerApprovalCount(enabled: boolean): number {
  const pending = useQuery({
    queryKey: partnersKeys.approvalsIn('count'),
    queryFn: () => listPartnerApprovals('pending', null),
    enabled,
    refetchInterval: 30_000,
  });
  // A page holds up to 50: "50" then means "50 or more", enough for a badge.
  return pending.data?.items.length ?? 0;
}
