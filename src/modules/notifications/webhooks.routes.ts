import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { actorOf } from '../../platform/http/auth.ts';
import { errors, IdParams, ListOf, ListQuery, NoContent } from '../../platform/http/schemas.ts';
import { CreatedWebhookSchema, CreateWebhookBody, UpdateWebhookBody, WebhookDeliverySchema, WebhookSchema } from './notifications.schemas.ts';
import type { WebhooksService } from './webhooks.service.ts';

const tags = ['webhooks'];

export const webhooksRoutes =
  (deps: { webhooks: WebhooksService }): FastifyPluginAsyncTypebox =>
  async (app) => {
    const { webhooks } = deps;

    app.post('/v1/webhooks', {
      config: { idempotent: true, capability: 'webhooks.manage' },
      schema: { tags, summary: 'Register a webhook (at most 10 per company); the signing secret is shown once', body: CreateWebhookBody, response: { 201: CreatedWebhookSchema, ...errors(400, 401, 403, 409) } },
    }, async (request, reply) => reply.code(201).send(await webhooks.create(actorOf(request), request.body)));

    app.get('/v1/webhooks', {
      config: { capability: 'webhooks.manage' },
      schema: { tags, summary: "My company's webhooks", response: { 200: ListOf(WebhookSchema, 'Webhook'), ...errors(401, 403) } },
    }, async (request) => webhooks.list(actorOf(request)));

    app.patch('/v1/webhooks/:id', {
      config: { capability: 'webhooks.manage' },
      schema: { tags, summary: 'Change a webhook, or turn it on again after it was turned off', params: IdParams, body: UpdateWebhookBody, response: { 200: WebhookSchema, ...errors(400, 401, 403, 404) } },
    }, async (request) => webhooks.update(actorOf(request), request.params.id, request.body));

    app.delete('/v1/webhooks/:id', {
      config: { capability: 'webhooks.manage' },
      schema: { tags, summary: 'Delete a webhook', params: IdParams, response: { 204: NoContent, ...errors(400, 401, 403, 404) } },
    }, async (request, reply) => {
      await webhooks.remove(actorOf(request), request.params.id);
      return reply.code(204).send(null);
    });

    app.post('/v1/webhooks/:id/test', {
      config: { capability: 'webhooks.manage' },
      schema: { tags, summary: 'Send a test event', params: IdParams, response: { 202: Type.Object({ deliveryId: Type.String() }), ...errors(400, 401, 403, 404) } },
    }, async (request, reply) => reply.code(202).send(await webhooks.sendTest(actorOf(request), request.params.id)));

    app.get('/v1/webhooks/:id/deliveries', {
      config: { capability: 'webhooks.manage' },
      schema: { tags, summary: 'The delivery log of a webhook, newest first', params: IdParams, querystring: ListQuery, response: { 200: ListOf(WebhookDeliverySchema, 'WebhookDelivery'), ...errors(400, 401, 403, 404) } },
    }, async (request) => webhooks.deliveries(actorOf(request), request.params.id, request.query));
  };
