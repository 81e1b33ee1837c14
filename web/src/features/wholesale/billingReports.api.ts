import { api, send, type BodyOf, type Schemas } from '../../api/client';
import type { Page } from '../../api/models';

export type BillingReport = Schemas['WholesaleBillingReport'];
export type BillingReportInput = BodyOf<'/v1/wholesale/billing-reports', 'post'>;
export type BillingReportType = BillingReportInput['type'];

export const reportTypes: BillingReportType[] = ['partner', 'customer', 'user'];

/** The partner's reports, newest first. */
export function listBillingReports(cursor?: string | null): Promise<Page<BillingReport>> {
  return send(api.GET('/v1/wholesale/billing-reports', { params: { query: { cursor: cursor ?? undefined, limit: 50 } } }));
}

/** 202 with the report, queued; it is generated in the background. */
export function requestBillingReport(body: BillingReportInput): Promise<BillingReport> {
  return send(api.POST('/v1/wholesale/billing-reports', { body }));
}
