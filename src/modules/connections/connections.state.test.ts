import { describe, expect, it } from 'vitest';
import { canTransition, lowestFreeVlan, removalFor, type ConnectionState, type ConnectionTransition } from './connections.state.ts';

const STATES: ConnectionState[] = ['AWAITING_APPROVAL', 'DEPLOYABLE', 'CONFIGURED', 'LIVE', 'DENIED', 'CANCELLED', 'DECOMMISSIONED'];

describe('VXC state machine', () => {
  const allowed: [ConnectionTransition, ConnectionState][] = [
    ['accept', 'AWAITING_APPROVAL'], ['deny', 'AWAITING_APPROVAL'], ['cancel', 'AWAITING_APPROVAL'], ['configure', 'DEPLOYABLE'], ['go_live', 'CONFIGURED'], ['decommission', 'LIVE'],
  ];
  for (const [transition, from] of allowed) {
    it.each(STATES)(`${transition} from %s`, (state) => expect(canTransition(state, transition)).toBe(state === from));
  }
  it('a denied request cannot be accepted, and nothing is accepted twice', () => {
    expect(canTransition('DENIED', 'accept')).toBe(false);
    expect(canTransition('DEPLOYABLE', 'accept')).toBe(false);
  });
  it('delete withdraws a request or decommissions a live VXC', () => {
    expect(removalFor('AWAITING_APPROVAL')).toBe('cancel');
    expect(removalFor('LIVE')).toBe('decommission');
    expect(removalFor('CONFIGURED')).toBeNull();
    expect(removalFor('DENIED')).toBeNull();
  });
});

describe('VLAN allocation', () => {
  it('takes the lowest free VLAN from 2', () => {
    expect(lowestFreeVlan([])).toBe(2);
    expect(lowestFreeVlan([2, 3, 5])).toBe(4);
    expect(lowestFreeVlan([-1, 2])).toBe(3);
    expect(lowestFreeVlan([2, 3, 4], 3)).toBe(5);
  });
  it('reports a full port', () => {
    expect(lowestFreeVlan(Array.from({ length: 4092 }, (_, i) => i + 2))).toBeNull();
  });
});
