/**
 * The provisioning state machine of ports and MCRs:
 * DEPLOYABLE → CONFIGURED → LIVE (the network controller's steps); DEPLOYABLE/CONFIGURED → CANCELLED
 * and LIVE → DECOMMISSIONED (the owner's). Every other move is refused.
 */
export type PortStatus = 'DEPLOYABLE' | 'CONFIGURED' | 'LIVE' | 'CANCELLED' | 'DECOMMISSIONED';
export type PortTransition = 'configure' | 'go_live' | 'cancel' | 'decommission';

const MOVES: Record<PortTransition, { from: PortStatus[]; to: PortStatus }> = {
  configure: { from: ['DEPLOYABLE'], to: 'CONFIGURED' },
  go_live: { from: ['CONFIGURED'], to: 'LIVE' },
  cancel: { from: ['DEPLOYABLE', 'CONFIGURED'], to: 'CANCELLED' },
  decommission: { from: ['LIVE'], to: 'DECOMMISSIONED' },
};

export const transitionFrom = (transition: PortTransition): PortStatus[] => MOVES[transition].from;
export const transitionTo = (transition: PortTransition): PortStatus => MOVES[transition].to;
export const canTransition = (status: PortStatus, transition: PortTransition): boolean => MOVES[transition].from.includes(status);

/** The network's steps, in order, that take a new port (DEPLOYABLE) to this provisioning state. */
export const PROVISIONING_STATES = ['DEPLOYABLE', 'CONFIGURED', 'LIVE'] as const;
export type ProvisioningState = (typeof PROVISIONING_STATES)[number];
export const stepsTo = (status: ProvisioningState): ('configure' | 'go_live')[] => (['configure', 'go_live'] as const).slice(0, PROVISIONING_STATES.indexOf(status));

/** What the owner's "delete" means in a given state. */
export function removalFor(status: PortStatus): PortTransition | null {
  if (canTransition(status, 'cancel')) return 'cancel';
  if (canTransition(status, 'decommission')) return 'decommission';
  return null;
}

export const PORT_SPEEDS = [1000, 10000, 100000] as const;
export const MCR_SPEEDS = [1000, 2500, 5000, 10000] as const;
