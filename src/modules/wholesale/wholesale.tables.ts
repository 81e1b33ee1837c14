import type { ColumnType } from 'kysely';
import type { BillingAddress } from '../accounts/index.ts';
import type { Region } from './dialin.ts';

type Json<T> = ColumnType<T, string | undefined, string>;
type Stamp = ColumnType<Date, Date | undefined, Date>;

export type AuthMethod = 'platform' | 'saml';
export type EmailLanguage = 'en' | 'de' | 'it';

/** What the e-mails to a template's customers say and do (templates.schemas.ts documents each). */
export interface EmailSettings {
  fromName?: string;
  replyTo?: string;
  suppressWelcomeEmail?: boolean;
}

/** The calling defaults of a template's customers. */
export interface CallingSettings {
  defaultTimeZone?: string;
  outboundCallerId?: string;
  extensionLength?: number;
}

/** A partner's onboarding template: what its customers are provisioned with (migrations/0024). */
export interface WholesaleTemplatesTable {
  id: string;
  partner_id: string;
  name: string;
  provisioning_id: string;
  provider_admin_email: string;
  country: string | null;
  region: Region;
  default_email_language: EmailLanguage;
  subscription: string;
  pstn_provider: string | null;
  auth_method: AuthMethod;
  saml_metadata: string | null;
  email_settings: Json<EmailSettings>;
  calling_settings: Json<CallingSettings>;
  created_by: string | null;
  created_at: Stamp;
  updated_at: Stamp;
}

export type CustomerStatus = 'provisioning' | 'provisioned' | 'provisioned_with_errors' | 'error' | 'deprovisioning' | 'deprovisioned';
export type LineStatus = 'pending' | 'provisioning' | 'provisioned' | 'error';
export type SubscriberRole = 'user' | 'admin' | 'full_admin';
export type ReportType = 'partner' | 'customer' | 'user';
export type ReportStatus = 'queued' | 'generating' | 'ready' | 'failed';

/** A problem or warning of provisioning, as the API shows it. */
export interface ProvisioningNote {
  code: string;
  detail: string;
  field?: string;
  package?: string;
}

/** A postal address as the API takes it (billing address, headquarters, a location's): accounts' billing address. */
export type WholesaleAddress = BillingAddress;

/** The headquarters a create names (the first location; absent parts come from the billing address and template). */
export interface WholesaleHeadquarters {
  name?: string;
  address?: WholesaleAddress;
  timeZone?: string;
}

export interface StoredDialIn {
  country: string;
  countryCode: string;
  number: string;
  source: 'country' | 'region';
  region: Region;
}

/** A customer organisation of a partner (migrations/0025). */
export interface WholesaleCustomersTable {
  id: string;
  partner_id: string;
  company_id: string;
  template_id: string;
  external_id: string;
  name: string;
  primary_email: string;
  language: EmailLanguage;
  address: Json<WholesaleAddress>;
  country: string;
  headquarters: Json<WholesaleHeadquarters | null>;
  data_region: string;
  dial_in: Json<StoredDialIn>;
  status: CustomerStatus;
  errors: Json<ProvisioningNote[]>;
  warnings: Json<ProvisioningNote[]>;
  created_by: string | null;
  created_at: Stamp;
  updated_at: Stamp;
  provisioned_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  deprovisioned_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

/** A package of a customer: its cap and how many are assigned. */
export interface WholesalePackageLinesTable {
  customer_id: string;
  name: string;
  quantity: number;
  assigned: ColumnType<number, number | undefined, number>;
  status: LineStatus;
  error: Json<ProvisioningNote | null>;
}

export interface WholesaleLinePeriodsTable {
  id: string;
  customer_id: string;
  name: string;
  quantity: number;
  started_at: Date;
  ended_at: Date | null;
}

export interface WholesaleLocationsTable {
  id: string;
  customer_id: string;
  name: string;
  address: Json<WholesaleAddress>;
  time_zone: string;
  language: EmailLanguage;
  headquarters: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: Stamp;
}

export interface WholesaleSubscribersTable {
  id: string;
  customer_id: string;
  email: string;
  first_name: string;
  last_name: string;
  package: string;
  role: SubscriberRole;
  location_id: string | null;
  extension: string | null;
  created_at: Stamp;
  updated_at: Stamp;
  removed_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

export interface WholesaleNumbersTable {
  id: string;
  customer_id: string;
  location_id: string;
  number: string;
  subscriber_id: string | null;
  assigned_at: Date | null;
  created_at: Stamp;
}

export interface WholesaleAssignmentsTable {
  id: string;
  customer_id: string;
  subscriber_id: string;
  package: string;
  started_at: Date;
  ended_at: Date | null;
}

export interface WholesaleBillingReportsTable {
  id: string;
  partner_id: string;
  requested_by: string | null;
  type: ReportType;
  from_date: string;
  to_date: string;
  status: ReportStatus;
  csv: string | null;
  row_count: number | null;
  error: string | null;
  created_at: Stamp;
  completed_at: Date | null;
}

export interface WholesaleTables {
  wholesale_templates: WholesaleTemplatesTable;
  wholesale_customers: WholesaleCustomersTable;
  wholesale_package_lines: WholesalePackageLinesTable;
  wholesale_line_periods: WholesaleLinePeriodsTable;
  wholesale_locations: WholesaleLocationsTable;
  wholesale_subscribers: WholesaleSubscribersTable;
  wholesale_numbers: WholesaleNumbersTable;
  wholesale_assignments: WholesaleAssignmentsTable;
  wholesale_billing_reports: WholesaleBillingReportsTable;
}
