import { Type, type Static } from '@sinclair/typebox';
import { AsStored, ListOf, ListQuery, Name, Nullable, StringEnumOf, Timestamp, Uuid } from '../../platform/http/schemas.ts';
import { LanguageSchema } from '../accounts/index.ts';
import type { Region } from './dialin.ts';
import type { AuthMethod, CallingSettings, EmailSettings } from './wholesale.tables.ts';
import { SAML_METADATA_MAX } from './templates.policy.ts';

const Country = Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2 country code, upper case; its region follows (docs/wholesale.md)' });
const RegionSchema = StringEnumOf<Region>({ AMER: true, APAC: true, ANZ: true, EMEA: true, EURO: true }, {
  title: 'WholesaleRegion', description: 'The dial-in region (docs/wholesale.md, Dial-in)',
});
const AuthMethodSchema = StringEnumOf<AuthMethod>({ platform: true, saml: true }, {
  title: 'WholesaleAuthMethod', description: "platform: users log in with the platform's own login; saml: with the partner's SAML 2.0 identity provider (samlMetadata)",
});
const Email = Type.String({ format: 'email', maxLength: 254 });
const SamlMetadata = Type.String({
  minLength: 1, maxLength: SAML_METADATA_MAX, description: "The partner IdP's SAML 2.0 metadata: an XML document whose root is an EntityDescriptor with an IDPSSODescriptor",
});
const PstnProvider = Name(100);

export const EmailSettingsSchema = Type.Object({
  fromName: Type.Optional(Name(100)),
  replyTo: Type.Optional(Email),
  suppressWelcomeEmail: Type.Optional(Type.Boolean({ description: "true: new customers' users get no welcome e-mail (the partner sends its own)" })),
}, { additionalProperties: false, title: 'WholesaleEmailSettings', description: 'The e-mails to the customers provisioned with the template' });

export const CallingSettingsSchema = Type.Object({
  defaultTimeZone: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'An IANA time zone (Europe/Berlin) for new locations' })),
  outboundCallerId: Type.Optional(Type.String({ pattern: '^\\+[1-9][0-9]{6,14}$', description: 'The caller id shown on outbound calls, E.164 (+4930…)' })),
  extensionLength: Type.Optional(Type.Integer({ minimum: 2, maximum: 10, description: 'The digits of an internal extension' })),
}, { additionalProperties: false, title: 'WholesaleCallingSettings', description: 'The calling defaults of the customers provisioned with the template' });

export const CreateTemplateBody = Type.Object({
  name: Name(100),
  providerAdminEmail: Email,
  country: Type.Optional(Country),
  region: Type.Optional(RegionSchema),
  defaultEmailLanguage: LanguageSchema,
  subscription: Name(200),
  pstnProvider: Type.Optional(Nullable(PstnProvider)),
  authMethod: AuthMethodSchema,
  samlMetadata: Type.Optional(SamlMetadata),
  emailSettings: Type.Optional(EmailSettingsSchema),
  callingSettings: Type.Optional(CallingSettingsSchema),
}, { additionalProperties: false, title: 'CreateWholesaleTemplate', description: 'Exactly one of country and region; samlMetadata exactly when authMethod is saml' });
export type CreateTemplateInput = Static<typeof CreateTemplateBody>;

export const UpdateTemplateBody = Type.Object({
  name: Type.Optional(Name(100)),
  providerAdminEmail: Type.Optional(Email),
  country: Type.Optional(Country),
  region: Type.Optional(RegionSchema),
  defaultEmailLanguage: Type.Optional(LanguageSchema),
  subscription: Type.Optional(Name(200)),
  pstnProvider: Type.Optional(Nullable(PstnProvider)),
  authMethod: Type.Optional(AuthMethodSchema),
  samlMetadata: Type.Optional(SamlMetadata),
  emailSettings: Type.Optional(EmailSettingsSchema),
  callingSettings: Type.Optional(CallingSettingsSchema),
}, {
  additionalProperties: false, minProperties: 1, title: 'UpdateWholesaleTemplate',
  description: 'The fields to change; emailSettings and callingSettings replace the whole object; country replaces a region and region a country; authMethod platform drops the SAML metadata',
});
export type UpdateTemplateInput = Static<typeof UpdateTemplateBody>;

export const TemplateSchema = Type.Object({
  id: Uuid,
  partnerId: Uuid,
  name: Type.String(),
  provisioningId: Type.String({ pattern: '^prv_[A-Za-z0-9_-]{24}$', description: 'What customer creation names the template by: copy it into your integration' }),
  providerAdminEmail: Type.String(),
  country: Nullable(Type.String({ description: 'ISO 3166-1 alpha-2; null when only a region was chosen' })),
  region: RegionSchema,
  defaultEmailLanguage: LanguageSchema,
  subscription: Type.String(),
  pstnProvider: Nullable(Type.String()),
  pstnNotRecommended: Type.Boolean({ description: 'true when a cloud-connected PSTN provider is set: allowed, but not recommended' }),
  authMethod: AuthMethodSchema,
  samlMetadata: Nullable(Type.String()),
  samlEntityId: Nullable(Type.String({ description: "The IdP's entityID, read from samlMetadata" })),
  emailSettings: AsStored<EmailSettings>(EmailSettingsSchema),
  callingSettings: AsStored<CallingSettings>(CallingSettingsSchema),
  createdAt: Timestamp,
  updatedAt: Timestamp,
}, { title: 'WholesaleTemplate', description: "A partner's onboarding template: what its customers are provisioned with" });

export const TemplateListQuery = Type.Object({
  ...ListQuery.properties,
  partnerId: Type.Optional(Type.String({ format: 'uuid', maxLength: 36, description: "The operator: one partner's templates (default: every partner's); a partner always gets its own" })),
}, { additionalProperties: false });
export type TemplateListInput = Static<typeof TemplateListQuery>;

export const TemplateListSchema = ListOf(TemplateSchema, 'WholesaleTemplate');
