import type { SpeedChangeState } from './connections.tables.ts';

/**
 * A speed change of a LIVE VXC. Lowering applies at once (APPLIED on request). Raising waits:
 * AWAITING_APPROVAL → accept (provider) → APPLIED, → reject (provider) → REJECTED,
 * → withdraw (the customer) → CANCELLED, → cancel (the VXC is decommissioned meanwhile) → CANCELLED.
 * A managed account whose partner runs an approval queue starts every change at AWAITING_PARTNER:
 * → release (partner approved a raise) → AWAITING_APPROVAL, → apply (partner approved a decrease)
 * → APPLIED, → partner_reject → REJECTED; withdraw and cancel work there too.
 * Until APPLIED the VXC keeps its old speed.
 */
export type SpeedChangeTransition = 'release' | 'apply' | 'partner_reject' | 'accept' | 'reject' | 'withdraw' | 'cancel';

/** Still waiting for someone: the partner or the provider. */
export const PENDING_SPEED_CHANGE: readonly SpeedChangeState[] = ['AWAITING_PARTNER', 'AWAITING_APPROVAL'];

const MOVES: Record<SpeedChangeTransition, { from: readonly SpeedChangeState[]; to: SpeedChangeState }> = {
  release: { from: ['AWAITING_PARTNER'], to: 'AWAITING_APPROVAL' },
  apply: { from: ['AWAITING_PARTNER'], to: 'APPLIED' },
  partner_reject: { from: ['AWAITING_PARTNER'], to: 'REJECTED' },
  accept: { from: ['AWAITING_APPROVAL'], to: 'APPLIED' },
  reject: { from: ['AWAITING_APPROVAL'], to: 'REJECTED' },
  withdraw: { from: PENDING_SPEED_CHANGE, to: 'CANCELLED' },
  cancel: { from: PENDING_SPEED_CHANGE, to: 'CANCELLED' },
};

/** The states a transition moves from (what the repo puts in WHERE state IN). */
export const speedChangeFrom = (t: SpeedChangeTransition): readonly SpeedChangeState[] => MOVES[t].from;
export const speedChangeTo = (t: SpeedChangeTransition) => MOVES[t].to;
export const canChangeSpeed = (state: SpeedChangeState, t: SpeedChangeTransition) => MOVES[t].from.includes(state);

/** A raise needs the provider's acceptance; a decrease does not. */
export const needsApproval = (fromMbps: number, toMbps: number) => toMbps > fromMbps;

/** What the partner's approval does: a raise goes on to the provider, a decrease applies. */
export const partnerApproval = (fromMbps: number, toMbps: number): SpeedChangeTransition => (needsApproval(fromMbps, toMbps) ? 'release' : 'apply');
