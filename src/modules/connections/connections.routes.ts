import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { actorOf } from '../../platform/http/auth.ts';
import { errors, IdParams } from '../../platform/http/schemas.ts';
import {
  AcceptBody, ApprovalsSchema, ConnectionListQuery, ConnectionListSchema, ConnectionSchema, DenyBody, OrderConnectionBody, SpeedChangeBody, SpeedChangeSchema,
  SpeedDecisionBody, SummaryQuery, SummarySchema, WithdrawBody,
} from './connections.schemas.ts';
import type { ConnectionsService } from './connections.service.ts';
import type { SpeedChangesService } from './speed-changes.service.ts';

export const connectionsRoutes =
  (deps: { connections: ConnectionsService; speedChanges: SpeedChangesService }): FastifyPluginAsyncTypebox =>
  async (app) => {
    const { connections, speedChanges } = deps;
    const tags = ['connections'];

    app.post('/v1/connections', {
      config: { idempotent: true, capability: 'services.order' },
      schema: { tags, summary: 'Order a VXC from my live port to a provider’s port (bEnd) or with a service key; it awaits approval unless the key is pre-approved', body: OrderConnectionBody, response: { 201: ConnectionSchema, ...errors(400, 401, 403, 404, 409, 422) } },
    }, async (request, reply) => reply.code(201).send(await connections.order(actorOf(request), request.body)));

    app.get('/v1/connections', {
      config: { capability: 'authenticated' },
      schema: { tags, summary: 'My connections as the customer, the provider, or both; newest first', querystring: ConnectionListQuery, response: { 200: ConnectionListSchema, ...errors(400, 401) } },
    }, async (request) => connections.list(actorOf(request), request.query));

    app.get('/v1/connections/summary', {
      config: { capability: 'dashboard.view' },
      schema: { tags, summary: 'For dashboards: my connections by state, and live bandwidth by location (side: customer = A-ends, provider = B-ends)', querystring: SummaryQuery, response: { 200: SummarySchema, ...errors(400, 401, 403) } },
    }, async (request) => connections.summary(actorOf(request), request.query));

    app.get('/v1/connections/:id', {
      config: { capability: 'authenticated' },
      schema: { tags, summary: 'A connection with its approval and history (who and when)', params: IdParams, response: { 200: ConnectionSchema, ...errors(400, 401, 404) } },
    }, async (request) => connections.get(actorOf(request), request.params.id));

    app.post('/v1/connections/:id/accept', {
      config: { capability: 'authenticated' },
      schema: { tags, summary: 'Provider: accept; the B-end gets bEndVlan, or the lowest free VLAN of the port when absent (-1 = untagged); 409 unless awaiting approval', params: IdParams, body: AcceptBody, response: { 200: ConnectionSchema, ...errors(400, 401, 403, 404, 409) } },
    }, async (request) => connections.decide(actorOf(request), request.params.id, 'accept', request.body));

    app.post('/v1/connections/:id/deny', {
      config: { capability: 'authenticated' },
      schema: { tags, summary: 'Provider: deny with a reason; 409 unless awaiting approval', params: IdParams, body: DenyBody, response: { 200: ConnectionSchema, ...errors(400, 401, 403, 404, 409) } },
    }, async (request) => connections.decide(actorOf(request), request.params.id, 'deny', request.body));

    app.delete('/v1/connections/:id', {
      config: { capability: 'authenticated' },
      schema: {
        tags, summary: 'Customer: withdraw a request awaiting approval, or decommission a live VXC; 202 when the decommissioning waits in the partner’s approval queue (the VXC stays LIVE)',
        params: IdParams, response: { 200: ConnectionSchema, 202: ConnectionSchema, ...errors(400, 401, 403, 404, 409) },
      },
    }, async (request, reply) => {
      const { connection, held } = await connections.remove(actorOf(request), request.params.id);
      return reply.code(held ? 202 : 200).send(connection);
    });

    app.post('/v1/connections/:id/speed-changes', {
      config: { idempotent: true, capability: 'services.order' },
      schema: { tags, summary: 'Customer: change the rate limit of a LIVE VXC; lowering applies at once, raising awaits the provider', params: IdParams, body: SpeedChangeBody, response: { 201: SpeedChangeSchema, ...errors(400, 401, 403, 404, 409) } },
    }, async (request, reply) => reply.code(201).send(await speedChanges.request(actorOf(request), request.params.id, request.body)));

    app.post('/v1/speed-changes/:id/accept', {
      config: { capability: 'authenticated' },
      schema: { tags, summary: 'Provider: accept a speed change (the new rate applies); 409 unless awaiting approval', params: IdParams, body: SpeedDecisionBody, response: { 200: SpeedChangeSchema, ...errors(400, 401, 403, 404, 409) } },
    }, async (request) => speedChanges.decide(actorOf(request), request.params.id, 'accept', request.body));

    app.post('/v1/speed-changes/:id/reject', {
      config: { capability: 'authenticated' },
      schema: { tags, summary: 'Provider: reject a speed change (the VXC keeps its rate); 409 unless awaiting approval', params: IdParams, body: SpeedDecisionBody, response: { 200: SpeedChangeSchema, ...errors(400, 401, 403, 404, 409) } },
    }, async (request) => speedChanges.decide(actorOf(request), request.params.id, 'reject', request.body));

    app.post('/v1/speed-changes/:id/withdraw', {
      config: { capability: 'authenticated' },
      // No body means the same as {}: a bare POST is the natural call for a button.
      preValidation: async (request) => { request.body ??= {}; },
      schema: { tags, summary: 'Customer: withdraw a raise awaiting the provider (the VXC keeps its rate); 409 unless awaiting approval', params: IdParams, body: WithdrawBody, response: { 200: SpeedChangeSchema, ...errors(400, 401, 403, 404, 409) } },
    }, async (request) => speedChanges.withdraw(actorOf(request), request.params.id));

    app.get('/v1/approvals', {
      config: { capability: 'authenticated' },
      schema: { tags, summary: 'My pending decisions as a provider: new connections and speed changes', response: { 200: ApprovalsSchema, ...errors(401, 403) } },
    }, async (request) => connections.approvals(actorOf(request)));
  };
