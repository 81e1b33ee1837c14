import { describe, expect, it } from 'vitest';
import { approvalFrom, approvalTo, canDecide, type PartnerApprovalDecision, type PartnerApprovalState } from './approvals.state.ts';

describe('partner approval state machine', () => {
  it('only a pending request is decided', () => {
    expect(approvalFrom).toBe('pending');
    expect((['pending', 'approved', 'rejected', 'withdrawn'] as PartnerApprovalState[]).filter(canDecide)).toEqual(['pending']);
  });
  it.each<[PartnerApprovalDecision, PartnerApprovalState]>([['approve', 'approved'], ['reject', 'rejected'], ['withdraw', 'withdrawn']])('%s → %s', (d, to) => {
    expect(approvalTo(d)).toBe(to);
  });
});
