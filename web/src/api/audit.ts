import { api, send } from './client';
import type { AuditEvent, Page } from './models';

export function listAuditEvents(cursor?: string | null, limit = 50): Promise<Page<AuditEvent>> {
  return send(api.GET('/v1/audit-events', { params: { query: { cursor: cursor ?? undefined, limit } } }));
}
