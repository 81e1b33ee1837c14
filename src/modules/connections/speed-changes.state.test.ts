import { describe, expect, it } from 'vitest';
import type { SpeedChangeState } from './connections.tables.ts';
import { canChangeSpeed, needsApproval, partnerApproval, speedChangeFrom, speedChangeTo, type SpeedChangeTransition } from './speed-changes.state.ts';

const STATES: SpeedChangeState[] = ['AWAITING_PARTNER', 'AWAITING_APPROVAL', 'APPLIED', 'REJECTED', 'CANCELLED'];

describe('speed change state machine', () => {
  // [transition, the states it starts from, the state it leads to]
  const moves: [SpeedChangeTransition, SpeedChangeState[], SpeedChangeState][] = [
    ['release', ['AWAITING_PARTNER'], 'AWAITING_APPROVAL'],
    ['apply', ['AWAITING_PARTNER'], 'APPLIED'],
    ['partner_reject', ['AWAITING_PARTNER'], 'REJECTED'],
    ['accept', ['AWAITING_APPROVAL'], 'APPLIED'],
    ['reject', ['AWAITING_APPROVAL'], 'REJECTED'],
    ['withdraw', ['AWAITING_PARTNER', 'AWAITING_APPROVAL'], 'CANCELLED'],
    ['cancel', ['AWAITING_PARTNER', 'AWAITING_APPROVAL'], 'CANCELLED'],
  ];
  it.each(moves)('%s moves %j → %s', (transition, from, to) => {
    expect(speedChangeFrom(transition)).toEqual(from);
    expect(speedChangeTo(transition)).toBe(to);
  });
  for (const [transition, from] of moves) {
    it.each(STATES)(`${transition} from %s`, (state) => expect(canChangeSpeed(state, transition)).toBe(from.includes(state)));
  }
  it.each<[number, number, boolean]>([
    [1000, 2000, true], [1000, 1001, true], [1000, 1000, false], [1000, 999, false], [10000, 500, false],
  ])('%i → %i Mbps needs the provider: %s', (from, to, expected) => expect(needsApproval(from, to)).toBe(expected));
  it('the partner’s approval sends a raise on to the provider and applies a decrease', () => {
    expect(partnerApproval(1000, 2000)).toBe('release');
    expect(partnerApproval(1000, 500)).toBe('apply');
  });
});
