import { Type, type Static } from '@sinclair/typebox';
import { Name, Nullable, StringEnumOf, Uuid } from '../../platform/http/schemas.ts';
import type { PricedProduct } from './billing.tables.ts';

const ProductSchema = StringEnumOf<PricedProduct>(
  { port: true, mcr: true, vxc: true, package: true },
  { title: 'PricedProduct', description: 'port and mcr by speedMbps, vxc by a rate-limit band, package (wholesale, per user) by its name' },
);
const ServiceProductSchema = StringEnumOf<'port' | 'mcr' | 'vxc'>({ port: true, mcr: true, vxc: true }, { title: 'QuotedProduct' });
const Mbps = (description: string) => Type.Integer({ minimum: 1, maximum: 10_000_000, description });
/** Up to 10^15 minor units: far above any monthly price, below 2^53. */
const MonthlyMinor = Type.Integer({ minimum: 0, maximum: 1e15, description: "The monthly price in the currency's minor units (cents), an integer" });
const Market = Type.String({ pattern: '^[A-Z]{2}$', description: "The billing market: an ISO 3166-1 alpha-2 country; a location's country chooses it" });
const Currency = Type.String({ pattern: '^[A-Z]{3}$', description: 'ISO 4217; every item of a market has the same' });

export const PriceBookItemSchema = Type.Object(
  {
    product: ProductSchema,
    speedMbps: Type.Optional(Mbps('port and mcr: the speed priced')),
    rateLimitMinMbps: Type.Optional(Mbps('vxc: the lowest rate limit of the band (inclusive)')),
    rateLimitMaxMbps: Type.Optional(Mbps('vxc: the highest rate limit of the band (inclusive)')),
    package: Type.Optional(Name(100)),
    market: Market,
    currency: Currency,
    monthlyMinor: MonthlyMinor,
  },
  { additionalProperties: false, title: 'PriceBookItem' },
);
export type PriceBookItemInput = Static<typeof PriceBookItemSchema>;

export const PriceBookBody = Type.Object(
  { items: Type.Array(PriceBookItemSchema, { maxItems: 5000, description: 'The whole book: it replaces every item' }) },
  { additionalProperties: false },
);
export type PriceBookInput = Static<typeof PriceBookBody>;

export const PriceBookSchema = Type.Object(
  {
    items: Type.Array(PriceBookItemSchema),
    updatedAt: Nullable(Type.String({ format: 'date-time', description: 'When the book was last replaced (null: never)' })),
  },
  { title: 'PriceBook' },
);

export const QuoteBody = Type.Object(
  {
    product: ServiceProductSchema,
    speedMbps: Type.Optional(Mbps('port and mcr')),
    rateLimitMbps: Type.Optional(Mbps('vxc')),
    locationId: Uuid,
  },
  { additionalProperties: false },
);
export type QuoteInput = Static<typeof QuoteBody>;

export const PriceQuery = Type.Object(
  {
    product: ServiceProductSchema,
    speedMbps: Type.Optional(Mbps('port and mcr')),
    rateLimitMbps: Type.Optional(Mbps('vxc')),
    locationId: Uuid,
  },
  { additionalProperties: false },
);

export const PriceSchema = Type.Object(
  {
    product: ServiceProductSchema,
    speedMbps: Type.Optional(Type.Integer()),
    rateLimitMbps: Type.Optional(Type.Integer()),
    locationId: Uuid,
    market: Type.String({ description: "The location's country, the billing market that prices it" }),
    currency: Type.String(),
    monthlyMinor: Type.Integer({ description: "The monthly price in the currency's minor units" }),
  },
  { title: 'Price' },
);

const MonthLabel = Type.String({ pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$', description: 'A calendar month, YYYY-MM (UTC)' });
const Totals = Type.Array(Type.Object({ currency: Type.String(), amountMinor: Type.Integer() }), { description: 'One total per currency of the lines' });

export const InvoiceLineSchema = Type.Object(
  {
    accountCompanyId: Uuid,
    accountName: Type.String(),
    accountRef: Nullable(Type.String({ description: "A managed account's reference (its partner's name for it); null on the payer's own lines" })),
    product: ServiceProductSchema,
    serviceId: Uuid,
    serviceName: Type.String(),
    market: Type.String(),
    currency: Type.String(),
    mbps: Type.Integer({ description: "The port's speed or the VXC's rate limit on these days" }),
    firstDay: Type.Integer({ description: 'Day of the month, inclusive' }),
    lastDay: Type.Integer({ description: 'Day of the month, inclusive' }),
    days: Type.Integer(),
    daysInMonth: Type.Integer(),
    monthlyMinor: Type.Integer({ description: "The price book's monthly price" }),
    amountMinor: Type.Integer({ description: 'monthlyMinor × days / daysInMonth, rounded half up' }),
  },
  { title: 'InvoiceLine' },
);

export const InvoiceAccountSchema = Type.Object(
  { companyId: Uuid, name: Type.String(), accountRef: Nullable(Type.String()), totals: Totals },
  { title: 'InvoiceAccount', description: "One account's part of the invoice: the payer's own services, or one managed account's" },
);

const InvoiceFields = {
  id: Uuid,
  number: Type.String(),
  companyId: Uuid,
  month: MonthLabel,
  totals: Totals,
  createdAt: Type.String({ format: 'date-time' }),
};

export const InvoiceSummarySchema = Type.Object(InvoiceFields, { title: 'InvoiceSummary' });

export const InvoiceSchema = Type.Object(
  {
    ...InvoiceFields,
    companyName: Type.String(),
    accounts: Type.Array(InvoiceAccountSchema, { description: "The payer's own part first, then one per managed account" }),
    lines: Type.Array(InvoiceLineSchema),
  },
  { title: 'Invoice' },
);

export const InvoiceListQuery = Type.Object(
  {
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    month: Type.Optional(MonthLabel),
    companyId: Type.Optional(Type.String({ format: "uuid", maxLength: 36, description: "The operator: one company's invoices" })),
  },
  { additionalProperties: false },
);
export type InvoiceListInput = Static<typeof InvoiceListQuery>;

export const CurrentChargesSchema = Type.Object(
  {
    month: Type.String({ description: 'YYYY-MM, the month under way (UTC)' }),
    items: Type.Array(Type.Object({
      companyId: Uuid,
      services: Type.Integer({ description: 'Ports, MCRs and VXCs the company holds this month' }),
      totals: Totals,
      lines: Type.Array(Type.Omit(InvoiceLineSchema, ['accountCompanyId', 'accountName', 'accountRef'], { title: 'ChargeLine' }), {
        description: 'Each service’s charge so far, as its invoice line will read if it runs to the month’s end',
      }),
    })),
  },
  { title: 'CurrentCharges', description: "This month's charges per company of the tree, as they will be invoiced if the services run to the month's end" },
);
