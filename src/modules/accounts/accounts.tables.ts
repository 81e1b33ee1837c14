import type { ColumnType, Generated } from 'kysely';
import type { CompanyType, Role } from '../../platform/actor.ts';

export type { CompanyType, Role };
export type Language = 'en' | 'de' | 'it';

export interface BillingAddress {
  addressLine1: string;
  addressLine2?: string;
  city: string;
  stateOrProvince?: string;
  zipOrPostalCode?: string;
  country: string;
}

type Timestamp = ColumnType<Date, Date | undefined, Date>;

/** What compliance screening decided about a company (null: not screened, the operator). */
export type ComplianceStatus = 'pending' | 'clear' | 'potential_match' | 'approved' | 'rejected';

export interface CompaniesTable {
  id: string;
  type: CompanyType;
  name: string;
  partner_id: string | null;
  account_ref: string | null;
  billing_address: ColumnType<BillingAddress | null, string | null, string | null>;
  created_at: Timestamp;
  updated_at: Timestamp;
  compliance_status: ColumnType<ComplianceStatus | null, ComplianceStatus | null | undefined, ComplianceStatus | null>;
  compliance_checked_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  /** Removed with its users and services (compliance): the row stays for the record. */
  deprovisioned_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

export interface UsersTable {
  id: string;
  company_id: string;
  email: string;
  first_name: string;
  last_name: string;
  role: Role;
  language: Generated<Language>;
  password_hash: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  removed_at: Date | null;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  company_id: string;
  token_hash: string;
  csrf_token: string;
  ip: string | null;
  user_agent: string | null;
  created_at: Timestamp;
  expires_at: Date;
  revoked_at: Date | null;
  /** A partner user acting for this managed account in the portal (null: as themselves). */
  acting_for: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface ApiKeysTable {
  id: string;
  user_id: string;
  company_id: string;
  name: string;
  prefix: string;
  key_hash: string;
  role: Role;
  created_at: Timestamp;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

export interface LoginFailuresTable {
  id: string;
  email: string;
  ip: string;
  created_at: Timestamp;
}

export interface AccountsTables {
  companies: CompaniesTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_keys: ApiKeysTable;
  login_failures: LoginFailuresTable;
}

/** What other modules may read of a company (migrations/0013_owner_views.sql). */
export interface CompanyDirectoryView {
  id: string;
  type: CompanyType;
  name: string;
  partner_id: string | null;
  /** Screening (migrations/0025): what wholesale shows of its customers. */
  compliance_status: ComplianceStatus | null;
  compliance_checked_at: Date | null;
  deprovisioned_at: Date | null;
}

/** What other modules may read of a user: no e-mail, role or password hash. */
export interface UserDirectoryView {
  id: string;
  company_id: string;
  first_name: string;
  last_name: string;
}

/** The views accounts publishes for other modules' SQL. */
export interface AccountsViews {
  company_directory: CompanyDirectoryView;
  user_directory: UserDirectoryView;
}
