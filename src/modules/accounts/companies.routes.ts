import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { actorOf } from '../../platform/http/auth.ts';
import { errors, IdParams, ListOf, ListQuery, NoContent } from '../../platform/http/schemas.ts';
import {
  AuditEventSchema, AuditListQuery, CompanyListQuery, CompanySchema, CreateCompanyBody, CreateUserBody, UpdateCompanyBody, UpdateUserBody, UserSchema,
} from './accounts.schemas.ts';
import type { CompaniesService } from './companies.service.ts';
import type { UsersService } from './users.service.ts';

/** Companies, their users, and the audit log. */
export const companiesRoutes =
  (deps: { companies: CompaniesService; users: UsersService }): FastifyPluginAsyncTypebox =>
  async (app) => {
    const { companies, users } = deps;

    app.get('/v1/companies', {
      config: { capability: 'authenticated' },
      schema: { tags: ['companies'], summary: 'Companies in my tree', querystring: CompanyListQuery, response: { 200: ListOf(CompanySchema, 'Company'), ...errors(400, 401) } },
    }, async (request) => companies.list(actorOf(request), request.query));

    app.post('/v1/companies', {
      config: { idempotent: true, capability: 'companies.create' },
      schema: {
        tags: ['companies'], summary: 'Create a partner or direct customer (operator) or a managed account (partner)',
        body: CreateCompanyBody, response: { 201: CompanySchema, ...errors(400, 401, 403, 404, 409, 422) },
      },
    }, async (request, reply) => reply.code(201).send(await companies.create(actorOf(request), request.body)));

    app.get('/v1/companies/:id', {
      config: { capability: 'authenticated' },
      schema: { tags: ['companies'], summary: 'One company', params: IdParams, response: { 200: CompanySchema, ...errors(400, 401, 404) } },
    }, async (request) => companies.get(actorOf(request), request.params.id));

    app.patch('/v1/companies/:id', {
      config: { capability: 'authenticated' },
      schema: {
        tags: ['companies'], summary: 'Change name, account reference or billing address (a new address re-screens)',
        params: IdParams, body: UpdateCompanyBody, response: { 200: CompanySchema, ...errors(400, 401, 403, 404) },
      },
    }, async (request) => companies.update(actorOf(request), request.params.id, request.body));

    app.get('/v1/companies/:id/users', {
      config: { capability: 'authenticated' },
      schema: { tags: ['users'], summary: "A company's users", params: IdParams, querystring: ListQuery, response: { 200: ListOf(UserSchema, 'User'), ...errors(400, 401, 404) } },
    }, async (request) => users.list(actorOf(request), request.params.id, request.query));

    app.post('/v1/companies/:id/users', {
      config: { idempotent: true, capability: 'authenticated' },
      schema: {
        tags: ['users'], summary: 'Add a user to a company (company admins)', params: IdParams, body: CreateUserBody,
        response: { 201: UserSchema, ...errors(400, 401, 403, 404, 409) },
      },
    }, async (request, reply) => reply.code(201).send(await users.create(actorOf(request), request.params.id, request.body)));

    app.get('/v1/users/:id', {
      config: { capability: 'authenticated' },
      schema: { tags: ['users'], summary: 'One user', params: IdParams, response: { 200: UserSchema, ...errors(400, 401, 404) } },
    }, async (request) => users.get(actorOf(request), request.params.id));

    app.patch('/v1/users/:id', {
      config: { capability: 'authenticated' },
      schema: {
        tags: ['users'], summary: 'Change role, names or language', params: IdParams, body: UpdateUserBody,
        response: { 200: UserSchema, ...errors(400, 401, 403, 404, 409) },
      },
    }, async (request) => users.update(actorOf(request), request.params.id, request.body));

    app.delete('/v1/users/:id', {
      config: { capability: 'authenticated' },
      schema: { tags: ['users'], summary: 'Remove a user (ends their sessions and API keys)', params: IdParams, response: { 204: NoContent, ...errors(400, 401, 403, 404, 409) } },
    }, async (request, reply) => {
      await users.remove(actorOf(request), request.params.id);
      return reply.code(204).send(null);
    });

    app.get('/v1/audit-events', {
      config: { capability: 'authenticated' },
      schema: {
        tags: ['audit'], summary: 'The audit log of my tree, newest first (company admins)', querystring: AuditListQuery,
        response: { 200: ListOf(AuditEventSchema, 'AuditEvent'), ...errors(400, 401, 403, 404) },
      },
    }, async (request) => companies.listAuditEvents(actorOf(request), request.query));
  };

