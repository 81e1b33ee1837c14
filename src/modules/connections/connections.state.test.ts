import { describe, expect, it } from 'vitest';
import {
  canTransition, fromState, lowestFreeVlan, MAX_VLAN, MIN_VLAN, pathBetween, removalFor, toState, type ConnectionState, type ConnectionTransition,
} from './connections.state.ts';

const STATES: ConnectionState[] = ['AWAITING_PARTNER', 'AWAITING_APPROVAL', 'DEPLOYABLE', 'CONFIGURED', 'LIVE', 'DENIED', 'REJECTED', 'CANCELLED', 'DECOMMISSIONED'];

describe('VXC state machine', () => {
  // [transition, the one state it starts from, the state it leads to]
  const moves: [ConnectionTransition, ConnectionState, ConnectionState][] = [
    ['release', 'AWAITING_PARTNER', 'AWAITING_APPROVAL'],
    ['reject', 'AWAITING_PARTNER', 'REJECTED'],
    ['withdraw', 'AWAITING_PARTNER', 'CANCELLED'],
    ['accept', 'AWAITING_APPROVAL', 'DEPLOYABLE'],
    ['deny', 'AWAITING_APPROVAL', 'DENIED'],
    ['cancel', 'AWAITING_APPROVAL', 'CANCELLED'],
    ['configure', 'DEPLOYABLE', 'CONFIGURED'],
    ['go_live', 'CONFIGURED', 'LIVE'],
    ['decommission', 'LIVE', 'DECOMMISSIONED'],
  ];
  for (const [transition, from] of moves) {
    it.each(STATES)(`${transition} from %s`, (state) => expect(canTransition(state, transition)).toBe(state === from));
  }
  it.each(moves)('%s moves %s → %s (what the repo puts in WHERE state = and SET state =)', (transition, from, to) => {
    expect(fromState(transition)).toBe(from);
    expect(toState(transition)).toBe(to);
  });
  it('a denied request cannot be accepted, and nothing is accepted twice', () => {
    expect(canTransition('DENIED', 'accept')).toBe(false);
    expect(canTransition('DEPLOYABLE', 'accept')).toBe(false);
  });
  it('a request the partner holds is not the provider’s to decide', () => {
    expect(canTransition('AWAITING_PARTNER', 'accept')).toBe(false);
    expect(canTransition('AWAITING_PARTNER', 'deny')).toBe(false);
    expect(canTransition('REJECTED', 'release')).toBe(false);
  });
  const removals: [ConnectionState, ConnectionTransition | null][] = [
    ['AWAITING_PARTNER', 'withdraw'], ['AWAITING_APPROVAL', 'cancel'], ['DEPLOYABLE', null], ['CONFIGURED', null], ['LIVE', 'decommission'],
    ['DENIED', null], ['REJECTED', null], ['CANCELLED', null], ['DECOMMISSIONED', null],
  ];
  it.each(removals)('delete in %s means %s', (state, expected) => expect(removalFor(state)).toBe(expected));
  it('finds the transitions from one state to another, or none', () => {
    expect(pathBetween('AWAITING_APPROVAL', 'AWAITING_APPROVAL')).toEqual([]);
    expect(pathBetween('AWAITING_APPROVAL', 'DENIED')).toEqual(['deny']);
    expect(pathBetween('AWAITING_APPROVAL', 'DECOMMISSIONED')).toEqual(['accept', 'configure', 'go_live', 'decommission']);
    expect(pathBetween('DEPLOYABLE', 'LIVE')).toEqual(['configure', 'go_live']);
    expect(pathBetween('AWAITING_PARTNER', 'LIVE')).toEqual(['release', 'accept', 'configure', 'go_live']);
    expect(pathBetween('REJECTED', 'AWAITING_APPROVAL')).toBeNull();
    expect(pathBetween('DENIED', 'LIVE')).toBeNull();
    expect(pathBetween('LIVE', 'CONFIGURED')).toBeNull();
  });
});

describe('VLAN allocation', () => {
  const allTagged = Array.from({ length: 4092 }, (_, i) => i + 2);

  it('the tagged range is 2–4093', () => {
    expect([MIN_VLAN, MAX_VLAN]).toEqual([2, 4093]);
  });
  it('takes the lowest free VLAN from 2', () => {
    expect(lowestFreeVlan([])).toBe(2);
    expect(lowestFreeVlan([2, 3, 5])).toBe(4);
    expect(lowestFreeVlan([-1, 2])).toBe(3);
    expect(lowestFreeVlan(new Set([2, 3]))).toBe(4);
  });
  it('starts the search at `from`', () => {
    expect(lowestFreeVlan([], 100)).toBe(100);
    expect(lowestFreeVlan([100, 101], 100)).toBe(102);
    expect(lowestFreeVlan([2, 3, 4], 3)).toBe(5);
    expect(lowestFreeVlan([5], 3)).toBe(3);
  });
  it('never goes below 2, whatever `from` says', () => {
    expect(lowestFreeVlan([], 1)).toBe(2);
    expect(lowestFreeVlan([], 0)).toBe(2);
    expect(lowestFreeVlan([2], -1)).toBe(3);
  });
  it('VLAN 4093 itself is handed out', () => {
    expect(lowestFreeVlan(allTagged.filter((v) => v !== MAX_VLAN))).toBe(4093);
    expect(lowestFreeVlan([], 4093)).toBe(4093);
  });
  it('reports a full port, and nothing above 4093', () => {
    expect(lowestFreeVlan(allTagged)).toBeNull();
    expect(lowestFreeVlan([...allTagged, -1])).toBeNull();
    expect(lowestFreeVlan([4093], 4093)).toBeNull();
    expect(lowestFreeVlan([], 4094)).toBeNull();
  });
});
