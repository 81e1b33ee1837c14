import { Type, type Static } from '@sinclair/typebox';
import { Name, Nullable, StringEnumOf, Uuid } from '../../platform/http/schemas.ts';
import type { SupportedBy } from './partners.tables.ts';

const SupportedBySchema = StringEnumOf<SupportedBy>({ partner: true, operator: true }, { title: 'SupportedBy', description: 'Who gives the account technical support' });
const SettingNameSchema = StringEnumOf<'dashboard' | 'supportChat' | 'companyProfile' | 'showPrices' | 'supportedBy' | 'approvalQueue'>(
  { dashboard: true, supportChat: true, companyProfile: true, showPrices: true, supportedBy: true, approvalQueue: true },
  { title: 'ManagedSettingName' },
);

const descriptions = {
  dashboard: 'The account sees the dashboard',
  supportChat: 'The account may open support chat (with its partner or the operator, as supportedBy says)',
  companyProfile: 'The account may view and edit its company profile',
  showPrices: 'The account sees prices',
  supportedBy: 'Who supports the account: the partner (support details view-only) or the operator (neither view nor edit)',
  approvalQueue: "The partner's approvers approve the account's orders, speed changes and terminations first",
};

export const ManagedSettingsSchema = Type.Object(
  {
    companyId: Uuid,
    dashboard: Type.Boolean({ description: descriptions.dashboard }),
    supportChat: Type.Boolean({ description: descriptions.supportChat }),
    companyProfile: Type.Boolean({ description: descriptions.companyProfile }),
    showPrices: Type.Boolean({ description: descriptions.showPrices }),
    supportedBy: SupportedBySchema,
    approvalQueue: Type.Boolean({ description: descriptions.approvalQueue }),
    inherited: Type.Array(SettingNameSchema, { description: "The settings the account does not set itself: its partner's defaults (or the spec's) apply" }),
  },
  { title: 'ManagedSettings' },
);

/** Each field optional; null = inherit the partner's default again. */
export const UpdateManagedSettingsBody = Type.Object(
  {
    dashboard: Type.Optional(Nullable(Type.Boolean({ description: descriptions.dashboard }))),
    supportChat: Type.Optional(Nullable(Type.Boolean({ description: descriptions.supportChat }))),
    companyProfile: Type.Optional(Nullable(Type.Boolean({ description: descriptions.companyProfile }))),
    showPrices: Type.Optional(Nullable(Type.Boolean({ description: descriptions.showPrices }))),
    supportedBy: Type.Optional(Nullable(SupportedBySchema)),
    approvalQueue: Type.Optional(Nullable(Type.Boolean({ description: descriptions.approvalQueue }))),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateManagedSettings = Static<typeof UpdateManagedSettingsBody>;

export const PartnerDefaultsSchema = Type.Object(
  {
    partnerId: Uuid,
    dashboard: Type.Boolean({ description: descriptions.dashboard }),
    supportChat: Nullable(Type.Boolean({ description: `${descriptions.supportChat}; null: on exactly when the operator supports the account` })),
    companyProfile: Type.Boolean({ description: descriptions.companyProfile }),
    showPrices: Type.Boolean({ description: descriptions.showPrices }),
    supportedBy: SupportedBySchema,
    approvalQueue: Type.Boolean({ description: descriptions.approvalQueue }),
  },
  { title: 'PartnerDefaults', description: "What every managed account of the partner gets unless it sets its own (null fields: the product's defaults)" },
);

/** null = back to the product's default. */
export const UpdatePartnerDefaultsBody = UpdateManagedSettingsBody;

export const BrandingBody = Type.Object(
  {
    displayName: Name(100),
    logoUrl: Type.Optional(Type.String({ format: 'uri', pattern: '^https://', maxLength: 500, description: 'An https:// image' })),
    primaryColor: Type.Optional(Type.String({ pattern: '^#[0-9A-Fa-f]{6}$', description: 'A hex colour, #rrggbb' })),
    supportEmail: Type.Optional(Type.String({ format: 'email', maxLength: 254 })),
    supportUrl: Type.Optional(Type.String({ format: 'uri', pattern: '^https://', maxLength: 500 })),
    supportPhone: Type.Optional(Type.String({ pattern: '^\\+?[0-9 ()-]{5,30}$' })),
  },
  { additionalProperties: false },
);
export type BrandingInput = Static<typeof BrandingBody>;

export const BrandingSchema = Type.Object(
  {
    partnerId: Uuid,
    displayName: Type.String(),
    logoUrl: Nullable(Type.String()),
    primaryColor: Nullable(Type.String({ description: '#rrggbb, lower case' })),
    supportEmail: Nullable(Type.String()),
    supportUrl: Nullable(Type.String()),
    supportPhone: Nullable(Type.String()),
    custom: Type.Boolean({ description: 'False: the partner has set nothing yet, and this is its company name' }),
  },
  { title: 'PartnerBranding', description: "What the partner's managed accounts see of it in the portal and in their e-mails" },
);

const Country = Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2 country code, upper case' });

export const EnableBillingMarketBody = Type.Object(
  {
    companyId: Type.Optional(Uuid),
    country: Country,
  },
  { additionalProperties: false, description: "companyId: a partner or direct customer (default: the actor's company)" },
);
export type EnableBillingMarket = Static<typeof EnableBillingMarketBody>;

export const BillingMarketQuery = Type.Object(
  { companyId: Type.Optional(Uuid) },
  { additionalProperties: false },
);

export const BillingMarketSchema = Type.Object(
  {
    id: Uuid,
    companyId: Uuid,
    country: Type.String({ description: 'ISO 3166-1 alpha-2' }),
    enabledBy: Nullable(Uuid),
    enabledAt: Type.String({ format: 'date-time' }),
  },
  { title: 'BillingMarket', description: "A country where the company (and a partner's managed accounts) may order services" },
);

export const BillingMarketListSchema = Type.Object(
  { items: Type.Array(BillingMarketSchema) },
  { title: 'BillingMarketList', description: "All of the company's markets, by country (at most one per country: no pages)" },
);
