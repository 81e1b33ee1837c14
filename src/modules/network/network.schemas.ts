import { Type, type Static } from '@sinclair/typebox';
import { Name, StringEnumOf, Uuid } from '../../platform/http/schemas.ts';
import type { PortStatus } from './ports.state.ts';
import type { PortsTable } from './network.tables.ts';

const PortKindSchema = StringEnumOf<PortsTable['kind']>({ port: true, mcr: true }, { title: 'PortKind', description: 'A physical port, or a cloud router (MCR)' });
const VisibilitySchema = StringEnumOf<PortsTable['marketplace_visibility']>({ public: true, private: true }, { title: 'MarketplaceVisibility', description: 'Whether the marketplace lists the port; ports are ordered private unless told' });
const PortStatusSchema = StringEnumOf<PortStatus>({ DEPLOYABLE: true, CONFIGURED: true, LIVE: true, CANCELLED: true, DECOMMISSIONED: true }, { title: 'PortStatus' });

export const LocationSchema = Type.Object(
  {
    id: Uuid,
    name: Type.String(),
    market: Type.String({ description: 'Market / metro' }),
    country: Type.String({ description: 'ISO 3166-1 alpha-2' }),
    region: Type.String(),
    latitude: Type.Number(),
    longitude: Type.Number(),
    orderable: Type.Boolean({
      description: "Whether the caller's company may order services here: it has a billing market in the location's country (a managed account: its partner has); the operator's company: always",
    }),
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

export const OrderPortBody = Type.Object(
  {
    companyId: Type.Optional(Uuid),
    locationId: Uuid,
    name: Name(100),
    speedMbps: Type.Integer({ minimum: 1, description: 'Ports: 1000, 10000, 100000; MCRs: 1000, 2500, 5000, 10000' }),
    marketplaceVisibility: Type.Optional(VisibilitySchema),
    kind: Type.Optional(PortKindSchema),
  },
  { additionalProperties: false },
);

const Time = Type.Union([Type.String({ format: 'date-time' }), Type.Null()]);

export const PortSchema = Type.Object(
  {
    id: Uuid, companyId: Uuid, locationId: Uuid, kind: PortKindSchema, name: Type.String(), speedMbps: Type.Integer(),
    marketplaceVisibility: VisibilitySchema,
    provisioningStatus: PortStatusSchema,
    orderedAt: Type.String({ format: 'date-time' }), configuredAt: Time, liveAt: Time, cancelledAt: Time, decommissionedAt: Time,
  },
  { title: 'Port' },
);
export type OrderPortInput = Static<typeof OrderPortBody>;
export type Port = Static<typeof PortSchema>;
