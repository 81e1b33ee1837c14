import { describe, expect, it } from 'vitest';
import { canTransition, removalFor, type PortStatus, type PortTransition } from './ports.state.ts';

describe('port state machine', () => {
  const statuses: PortStatus[] = ['DEPLOYABLE', 'CONFIGURED', 'LIVE', 'CANCELLED', 'DECOMMISSIONED'];
  const allowed: Record<PortTransition, PortStatus[]> = {
    configure: ['DEPLOYABLE'], go_live: ['CONFIGURED'], cancel: ['DEPLOYABLE', 'CONFIGURED'], decommission: ['LIVE'],
  };
  for (const [transition, from] of Object.entries(allowed) as [PortTransition, PortStatus[]][]) {
    it.each(statuses)(`${transition} from %s`, (status) => expect(canTransition(status, transition)).toBe(from.includes(status)));
  }
  it('deleting cancels before LIVE, decommissions LIVE, and is refused after the end', () => {
    expect(removalFor('DEPLOYABLE')).toBe('cancel');
    expect(removalFor('CONFIGURED')).toBe('cancel');
    expect(removalFor('LIVE')).toBe('decommission');
    expect(removalFor('CANCELLED')).toBeNull();
    expect(removalFor('DECOMMISSIONED')).toBeNull();
  });
});
