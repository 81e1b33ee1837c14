import { request } from './client';
import type { CreatedWebhook, Page, Webhook, WebhookDelivery } from './types';

export function listWebhooks(): Promise<Page<Webhook>> {
  return request<Page<Webhook>>('/v1/webhooks');
}

export interface NewWebhook {
  url: string;
  eventTypes: string[];
  description?: string;
}

export function createWebhook(webhook: NewWebhook): Promise<CreatedWebhook> {
  return request<CreatedWebhook>('/v1/webhooks', { method: 'POST', body: webhook });
}

export interface WebhookChanges {
  active?: boolean;
  eventTypes?: string[];
  description?: string | null;
  url?: string;
}

export function updateWebhook(id: string, changes: WebhookChanges): Promise<Webhook> {
  return request<Webhook>(`/v1/webhooks/${encodeURIComponent(id)}`, { method: 'PATCH', body: changes });
}

export function deleteWebhook(id: string): Promise<void> {
  return request<void>(`/v1/webhooks/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function sendTestEvent(id: string): Promise<{ deliveryId: string }> {
  return request<{ deliveryId: string }>(`/v1/webhooks/${encodeURIComponent(id)}/test`, { method: 'POST' });
}

export function listDeliveries(id: string, cursor?: string | null, limit = 20): Promise<Page<WebhookDelivery>> {
  return request<Page<WebhookDelivery>>(`/v1/webhooks/${encodeURIComponent(id)}/deliveries`, { query: { cursor, limit } });
}
