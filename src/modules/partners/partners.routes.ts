import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { actorOf } from '../../platform/http/auth.ts';
import { errors, IdParams, NoContent } from '../../platform/http/schemas.ts';
import {
  BillingMarketListSchema, BillingMarketQuery, BillingMarketSchema, EnableBillingMarketBody, BrandingBody, BrandingSchema, ManagedSettingsSchema, PartnerDefaultsSchema, UpdateManagedSettingsBody, UpdatePartnerDefaultsBody,
} from './partners.schemas.ts';
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

    app.get('/v1/companies/:id/branding', {
      config: { capability: 'authenticated' },
      schema: { tags, summary: "The branding a company sees: a partner's own, a managed account's partner's", params: IdParams, response: { 200: BrandingSchema, ...errors(400, 401, 404, 422) } },
    }, async (request) => partners.branding(actorOf(request), request.params.id));

    app.put('/v1/companies/:id/branding', {
      config: { capability: 'branding.edit' },
      schema: {
        tags, summary: "Set what the partner's managed accounts see of it: name, logo, colour, support contact (fields left out are cleared)", params: IdParams, body: BrandingBody,
        response: { 200: BrandingSchema, ...errors(400, 401, 403, 404, 422) },
      },
    }, async (request) => partners.saveBranding(actorOf(request), request.params.id, request.body));

    app.get('/v1/billing-markets', {
      config: { capability: 'billing_markets.view' },
      schema: {
        tags, summary: "A partner's or direct customer's billing markets: the countries it (and a partner's managed accounts) may order in",
        querystring: BillingMarketQuery, response: { 200: BillingMarketListSchema, ...errors(400, 401, 403, 404, 422) },
      },
    }, async (request) => partners.billingMarkets(actorOf(request), request.query.companyId));

    app.post('/v1/billing-markets', {
      config: { capability: 'billing_markets.manage' },
      schema: {
        tags, summary: 'Enable a billing market (a country) for a partner or direct customer: 201 when new, 200 when it was enabled already',
        body: EnableBillingMarketBody, response: { 200: BillingMarketSchema, 201: BillingMarketSchema, ...errors(400, 401, 403, 404, 422) },
      },
    }, async (request, reply) => {
      const { market, created } = await partners.enableBillingMarket(actorOf(request), request.body);
      return reply.code(created ? 201 : 200).send(market);
    });

    app.delete('/v1/billing-markets/:id', {
      config: { capability: 'billing_markets.manage' },
      schema: {
        tags, summary: 'Disable a billing market: services already ordered there stay, new orders there are refused',
        params: IdParams, response: { 204: NoContent, ...errors(400, 401, 403, 404) },
      },
    }, async (request, reply) => {
      await partners.disableBillingMarket(actorOf(request), request.params.id);
      return reply.code(204).send(null);
    });
  };
