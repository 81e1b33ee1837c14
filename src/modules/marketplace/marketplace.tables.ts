import type { ColumnType } from 'kysely';

export interface ProviderProfilesTable {
  company_id: string;
  title: string;
  description: string;
  services: string[];
  contact_email: string;
  website: string | null;
  phone: string | null;
  hq_address: ColumnType<Record<string, unknown> | null, string | null, string | null>;
  logo_url: string | null;
  updated_by: string | null;
  created_at: ColumnType<Date, Date | undefined, never>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}

export interface ProviderSearchTermsTable {
  company_id: string;
  term: string;
}

export interface ServiceKeysTable {
  id: string;
  key: string;
  company_id: string;
  port_id: string;
  single_use: boolean;
  max_speed_mbps: number;
  vlan: number | null;
  valid_from: Date | null;
  valid_to: Date | null;
  active: boolean;
  pre_approved: boolean;
  description: string | null;
  last_used_at: Date | null;
  used_count: ColumnType<number, number | undefined, number>;
  spent_at: Date | null;
  created_by: string | null;
  created_at: ColumnType<Date, Date | undefined, never>;
}

export interface MarketplaceTables {
  provider_profiles: ProviderProfilesTable;
  provider_search_terms: ProviderSearchTermsTable;
  service_keys: ServiceKeysTable;
}
