import { Type } from '@sinclair/typebox';
import { Nullable, StringEnumOf, Timestamp, Uuid } from '../../platform/http/schemas.ts';
import type { PartnerApprovalKind, PartnerApprovalState } from './approvals.state.ts';

const KindSchema = StringEnumOf<PartnerApprovalKind>({ connection: true, speed_change: true, termination: true }, {
  title: 'PartnerApprovalKind', description: 'connection: a new order; speed_change: a rate change; termination: decommissioning a live connection',
});
const StateSchema = StringEnumOf<PartnerApprovalState>({ pending: true, approved: true, rejected: true, withdrawn: true }, { title: 'PartnerApprovalState' });

export const PartnerApprovalSchema = Type.Object(
  {
    id: Uuid, kind: KindSchema, state: StateSchema,
    companyId: Uuid, companyName: Type.String(), accountRef: Nullable(Type.String()),
    connectionId: Uuid,
    subjectId: Type.String({ format: 'uuid', description: 'The connection (connection, termination) or the speed change (speed_change)' }),
    summary: Type.Object({
      connectionName: Type.String(), providerName: Type.String(), aPortName: Type.String(), bPortName: Type.String(),
      rateLimitMbps: Type.Integer({ description: 'The connection’s rate limit when asked' }),
      toMbps: Nullable(Type.Integer({ description: 'A speed change: the rate asked for' })),
    }),
    reason: Nullable(Type.String()),
    requestedAt: Timestamp, requestedBy: Nullable(Uuid), requestedByName: Nullable(Type.String()),
    decidedAt: Nullable(Timestamp), decidedBy: Nullable(Uuid), decidedByName: Nullable(Type.String()),
  },
  { title: 'PartnerApproval' },
);

export const PartnerApprovalListSchema = Type.Object({ items: Type.Array(PartnerApprovalSchema), nextCursor: Nullable(Type.String()) }, { title: 'PartnerApprovalList' });

export const PartnerApprovalQuery = Type.Object(
  {
    state: Type.Optional(StateSchema),
    companyId: Type.Optional(Uuid),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  },
  { additionalProperties: false },
);

export const ApproveBody = Type.Object({}, { additionalProperties: false, description: 'Empty, or no body at all' });
export const RejectBody = Type.Object({ reason: Type.String({ minLength: 1, maxLength: 1000, pattern: '\\S' }) }, { additionalProperties: false });

export const PendingApprovalsSchema = Type.Object(
  {
    total: Type.Integer({ minimum: 0 }),
    byCompany: Type.Array(Type.Object({ companyId: Uuid, pending: Type.Integer({ minimum: 1 }) }), { description: 'Accounts with at least one pending request' }),
  },
  { title: 'PendingPartnerApprovals' },
);
