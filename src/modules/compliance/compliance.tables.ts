import type { ColumnType, Generated } from 'kysely';
import type { BadRow, EntityType, ListFormat } from './lists.parse.ts';

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

export interface ComplianceTables {
  screening_lists: ScreeningListsTable;
  screening_entries: ScreeningEntriesTable;
}
