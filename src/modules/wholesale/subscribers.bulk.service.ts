import type { AppContext } from '../../platform/context.ts';
import type { Actor } from '../../platform/actor.ts';
import { AppError } from '../../platform/errors.ts';
import { refuseGone } from './locations.service.ts';
import { checkCsvValues, readBulkCsv, type SubscriberProblem } from './subscribers.policy.ts';
import { uniqueProblem, type SubscribersService } from './subscribers.service.ts';

/** Thrown inside the bulk transaction when a row failed: rolls every row back, carrying the report. */
class RowsFailed extends Error {
  constructor(readonly rows: BulkRow[]) { super('rows failed'); }
}

interface BulkRow { row: number; ok: boolean; subscriberId?: string; problems: SubscriberProblem[] }

/**
 * Bulk add by CSV: every row checked fully and placed in ONE transaction; when any row fails,
 * nothing is created and every row's result is reported.
 */
export function createBulkService(app: AppContext, subscribers: SubscribersService) {
  const { db } = app;

  async function upload(actor: Actor, customerId: string, csv: string) {
    const read = readBulkCsv(csv);
    if ('problem' in read) {
      const { problem } = read;
      throw new AppError('invalid', problem.code, problem.detail, problem.field, undefined, problem.code === 'too_many_rows' ? 422 : 400);
    }
    try {
      return await db.kysely.transaction().execute(async (trx) => {
        const customer = await subscribers.visibleCustomer(trx, actor, customerId);
        refuseGone(customer, 'id');
        const checked = read.rows.map((r) => ({ ...r, problems: checkCsvValues(r.values) }));
        const valid = checked.filter((r) => r.problems.length === 0);
        const placed = await subscribers.placeAll(trx, actor, customer, valid.map(({ values: v }) => ({
          email: v.email, firstName: v.firstName, lastName: v.lastName, package: v.package, role: v.role === 'admin' ? 'admin' : 'user',
          locationId: null, ...(v.location ? { locationName: v.location } : {}), phoneNumber: v.phoneNumber || null, extension: v.extension || null,
        })));
        const byRow = new Map(valid.map((r, i) => [r.row, placed[i]!]));
        const rows: BulkRow[] = checked.map((r) => {
          const result = byRow.get(r.row);
          if (result && 'row' in result) return { row: r.row, ok: true, subscriberId: result.row.id, problems: [] };
          const problems = [...r.problems, ...(result && 'problems' in result ? result.problems : [])];
          return { row: r.row, ok: false, problems };
        });
        if (rows.some((r) => !r.ok)) throw new RowsFailed(rows.map((r) => (r.ok ? { row: r.row, ok: true, problems: [] } : r)));
        return { ok: true, created: rows.length, rows };
      });
    } catch (error) {
      if (error instanceof RowsFailed) return { ok: false, created: 0, rows: error.rows };
      throw uniqueProblem(error);
    }
  }

  return { upload };
}

export type BulkService = ReturnType<typeof createBulkService>;
