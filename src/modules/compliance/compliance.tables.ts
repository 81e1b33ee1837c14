import type { ColumnType, Generated } from 'kysely';
import type { ComplianceStatus } from '../accounts/index.ts';
import type { BadRow, EntityType, ListFormat } from './lists.parse.ts';
import type { Match } from './matching.score.ts';

export interface ScreeningListsTable {
  id: string;
  list: ListFormat;
  version: string;
  checksum: string;
  entries: number;
  bad_rows: number;
  bad_row_sample: ColumnType<BadRow[], string, string>;
  imported_by: string | null;
  imported_at: Generated<Date>;
  active: Generated<boolean>;
}

export interface ScreeningEntriesTable {
  list_id: string;
  entry_id: string;
  source: string;
  name: string;
  aliases: string[];
  entity_type: EntityType | null;
  addresses: string[];
  countries: string[];
}

export interface ComplianceTables extends ComplianceChecksTables {
  screening_lists: ScreeningListsTable;
  screening_entries: ScreeningEntriesTable;
}

type Json<T> = ColumnType<T, string, string>;
type Stamp = ColumnType<Date, Date | undefined, Date>;

export interface ScreeningSubject {
  name: string;
  country: string | null;
  address: string | null;
}

export type CheckReason = 'created' | 'name_changed' | 'address_changed' | 'list_updated' | 'sweep';
export type ReviewStatus = 'open' | 'approved' | 'rejected';
export type DeprovisionReason = 'non_compliant_30_days' | 'partner_not_reached';

/** What a later check found while the review was open. */
export interface ReviewUpdate {
  at: string;
  kind: 'new_match' | 'match_gone';
  listEntryId: string;
  name: string;
  score: number | null;
  checkId: string;
}

export interface ScreeningChecksTable {
  id: string;
  company_id: string;
  reason: CheckReason;
  subject: Json<ScreeningSubject>;
  result: 'clear' | 'potential_match';
  matches: Json<Match[]>;
  lists: string[];
  checked_at: Stamp;
}

export interface ScreeningReviewsTable {
  id: string;
  company_id: string;
  status: ReviewStatus;
  subject: Json<ScreeningSubject>;
  matches: Json<Match[]>;
  updates: ColumnType<ReviewUpdate[], string | undefined, string>;
  opened_at: Stamp;
  decided_by: string | null;
  decided_at: Date | null;
  decision_note: string | null;
  deprovisioned_at: Date | null;
  deprovision_reason: DeprovisionReason | null;
}

export type ContactChannel = 'email' | 'phone' | 'portal' | 'letter' | 'other';

export interface ScreeningContactAttemptsTable {
  id: string;
  review_id: string;
  channel: ContactChannel;
  outcome: 'reached' | 'not_reached';
  note: string;
  by_user: string | null;
  at: Stamp;
}

export type HistoryStatus = ComplianceStatus | 'deprovisioned';

export interface ScreeningStatusHistoryTable {
  id: string;
  company_id: string;
  status: HistoryStatus;
  reason: string;
  check_id: string | null;
  review_id: string | null;
  by_user: string | null;
  note: string | null;
  at: Stamp;
}

export interface ScreeningRescreensTable {
  id: string;
  list_id: string;
  total: number;
  done: Generated<number>;
  potential_matches: Generated<number>;
  started_at: Stamp;
  finished_at: Date | null;
}

export interface ComplianceChecksTables {
  screening_checks: ScreeningChecksTable;
  screening_reviews: ScreeningReviewsTable;
  screening_contact_attempts: ScreeningContactAttemptsTable;
  screening_status_history: ScreeningStatusHistoryTable;
  screening_rescreens: ScreeningRescreensTable;
}
