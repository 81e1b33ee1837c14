/**
 * A request in a partner's service approval queue: pending → approve → approved (the request goes
 * on to the provider or the network), → reject → rejected, → withdraw → withdrawn (the account took
 * it back, or it ended another way first). Only pending moves; what is decided stays decided.
 */
export type PartnerApprovalState = 'pending' | 'approved' | 'rejected' | 'withdrawn';
export type PartnerApprovalDecision = 'approve' | 'reject' | 'withdraw';
/** What waits: a new connection, a speed change, or the termination of a live connection. */
export type PartnerApprovalKind = 'connection' | 'speed_change' | 'termination';

const TO: Record<PartnerApprovalDecision, PartnerApprovalState> = { approve: 'approved', reject: 'rejected', withdraw: 'withdrawn' };

export const approvalFrom: PartnerApprovalState = 'pending';
export const approvalTo = (d: PartnerApprovalDecision) => TO[d];
export const canDecide = (state: PartnerApprovalState) => state === approvalFrom;
