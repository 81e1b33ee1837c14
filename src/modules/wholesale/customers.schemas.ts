import { Type, type Static } from '@sinclair/typebox';
import { ListOf, ListQuery, Name, Nullable, StringEnumOf, Timestamp, Uuid } from '../../platform/http/schemas.ts';
import { LanguageSchema } from '../accounts/index.ts';
import { MAX_QUANTITY } from './packages.policy.ts';
import type { CustomerStatus, LineStatus } from './wholesale.tables.ts';

const Country = Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2 country code, upper case' });

export const AddressSchema = Type.Object({
  addressLine1: Name(200),
  addressLine2: Type.Optional(Name(200)),
  city: Name(100),
  stateOrProvince: Type.Optional(Name(100)),
  zipOrPostalCode: Type.Optional(Type.String({ minLength: 1, maxLength: 20, pattern: '^[A-Za-z0-9 -]+$' })),
  country: Country,
}, { additionalProperties: false, title: 'WholesaleAddress' });

export const PackageLineSchema = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 64, description: 'A package of the catalogue (GET /v1/wholesale/packages)' }),
  // The range is checked by the package rules, so a 0 is answered with the field like the other package problems.
  quantity: Type.Integer({ maximum: MAX_QUANTITY, description: `How many may be assigned: 1 to ${MAX_QUANTITY}` }),
}, { additionalProperties: false, title: 'WholesalePackageLine' });

export const CreateCustomerBody = Type.Object({
  provisioningId: Type.String({ minLength: 1, maxLength: 64, description: 'The onboarding template’s provisioning id (prv_…)' }),
  externalId: Type.String({ minLength: 1, maxLength: 128, pattern: '^\\S(.*\\S)?$', description: 'Your own reference for the customer, unique among your customers: a retried create returns the customer it made' }),
  customerInfo: Type.Object({
    name: Name(200),
    primaryEmail: Type.String({ format: 'email', maxLength: 254, description: 'The customer’s full administrator' }),
    language: Type.Optional(LanguageSchema),
  }, { additionalProperties: false, title: 'WholesaleCustomerInfo' }),
  address: AddressSchema,
  packages: Type.Array(PackageLineSchema, { minItems: 1, maxItems: 20 }),
  headquarters: Type.Optional(Type.Object({
    name: Type.Optional(Name(100)),
    address: Type.Optional(AddressSchema),
    timeZone: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'An IANA time zone of the headquarters location' })),
  }, { additionalProperties: false, title: 'WholesaleHeadquarters', description: 'The first location; absent: the billing address' })),
  dataRegion: Type.Optional(Type.String({ minLength: 1, maxLength: 32, description: 'Where the customer’s data lives: one of the regions the operator offers (GET /v1/wholesale/packages lists them); absent: the first' })),
  ownOrganisation: Type.Optional(Type.Boolean({ description: 'The subscription is for your own organisation: no new company is made, and you appear in your own customer list (one at a time)' })),
}, { additionalProperties: false, title: 'CreateWholesaleCustomer' });
export type CreateCustomerInput = Static<typeof CreateCustomerBody>;

export const UpdateCustomerBody = Type.Object({
  packages: Type.Array(PackageLineSchema, { minItems: 1, maxItems: 20, description: 'The complete package list: a package left out is removed (refused while assigned)' }),
  address: Type.Optional(AddressSchema),
}, { additionalProperties: false, title: 'UpdateWholesaleCustomer' });
export type UpdateCustomerInput = Static<typeof UpdateCustomerBody>;

const Note = Type.Object({
  code: Type.String(), detail: Type.String(), field: Type.Optional(Type.String()), package: Type.Optional(Type.String()),
}, { title: 'WholesaleProvisioningNote' });

export const ApiStatusSchema = StringEnumOf<CustomerStatus | 'pending_rpl_review'>({
  provisioning: true, provisioned: true, provisioned_with_errors: true, error: true, pending_rpl_review: true, deprovisioning: true, deprovisioned: true,
}, { title: 'WholesaleCustomerStatus', description: 'pending_rpl_review: provisioned, and a restricted-party review is open (docs/wholesale.md)' });

export const CustomerSchema = Type.Object({
  id: Uuid, url: Type.String(), partnerId: Uuid, companyId: Uuid, templateId: Uuid, externalId: Type.String(),
  ownOrganisation: Type.Boolean({ description: 'The partner’s own organisation (companyId = partnerId)' }),
  status: ApiStatusSchema,
  provisioningStatus: StringEnumOf<CustomerStatus>({ provisioning: true, provisioned: true, provisioned_with_errors: true, error: true, deprovisioning: true, deprovisioned: true }, { title: 'WholesaleProvisioningStatus' }),
  customerInfo: Type.Object({ name: Type.String(), primaryEmail: Type.String(), language: LanguageSchema }),
  address: AddressSchema,
  headquarters: Nullable(Type.Object({ name: Type.Optional(Type.String()), address: Type.Optional(AddressSchema), timeZone: Type.Optional(Type.String()) })),
  packages: Type.Array(Type.Object({
    name: Type.String(), quantity: Type.Integer(), assigned: Type.Integer(),
    status: StringEnumOf<LineStatus>({ pending: true, provisioning: true, provisioned: true, error: true }, { title: 'WholesalePackageStatus' }),
    error: Nullable(Note),
  }, { title: 'WholesaleCustomerPackage' })),
  errors: Type.Array(Note), warnings: Type.Array(Note),
  compliance: Type.Object({ status: Nullable(Type.String()), checkedAt: Nullable(Timestamp) }),
  dialIn: Type.Object({ country: Type.String(), countryCode: Type.String(), number: Type.String(), source: Type.String(), region: Type.String() }),
  dataRegion: Type.String(),
  createdAt: Timestamp, updatedAt: Timestamp, provisionedAt: Nullable(Timestamp), deprovisionedAt: Nullable(Timestamp),
}, { title: 'WholesaleCustomer' });

export const AcceptedSchema = Type.Object({ id: Uuid, url: Type.String() }, { title: 'WholesaleCustomerAccepted' });

export const ValidationSchema = Type.Object({
  ok: Type.Boolean(),
  problems: Type.Array(Note, { description: 'Why a create would be refused; empty when ok' }),
  warnings: Type.Array(Note, { description: 'What a create would accept but note (a PSTN provider, calling not offered in the country)' }),
  info: Type.Object({ region: Type.String(), dataRegion: Type.String(), dialIn: Type.Object({ countryCode: Type.String(), number: Type.String() }) }, { description: 'What the customer would get' }),
}, { title: 'WholesaleCustomerValidation' });

export const CustomerListQuery = Type.Composite([ListQuery, Type.Object({
  externalId: Type.Optional(Type.String({ minLength: 1, maxLength: 128 })),
  status: Type.Optional(ApiStatusSchema),
  partnerId: Type.Optional(Uuid),
})], { additionalProperties: false });
export type CustomerListInput = Static<typeof CustomerListQuery>;
export const CustomerListSchema = ListOf(CustomerSchema, 'WholesaleCustomer');

export const CatalogueSchema = Type.Object({
  packages: Type.Array(Type.Object({
    name: Type.String(), kind: StringEnumOf<'base' | 'addon'>({ base: true, addon: true }, { title: 'WholesalePackageKind' }), tier: Type.Optional(Type.Integer()), callingEnabled: Type.Optional(Type.Boolean()),
    requiresAnyOf: Type.Optional(Type.Array(Type.String())), requiresCalling: Type.Optional(Type.Boolean()),
  }, { title: 'WholesaleCataloguePackage' })),
  dataRegions: Type.Array(Type.String()),
}, { title: 'WholesaleCatalogue' });
