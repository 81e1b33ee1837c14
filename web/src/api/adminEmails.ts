import { request } from './client';
import type { EmailDetail, EmailStatus, EmailSummary, Page } from './types';

export function listEmails(options: { status?: EmailStatus | ''; to?: string; cursor?: string | null; limit?: number } = {}): Promise<Page<EmailSummary>> {
  return request<Page<EmailSummary>>('/v1/admin/emails', {
    query: { status: options.status || undefined, to: options.to?.trim() || undefined, cursor: options.cursor, limit: options.limit ?? 50 },
  });
}

export function getEmail(id: string): Promise<EmailDetail> {
  return request<EmailDetail>(`/v1/admin/emails/${encodeURIComponent(id)}`);
}

export function retryEmail(id: string): Promise<{ id: string; status: 'pending' }> {
  return request<{ id: string; status: 'pending' }>(`/v1/admin/emails/${encodeURIComponent(id)}/retry`, { method: 'POST' });
}
