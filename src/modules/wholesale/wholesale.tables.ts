import type { ColumnType } from 'kysely';
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

export interface WholesaleTables {
  wholesale_templates: WholesaleTemplatesTable;
}
