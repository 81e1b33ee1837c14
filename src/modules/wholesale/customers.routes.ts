import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { actorOf } from '../../platform/http/auth.ts';
import { errors, IdParams } from '../../platform/http/schemas.ts';
import {
  AcceptedSchema, CatalogueSchema, CreateCustomerBody, CustomerListQuery, CustomerListSchema, CustomerSchema, UpdateCustomerBody, ValidationSchema,
} from './customers.schemas.ts';
import type { CustomersService } from './customers.service.ts';

const tags = ['wholesale'];
const PATH = '/v1/wholesale/customers';

/** Customer organisations: created asynchronously (202 + Location), read, changed and deprovisioned. */
export const customersRoutes =
  (deps: { wholesaleCustomers: CustomersService }): FastifyPluginAsyncTypebox =>
  async (app) => {
    const { wholesaleCustomers: customers } = deps;

    app.get('/v1/wholesale/packages', {
      config: { capability: 'wholesale.customers.view' },
      schema: { tags, summary: 'The package catalogue and the data regions customers may be created in', response: { 200: CatalogueSchema, ...errors(401, 403) } },
    }, async () => customers.catalogue());

    app.post(PATH, {
      config: { capability: 'wholesale.customers.manage' },
      schema: {
        tags, summary: 'Create a customer organisation: 202 + Location while it is provisioned; the same externalId again: 200 with the customer it made',
        body: CreateCustomerBody, response: { 200: AcceptedSchema, 202: AcceptedSchema, ...errors(400, 401, 403, 404, 422) },
      },
    }, async (request, reply) => {
      const { id, created } = await customers.create(actorOf(request), request.body);
      const url = `${PATH}/${id}`;
      return reply.code(created ? 202 : 200).header('location', url).send({ id, url });
    });

    app.post(`${PATH}/validate`, {
      config: { capability: 'wholesale.customers.manage' },
      schema: {
        tags, summary: 'Precheck: would this create succeed? Problems and warnings, and what the customer would get; creates nothing',
        body: CreateCustomerBody, response: { 200: ValidationSchema, ...errors(400, 401, 403) },
      },
    }, async (request) => customers.validate(actorOf(request), request.body));

    app.get(PATH, {
      config: { capability: 'wholesale.customers.view' },
      schema: { tags, summary: 'The partner’s customers, oldest first, by externalId or status', querystring: CustomerListQuery, response: { 200: CustomerListSchema, ...errors(400, 401, 403, 404) } },
    }, async (request) => customers.list(actorOf(request), request.query));

    app.get(`${PATH}/:id`, {
      config: { capability: 'wholesale.customers.view' },
      schema: { tags, summary: 'One customer: status, packages with their status and use, errors, compliance, dial-in, data region', params: IdParams, response: { 200: CustomerSchema, ...errors(400, 401, 403, 404) } },
    }, async (request) => customers.get(actorOf(request), request.params.id));

    app.put(`${PATH}/:id`, {
      config: { capability: 'wholesale.customers.manage' },
      schema: {
        tags, summary: 'Replace the package list (complete) and maybe the address (re-screened): 202 while new packages are provisioned',
        params: IdParams, body: UpdateCustomerBody, response: { 202: AcceptedSchema, ...errors(400, 401, 403, 404, 409, 422) },
      },
    }, async (request, reply) => {
      const accepted = await customers.update(actorOf(request), request.params.id, request.body);
      return reply.code(202).header('location', accepted.url).send(accepted);
    });

    app.delete(`${PATH}/:id`, {
      config: { capability: 'wholesale.customers.manage' },
      schema: { tags, summary: 'Deprovision the customer with its subscribers and numbers: 202, done in the background', params: IdParams, response: { 202: AcceptedSchema, ...errors(400, 401, 403, 404) } },
    }, async (request, reply) => {
      const accepted = await customers.remove(actorOf(request), request.params.id);
      return reply.code(202).header('location', accepted.url).send(accepted);
    });
  };
