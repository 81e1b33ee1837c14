import { describe, expect, it } from 'vitest';
import {
  canTransition, MCR_SPEEDS, PORT_SPEEDS, removalFor, stepsTo, transitionFrom, transitionTo, type PortStatus, type PortTransition,
} from './ports.state.ts';

const STATUSES: PortStatus[] = ['DEPLOYABLE', 'CONFIGURED', 'LIVE', 'CANCELLED', 'DECOMMISSIONED'];

describe('port state machine', () => {
  // [transition, the states it starts from, the state it leads to]
  const moves: [PortTransition, PortStatus[], PortStatus][] = [
    ['configure', ['DEPLOYABLE'], 'CONFIGURED'],
    ['go_live', ['CONFIGURED'], 'LIVE'],
    ['cancel', ['DEPLOYABLE', 'CONFIGURED'], 'CANCELLED'],
    ['decommission', ['LIVE'], 'DECOMMISSIONED'],
  ];
  for (const [transition, from] of moves) {
    it.each(STATUSES)(`${transition} from %s`, (status) => expect(canTransition(status, transition)).toBe(from.includes(status)));
  }
  it.each(moves)('%s moves %j → %s (what the repo puts in WHERE and SET)', (transition, from, to) => {
    expect(transitionFrom(transition)).toEqual(from);
    expect(transitionTo(transition)).toBe(to);
  });
  const removals: [PortStatus, PortTransition | null][] = [
    ['DEPLOYABLE', 'cancel'], ['CONFIGURED', 'cancel'], ['LIVE', 'decommission'], ['CANCELLED', null], ['DECOMMISSIONED', null],
  ];
  it.each(removals)('delete in %s means %s', (status, expected) => expect(removalFor(status)).toBe(expected));
  it('a new port reaches each provisioning state by the network\'s steps, each leading to the next', () => {
    expect(stepsTo('DEPLOYABLE')).toEqual([]);
    expect(stepsTo('CONFIGURED')).toEqual(['configure']);
    expect(stepsTo('LIVE')).toEqual(['configure', 'go_live']);
    for (const status of ['CONFIGURED', 'LIVE'] as const) expect(transitionTo(stepsTo(status).at(-1)!)).toBe(status);
  });
  it('ports and MCRs come in the speeds of §2', () => {
    expect(PORT_SPEEDS).toEqual([1000, 10000, 100000]);
    expect(MCR_SPEEDS).toEqual([1000, 2500, 5000, 10000]);
  });
});
