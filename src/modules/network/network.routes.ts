import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { actorOf } from '../../platform/http/auth.ts';
import { errors, ListOf } from '../../platform/http/schemas.ts';
import { LocationListQuery, LocationSchema } from './network.schemas.ts';
import type { NetworkService } from './network.service.ts';

export const networkRoutes =
  (deps: { network: NetworkService }): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get('/v1/locations', {
      schema: { tags: ['network'], summary: 'Data-centre locations', querystring: LocationListQuery, response: { 200: ListOf(LocationSchema, 'Location'), ...errors(400, 401) } },
    }, async (request) => deps.network.listLocations(actorOf(request), request.query));
  };
