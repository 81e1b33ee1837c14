import { api, send, type BodyOf } from '../../api/client';
import type { CreatedWebhook, Page, Webhook, WebhookDelivery } from '../../api/models';

export function listWebhooks(): Promise<Page<Webhook>> {
  return send(api.GET('/v1/webhooks'));
}

export type NewWebhook = BodyOf<'/v1/webhooks', 'post'>;

export function createWebhook(webhook: NewWebhook): Promise<CreatedWebhook> {
  return send(api.POST('/v1/webhooks', { body: webhook }));
}

export type WebhookChanges = BodyOf<'/v1/webhooks/{id}', 'patch'>;

export function updateWebhook(id: string, changes: WebhookChanges): Promise<Webhook> {
  return send(api.PATCH('/v1/webhooks/{id}', { params: { path: { id } }, body: changes }));
}

export function deleteWebhook(id: string): Promise<void> {
  return send(api.DELETE('/v1/webhooks/{id}', { params: { path: { id } } }));
}

export function sendTestEvent(id: string): Promise<{ deliveryId: string }> {
  return send(api.POST('/v1/webhooks/{id}/test', { params: { path: { id } } }));
}

export function listDeliveries(id: string, cursor?: string | null, limit = 20): Promise<Page<WebhookDelivery>> {
  return send(api.GET('/v1/webhooks/{id}/deliveries', { params: { path: { id }, query: { cursor: cursor ?? undefined, limit } } }));
}
