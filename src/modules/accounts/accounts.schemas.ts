import { Type, type Static } from '@sinclair/typebox';
import { Name, Nullable, StringEnum, StringEnumOf, Timestamp, Uuid } from '../../platform/http/schemas.ts';
import type { CompanyType, Language, Role } from './accounts.tables.ts';
import { access } from '../../platform/access/access.ts';

const Email = Type.String({ format: 'email', minLength: 3, maxLength: 254 });
export const RoleSchema = StringEnumOf<Role>(
  { company_admin: true, technical_admin: true, technical_contact: true, finance: true, read_only: true, compliance_officer: true },
  { title: 'Role' },
);
export const LanguageSchema = StringEnumOf<Language>({ en: true, de: true, it: true }, { title: 'Language' });
const CompanyTypeSchema = StringEnumOf<CompanyType>({ operator: true, partner: true, direct: true, managed: true }, { title: 'CompanyType' });
const Password = Type.String({ minLength: 10, maxLength: 200 });

export const BillingAddressSchema = Type.Object(
  {
    addressLine1: Name(200),
    addressLine2: Type.Optional(Type.String({ maxLength: 200 })),
    city: Name(100),
    stateOrProvince: Type.Optional(Type.String({ maxLength: 100 })),
    zipOrPostalCode: Type.Optional(Type.String({ maxLength: 20 })),
    country: Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2 country code' }),
  },
  { additionalProperties: false, title: 'BillingAddress' },
);

export const CompanySchema = Type.Object(
  {
    id: Uuid,
    name: Type.String(),
    type: CompanyTypeSchema,
    partnerId: Nullable(Uuid),
    partnerName: Nullable(Type.String({ description: 'The partner that manages this account' })),
    accountRef: Nullable(Type.String()),
    billingAddress: Nullable(BillingAddressSchema),
    mayProvide: Type.Boolean({ description: 'It may offer services in the marketplace (direct customers and partners)' }),
    userRoles: Type.Array(RoleSchema, { description: 'The roles its users may be given (compliance officers are operator staff)' }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    compliance: Type.Optional(Nullable(Type.Object({
      status: StringEnum(['pending', 'clear', 'potential_match', 'approved', 'rejected'], {
        description: 'Restricted-party screening: pending (not checked yet), clear, potential_match (a review is open), approved (reviewed: no problem), rejected (a listed party)',
      }),
      checkedAt: Nullable(Timestamp),
    }, { title: 'CompanyComplianceStatus', description: 'Null for the operator (not screened). History: GET /v1/companies/{id}/compliance' }))),
    deprovisionedAt: Type.Optional(Nullable(Timestamp)),
  },
  { title: 'Company' },
);

export const CreateCompanyBody = Type.Object(
  {
    name: Name(200),
    type: StringEnum(['partner', 'direct', 'managed'], { description: 'The operator creates partners and direct customers; a partner creates managed accounts' }),
    partnerId: Type.Optional(Uuid),
    accountRef: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    billingAddress: Type.Optional(BillingAddressSchema),
  },
  { additionalProperties: false },
);

export const UpdateCompanyBody = Type.Object(
  {
    name: Type.Optional(Name(200)),
    accountRef: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 100 }))),
    billingAddress: Type.Optional(Nullable(BillingAddressSchema)),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const CompanyListQuery = Type.Object(
  {
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    type: Type.Optional(CompanyTypeSchema),
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'Part of the name or the account reference (any case)' })),
  },
  { additionalProperties: false },
);

export const UserSchema = Type.Object(
  {
    id: Uuid,
    companyId: Uuid,
    email: Type.String(),
    firstName: Type.String(),
    lastName: Type.String(),
    role: RoleSchema,
    language: LanguageSchema,
    createdAt: Timestamp,
  },
  { title: 'User' },
);

export const CreateUserBody = Type.Object(
  {
    email: Email,
    firstName: Name(),
    lastName: Name(),
    role: RoleSchema,
    password: Type.Optional(Password),
    language: Type.Optional(LanguageSchema),
  },
  { additionalProperties: false },
);

export const UpdateUserBody = Type.Object(
  {
    email: Type.Optional(Email),
    firstName: Type.Optional(Name()),
    lastName: Type.Optional(Name()),
    role: Type.Optional(RoleSchema),
    language: Type.Optional(LanguageSchema),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const UpdateMeBody = Type.Object(
  {
    email: Type.Optional(Email),
    firstName: Type.Optional(Name()),
    lastName: Type.Optional(Name()),
    language: Type.Optional(LanguageSchema),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const ChangePasswordBody = Type.Object(
  { currentPassword: Type.String({ minLength: 1, maxLength: 200 }), newPassword: Password },
  { additionalProperties: false },
);

export const LoginBody = Type.Object(
  { email: Type.String({ minLength: 1, maxLength: 254 }), password: Type.String({ minLength: 1, maxLength: 200 }) },
  { additionalProperties: false },
);

export const LoginResponse = Type.Object({ token: Type.String(), csrfToken: Type.String(), user: UserSchema }, { title: 'LoginResponse' });

/**
 * Built when the routes are registered, not when this file loads: the capability names come from
 * every module (src/modules.ts registers them after all modules have loaded).
 */
export const meResponse = () => Type.Object(
  {
    user: UserSchema,
    company: CompanySchema,
    role: RoleSchema,
    permissions: Type.Array(StringEnum([...access.names]), {
      description: 'The capabilities this user holds in their own company (docs/architecture.md, Access): the portal shows what they allow',
    }),
    apiKeyRoles: Type.Array(RoleSchema, { description: 'The roles an API key of this user may carry' }),
    creatableCompanyTypes: Type.Array(StringEnum(['partner', 'direct', 'managed']), { description: 'The kinds of company this user may create (POST /v1/companies)' }),
    csrfToken: Nullable(Type.String({ description: 'Send it as X-CSRF-Token with cookie-authenticated mutations' })),
    actingFrom: Nullable(Type.Object(
      { companyId: Uuid, name: Type.String() },
      { title: 'ActingFrom', description: "The user's own company while they act for the managed account that `company` is (PUT /v1/me/acting-for)" },
    )),
  },
  { title: 'Me' },
);

export const ActingForBody = Type.Object({ companyId: Uuid }, { additionalProperties: false });

export const ApiKeySchema = Type.Object(
  {
    id: Uuid,
    name: Type.String(),
    prefix: Type.String(),
    role: RoleSchema,
    createdAt: Timestamp,
    lastUsedAt: Nullable(Timestamp),
    revokedAt: Nullable(Timestamp),
  },
  { title: 'ApiKey' },
);

export const CreateApiKeyBody = Type.Object(
  { name: Name(100), role: Type.Optional(RoleSchema) },
  { additionalProperties: false },
);

export const CreatedApiKey = Type.Object(
  { id: Uuid, name: Type.String(), prefix: Type.String(), role: RoleSchema, createdAt: Timestamp, key: Type.String({ description: 'Shown once' }) },
  { title: 'CreatedApiKey' },
);

export const AuditEventSchema = Type.Object(
  {
    id: Uuid,
    createdAt: Timestamp,
    actorUserId: Nullable(Uuid),
    actorEmail: Nullable(Type.String()),
    companyId: Nullable(Uuid),
    action: Type.String(),
    targetType: Type.String(),
    targetId: Nullable(Type.String()),
    before: Type.Unknown(),
    after: Type.Unknown(),
    requestId: Nullable(Type.String()),
    actingForCompanyId: Nullable(Type.String({ format: 'uuid', maxLength: 36, description: 'The managed account the user acted for (its partner’s user, in the portal)' })),
  },
  { title: 'AuditEvent' },
);

export const AuditListQuery = Type.Object(
  {
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    companyId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);

export type Company = Static<typeof CompanySchema>;
export type User = Static<typeof UserSchema>;
export type ApiKey = Static<typeof ApiKeySchema>;
export type AuditEvent = Static<typeof AuditEventSchema>;
export type CreateCompanyInput = Static<typeof CreateCompanyBody>;
export type UpdateCompanyInput = Static<typeof UpdateCompanyBody>;
export type CreateUserInput = Static<typeof CreateUserBody>;
export type UpdateUserInput = Static<typeof UpdateUserBody>;
export type UpdateMeInput = Static<typeof UpdateMeBody>;
