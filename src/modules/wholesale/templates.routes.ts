import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { actorOf } from '../../platform/http/auth.ts';
import { errors, IdParams, NoContent } from '../../platform/http/schemas.ts';
import { CreateTemplateBody, TemplateListQuery, TemplateListSchema, TemplateSchema, UpdateTemplateBody } from './templates.schemas.ts';
import type { TemplatesService } from './templates.service.ts';

const tags = ['wholesale'];
const PATH = '/v1/wholesale/onboarding-templates';

/** Onboarding templates: a partner's, each with the provisioning id customer creation names. */
export const templatesRoutes =
  (deps: { wholesaleTemplates: TemplatesService }): FastifyPluginAsyncTypebox =>
  async (app) => {
    const { wholesaleTemplates: templates } = deps;

    app.post(PATH, {
      config: { idempotent: true, capability: 'wholesale.templates.manage' },
      schema: {
        tags, summary: 'Create an onboarding template (the partner’s company admins): 201 with its provisioningId; 409 when the partner has one of that name',
        body: CreateTemplateBody, response: { 201: TemplateSchema, ...errors(400, 401, 403, 409) },
      },
    }, async (request, reply) => reply.code(201).send(await templates.create(actorOf(request), request.body)));

    app.get(PATH, {
      config: { capability: 'wholesale.templates.view' },
      schema: {
        tags, summary: 'The partner’s onboarding templates, oldest first (the operator: every partner’s, or one partner’s)',
        querystring: TemplateListQuery, response: { 200: TemplateListSchema, ...errors(400, 401, 403, 404) },
      },
    }, async (request) => templates.list(actorOf(request), request.query));

    app.get(`${PATH}/:id`, {
      config: { capability: 'wholesale.templates.view' },
      schema: { tags, summary: 'One onboarding template', params: IdParams, response: { 200: TemplateSchema, ...errors(400, 401, 403, 404) } },
    }, async (request) => templates.get(actorOf(request), request.params.id));

    app.patch(`${PATH}/:id`, {
      config: { capability: 'wholesale.templates.manage' },
      schema: {
        tags, summary: 'Edit an onboarding template (the fields given); its provisioningId stays',
        params: IdParams, body: UpdateTemplateBody, response: { 200: TemplateSchema, ...errors(400, 401, 403, 404, 409) },
      },
    }, async (request) => templates.update(actorOf(request), request.params.id, request.body));

    app.delete(`${PATH}/:id`, {
      config: { capability: 'wholesale.templates.manage' },
      schema: { tags, summary: 'Delete an onboarding template (409 template_in_use while customers use it)', params: IdParams, response: { 204: NoContent, ...errors(400, 401, 403, 404, 409) } },
    }, async (request, reply) => {
      await templates.remove(actorOf(request), request.params.id);
      return reply.code(204).send(null);
    });
  };
