import { describe, expect, it } from 'vitest';
import { needsApproval, speedChangeFrom, speedChangeTo, type SpeedChangeTransition } from './speed-changes.state.ts';

describe('speed change state machine', () => {
  it('every decision starts from AWAITING_APPROVAL', () => expect(speedChangeFrom).toBe('AWAITING_APPROVAL'));
  it.each<[SpeedChangeTransition, string]>([['accept', 'APPLIED'], ['reject', 'REJECTED'], ['withdraw', 'CANCELLED'], ['cancel', 'CANCELLED']])('%s → %s', (transition, to) => {
    expect(speedChangeTo(transition)).toBe(to);
  });
  it.each<[number, number, boolean]>([
    [1000, 2000, true], [1000, 1001, true], [1000, 1000, false], [1000, 999, false], [10000, 500, false],
  ])('%i → %i Mbps needs the provider: %s', (from, to, expected) => expect(needsApproval(from, to)).toBe(expected));
});
