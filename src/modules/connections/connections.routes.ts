import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { actorOf } from '../../platform/http/auth.ts';
import { errors, IdParams } from '../../platform/http/schemas.ts';
import { AcceptBody, ApprovalsSchema, ConnectionSchema, DenyBody, OrderConnectionBody } from './connections.schemas.ts';
import type { ConnectionsService } from './connections.service.ts';

export const connectionsRoutes =
  (deps: { connections: ConnectionsService }): FastifyPluginAsyncTypebox =>
  async (app) => {
    const { connections } = deps;
    const tags = ['connections'];

    app.post('/v1/connections', {
      config: { idempotent: true, roles: ['company_admin', 'technical_admin', 'technical_contact'] },
      schema: { tags, summary: 'Order a VXC from my live port to a provider’s port; it awaits the provider’s approval', body: OrderConnectionBody, response: { 201: ConnectionSchema, ...errors(400, 401, 403, 404, 409) } },
    }, async (request, reply) => reply.code(201).send(await connections.order(actorOf(request), request.body)));

    app.get('/v1/connections/:id', {
      schema: { tags, summary: 'A connection with its approval and history (who and when)', params: IdParams, response: { 200: ConnectionSchema, ...errors(400, 401, 404) } },
    }, async (request) => connections.get(actorOf(request), request.params.id));

    app.post('/v1/connections/:id/accept', {
      schema: { tags, summary: 'Provider: accept (optionally with the B-end VLAN); 409 unless awaiting approval', params: IdParams, body: AcceptBody, response: { 200: ConnectionSchema, ...errors(400, 401, 403, 404, 409) } },
    }, async (request) => connections.decide(actorOf(request), request.params.id, 'accept', request.body));

    app.post('/v1/connections/:id/deny', {
      schema: { tags, summary: 'Provider: deny with a reason; 409 unless awaiting approval', params: IdParams, body: DenyBody, response: { 200: ConnectionSchema, ...errors(400, 401, 403, 404, 409) } },
    }, async (request) => connections.decide(actorOf(request), request.params.id, 'deny', request.body));

    app.delete('/v1/connections/:id', {
      schema: { tags, summary: 'Customer: withdraw a request awaiting approval, or decommission a live VXC', params: IdParams, response: { 200: ConnectionSchema, ...errors(400, 401, 403, 404, 409) } },
    }, async (request) => connections.remove(actorOf(request), request.params.id));

    app.get('/v1/approvals', {
      schema: { tags, summary: 'My pending decisions as a provider', response: { 200: ApprovalsSchema, ...errors(401, 403) } },
    }, async (request) => connections.approvals(actorOf(request)));
  };
