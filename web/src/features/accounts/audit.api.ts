import { api, send } from '../../api/client';
import type { AuditEvent, Page } from '../../api/models';

export function listAuditEvents(cursor?: string | null, limit = 50): Promise<Page<AuditEvent>> {
  return send(api.GET('/v1/audit-events', { params: { query: { cursor: cursor ?? undefined, limit } } }));
}
