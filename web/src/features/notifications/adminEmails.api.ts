import { api, send } from '../../api/client';
import type { EmailDetail, EmailStatus, EmailSummary, Page } from '../../api/models';

export function listEmails(options: { status?: EmailStatus | ''; to?: string; cursor?: string | null; limit?: number } = {}): Promise<Page<EmailSummary>> {
  return send(api.GET('/v1/admin/emails', {
    params: { query: { status: options.status || undefined, to: options.to?.trim() || undefined, cursor: options.cursor ?? undefined, limit: options.limit ?? 50 } },
  }));
}

export function getEmail(id: string): Promise<EmailDetail> {
  return send(api.GET('/v1/admin/emails/{id}', { params: { path: { id } } }));
}

export function retryEmail(id: string): Promise<{ id: string; status: 'pending' }> {
  return send(api.POST('/v1/admin/emails/{id}/retry', { params: { path: { id } } }));
}
