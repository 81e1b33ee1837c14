import { runPrepared, type Executor } from '../../platform/db/db.ts';
import { uuidv7 } from '../../platform/ids.ts';
import type { CustomerStatus, LineStatus, ProvisioningNote, StoredDialIn, WholesaleAddress, WholesaleHeadquarters } from './wholesale.tables.ts';

const COLUMNS = [
  'wholesale_customers.id', 'wholesale_customers.partner_id', 'company_id', 'template_id', 'external_id', 'wholesale_customers.name', 'primary_email', 'language',
  'address', 'country', 'headquarters', 'data_region', 'dial_in', 'status', 'errors', 'warnings', 'created_by',
  'wholesale_customers.created_at', 'wholesale_customers.updated_at', 'provisioned_at', 'wholesale_customers.deprovisioned_at',
] as const;

/** A customer with its company's screening status (accounts' company_directory view). */
function selectCustomers(db: Executor) {
  return db.selectFrom('wholesale_customers')
    .innerJoin('company_directory as c', 'c.id', 'wholesale_customers.company_id')
    .select([...COLUMNS, 'c.compliance_status', 'c.compliance_checked_at']);
}

export type CustomerRow = NonNullable<Awaited<ReturnType<typeof findCustomer>>>;

/** One customer; `forUpdate` locks its row (not the company's) for the rest of the transaction. */
export function findCustomer(db: Executor, id: string, options: { forUpdate?: boolean } = {}) {
  const query = selectCustomers(db).where('wholesale_customers.id', '=', id);
  // Prepared: every subscriber, location and number request starts here.
  return runPrepared(db, options.forUpdate ? query.forUpdate('wholesale_customers') : query).then((rows) => rows[0]);
}

export function findByExternalId(db: Executor, partnerId: string, externalId: string) {
  return selectCustomers(db).where('wholesale_customers.partner_id', '=', partnerId).where('external_id', '=', externalId).executeTakeFirst();
}

/** The partner's live customer for its own organisation (at most one: index wholesale_customers_own). */
export function findOwnOrganisation(db: Executor, partnerId: string) {
  return selectCustomers(db).where('wholesale_customers.partner_id', '=', partnerId).whereRef('wholesale_customers.company_id', '=', 'wholesale_customers.partner_id')
    .where('wholesale_customers.status', '<>', 'deprovisioned').executeTakeFirst();
}

export interface NewCustomer {
  id: string;
  partnerId: string;
  companyId: string;
  templateId: string;
  externalId: string;
  name: string;
  primaryEmail: string;
  language: 'en' | 'de' | 'it';
  address: WholesaleAddress;
  headquarters: WholesaleHeadquarters | null;
  dataRegion: string;
  dialIn: StoredDialIn;
  warnings: ProvisioningNote[];
  createdBy: string | null;
}

/** The new customer's id, or undefined when the partner has one with that externalId already (also one committed meanwhile). */
export async function insertCustomer(db: Executor, v: NewCustomer) {
  const row = await db.insertInto('wholesale_customers').values({
    id: v.id, partner_id: v.partnerId, company_id: v.companyId, template_id: v.templateId, external_id: v.externalId, name: v.name,
    primary_email: v.primaryEmail, language: v.language, address: JSON.stringify(v.address), country: v.address.country,
    headquarters: JSON.stringify(v.headquarters), data_region: v.dataRegion, dial_in: JSON.stringify(v.dialIn), status: 'provisioning',
    warnings: JSON.stringify(v.warnings), created_by: v.createdBy,
  }).onConflict((oc) => oc.columns(['partner_id', 'external_id']).doNothing()).returning('id').executeTakeFirst();
  return row?.id;
}

/** A customer's package lines, in catalogue-independent name order. */
export function listLines(db: Executor, customerIds: string[]) {
  if (customerIds.length === 0) return Promise.resolve([]);
  // = ANY($1): one text (a prepared statement) for any number of customers.
  return runPrepared(db, db.selectFrom('wholesale_package_lines').selectAll().where((eb) => eb('customer_id', '=', eb.fn.any(eb.val(customerIds)))).orderBy('customer_id').orderBy('name'));
}

/** Locks a customer's lines (a package update compares with what is assigned). */
export function lockLines(db: Executor, customerId: string) {
  return db.selectFrom('wholesale_package_lines').selectAll().where('customer_id', '=', customerId).orderBy('name').forUpdate().execute();
}

export async function insertLines(db: Executor, customerId: string, lines: { name: string; quantity: number; status: LineStatus }[], at: Date) {
  if (lines.length === 0) return;
  await db.insertInto('wholesale_package_lines').values(lines.map((l) => ({ customer_id: customerId, name: l.name, quantity: l.quantity, status: l.status }))).execute();
  await openPeriods(db, customerId, lines, at);
}

async function openPeriods(db: Executor, customerId: string, lines: { name: string; quantity: number }[], at: Date) {
  if (lines.length === 0) return;
  await db.insertInto('wholesale_line_periods').values(lines.map((l) => ({ id: uuidv7(), customer_id: customerId, name: l.name, quantity: l.quantity, started_at: at }))).execute();
}

/** Ends the open quantity periods of the named lines (every line when names is null). */
export async function closePeriods(db: Executor, customerId: string, names: string[] | null, at: Date) {
  let query = db.updateTable('wholesale_line_periods').set({ ended_at: at }).where('customer_id', '=', customerId).where('ended_at', 'is', null);
  if (names) {
    if (names.length === 0) return;
    query = query.where('name', 'in', names);
  }
  await query.execute();
}

/** Sets a line's quantity (its assigned count stays; the caller checked it is not above). */
export async function setLineQuantity(db: Executor, customerId: string, name: string, quantity: number, at: Date) {
  await db.updateTable('wholesale_package_lines').set({ quantity }).where('customer_id', '=', customerId).where('name', '=', name).execute();
  await closePeriods(db, customerId, [name], at);
  await openPeriods(db, customerId, [{ name, quantity }], at);
}

export async function deleteLine(db: Executor, customerId: string, name: string, at: Date) {
  await db.deleteFrom('wholesale_package_lines').where('customer_id', '=', customerId).where('name', '=', name).execute();
  await closePeriods(db, customerId, [name], at);
}

export function setLineStatus(db: Executor, customerId: string, name: string, status: LineStatus, error: ProvisioningNote | null = null) {
  return db.updateTable('wholesale_package_lines').set({ status, error: JSON.stringify(error) }).where('customer_id', '=', customerId).where('name', '=', name).execute();
}

/**
 * Takes one of a package for a subscriber: true when the cap allowed it. One conditional UPDATE, so
 * concurrent takes are serialised by the row lock and the cap is never passed.
 */
export async function takeOne(db: Executor, customerId: string, name: string): Promise<boolean> {
  const rows = await runPrepared(db, db.updateTable('wholesale_package_lines').set((eb) => ({ assigned: eb('assigned', '+', 1) }))
    .where('customer_id', '=', customerId).where('name', '=', name).whereRef('assigned', '<', 'quantity')
    .returning('assigned'));
  return rows.length > 0;
}

/** Gives one back (a subscriber removed or moved to another package). */
export async function releaseOne(db: Executor, customerId: string, name: string) {
  await db.updateTable('wholesale_package_lines').set((eb) => ({ assigned: eb('assigned', '-', 1) }))
    .where('customer_id', '=', customerId).where('name', '=', name).where('assigned', '>', 0).execute();
}

export function setStatus(db: Executor, id: string, v: { status: CustomerStatus; errors?: ProvisioningNote[]; warnings?: ProvisioningNote[]; provisionedAt?: Date; deprovisionedAt?: Date }) {
  return db.updateTable('wholesale_customers').set({
    status: v.status, updated_at: new Date(),
    ...(v.errors ? { errors: JSON.stringify(v.errors) } : {}),
    ...(v.warnings ? { warnings: JSON.stringify(v.warnings) } : {}),
    ...(v.provisionedAt ? { provisioned_at: v.provisionedAt } : {}),
    ...(v.deprovisionedAt ? { deprovisioned_at: v.deprovisionedAt } : {}),
  }).where('id', '=', id).execute();
}

export function updateAddress(db: Executor, id: string, address: WholesaleAddress, dialIn: StoredDialIn) {
  return db.updateTable('wholesale_customers').set({ address: JSON.stringify(address), country: address.country, dial_in: JSON.stringify(dialIn), updated_at: new Date() })
    .where('id', '=', id).execute();
}

/** A partner's customers (null: every partner's), oldest first, `limit + 1` rows after the cursor's id. */
export function listCustomers(db: Executor, v: { partnerId: string | null; externalId?: string; statuses?: CustomerStatus[]; pendingReview?: boolean; after: string | null; limit: number }) {
  let query = selectCustomers(db);
  if (v.partnerId) query = query.where('wholesale_customers.partner_id', '=', v.partnerId);
  if (v.externalId) query = query.where('external_id', '=', v.externalId);
  if (v.statuses) query = query.where('status', 'in', v.statuses);
  if (v.pendingReview !== undefined) {
    query = v.pendingReview ? query.where('c.compliance_status', '=', 'potential_match') : query.where((eb) => eb.or([eb('c.compliance_status', 'is', null), eb('c.compliance_status', '<>', 'potential_match')]));
  }
  if (v.after) query = query.where('wholesale_customers.id', '>', v.after);
  return query.orderBy('wholesale_customers.id').limit(v.limit + 1).execute();
}

/** Whether any customer uses the template (a template in use is not deleted). */
export async function templateInUse(db: Executor, templateId: string) {
  const row = await db.selectFrom('wholesale_customers').select('id').where('template_id', '=', templateId).limit(1).executeTakeFirst();
  return row !== undefined;
}

/** The customers of a company (one, or none; the partner's own organisation may be several). */
export function customersOfCompany(db: Executor, companyId: string) {
  return db.selectFrom('wholesale_customers').select(['id', 'partner_id', 'external_id', 'status']).where('company_id', '=', companyId).execute();
}

/** The headquarters location provisioning makes (once: undefined when the customer has one). */
export async function insertHeadquarters(db: Executor, v: { id: string; customerId: string; name: string; address: WholesaleAddress; timeZone: string; language: 'en' | 'de' | 'it' }) {
  const has = await db.selectFrom('wholesale_locations').select('id').where('customer_id', '=', v.customerId).where('headquarters', '=', true).executeTakeFirst();
  if (has) return has.id;
  await db.insertInto('wholesale_locations').values({
    id: v.id, customer_id: v.customerId, name: v.name, address: JSON.stringify(v.address), time_zone: v.timeZone, language: v.language, headquarters: true,
  }).execute();
  return v.id;
}

/** The full administrator provisioning makes, with its package taken and its history opened (once per customer). */
/** The customer's full admin, if it has one. */
export function fullAdminOf(db: Executor, customerId: string) {
  return db.selectFrom('wholesale_subscribers').select('id').where('customer_id', '=', customerId).where('role', '=', 'full_admin').executeTakeFirst();
}

/** Whether an active subscriber has this e-mail (the full admin's may be taken by another customer's subscriber). */
export async function emailInUse(db: Executor, email: string) {
  const row = await db.selectFrom('wholesale_subscribers').select('id').where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase())).where('removed_at', 'is', null).executeTakeFirst();
  return row !== undefined;
}

/** Removes every subscriber and number of a customer and ends its package history: how many subscribers it removed. */
export async function clearCustomer(db: Executor, customerId: string, at: Date) {
  await db.updateTable('wholesale_assignments').set({ ended_at: at }).where('customer_id', '=', customerId).where('ended_at', 'is', null).execute();
  await db.deleteFrom('wholesale_numbers').where('customer_id', '=', customerId).execute();
  const removed = await db.updateTable('wholesale_subscribers').set({ removed_at: at, updated_at: at }).where('customer_id', '=', customerId).where('removed_at', 'is', null).returning('id').execute();
  await db.updateTable('wholesale_package_lines').set({ assigned: 0 }).where('customer_id', '=', customerId).execute();
  await closePeriods(db, customerId, null, at);
  return removed.length;
}
