import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { actorOf } from '../../platform/http/auth.ts';
import { errors, IdParams } from '../../platform/http/schemas.ts';
import { CreateKeyBody, KeyListQuery, KeyLookupQuery, KeyPreviewSchema, ServiceKeyListSchema, ServiceKeySchema, UpdateKeyBody } from './service-keys.schemas.ts';
import type { ServiceKeysService } from './service-keys.service.ts';

export const serviceKeysRoutes =
  (deps: { serviceKeys: ServiceKeysService }): FastifyPluginAsyncTypebox =>
  async (app) => {
    const { serviceKeys } = deps;
    const tags = ['marketplace'];

    app.post('/v1/service-keys', {
      config: { idempotent: true, capability: 'service_keys.manage' },
      schema: { tags, summary: 'Provider: issue a service key for one of my ports (public or private)', body: CreateKeyBody, response: { 201: ServiceKeySchema, ...errors(400, 401, 403, 404, 409) } },
    }, async (request, reply) => reply.code(201).send(await serviceKeys.create(actorOf(request), request.body)));

    app.get('/v1/service-keys', {
      config: { capability: 'service_keys.manage' },
      schema: { tags, summary: "Provider: my service keys, optionally of one port", querystring: KeyListQuery, response: { 200: ServiceKeyListSchema, ...errors(400, 401, 403, 404) } },
    }, async (request) => serviceKeys.list(actorOf(request), request.query));

    // Before /:id so that "lookup" is not read as an id.
    app.get('/v1/service-keys/lookup', {
      config: { capability: 'authenticated' },
      schema: { tags, summary: 'Customer: where a service key leads (provider, port, max speed) before ordering with it', querystring: KeyLookupQuery, response: { 200: KeyPreviewSchema, ...errors(400, 401, 404, 409) } },
    }, async (request) => serviceKeys.lookup(actorOf(request), request.query.key));

    app.patch('/v1/service-keys/:id', {
      config: { capability: 'service_keys.manage' },
      schema: { tags, summary: 'Provider: activate/deactivate a key, change its description or end its validity', params: IdParams, body: UpdateKeyBody, response: { 200: ServiceKeySchema, ...errors(400, 401, 403, 404) } },
    }, async (request) => serviceKeys.update(actorOf(request), request.params.id, request.body));
  };
