import { Type, type Static } from '@sinclair/typebox';
import { Uuid } from '../../platform/http/schemas.ts';

export const LocationSchema = Type.Object(
  {
    id: Uuid,
    name: Type.String(),
    market: Type.String({ description: 'Market / metro' }),
    country: Type.String({ description: 'ISO 3166-1 alpha-2' }),
    region: Type.String(),
    latitude: Type.Number(),
    longitude: Type.Number(),
  },
  { title: 'Location' },
);

export const LocationListQuery = Type.Object(
  {
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 200 })),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    country: Type.Optional(Type.String({ pattern: '^[A-Z]{2}$' })),
  },
  { additionalProperties: false },
);

export type Location = Static<typeof LocationSchema>;
