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

export interface MarketplaceTables {
  provider_profiles: ProviderProfilesTable;
  provider_search_terms: ProviderSearchTermsTable;
}
