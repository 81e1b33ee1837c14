import { api, send, type BodyOf } from '../../api/client';
import type { MaintenanceEvent, Page } from '../../api/models';

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
