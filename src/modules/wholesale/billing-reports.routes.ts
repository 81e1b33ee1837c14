import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { actorOf } from '../../platform/http/auth.ts';
import { errors, IdParams } from '../../platform/http/schemas.ts';
import { CreateReportBody, ReportListQuery, ReportListSchema, ReportSchema } from './billing-reports.schemas.ts';
import type { BillingReportsService } from './billing-reports.service.ts';

const tags = ['wholesale'];
const PATH = '/v1/wholesale/billing-reports';

/** Billing reports: requested, generated in the background, downloaded as CSV. */
export const billingReportsRoutes =
  (deps: { wholesaleBillingReports: BillingReportsService }): FastifyPluginAsyncTypebox =>
  async (app) => {
    const { wholesaleBillingReports: reports } = deps;

    app.post(PATH, {
      config: { capability: 'wholesale.billing_reports.request' },
      schema: {
        tags, summary: 'Request a report of package-days and amounts for a date range: 202, generated in the background (GET it until ready)',
        body: CreateReportBody, response: { 202: ReportSchema, ...errors(400, 401, 403) },
      },
    }, async (request, reply) => {
      const report = await reports.request(actorOf(request), request.body);
      return reply.code(202).header('location', report.url).send(report);
    });

    app.get(PATH, {
      config: { capability: 'wholesale.billing_reports.view' },
      schema: { tags, summary: 'The partner’s billing reports, newest first', querystring: ReportListQuery, response: { 200: ReportListSchema, ...errors(400, 401, 403, 404) } },
    }, async (request) => reports.list(actorOf(request), request.query));

    app.get(`${PATH}/:id`, {
      config: { capability: 'wholesale.billing_reports.view' },
      schema: { tags, summary: 'One report: its status, and downloadUrl once ready', params: IdParams, response: { 200: ReportSchema, ...errors(400, 401, 403, 404) } },
    }, async (request) => reports.get(actorOf(request), request.params.id));

    app.get(`${PATH}/:id/download`, {
      config: { capability: 'wholesale.billing_reports.view' },
      schema: {
        tags, summary: 'The report as CSV (409 report_not_ready until its status is ready)', params: IdParams,
        response: {
          200: { description: 'The report', content: { 'text/csv': { schema: Type.String({ description: 'One row per package-days line; amounts in major units of the currency' }) } } },
          ...errors(400, 401, 403, 404, 409),
        },
      },
    }, async (request, reply) => {
      const { filename, body } = await reports.download(actorOf(request), request.params.id);
      return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${filename}"`).send(body);
    });
  };
