import type { AppContext } from '../../platform/context.ts';
import type { Actor, SystemActor } from '../../platform/actor.ts';
import { access, inScope } from '../../platform/access/access.ts';
import { writeAudit } from '../../platform/audit/audit.ts';
import { record } from '../../platform/events/record.ts';
import { conflict, invalid } from '../../platform/errors.ts';
import { csvText } from '../../platform/csv.ts';
import { decodeCursor, toPage } from '../../platform/http/pagination.ts';
import { uuidv7 } from '../../platform/ids.ts';
import type { JobContext, JobSpec } from '../../platform/jobs/jobs.ts';
import { packagePrices } from '../billing/index.ts';
import { partnerRef } from './customers.access.ts';
import { DEFAULT_CATALOGUE } from './packages.catalogue.ts';
import * as repo from './billing-reports.repo.ts';
import { dayNumber, isCalendarDay, MAX_REPORT_DAYS, REPORT_HEADERS, reportRows, usageRows, type Holding } from './billing-reports.policy.ts';
import type { CreateReportInput, ReportListInput } from './billing-reports.schemas.ts';

export const BILLING_REPORT_JOB = 'wholesale.billing-report';
const SYSTEM: SystemActor = { system: true, requestId: 'wholesale-billing-report' };
const DAY_MS = 86_400_000;
const ADDONS = DEFAULT_CATALOGUE.packages.filter((p) => p.kind === 'addon').map((p) => p.name);
const kindOf = (name: string): Holding['kind'] => (ADDONS.includes(name) ? 'addon' : 'base');

const reportUrl = (id: string) => `/v1/wholesale/billing-reports/${id}`;

function present(row: repo.ReportRow) {
  return {
    id: row.id, url: reportUrl(row.id), partnerId: row.partner_id, type: row.type, from: row.from_date, to: row.to_date, status: row.status,
    rowCount: row.row_count, error: row.error, downloadUrl: row.status === 'ready' ? `${reportUrl(row.id)}/download` : null,
    createdAt: row.created_at.toISOString(), completedAt: row.completed_at?.toISOString() ?? null,
  };
}

/** The range's problems: real days, in order, not in the future, not too long. */
function checkRange(input: CreateReportInput, today: string) {
  for (const field of ['from', 'to'] as const) {
    if (!isCalendarDay(input[field])) throw invalid('invalid_date', `The field ${field} is not a calendar day (YYYY-MM-DD).`, field);
  }
  if (input.to < input.from) throw invalid('invalid_range', 'The field to is before from.', 'to');
  if (input.to > today) throw invalid('to_in_future', `The field to is after today (${today}, UTC): days not yet over cannot be billed.`, 'to');
  if (dayNumber(input.to) - dayNumber(input.from) + 1 > MAX_REPORT_DAYS) throw invalid('range_too_long', `A report covers at most ${MAX_REPORT_DAYS} days.`, 'to');
}

/**
 * Billing reports (PRODUCT.md §5): a partner asks for the package-days of a date range, per
 * partner, customer or user; a job prices them from the operator's price book (billing's face)
 * and stores the CSV to download. Pure rules in billing-reports.policy.ts.
 */
export function createBillingReportsService(app: AppContext) {
  const { db } = app;

  /** The report as the actor may see it: missing and another partner's are the same 404. */
  async function visible(actor: Actor, id: string) {
    const row = inScope(actor, await repo.findReport(db.kysely, id), (r) => partnerRef(r.partner_id), 'billing_report', 'id');
    access.require(actor, 'wholesale.billing_reports.view', partnerRef(row.partner_id), ['billing_report', 'id']);
    return row;
  }

  async function request(actor: Actor, input: CreateReportInput) {
    access.require(actor, 'wholesale.billing_reports.request', partnerRef(actor.companyId));
    checkRange(input, new Date().toISOString().slice(0, 10));
    const id = uuidv7();
    await db.kysely.transaction().execute(async (trx) => {
      await repo.insertReport(trx, { id, partnerId: actor.companyId, requestedBy: actor.userId, type: input.type, from: input.from, to: input.to });
      await record(trx, app.jobs, actor, {
        audit: { action: 'wholesale.billing_report_requested', companyId: actor.companyId, targetType: 'wholesale_billing_report', targetId: id, after: input },
        events: [app.jobs.outboxJob(BILLING_REPORT_JOB, { reportId: id })],
      });
    });
    return present((await repo.findReport(db.kysely, id))!);
  }

  const get = async (actor: Actor, id: string) => present(await visible(actor, id));

  async function list(actor: Actor, input: ReportListInput) {
    access.require(actor, 'wholesale.billing_reports.view');
    if (input.partnerId) access.require(actor, 'wholesale.billing_reports.view', partnerRef(input.partnerId), ['partner', 'partnerId']);
    const partnerId = actor.companyType === 'operator' ? input.partnerId ?? null : actor.companyId;
    const limit = input.limit ?? 50;
    const page = toPage(await repo.listReports(db.kysely, { partnerId, before: decodeCursor(input.cursor), limit }), limit);
    return { items: page.items.map(present), nextCursor: page.nextCursor };
  }

  async function download(actor: Actor, id: string) {
    const row = await visible(actor, id);
    if (row.status !== 'ready') throw conflict('report_not_ready', `The report is ${row.status}: download it once its status is ready.`, 'id');
    return { filename: `billing-report-${row.type}-${row.from_date}-${row.to_date}.csv`, body: (await repo.reportCsv(db.kysely, id))! };
  }

  /** What the partner's customers held in the range, as the policy's holdings. */
  async function holdings(partnerId: string, start: Date, end: Date): Promise<Holding[]> {
    const [assignments, periods] = await Promise.all([
      repo.assignmentsOverlapping(db.kysely, partnerId, start, end),
      repo.linePeriodsOverlapping(db.kysely, partnerId, ADDONS, start, end),
    ]);
    const customer = (r: { customer_id: string; external_id: string; customer_name: string; country: string }) =>
      ({ customerId: r.customer_id, externalId: r.external_id, customerName: r.customer_name, market: r.country });
    return [
      ...assignments.map((a): Holding => ({
        ...customer(a), subscriberId: a.subscriber_id, email: a.email, subscriberName: `${a.first_name} ${a.last_name}`.trim(),
        package: a.package, kind: kindOf(a.package), quantity: 1, start: a.started_at, end: a.ended_at,
      })),
      ...periods.map((p): Holding => ({
        ...customer(p), subscriberId: null, email: null, subscriberName: null, package: p.name, kind: 'addon', quantity: p.quantity, start: p.started_at, end: p.ended_at,
      })),
    ];
  }

  async function generate(data: { reportId: string }, context: JobContext) {
    const report = await repo.findReport(db.kysely, data.reportId);
    if (!report || !(await repo.setStatus(db.kysely, report.id, ['queued', 'generating'], { status: 'generating' }))) return;
    try {
      const fromDay = dayNumber(report.from_date);
      const toDay = dayNumber(report.to_date);
      const [held, book] = await Promise.all([holdings(report.partner_id, new Date(fromDay * DAY_MS), new Date((toDay + 1) * DAY_MS)), packagePrices(db.kysely)]);
      const rows = reportRows(report.type, usageRows(held, book, fromDay, toDay));
      await finish(report, { status: 'ready', csv: csvText(REPORT_HEADERS[report.type], rows), rowCount: rows.length });
    } catch (error) {
      if (!context.lastAttempt) throw error;
      await finish(report, { status: 'failed', error: error instanceof Error ? error.message : String(error) });
    }
  }

  async function finish(report: repo.ReportRow, outcome: { status: 'ready' | 'failed'; csv?: string; rowCount?: number; error?: string }) {
    await db.kysely.transaction().execute(async (trx) => {
      if (!(await repo.setStatus(trx, report.id, ['generating'], outcome))) return;
      await writeAudit(trx, SYSTEM, { action: `wholesale.billing_report_${outcome.status}`, companyId: report.partner_id, targetType: 'wholesale_billing_report', targetId: report.id, after: { rowCount: outcome.rowCount ?? null, error: outcome.error ?? null } });
      await app.jobs.emit(trx, { type: 'wholesale.billing_report_completed', companyId: report.partner_id, actorUserId: report.requested_by, payload: { reportId: report.id, partnerId: report.partner_id, status: outcome.status } });
    });
  }

  const jobs: JobSpec[] = [{ name: BILLING_REPORT_JOB, handler: generate, retryLimit: 3, retryDelaySeconds: 5 }];

  return { request, get, list, download, jobs };
}

export type BillingReportsService = ReturnType<typeof createBillingReportsService>;
