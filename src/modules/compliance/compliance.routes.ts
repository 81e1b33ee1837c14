import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { actorOf } from '../../platform/http/auth.ts';
import { errors, IdParams } from '../../platform/http/schemas.ts';
import {
  CompanyComplianceSchema, ContactAttemptBody, ContactAttemptResultSchema, DecisionBody, RescreensSchema, ReviewListSchema, ReviewQuery, ReviewSchema,
  ScreenBody, ScreeningListImportsSchema, ScreenResultSchema,
} from './compliance.schemas.ts';
import type { ComplianceService } from './compliance.service.ts';
import type { ReviewsService } from './reviews.service.ts';

const tags = ['compliance'];

export const complianceRoutes =
  (deps: { compliance: ComplianceService; screeningReviews: ReviewsService }): FastifyPluginAsyncTypebox =>
  async (app) => {
    const { compliance, screeningReviews: reviews } = deps;

    app.get('/v1/compliance/lists', {
      config: { capability: 'compliance.review' },
      schema: {
        tags, summary: 'The screening lists: every import (list, version, counts, checksum, who, when), newest first; one active version per list',
        response: { 200: ScreeningListImportsSchema, ...errors(401, 403) },
      },
    }, async (request) => ({ items: await compliance.imports(actorOf(request)) }));

    app.get('/v1/compliance/rescreens', {
      config: { capability: 'compliance.review' },
      schema: { tags, summary: 'Re-screening of every customer after each import, newest first, with its progress', response: { 200: RescreensSchema, ...errors(401, 403) } },
    }, async (request) => ({ items: await compliance.rescreens(actorOf(request)) }));

    app.post('/v1/compliance/screen', {
      config: { capability: 'compliance.review' },
      schema: {
        tags, summary: 'Screen a name (and optionally its country and address) against the active lists: matches from the review threshold, best first, each explained',
        body: ScreenBody, response: { 200: ScreenResultSchema, ...errors(400, 401, 403) },
      },
    }, async (request) => compliance.screen(actorOf(request), request.body));

    app.get('/v1/compliance/reviews', {
      config: { capability: 'compliance.review' },
      schema: {
        tags, summary: 'The review queue: open reviews oldest first (the target: resolved within 15–60 minutes), decided ones newest first',
        querystring: ReviewQuery, response: { 200: ReviewListSchema, ...errors(400, 401, 403) },
      },
    }, async (request) => reviews.list(actorOf(request), request.query));

    app.get('/v1/compliance/reviews/:id', {
      config: { capability: 'compliance.review' },
      schema: { tags, summary: 'One review: the customer beside the matched entries, scores and explanations', params: IdParams, response: { 200: ReviewSchema, ...errors(400, 401, 403, 404) } },
    }, async (request) => reviews.get(actorOf(request), request.params.id));

    app.post('/v1/compliance/reviews/:id/approve', {
      config: { capability: 'compliance.review' },
      schema: {
        tags, summary: 'Approve: no problem, the customer is compliant (409 unless open)',
        params: IdParams, body: DecisionBody, response: { 200: ReviewSchema, ...errors(400, 401, 403, 404, 409) },
      },
    }, async (request) => reviews.decide(actorOf(request), request.params.id, 'approved', request.body.note));

    app.post('/v1/compliance/reviews/:id/reject', {
      config: { capability: 'compliance.review' },
      schema: {
        tags, summary: 'Reject: a listed party; deprovisioned 30 days after the review opened unless resolved (409 unless open)',
        params: IdParams, body: DecisionBody, response: { 200: ReviewSchema, ...errors(400, 401, 403, 404, 409) },
      },
    }, async (request) => reviews.decide(actorOf(request), request.params.id, 'rejected', request.body.note));

    app.post('/v1/compliance/reviews/:id/contact-attempts', {
      config: { capability: 'compliance.review' },
      schema: {
        tags, summary: 'Record an attempt to reach the partner (or the direct customer’s admins), who are told; three not reached in a row deprovision',
        params: IdParams, body: ContactAttemptBody, response: { 201: ContactAttemptResultSchema, ...errors(400, 401, 403, 404, 409) },
      },
    }, async (request, reply) => reply.code(201).send(await reviews.addContactAttempt(actorOf(request), request.params.id, request.body)));

    app.get('/v1/companies/:id/compliance', {
      config: { capability: 'authenticated' },
      schema: {
        tags, summary: 'A customer’s screening: status, history and checks (the matched entries only for compliance officers)',
        params: IdParams, response: { 200: CompanyComplianceSchema, ...errors(400, 401, 404) },
      },
    }, async (request) => reviews.companyCompliancePage(actorOf(request), request.params.id));
  };
