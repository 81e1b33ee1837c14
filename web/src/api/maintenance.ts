import { request } from './client';
import type { Location, MaintenanceEvent, MaintenanceKind, Page } from './types';

export function listMaintenance(cursor?: string | null, limit = 20): Promise<Page<MaintenanceEvent>> {
  return request<Page<MaintenanceEvent>>('/v1/maintenance-events', { query: { cursor, limit } });
}

export function getMaintenance(id: string): Promise<MaintenanceEvent> {
  return request<MaintenanceEvent>(`/v1/maintenance-events/${encodeURIComponent(id)}`);
}

export interface NewMaintenance {
  kind: MaintenanceKind;
  title: string;
  description: string;
  startsAt: string;
  endsAt: string;
  locationIds: string[];
}

export function announceMaintenance(event: NewMaintenance): Promise<MaintenanceEvent> {
  return request<MaintenanceEvent>('/v1/maintenance-events', { method: 'POST', body: event });
}

/** Every location (a few dozen): all pages, for pickers and for naming locations in lists. */
export async function listAllLocations(): Promise<Location[]> {
  const all: Location[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<Location> = await request<Page<Location>>('/v1/locations', { query: { cursor, limit: 200 } });
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor && all.length < 5000);
  return all;
}
