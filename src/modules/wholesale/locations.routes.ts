import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { actorOf } from '../../platform/http/auth.ts';
import { errors } from '../../platform/http/schemas.ts';
import { AddNumbersBody, CreateLocationBody, CustomerParams, LocationListSchema, LocationParams, LocationSchema } from './locations.schemas.ts';
import type { LocationsService } from './locations.service.ts';

const tags = ['wholesale'];
const PATH = '/v1/wholesale/customers/:id/locations';

/** A customer's locations and their phone numbers. */
export const locationsRoutes =
  (deps: { wholesaleLocations: LocationsService }): FastifyPluginAsyncTypebox =>
  async (app) => {
    const { wholesaleLocations: locations } = deps;

    app.post(PATH, {
      config: { idempotent: true, capability: 'wholesale.customers.manage' },
      schema: {
        tags, summary: 'Add a location to a customer, with its phone numbers: 201; 409 when a number is on the platform already (number_taken) or the name is taken',
        params: CustomerParams, body: CreateLocationBody, response: { 201: LocationSchema, ...errors(400, 401, 403, 404, 409, 422) },
      },
    }, async (request, reply) => reply.code(201).send(await locations.create(actorOf(request), request.params.id, request.body)));

    app.get(PATH, {
      config: { capability: 'wholesale.customers.view' },
      schema: { tags, summary: 'A customer’s locations, each with its numbers (assigned or free)', params: CustomerParams, response: { 200: LocationListSchema, ...errors(400, 401, 403, 404) } },
    }, async (request) => locations.list(actorOf(request), request.params.id));

    app.post(`${PATH}/:locationId/numbers`, {
      config: { capability: 'wholesale.customers.manage' },
      schema: {
        tags, summary: 'Add a range of phone numbers to a location: 200 with the location; 409 number_taken (nothing added) when one is on the platform already',
        params: LocationParams, body: AddNumbersBody, response: { 200: LocationSchema, ...errors(400, 401, 403, 404, 409) },
      },
    }, async (request) => locations.addRange(actorOf(request), request.params.id, request.params.locationId, request.body));
  };
