import { Type } from '@sinclair/typebox';
import { ListOf, Nullable, Timestamp, Uuid } from '../../platform/http/schemas.ts';

const KeyVlan = Type.Integer({ minimum: -1, maximum: 4093, description: 'The B-end VLAN the key fixes: 2–4093 or -1 (untagged); required for single-use keys' });
const Description = Type.String({ maxLength: 500 });

/** What a key is when the provider does not say: reusable, usable at once, and needing approval. */
export const SERVICE_KEY_DEFAULTS = { singleUse: false, active: true, preApproved: false } as const;

export const CreateKeyBody = Type.Object(
  {
    portId: Uuid,
    singleUse: Type.Optional(Type.Boolean({ default: SERVICE_KEY_DEFAULTS.singleUse, description: 'Spent by the first order (given back if that order is withdrawn or denied before it goes live)' })),
    maxSpeedMbps: Type.Integer({ minimum: 1, maximum: 100000 }),
    vlan: Type.Optional(KeyVlan),
    validFrom: Type.Optional(Timestamp),
    validTo: Type.Optional(Timestamp),
    active: Type.Optional(Type.Boolean({ default: SERVICE_KEY_DEFAULTS.active, description: 'An inactive key cannot be ordered with' })),
    preApproved: Type.Optional(Type.Boolean({ default: SERVICE_KEY_DEFAULTS.preApproved, description: 'Orders with the key skip the provider’s approval' })),
    description: Type.Optional(Description),
  },
  { additionalProperties: false },
);

export const UpdateKeyBody = Type.Object(
  { active: Type.Optional(Type.Boolean()), description: Type.Optional(Nullable(Description)), validTo: Type.Optional(Nullable(Timestamp)) },
  { additionalProperties: false, minProperties: 1 },
);

export const KeyListQuery = Type.Object(
  {
    portId: Type.Optional(Uuid),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  },
  { additionalProperties: false },
);

export const KeyLookupQuery = Type.Object({ key: Type.String({ minLength: 1, maxLength: 100 }) }, { additionalProperties: false });

export const ServiceKeySchema = Type.Object(
  {
    id: Uuid, key: Type.String(), portId: Uuid, portName: Type.String(), companyId: Uuid, singleUse: Type.Boolean(), maxSpeedMbps: Type.Integer(),
    vlan: Nullable(Type.Integer()), validFrom: Nullable(Timestamp), validTo: Nullable(Timestamp), active: Type.Boolean(), preApproved: Type.Boolean(),
    description: Nullable(Type.String()), lastUsedAt: Nullable(Timestamp), usedCount: Type.Integer(), spentAt: Nullable(Timestamp), createdAt: Timestamp,
  },
  { title: 'ServiceKey' },
);

export const ServiceKeyListSchema = ListOf(ServiceKeySchema, 'ServiceKey');

export const KeyPreviewSchema = Type.Object(
  {
    portId: Uuid, portName: Type.String(), locationId: Uuid, providerCompanyId: Uuid, providerName: Type.String(), maxSpeedMbps: Type.Integer(),
    vlan: Nullable(Type.Integer()), preApproved: Type.Boolean(),
  },
  { title: 'ServiceKeyPreview' },
);
