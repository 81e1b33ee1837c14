import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { actorOf } from '../../platform/http/auth.ts';
import { errors, IdParams } from '../../platform/http/schemas.ts';
import { ApproveBody, PartnerApprovalListSchema, PendingApprovalsSchema, PartnerApprovalQuery, PartnerApprovalSchema, RejectBody } from './approvals.schemas.ts';
import type { PartnerApprovalsService } from './approvals.service.ts';

const tags = ['partners'];

/** The partner's service approval queue. */
export const approvalsRoutes =
  (deps: { partnerApprovals: PartnerApprovalsService }): FastifyPluginAsyncTypebox =>
  async (app) => {
    const { partnerApprovals } = deps;

    app.get('/v1/partner-approvals', {
      config: { capability: 'partner_approvals.view' },
      schema: {
        tags, summary: "The partner's queue: its managed accounts' new orders, speed changes and terminations (pending, oldest first, unless state says otherwise)",
        querystring: PartnerApprovalQuery, response: { 200: PartnerApprovalListSchema, ...errors(400, 401, 403, 404) },
      },
    }, async (request) => partnerApprovals.list(actorOf(request), request.query));

    app.get('/v1/partner-approvals/pending', {
      config: { capability: 'partner_approvals.view' },
      schema: {
        tags, summary: 'How many requests wait for the partner, in all and per managed account (the portal’s count and the account list’s status)',
        response: { 200: PendingApprovalsSchema, ...errors(401, 403) },
      },
    }, async (request) => partnerApprovals.pending(actorOf(request)));

    app.get('/v1/partner-approvals/:id', {
      config: { capability: 'partner_approvals.view' },
      schema: { tags, summary: 'One request of the queue', params: IdParams, response: { 200: PartnerApprovalSchema, ...errors(400, 401, 403, 404) } },
    }, async (request) => partnerApprovals.get(actorOf(request), request.params.id));

    app.post('/v1/partner-approvals/:id/approve', {
      config: { capability: 'partner_approvals.decide' },
      // No body means the same as {}: a bare POST is the natural call for a button.
      preValidation: async (request) => { request.body ??= {}; },
      schema: {
        tags, summary: 'Approve: the request goes on to the provider (orders, raises) or takes effect (decreases, terminations); 409 unless pending',
        params: IdParams, body: ApproveBody, response: { 200: PartnerApprovalSchema, ...errors(400, 401, 403, 404, 409) },
      },
    }, async (request) => partnerApprovals.decide(actorOf(request), request.params.id, 'approve'));

    app.post('/v1/partner-approvals/:id/reject', {
      config: { capability: 'partner_approvals.decide' },
      schema: {
        tags, summary: 'Reject with a reason: nothing goes on, the account is told; 409 unless pending',
        params: IdParams, body: RejectBody, response: { 200: PartnerApprovalSchema, ...errors(400, 401, 403, 404, 409) },
      },
    }, async (request) => partnerApprovals.decide(actorOf(request), request.params.id, 'reject', request.body.reason));
  };
