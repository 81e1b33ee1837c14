import { runPrepared, type Executor } from '../../platform/db/db.ts';
import type { CallingSettings, EmailSettings } from './wholesale.tables.ts';

const COLUMNS = [
  'id', 'partner_id', 'name', 'provisioning_id', 'provider_admin_email', 'country', 'region', 'default_email_language', 'subscription',
  'pstn_provider', 'auth_method', 'saml_metadata', 'email_settings', 'calling_settings', 'created_by', 'created_at', 'updated_at',
] as const;

export type TemplateRow = NonNullable<Awaited<ReturnType<typeof findTemplate>>>;

/** The values a template is written with (settings as objects; the repo stores them as JSON). */
export type TemplateValues = Omit<TemplateRow, 'id' | 'partner_id' | 'provisioning_id' | 'created_by' | 'created_at' | 'updated_at'> & {
  email_settings: EmailSettings;
  calling_settings: CallingSettings;
};

const stored = (values: TemplateValues) => ({
  ...values, email_settings: JSON.stringify(values.email_settings), calling_settings: JSON.stringify(values.calling_settings),
});

/** The new template, or undefined when the partner has one of that name already (also one committed meanwhile). */
export function insertTemplate(db: Executor, v: { id: string; partnerId: string; provisioningId: string; createdBy: string; values: TemplateValues }) {
  return db.insertInto('wholesale_templates')
    .values({ ...stored(v.values), id: v.id, partner_id: v.partnerId, provisioning_id: v.provisioningId, created_by: v.createdBy })
    .onConflict((oc) => oc.columns(['partner_id', 'name']).doNothing())
    .returning(COLUMNS)
    .executeTakeFirst();
}

/** One template; `forUpdate` locks it for the rest of the transaction (an edit merges into what is there). */
export function findTemplate(db: Executor, id: string, options: { forUpdate?: boolean } = {}) {
  const query = db.selectFrom('wholesale_templates').select(COLUMNS).where('id', '=', id);
  return runPrepared(db, options.forUpdate ? query.forUpdate() : query).then((rows) => rows[0]);
}

/** A partner's templates (null: every partner's), oldest first, `limit + 1` rows after the cursor's id. */
export function listTemplates(db: Executor, v: { partnerId: string | null; after: string | null; limit: number }) {
  let query = db.selectFrom('wholesale_templates').select(COLUMNS);
  if (v.partnerId) query = query.where('partner_id', '=', v.partnerId);
  if (v.after) query = query.where('id', '>', v.after);
  return query.orderBy('id').limit(v.limit + 1).execute();
}

/** Replaces its values (a whole template); throws the unique violation wholesale_templates_partner_name when the new name is the partner's already. */
export function updateTemplate(db: Executor, id: string, values: TemplateValues) {
  return db.updateTable('wholesale_templates').set({ ...stored(values), updated_at: new Date() }).where('id', '=', id).returning(COLUMNS).executeTakeFirstOrThrow();
}

/** Removes it; undefined when another request removed it first. */
export function deleteTemplate(db: Executor, id: string) {
  return db.deleteFrom('wholesale_templates').where('id', '=', id).returning(COLUMNS).executeTakeFirst();
}

/** The template a provisioning id names (customer creation). */
export function findByProvisioningId(db: Executor, provisioningId: string) {
  return db.selectFrom('wholesale_templates').select(COLUMNS).where('provisioning_id', '=', provisioningId).executeTakeFirst();
}
