import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { actorOf } from '../../platform/http/auth.ts';
import { errors, IdParams } from '../../platform/http/schemas.ts';
import { ManagedSettingsSchema, PartnerDefaultsSchema, UpdateManagedSettingsBody, UpdatePartnerDefaultsBody } from './partners.schemas.ts';
import type { PartnersService } from './partners.service.ts';

const tags = ['partners'];

/** Managed accounts' feature settings and their partner's defaults. */
export const partnersRoutes =
  (deps: { partners: PartnersService }): FastifyPluginAsyncTypebox =>
  async (app) => {
    const { partners } = deps;

    app.get('/v1/companies/:id/managed-settings', {
      config: { capability: 'managed_settings.view' },
      schema: { tags, summary: "A managed account's feature settings in force, and which it inherits", params: IdParams, response: { 200: ManagedSettingsSchema, ...errors(400, 401, 403, 404, 422) } },
    }, async (request) => partners.managedSettings(actorOf(request), request.params.id));

    app.patch('/v1/companies/:id/managed-settings', {
      config: { capability: 'managed_settings.edit' },
      schema: {
        tags, summary: "Set some of a managed account's settings (null: inherit the partner's default again)", params: IdParams, body: UpdateManagedSettingsBody,
        response: { 200: ManagedSettingsSchema, ...errors(400, 401, 403, 404, 422) },
      },
    }, async (request) => partners.updateManagedSettings(actorOf(request), request.params.id, request.body));

    app.get('/v1/companies/:id/partner-defaults', {
      config: { capability: 'managed_settings.view' },
      schema: { tags, summary: "A partner's defaults for its managed accounts' settings", params: IdParams, response: { 200: PartnerDefaultsSchema, ...errors(400, 401, 403, 404, 422) } },
    }, async (request) => partners.defaults(actorOf(request), request.params.id));

    app.patch('/v1/companies/:id/partner-defaults', {
      config: { capability: 'managed_settings.edit' },
      schema: {
        tags, summary: "Set some of a partner's defaults (null: the product's default again)", params: IdParams, body: UpdatePartnerDefaultsBody,
        response: { 200: PartnerDefaultsSchema, ...errors(400, 401, 403, 404, 422) },
      },
    }, async (request) => partners.updateDefaults(actorOf(request), request.params.id, request.body));
  };
