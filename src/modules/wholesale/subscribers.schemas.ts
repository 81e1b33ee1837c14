import { Type, type Static } from '@sinclair/typebox';
import { ListQuery, Name, Nullable, StringEnumOf, Timestamp, Uuid } from '../../platform/http/schemas.ts';
import type { SubscriberRole } from './wholesale.tables.ts';
import { E164 } from './locations.schemas.ts';

const Email = Type.String({ format: 'email', maxLength: 254 });
const Extension = Type.String({ pattern: '^[0-9]{2,10}$', description: 'An internal extension of the customer: 2 to 10 digits' });
const PackageName = Type.String({ minLength: 1, maxLength: 64, description: 'One of the customer’s base packages' });
export const GivenRoleSchema = StringEnumOf<'user' | 'admin'>({ user: true, admin: true }, { title: 'WholesaleSubscriberGivenRole', description: 'admin: gets the organisation’s package level' });
const RoleSchema = StringEnumOf<SubscriberRole>({ user: true, admin: true, full_admin: true }, { title: 'WholesaleSubscriberRole' });

export const CreateSubscriberBody = Type.Object({
  customerId: Uuid,
  email: Email,
  firstName: Name(100),
  lastName: Name(100),
  package: PackageName,
  locationId: Type.Optional(Uuid),
  phoneNumber: Type.Optional(E164),
  extension: Type.Optional(Extension),
  role: Type.Optional(GivenRoleSchema),
}, { additionalProperties: false, title: 'CreateWholesaleSubscriber', description: 'A calling package needs locationId and a phoneNumber of that location or an extension' });
export type CreateSubscriberInput = Static<typeof CreateSubscriberBody>;

export const UpdateSubscriberBody = Type.Object({
  package: Type.Optional(PackageName),
  locationId: Type.Optional(Nullable(Uuid)),
  phoneNumber: Type.Optional(Nullable(E164)),
  extension: Type.Optional(Nullable(Extension)),
  role: Type.Optional(GivenRoleSchema),
}, { additionalProperties: false, minProperties: 1, title: 'UpdateWholesaleSubscriber', description: 'The fields to change; null removes a location, number or extension' });
export type UpdateSubscriberInput = Static<typeof UpdateSubscriberBody>;

export const SubscriberSchema = Type.Object({
  id: Uuid, customerId: Uuid, email: Type.String(), firstName: Type.String(), lastName: Type.String(), package: Type.String(), role: RoleSchema,
  locationId: Nullable(Uuid), phoneNumber: Nullable(Type.String()), extension: Nullable(Type.String()), createdAt: Timestamp, updatedAt: Timestamp,
}, { title: 'WholesaleSubscriber' });

export const SubscriberListQuery = Type.Object({
  ...ListQuery.properties,
  customerId: Uuid,
}, { additionalProperties: false });
export type SubscriberListInput = Static<typeof SubscriberListQuery>;

export const SubscriberListSchema = Type.Object({ items: Type.Array(SubscriberSchema), nextCursor: Nullable(Type.String()) }, { title: 'WholesaleSubscriberList' });

const BulkProblem = Type.Object({ code: Type.String(), field: Type.String(), detail: Type.String() }, { title: 'WholesaleBulkProblem' });
export const BulkResultSchema = Type.Object({
  ok: Type.Boolean({ description: 'true: every row was created; false: none was' }),
  created: Type.Integer(),
  rows: Type.Array(Type.Object({
    row: Type.Integer({ description: 'The CSV line of the row (the header is line 1)' }),
    ok: Type.Boolean(),
    subscriberId: Type.Optional(Uuid),
    problems: Type.Array(BulkProblem),
  }, { title: 'WholesaleBulkRow' })),
}, { title: 'WholesaleBulkResult' });
