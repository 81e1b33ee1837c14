import type { Executor } from '../../platform/db/db.ts';

const COLUMNS = ['company_id', 'noc_email', 'noc_phone', 'escalation', 'updated_at'] as const;

export function supportDetailsOf(db: Executor, companyId: string) {
  return db.selectFrom('support_details').select(COLUMNS).where('company_id', '=', companyId).executeTakeFirst();
}

export type SupportDetailsRow = NonNullable<Awaited<ReturnType<typeof supportDetailsOf>>>;
export type SupportDetailsValues = Pick<SupportDetailsRow, 'noc_email' | 'noc_phone' | 'escalation'>;

/** Replaces a company's support details (PUT: fields left out are cleared). */
export function saveSupportDetails(db: Executor, companyId: string, values: SupportDetailsValues, by: string) {
  return db
    .insertInto('support_details')
    .values({ company_id: companyId, ...values, updated_by: by })
    .onConflict((oc) => oc.column('company_id').doUpdateSet({ ...values, updated_by: by, updated_at: new Date() }))
    .returning(COLUMNS)
    .executeTakeFirstOrThrow();
}
