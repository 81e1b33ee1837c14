import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { actorOf } from '../../platform/http/auth.ts';
import { errors, IdParams, ListOf, ListQuery } from '../../platform/http/schemas.ts';
import { LocationListQuery, LocationSchema, OrderPortBody, PortSchema } from './network.schemas.ts';
import type { PortsService } from './ports.service.ts';
import type { NetworkService } from './network.service.ts';

export const networkRoutes =
  (deps: { network: NetworkService }): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get('/v1/locations', {
      config: { capability: 'authenticated' },
      schema: { tags: ['network'], summary: 'Data-centre locations', querystring: LocationListQuery, response: { 200: ListOf(LocationSchema, 'Location'), ...errors(400, 401) } },
    }, async (request) => deps.network.listLocations(actorOf(request), request.query));
  };

export const portsRoutes =
  (deps: { ports: PortsService }): FastifyPluginAsyncTypebox =>
  async (app) => {
    const { ports } = deps;
    const tags = ['network'];

    app.post('/v1/ports', {
      config: { idempotent: true, capability: 'services.order' },
      schema: {
        tags, summary: 'Order a port or cloud router (MCR); it becomes LIVE through the network controller',
        body: OrderPortBody, response: { 201: PortSchema, ...errors(400, 401, 403, 404, 409, 422) },
      },
    }, async (request, reply) => reply.code(201).send(await ports.order(actorOf(request), request.body)));

    app.get('/v1/ports', {
      config: { capability: 'authenticated' },
      schema: { tags, summary: 'Ports and MCRs of my company tree', querystring: ListQuery, response: { 200: ListOf(PortSchema, 'Port'), ...errors(400, 401) } },
    }, async (request) => ports.list(actorOf(request), request.query));

    app.get('/v1/ports/:id', {
      config: { capability: 'authenticated' },
      schema: { tags, summary: 'One port or MCR', params: IdParams, response: { 200: PortSchema, ...errors(400, 401, 404) } },
    }, async (request) => ports.get(actorOf(request), request.params.id));

    app.delete('/v1/ports/:id', {
      config: { capability: 'authenticated' },
      schema: { tags, summary: 'Cancel a port not yet live, or decommission a live one', params: IdParams, response: { 200: PortSchema, ...errors(400, 401, 403, 404, 409) } },
    }, async (request) => ports.remove(actorOf(request), request.params.id));
  };
