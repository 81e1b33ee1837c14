import { Type } from '@sinclair/typebox';
import { AsStored, Name, Nullable, StringEnum, Uuid } from '../../platform/http/schemas.ts';
import { BillingAddressSchema } from '../accounts/index.ts';

export const SERVICE_CATEGORIES = ['cloud', 'internet', 'security', 'storage', 'compute', 'voice', 'content-delivery', 'data-centre', 'managed-services', 'iot'] as const;
const ServiceCategorySchema = StringEnum(SERVICE_CATEGORIES, { title: 'ServiceCategory' });

export const ProfileBody = Type.Object(
  {
    title: Name(120),
    description: Type.String({ minLength: 1, maxLength: 5000 }),
    services: Type.Array(ServiceCategorySchema, { minItems: 1, maxItems: 10, uniqueItems: true }),
    contactEmail: Type.String({ format: 'email', maxLength: 254 }),
    website: Type.Optional(Type.String({ format: 'uri', pattern: '^https?://', maxLength: 500 })),
    phone: Type.Optional(Type.String({ pattern: '^\\+?[0-9 ()-]{5,30}$' })),
    hqAddress: Type.Optional(BillingAddressSchema),
    logoUrl: Type.Optional(Type.String({ format: 'uri', pattern: '^https://', maxLength: 500 })),
  },
  { additionalProperties: false },
);

export const ProfileSchema = Type.Object(
  {
    companyId: Uuid, title: Type.String(), description: Type.String(), services: Type.Array(AsStored(ServiceCategorySchema)), contactEmail: Type.String(),
    website: Nullable(Type.String()), phone: Nullable(Type.String()), hqAddress: AsStored<Record<string, unknown> | null>(Nullable(BillingAddressSchema)), logoUrl: Nullable(Type.String()),
    updatedAt: Type.String({ format: 'date-time' }),
  },
  { title: 'ProviderProfile' },
);

export const ProviderSearchQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 100 })),
    service: Type.Optional(Type.String({ maxLength: 50 })),
    locationId: Type.Optional(Uuid),
    nearPortId: Type.Optional(Uuid),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  },
  { additionalProperties: false },
);

export const NearQuery = Type.Object({ nearPortId: Type.Optional(Uuid) }, { additionalProperties: false });

export const ProviderSchema = Type.Object(
  {
    companyId: Uuid, title: Type.String(), description: Type.String(), services: Type.Array(AsStored(ServiceCategorySchema)), logoUrl: Nullable(Type.String()),
    ports: Type.Array(Type.Object({
      id: Uuid, name: Type.String(), locationId: Uuid, locationName: Type.String(), speedMbps: Type.Integer(), distanceKm: Type.Optional(Type.Number()),
    })),
  },
  { title: 'Provider' },
);

export const ProviderListSchema = Type.Object({ items: Type.Array(ProviderSchema), nextCursor: Nullable(Type.String()) }, { title: 'ProviderList' });
