import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { actorOf } from '../../platform/http/auth.ts';
import { errors, IdParams, NoContent } from '../../platform/http/schemas.ts';
import { BulkResultSchema, CreateSubscriberBody, SubscriberListQuery, SubscriberListSchema, SubscriberSchema, UpdateSubscriberBody } from './subscribers.schemas.ts';
import type { SubscribersService } from './subscribers.service.ts';
import type { BulkService } from './subscribers.bulk.service.ts';
import { CustomerParams } from './locations.schemas.ts';

const tags = ['wholesale'];
const PATH = '/v1/wholesale/subscribers';
/** A CSV of 5,000 rows fits with room to spare. */
const CSV_LIMIT = 4 * 1024 * 1024;

/** Subscribers of wholesale customers, one at a time and by CSV. */
export const subscribersRoutes =
  (deps: { wholesaleSubscribers: SubscribersService; wholesaleBulk: BulkService }): FastifyPluginAsyncTypebox =>
  async (app) => {
    const { wholesaleSubscribers: subscribers, wholesaleBulk: bulk } = deps;

    app.post(PATH, {
      config: { idempotent: true, capability: 'wholesale.customers.manage' },
      schema: {
        tags, summary: 'Add a subscriber to a customer: 201; 409 past the package cap (package_cap_reached), e-mail in use, number assigned; 422 calling package without a number',
        body: CreateSubscriberBody, response: { 201: SubscriberSchema, ...errors(400, 401, 403, 404, 409, 422) },
      },
    }, async (request, reply) => reply.code(201).send(await subscribers.create(actorOf(request), request.body)));

    app.get(PATH, {
      config: { capability: 'wholesale.customers.view' },
      schema: { tags, summary: 'A customer’s subscribers, oldest first', querystring: SubscriberListQuery, response: { 200: SubscriberListSchema, ...errors(400, 401, 403, 404) } },
    }, async (request) => subscribers.list(actorOf(request), request.query));

    app.get(`${PATH}/:id`, {
      config: { capability: 'wholesale.customers.view' },
      schema: { tags, summary: 'One subscriber', params: IdParams, response: { 200: SubscriberSchema, ...errors(400, 401, 403, 404) } },
    }, async (request) => subscribers.get(actorOf(request), request.params.id));

    app.patch(`${PATH}/:id`, {
      config: { capability: 'wholesale.customers.manage' },
      schema: {
        tags, summary: 'Change a subscriber’s package, location, number, extension or role (the full admin’s package never goes down)',
        params: IdParams, body: UpdateSubscriberBody, response: { 200: SubscriberSchema, ...errors(400, 401, 403, 404, 409, 422) },
      },
    }, async (request) => subscribers.update(actorOf(request), request.params.id, request.body));

    app.delete(`${PATH}/:id`, {
      config: { capability: 'wholesale.customers.manage' },
      schema: { tags, summary: 'Remove a subscriber: its package and number are freed', params: IdParams, response: { 204: NoContent, ...errors(400, 401, 403, 404, 409) } },
    }, async (request, reply) => {
      await subscribers.remove(actorOf(request), request.params.id);
      return reply.code(204).send(null);
    });

    // CSV bodies are this route's alone: the parser is registered in this plugin only.
    app.addContentTypeParser('text/csv', { parseAs: 'string', bodyLimit: CSV_LIMIT }, (_request, body, done) => done(null, body));

    app.post('/v1/wholesale/customers/:id/subscribers/bulk', {
      config: { capability: 'wholesale.customers.manage' },
      bodyLimit: CSV_LIMIT,
      schema: {
        tags, summary: 'Add subscribers by CSV (Content-Type: text/csv; header email,firstName,lastName,package,role,location,phoneNumber,extension; at most 5,000 rows): all rows or none, with a result per row',
        params: CustomerParams, body: Type.String({ description: 'The CSV file' }), response: { 200: BulkResultSchema, ...errors(400, 401, 403, 404, 409, 413, 415, 422) },
      },
    }, async (request) => bulk.upload(actorOf(request), request.params.id, request.body));
  };
