import type { ColumnType } from 'kysely';

export interface LocationsTable {
  id: string;
  name: string;
  market: string;
  country: string;
  region: string;
  latitude: number;
  longitude: number;
  created_at: ColumnType<Date, Date | undefined, never>;
}

export interface NetworkTables {
  locations: LocationsTable;
}
