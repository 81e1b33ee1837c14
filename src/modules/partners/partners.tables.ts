import type { ColumnType, Generated } from 'kysely';
import type { PartnerApprovalKind, PartnerApprovalState } from './approvals.state.ts';

export type SupportedBy = 'partner' | 'operator';

/** The six settings as stored: null = not set here (inherit; in a partner's defaults: the product's default). */
export interface SettingColumns {
  dashboard: boolean | null;
  /** In a partner's defaults, null: on exactly when the operator supports the account. */
  support_chat: boolean | null;
  company_profile: boolean | null;
  show_prices: boolean | null;
  supported_by: SupportedBy | null;
  approval_queue: boolean | null;
}

/** A partner's defaults for its managed accounts' settings. */
export interface PartnerDefaultsTable extends SettingColumns {
  partner_id: string;
  updated_by: string | null;
  updated_at: Generated<Date>;
}

/** One managed account's own settings; null fields inherit the partner's defaults. */
export interface ManagedSettingsTable extends SettingColumns {
  company_id: string;
  partner_id: string;
  updated_by: string | null;
  updated_at: Generated<Date>;
}

/** What a partner's managed accounts see of it (portal and e-mails). */
export interface PartnerBrandingTable {
  partner_id: string;
  display_name: string;
  logo_url: string | null;
  /** `#rrggbb`, lower case. */
  primary_color: string | null;
  support_email: string | null;
  support_url: string | null;
  support_phone: string | null;
  updated_by: string | null;
  updated_at: Generated<Date>;
}

/** A company's technical support details: whom the operator's support contacts about its services' faults. */
export interface SupportDetailsTable {
  company_id: string;
  noc_email: string | null;
  noc_phone: string | null;
  escalation: string | null;
  updated_by: string | null;
  updated_at: Generated<Date>;
}

/** A country a partner or direct customer may order in (and its managed accounts, a partner's). */
export interface BillingMarketsTable {
  id: string;
  company_id: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  enabled_by: string | null;
  enabled_at: Generated<Date>;
}

/** What the queue shows of a request, written by the module that owns it (connections) when it is held. */
export interface ApprovalSummary {
  connectionName: string;
  providerName: string;
  aPortName: string;
  bPortName: string;
  /** The connection's rate limit when asked. */
  rateLimitMbps: number;
  /** A speed change: the rate asked for (else null). */
  toMbps: number | null;
}

/** A managed account's request waiting in (or decided by) its partner's approval queue. */
export interface PartnerApprovalsTable {
  id: string;
  partner_id: string;
  company_id: string;
  kind: PartnerApprovalKind;
  subject_id: string;
  connection_id: string;
  summary: ColumnType<ApprovalSummary, string, string>;
  state: ColumnType<PartnerApprovalState, PartnerApprovalState | undefined, PartnerApprovalState>;
  reason: string | null;
  requested_by: string | null;
  requested_at: ColumnType<Date, Date | undefined, never>;
  decided_by: string | null;
  decided_at: Date | null;
}

export interface PartnersTables {
  partner_approvals: PartnerApprovalsTable;
  partner_defaults: PartnerDefaultsTable;
  managed_settings: ManagedSettingsTable;
  partner_branding: PartnerBrandingTable;
  support_details: SupportDetailsTable;
  billing_markets: BillingMarketsTable;
}
