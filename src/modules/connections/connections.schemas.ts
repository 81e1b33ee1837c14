import { Type } from '@sinclair/typebox';
import { Nullable, Uuid } from '../../platform/http/schemas.ts';

const Vlan = Type.Integer({ minimum: -1, maximum: 4093, description: '2–4093; 0 or absent = lowest free; -1 = untagged' });

export const OrderConnectionBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 100, pattern: '\\S' }),
    rateLimitMbps: Type.Integer({ minimum: 1, maximum: 100000 }),
    aEnd: Type.Object({ portId: Uuid, vlan: Type.Optional(Vlan) }, { additionalProperties: false }),
    bEnd: Type.Object({ portId: Uuid }, { additionalProperties: false }),
  },
  { additionalProperties: false },
);

export const AcceptBody = Type.Object({ bEndVlan: Type.Optional(Type.Integer({ minimum: -1, maximum: 4093 })) }, { additionalProperties: false });
export const DenyBody = Type.Object({ reason: Type.String({ minLength: 1, maxLength: 1000, pattern: '\\S' }) }, { additionalProperties: false });

export const ConnectionSchema = Type.Object(
  {
    id: Uuid, name: Type.String(), state: Type.String(), rateLimitMbps: Type.Integer(), companyId: Uuid, providerCompanyId: Uuid,
    aEnd: Type.Object({ portId: Uuid, vlan: Type.Integer() }),
    bEnd: Type.Object({ portId: Uuid, vlan: Nullable(Type.Integer()) }),
    approval: Type.Object({ state: Type.String(), reason: Nullable(Type.String()), decidedAt: Nullable(Type.String({ format: 'date-time' })) }),
    history: Type.Array(Type.Object({ state: Type.String(), at: Type.String({ format: 'date-time' }), by: Nullable(Uuid) })),
  },
  { title: 'Connection' },
);

export const ApprovalsSchema = Type.Object(
  { items: Type.Array(Type.Object({ kind: Type.Literal('connection'), connection: ConnectionSchema })), nextCursor: Type.Null() },
  { title: 'Approvals' },
);
