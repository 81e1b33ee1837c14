import type { SpeedChangeState } from './connections.tables.ts';

/**
 * A speed change of a LIVE VXC. Lowering applies at once (APPLIED on request). Raising waits:
 * AWAITING_APPROVAL → accept (provider) → APPLIED, → reject (provider) → REJECTED,
 * → withdraw (the customer) → CANCELLED, → cancel (the VXC is decommissioned meanwhile) → CANCELLED.
 * Until APPLIED the VXC keeps its old speed.
 */
export type SpeedChangeTransition = 'accept' | 'reject' | 'withdraw' | 'cancel';

const TO: Record<SpeedChangeTransition, SpeedChangeState> = { accept: 'APPLIED', reject: 'REJECTED', withdraw: 'CANCELLED', cancel: 'CANCELLED' };

export const speedChangeFrom: SpeedChangeState = 'AWAITING_APPROVAL';
export const speedChangeTo = (t: SpeedChangeTransition) => TO[t];

/** A raise needs the provider's acceptance; a decrease does not. */
export const needsApproval = (fromMbps: number, toMbps: number) => toMbps > fromMbps;
