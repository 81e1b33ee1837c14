import { request } from './client';
import type { AuditEvent, Page } from './types';

export function listAuditEvents(cursor?: string | null, limit = 50): Promise<Page<AuditEvent>> {
  return request<Page<AuditEvent>>('/v1/audit-events', { query: { cursor, limit } });
}
