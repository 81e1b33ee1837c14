import { Type, type Static } from '@sinclair/typebox';
import { ListOf, ListQuery, Nullable, StringEnumOf, Timestamp, Uuid } from '../../platform/http/schemas.ts';
import type { ReportStatus, ReportType } from './wholesale.tables.ts';
import { MAX_REPORT_DAYS } from './billing-reports.policy.ts';

const Day = (description: string) => Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description });
const TypeSchema = StringEnumOf<ReportType>({ partner: true, customer: true, user: true }, {
  title: 'WholesaleBillingReportType', description: 'partner: one row per package (and currency); customer: per customer and package; user: per subscriber and package (add-ons per line)',
});

export const CreateReportBody = Type.Object({
  from: Day('The first day of the range (UTC), YYYY-MM-DD'),
  to: Day(`The last day of the range, inclusive, not after today; at most ${MAX_REPORT_DAYS} days after from`),
  type: TypeSchema,
}, { additionalProperties: false, title: 'CreateWholesaleBillingReport' });
export type CreateReportInput = Static<typeof CreateReportBody>;

export const ReportSchema = Type.Object({
  id: Uuid, url: Type.String(), partnerId: Uuid, type: TypeSchema, from: Type.String(), to: Type.String(),
  status: StringEnumOf<ReportStatus>({ queued: true, generating: true, ready: true, failed: true }, { title: 'WholesaleBillingReportStatus' }),
  rowCount: Nullable(Type.Integer()), error: Nullable(Type.String()),
  downloadUrl: Nullable(Type.String({ description: 'The CSV, once ready' })),
  createdAt: Timestamp, completedAt: Nullable(Timestamp),
}, { title: 'WholesaleBillingReport' });

export const ReportListQuery = Type.Composite([ListQuery, Type.Object({ partnerId: Type.Optional(Uuid) })], { additionalProperties: false });
export type ReportListInput = Static<typeof ReportListQuery>;
export const ReportListSchema = ListOf(ReportSchema, 'WholesaleBillingReport');
