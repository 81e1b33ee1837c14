import type { Generated } from 'kysely';

export type SupportedBy = 'partner' | 'operator';

/** A partner's defaults for its managed accounts' settings; null = the spec's default. */
export interface PartnerDefaultsTable {
  partner_id: string;
  dashboard: boolean | null;
  /** null: on exactly when the operator supports the account. */
  support_chat: boolean | null;
  company_profile: boolean | null;
  show_prices: boolean | null;
  supported_by: SupportedBy | null;
  approval_queue: boolean | null;
  updated_by: string | null;
  updated_at: Generated<Date>;
}

/** One managed account's own settings; null fields inherit the partner's defaults. */
export interface ManagedSettingsTable {
  company_id: string;
  partner_id: string;
  dashboard: boolean | null;
  support_chat: boolean | null;
  company_profile: boolean | null;
  show_prices: boolean | null;
  supported_by: SupportedBy | null;
  approval_queue: boolean | null;
  updated_by: string | null;
  updated_at: Generated<Date>;
}

export interface PartnersTables {
  partner_defaults: PartnerDefaultsTable;
  managed_settings: ManagedSettingsTable;
}
