import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { actorOf } from '../../platform/http/auth.ts';
import { errors } from '../../platform/http/schemas.ts';
import { PriceBookBody, PriceBookSchema, PriceQuery, PriceSchema, QuoteBody } from './billing.schemas.ts';
import type { BillingService } from './billing.service.ts';

const tags = ['billing'];

/** The price book, quotes and the price lookup of the order forms. */
export const billingRoutes =
  (deps: { billing: BillingService }): FastifyPluginAsyncTypebox =>
  async (app) => {
    const { billing } = deps;

    app.get('/v1/price-book', {
      config: { capability: 'price_book.view' },
      schema: { tags, summary: 'The price book (operator)', response: { 200: PriceBookSchema, ...errors(401, 403) } },
    }, async (request) => billing.getPriceBook(actorOf(request)));

    app.put('/v1/price-book', {
      config: { capability: 'price_book.edit' },
      schema: {
        tags, summary: 'Replace the whole price book (operator), atomically', body: PriceBookBody,
        response: { 200: PriceBookSchema, ...errors(400, 401, 403) },
      },
    }, async (request) => billing.replacePriceBook(actorOf(request), request.body));

    app.post('/v1/quotes', {
      config: { capability: 'quotes.create' },
      schema: {
        tags, summary: 'A price estimate for a port, MCR or VXC at a location (not for managed accounts)', body: QuoteBody,
        response: { 200: PriceSchema, ...errors(400, 401, 403, 422) },
      },
    }, async (request) => billing.quote(actorOf(request), request.body));

    app.get('/v1/prices', {
      config: { capability: 'prices.view' },
      schema: {
        tags, summary: 'The monthly price of a port, MCR or VXC at a location, for those who see prices (the order forms)', querystring: PriceQuery,
        response: { 200: PriceSchema, ...errors(400, 401, 403, 422) },
      },
    }, async (request) => billing.price(actorOf(request), request.query));
  };
