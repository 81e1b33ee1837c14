import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { actorOf } from '../../platform/http/auth.ts';
import { errors, IdParams } from '../../platform/http/schemas.ts';
import { LookSchema, SupportDetailsBody, SupportDetailsSchema, SupportEntrySchema } from './support.schemas.ts';
import type { SupportService } from './support.service.ts';

const tags = ['partners'];

/** Whom a user asks for help, and a company's technical support details. */
export const supportRoutes =
  (deps: { support: SupportService }): FastifyPluginAsyncTypebox =>
  async (app) => {
    const { support } = deps;

    app.get('/v1/support', {
      config: { capability: 'authenticated' },
      schema: { tags, summary: 'Who supports me (my partner or the operator), how to reach them, and the chat when I may use it', response: { 200: SupportEntrySchema, ...errors(401) } },
    }, async (request) => support.entry(actorOf(request)));

    app.get('/v1/me/branding', {
      config: { capability: 'authenticated' },
      schema: { tags, summary: "How my portal looks: my partner's branding, the operator's, or Portico's own", response: { 200: LookSchema, ...errors(401) } },
    }, async (request) => support.look(actorOf(request)));

    app.get('/v1/companies/:id/support-details', {
      config: { capability: 'support_details.view' },
      schema: { tags, summary: "A company's technical support details", params: IdParams, response: { 200: SupportDetailsSchema, ...errors(400, 401, 403, 404) } },
    }, async (request) => support.details(actorOf(request), request.params.id));

    app.put('/v1/companies/:id/support-details', {
      config: { capability: 'support_details.edit' },
      schema: {
        tags, summary: "Set a company's technical support details (fields left out are cleared)", params: IdParams, body: SupportDetailsBody,
        response: { 200: SupportDetailsSchema, ...errors(400, 401, 403, 404) },
      },
    }, async (request) => support.saveDetails(actorOf(request), request.params.id, request.body));
  };
