import { api, send, type BodyOf } from '../../api/client';
import type { Location, MaintenanceEvent, Page } from '../../api/models';

export function listMaintenance(cursor?: string | null, limit = 20): Promise<Page<MaintenanceEvent>> {
  return send(api.GET('/v1/maintenance-events', { params: { query: { cursor: cursor ?? undefined, limit } } }));
}

export function getMaintenance(id: string): Promise<MaintenanceEvent> {
  return send(api.GET('/v1/maintenance-events/{id}', { params: { path: { id } } }));
}

export type NewMaintenance = BodyOf<'/v1/maintenance-events', 'post'>;

export function announceMaintenance(event: NewMaintenance): Promise<MaintenanceEvent> {
  return send(api.POST('/v1/maintenance-events', { body: event }));
}

/** Every location (a few dozen): all pages, for pickers and for naming locations in lists. */
export async function listAllLocations(): Promise<Location[]> {
  const all: Location[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<Location> = await send(api.GET('/v1/locations', { params: { query: { cursor: cursor ?? undefined, limit: 200 } } }));
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor && all.length < 5000);
  return all;
}
