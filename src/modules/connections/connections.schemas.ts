import { Type, type Static } from '@sinclair/typebox';
import { AsStored, Name, Nullable, StringEnum, StringEnumOf, Timestamp, Uuid } from '../../platform/http/schemas.ts';
import type { ConnectionState } from './connections.state.ts';
import type { SpeedChangeState } from './connections.tables.ts';

const Vlan = Type.Integer({ minimum: -1, maximum: 4093, description: '2–4093; 0 or absent = lowest free; -1 = untagged' });
const ConnectionStateSchema = StringEnumOf<ConnectionState>(
  { AWAITING_PARTNER: true, AWAITING_APPROVAL: true, DEPLOYABLE: true, CONFIGURED: true, LIVE: true, DENIED: true, REJECTED: true, CANCELLED: true, DECOMMISSIONED: true },
  { title: 'ConnectionState', description: 'AWAITING_PARTNER: a managed account’s order waits in its partner’s approval queue; REJECTED: the partner rejected it (the provider never saw it)' },
);
const SpeedChangeStateSchema = StringEnumOf<SpeedChangeState>(
  { AWAITING_PARTNER: true, AWAITING_APPROVAL: true, APPLIED: true, REJECTED: true, CANCELLED: true },
  { title: 'SpeedChangeState', description: 'AWAITING_PARTNER: waits in the managed account’s partner’s approval queue; AWAITING_APPROVAL: waits for the provider' },
);
const ApprovalStateSchema = StringEnum(['awaiting_partner', 'pending', 'accepted', 'denied', 'partner_rejected', 'pre_approved', 'withdrawn'], {
  title: 'ApprovalState', description: 'The provider’s approval; awaiting_partner / partner_rejected: the managed account’s partner holds or rejected the order first',
});
const SideSchema = StringEnum(['customer', 'provider'], { title: 'Side', description: 'customer: my A-ends (what I ordered); provider: my B-ends (what was ordered from me)' });
const RateLimit = Type.Integer({ minimum: 1, maximum: 100000 });

export const OrderConnectionBody = Type.Object(
  {
    name: Name(100),
    rateLimitMbps: RateLimit,
    aEnd: Type.Object({ portId: Uuid, vlan: Type.Optional(Vlan) }, { additionalProperties: false }),
    bEnd: Type.Optional(Type.Object({ portId: Uuid }, { additionalProperties: false, description: 'The provider’s public port; or give serviceKey instead' })),
    serviceKey: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'A provider’s service key instead of bEnd (reaches private ports too)' })),
  },
  {
    additionalProperties: false,
    description: 'Give either bEnd (a provider’s public port) or serviceKey, not both.',
    // Media-type examples in the document: one per way of ordering.
    'x-examples': {
      toPublicPort: {
        summary: 'To a provider’s public port',
        value: { name: 'Frankfurt to CloudGate', rateLimitMbps: 1000, aEnd: { portId: '0193a5b0-7e4c-7c3a-9b1e-4f2d8c6a1b01', vlan: 100 }, bEnd: { portId: '0193a5b0-7e4c-7c3a-9b1e-4f2d8c6a1b02' } },
      },
      withServiceKey: {
        summary: 'With a service key the provider gave you',
        value: { name: 'To Orbital (private)', rateLimitMbps: 500, aEnd: { portId: '0193a5b0-7e4c-7c3a-9b1e-4f2d8c6a1b01' }, serviceKey: '6f1c2b9e-3d4a-4e8b-9c7d-1a2b3c4d5e6f' },
      },
    },
  },
);

export const ConnectionListQuery = Type.Object(
  {
    side: Type.Optional(SideSchema),
    state: Type.Optional(ConnectionStateSchema),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  },
  { additionalProperties: false },
);

export const AcceptBody = Type.Object({ bEndVlan: Type.Optional(Type.Integer({ minimum: -1, maximum: 4093, description: '2–4093; absent = the lowest free on the provider’s port; -1 = untagged' })) }, { additionalProperties: false });
export const DenyBody = Type.Object({ reason: Type.String({ minLength: 1, maxLength: 1000, pattern: '\\S' }) }, { additionalProperties: false });
export const SpeedChangeBody = Type.Object({ rateLimitMbps: RateLimit }, { additionalProperties: false });
export const WithdrawBody = Type.Object({}, { additionalProperties: false, description: 'Empty, or no body at all' });
export const SpeedDecisionBody = Type.Object({ reason: Type.Optional(Type.String({ maxLength: 1000 })) }, { additionalProperties: false });

const End = (vlan: ReturnType<typeof Type.Integer> | ReturnType<typeof Nullable>) => Type.Object({ portId: Uuid, vlan, portName: Type.String(), locationId: Uuid });

export const ConnectionSchema = Type.Object(
  {
    id: Uuid, name: Type.String(), state: ConnectionStateSchema, rateLimitMbps: Type.Integer(), companyId: Uuid, companyName: Type.String(),
    providerCompanyId: Uuid, providerName: Type.String(), createdAt: Timestamp,
    aEnd: End(Type.Integer()),
    bEnd: End(Nullable(Type.Integer())),
    serviceKeyId: Nullable(Uuid),
    pendingSpeedChange: Nullable(Type.Object({ id: Uuid, rateLimitMbps: Type.Integer(), requestedAt: Timestamp })),
    approval: Type.Object({ state: AsStored(ApprovalStateSchema), reason: Nullable(Type.String()), decidedAt: Nullable(Timestamp) }),
    history: Type.Array(Type.Object({ state: AsStored(ConnectionStateSchema), at: Timestamp, by: Nullable(Uuid), byName: Type.Optional(Nullable(Type.String())) })),
    partnerApprovals: Type.Optional(Type.Array(Type.Object({
      id: Uuid, kind: StringEnum(['connection', 'speed_change', 'termination'], { title: 'PartnerApprovalKindOfConnection' }), requestedAt: Timestamp,
    }), { description: 'GET /v1/connections/{id} only, for the customer: what waits in its partner’s approval queue (GET /v1/partner-approvals/{id})' })),
    speedChanges: Type.Optional(Type.Array(Type.Object({
      id: Uuid, connectionId: Uuid, fromMbps: Type.Integer(), toMbps: Type.Integer(), state: SpeedChangeStateSchema, reason: Nullable(Type.String()),
      requestedAt: Timestamp, requestedBy: Nullable(Uuid), requestedByName: Nullable(Type.String()), decidedAt: Nullable(Timestamp), decidedBy: Nullable(Uuid),
      decidedByName: Nullable(Type.String()),
    }, { description: 'GET /v1/connections/{id} only' }))),
  },
  { title: 'Connection', description: 'history[].byName and speedChanges come with GET /v1/connections/{id}' },
);

export const ConnectionListSchema = Type.Object({ items: Type.Array(ConnectionSchema), nextCursor: Nullable(Type.String()) }, { title: 'ConnectionList' });

export const SpeedChangeSchema = Type.Object(
  {
    id: Uuid, connectionId: Uuid, fromMbps: Type.Integer(), toMbps: Type.Integer(), state: SpeedChangeStateSchema, reason: Nullable(Type.String()),
    requestedAt: Timestamp, requestedBy: Nullable(Uuid), decidedAt: Nullable(Timestamp), decidedBy: Nullable(Uuid),
  },
  { title: 'SpeedChange' },
);

export const ApprovalsSchema = Type.Object(
  {
    items: Type.Array(Type.Union([
      Type.Object({ kind: Type.Literal('connection'), connection: ConnectionSchema }),
      Type.Object({ kind: Type.Literal('speed_change'), speedChange: SpeedChangeSchema, connection: ConnectionSchema }),
    ])),
    nextCursor: Type.Null(),
  },
  { title: 'Approvals' },
);

export const SummaryQuery = Type.Object({ side: Type.Optional(SideSchema) }, { additionalProperties: false });

export const SummarySchema = Type.Object(
  {
    side: SideSchema,
    byState: Type.Record(Type.String(), Type.Integer()),
    liveBandwidthByLocation: Type.Array(Type.Object({ locationId: Uuid, locationName: Type.String(), rateLimitMbps: Type.Integer(), connections: Type.Integer() })),
  },
  { title: 'ConnectionSummary' },
);

export type OrderConnectionInput = Static<typeof OrderConnectionBody>;
export type Connection = Static<typeof ConnectionSchema>;
export type SpeedChange = Static<typeof SpeedChangeSchema>;
export type ConnectionSummary = Static<typeof SummarySchema>;
