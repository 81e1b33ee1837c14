import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { actorOf } from '../../platform/http/auth.ts';
import { Type } from '@sinclair/typebox';
import { errors, IdParams, ListOf } from '../../platform/http/schemas.ts';
import { CurrentChargesSchema,
  InvoiceListQuery, InvoiceSchema, InvoiceSummarySchema, PriceBookBody, PriceBookSchema, PriceQuery, PriceSchema, QuoteBody,
} from './billing.schemas.ts';
import type { BillingService } from './billing.service.ts';
import type { InvoicesService } from './invoices.service.ts';

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

/** Whether the client asked for CSV (`Accept: text/csv` ranked above JSON). */
function wantsCsv(accept: string | undefined): boolean {
  if (!accept) return false;
  const ranked = accept.split(',').map((part) => {
    const [type, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return { type: type.trim(), q: q ? Number(q.slice(2)) : 1 };
  }).filter((r) => r.q > 0).sort((a, b) => b.q - a.q);
  const csv = ranked.find((r) => r.type === 'text/csv');
  const json = ranked.find((r) => r.type === 'application/json' || r.type === '*/*' || r.type === 'application/*');
  return !!csv && (!json || csv.q > json.q || (csv.q === json.q && ranked.indexOf(csv) < ranked.indexOf(json)));
}

/** Invoices of the paying company (JSON, or CSV with Accept: text/csv). */
export const invoicesRoutes =
  (deps: { invoices: InvoicesService }): FastifyPluginAsyncTypebox =>
  async (app) => {
    const { invoices } = deps;

    app.get('/v1/charges/current', {
      config: { capability: 'invoices.view' },
      schema: { tags, summary: "This month's charges and services per company of my tree (a partner: per managed account)", response: { 200: CurrentChargesSchema, ...errors(401, 403) } },
    }, async (request) => invoices.currentCharges(actorOf(request)));

    app.get('/v1/invoices', {
      config: { capability: 'invoices.view' },
      schema: {
        tags, summary: "My company's invoices, newest first (the operator: everyone's)", querystring: InvoiceListQuery,
        response: { 200: ListOf(InvoiceSummarySchema, 'Invoice'), ...errors(400, 401, 403, 404) },
      },
    }, async (request) => invoices.list(actorOf(request), request.query));

    app.get('/v1/invoices/:id', {
      config: { capability: 'invoices.view' },
      schema: {
        tags, summary: 'One invoice with its lines, per managed account with its reference; Accept: text/csv for CSV', params: IdParams,
        response: {
          200: {
            description: 'The invoice',
            content: { 'application/json': { schema: InvoiceSchema }, 'text/csv': { schema: Type.String({ description: 'One row per line; amounts in major units' }) } },
          },
          ...errors(400, 401, 403, 404),
        },
      },
    }, async (request, reply) => {
      if (wantsCsv(request.headers.accept)) {
        const { filename, body } = await invoices.csv(actorOf(request), request.params.id);
        return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${filename}"`).send(body);
      }
      return reply.type('application/json; charset=utf-8').send(await invoices.get(actorOf(request), request.params.id));
    });
  };
