import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { actorOf } from '../../platform/http/auth.ts';
import { errors, IdParams } from '../../platform/http/schemas.ts';
import { NearQuery, ProfileBody, ProfileSchema, ProviderListSchema, ProviderSchema, ProviderSearchQuery } from './marketplace.schemas.ts';
import type { JsonText, MarketplaceService } from './marketplace.service.ts';

/** A string with a JSON content type skips Fastify's serializer: the schema documents what PostgreSQL built. */
const sendJsonText = (reply: FastifyReply, body: JsonText) => reply.type('application/json; charset=utf-8').send(body.jsonText);

export const marketplaceRoutes =
  (deps: { marketplace: MarketplaceService }): FastifyPluginAsyncTypebox =>
  async (app) => {
    const { marketplace } = deps;
    const tags = ['marketplace'];

    app.put('/v1/companies/:id/marketplace-profile', {
      config: { capability: 'marketplace.provide' },
      schema: { tags, summary: "Publish or change the company's provider profile (company admins)", params: IdParams, body: ProfileBody, response: { 200: ProfileSchema, ...errors(400, 401, 403, 404) } },
    }, async (request) => marketplace.saveProfile(actorOf(request), request.params.id, request.body));

    app.get('/v1/companies/:id/marketplace-profile', {
      config: { capability: 'authenticated' },
      schema: { tags, summary: "A provider's profile", params: IdParams, response: { 200: ProfileSchema, ...errors(400, 401, 403, 404) } },
    }, async (request) => marketplace.getProfile(actorOf(request), request.params.id));

    app.get('/v1/marketplace/providers', {
      config: { capability: 'authenticated' },
      schema: {
        tags, summary: 'Search providers: each word of q starts a word of the name (or the words run together); by service or location; ports closest to nearPortId first',
        querystring: ProviderSearchQuery, response: { 200: ProviderListSchema, ...errors(400, 401, 404) },
      },
    }, async (request, reply) => sendJsonText(reply, await marketplace.search(actorOf(request), request.query)));

    app.get('/v1/marketplace/providers/:id', {
      config: { capability: 'authenticated' },
      schema: { tags, summary: 'One provider with its public live ports, closest to nearPortId first', params: IdParams, querystring: NearQuery, response: { 200: ProviderSchema, ...errors(400, 401, 404) } },
    }, async (request, reply) => sendJsonText(reply, await marketplace.provider(actorOf(request), request.params.id, request.query)));
  };
