import { Type, type Static } from '@sinclair/typebox';
import { Name, Nullable, Timestamp, Uuid } from '../../platform/http/schemas.ts';
import { LanguageSchema } from '../accounts/index.ts';
import { AddressSchema } from './customers.schemas.ts';

export const E164 = Type.String({ pattern: '^\\+[1-9][0-9]{6,14}$', description: 'A phone number, E.164 (+4930…)' });
export const MAX_NUMBERS = 1000;

export const CustomerParams = Type.Object({ id: Uuid }, { additionalProperties: false });
export const LocationParams = Type.Object({ id: Uuid, locationId: Uuid }, { additionalProperties: false });

export const CreateLocationBody = Type.Object({
  name: Name(100),
  address: AddressSchema,
  timeZone: Type.String({ minLength: 1, maxLength: 64, description: 'An IANA time zone (Europe/Berlin)' }),
  language: LanguageSchema,
  phoneNumbers: Type.Optional(Type.Array(E164, { maxItems: MAX_NUMBERS, description: 'Numbers of the location; each new on the platform' })),
}, { additionalProperties: false, title: 'CreateWholesaleLocation' });
export type CreateLocationInput = Static<typeof CreateLocationBody>;

export const AddNumbersBody = Type.Object({
  numbers: Type.Array(E164, { minItems: 1, maxItems: MAX_NUMBERS }),
}, { additionalProperties: false, title: 'AddWholesaleNumbers' });
export type AddNumbersInput = Static<typeof AddNumbersBody>;

export const NumberSchema = Type.Object({
  id: Uuid, number: Type.String(), subscriberId: Nullable(Uuid), assignedAt: Nullable(Timestamp),
}, { title: 'WholesaleNumber' });

export const LocationSchema = Type.Object({
  id: Uuid, customerId: Uuid, name: Type.String(), address: AddressSchema, timeZone: Type.String(), language: LanguageSchema,
  headquarters: Type.Boolean(), numbers: Type.Array(NumberSchema), createdAt: Timestamp,
}, { title: 'WholesaleLocation' });

export const LocationListSchema = Type.Object({ items: Type.Array(LocationSchema) }, { title: 'WholesaleLocationList' });
