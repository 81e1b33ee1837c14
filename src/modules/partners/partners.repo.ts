import { sql } from 'kysely';
import { runPrepared, type Executor } from '../../platform/db/db.ts';
import type { StoredSettings } from './partners.settings.ts';
import type { SettingColumns as SettingsRow } from './partners.tables.ts';


const toStored = (row: SettingsRow): StoredSettings => ({
  dashboard: row.dashboard, supportChat: row.support_chat, companyProfile: row.company_profile, showPrices: row.show_prices,
  supportedBy: row.supported_by, approvalQueue: row.approval_queue,
});

const toColumns = (values: Partial<StoredSettings>) => {
  const columns: Partial<SettingsRow> = {};
  if (values.dashboard !== undefined) columns.dashboard = values.dashboard;
  if (values.supportChat !== undefined) columns.support_chat = values.supportChat;
  if (values.companyProfile !== undefined) columns.company_profile = values.companyProfile;
  if (values.showPrices !== undefined) columns.show_prices = values.showPrices;
  if (values.supportedBy !== undefined) columns.supported_by = values.supportedBy;
  if (values.approvalQueue !== undefined) columns.approval_queue = values.approvalQueue;
  return columns;
};

const SETTING_COLUMNS = ['dashboard', 'support_chat', 'company_profile', 'show_prices', 'supported_by', 'approval_queue'] as const;

/** A managed account's own settings and its partner's defaults, in one round trip (loaded with every managed actor). */
export async function settingsOf(db: Executor, companyId: string, partnerId: string): Promise<{ own?: StoredSettings; defaults?: StoredSettings }> {
  const { rows } = await sql<{ own: SettingsRow | null; defaults: SettingsRow | null }>`
    SELECT (SELECT to_jsonb(m) FROM managed_settings m WHERE m.company_id = ${companyId}) AS own,
           (SELECT to_jsonb(d) FROM partner_defaults d WHERE d.partner_id = ${partnerId}) AS defaults`.execute(db);
  const row = rows[0];
  return { own: row?.own ? toStored(row.own) : undefined, defaults: row?.defaults ? toStored(row.defaults) : undefined };
}

export async function partnerDefaultsOf(db: Executor, partnerId: string): Promise<StoredSettings | undefined> {
  const row = await db.selectFrom('partner_defaults').select(SETTING_COLUMNS).where('partner_id', '=', partnerId).executeTakeFirst();
  return row ? toStored(row) : undefined;
}

/** Sets some of an account's own settings (null = inherit again), creating its row on first use; under the row's lock. */
export async function saveManagedSettings(db: Executor, companyId: string, partnerId: string, values: Partial<StoredSettings>, by: string) {
  const columns = toColumns(values);
  await db
    .insertInto('managed_settings')
    .values({ company_id: companyId, partner_id: partnerId, ...columns, updated_by: by })
    .onConflict((oc) => oc.column('company_id').doUpdateSet({ ...columns, updated_by: by, updated_at: new Date() }))
    .execute();
}

const BRANDING_COLUMNS = ['partner_id', 'display_name', 'logo_url', 'primary_color', 'support_email', 'support_url', 'support_phone', 'updated_at'] as const;

export function brandingOf(db: Executor, partnerId: string) {
  return db.selectFrom('partner_branding').select(BRANDING_COLUMNS).where('partner_id', '=', partnerId).executeTakeFirst();
}

export type BrandingRow = NonNullable<Awaited<ReturnType<typeof brandingOf>>>;

/** Several companies' branding in one query (an e-mail batch's recipients' partners). */
export function brandingsOf(db: Executor, companyIds: string[]) {
  if (companyIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('partner_branding').select(BRANDING_COLUMNS).where('partner_id', 'in', companyIds).execute();
}
export type BrandingValues = Omit<BrandingRow, 'partner_id' | 'updated_at'>;

/** Replaces a partner's branding (PUT: fields left out are cleared). */
export function saveBranding(db: Executor, partnerId: string, values: BrandingValues, by: string) {
  return db
    .insertInto('partner_branding')
    .values({ partner_id: partnerId, ...values, updated_by: by })
    .onConflict((oc) => oc.column('partner_id').doUpdateSet({ ...values, updated_by: by, updated_at: new Date() }))
    .returning(BRANDING_COLUMNS)
    .executeTakeFirstOrThrow();
}

/** Sets some of a partner's defaults (supportChat null = follow supportedBy). */
export async function savePartnerDefaults(db: Executor, partnerId: string, values: Partial<StoredSettings>, by: string) {
  const columns = toColumns(values);
  await db
    .insertInto('partner_defaults')
    .values({ partner_id: partnerId, ...columns, updated_by: by })
    .onConflict((oc) => oc.column('partner_id').doUpdateSet({ ...columns, updated_by: by, updated_at: new Date() }))
    .execute();
}

const MARKET_COLUMNS = ['id', 'company_id', 'country', 'enabled_by', 'enabled_at'] as const;

export type MarketRow = Awaited<ReturnType<typeof marketsOf>>[number];

export function marketsOf(db: Executor, companyId: string) {
  return db.selectFrom('billing_markets').select(MARKET_COLUMNS).where('company_id', '=', companyId).orderBy('country').execute();
}

export function findMarket(db: Executor, id: string) {
  return db.selectFrom('billing_markets').select(MARKET_COLUMNS).where('id', '=', id).executeTakeFirst();
}

/** The market, added unless it is there (one row per company and country, whoever enables it at once); `created` says which. */
export async function enableMarket(db: Executor, values: { id: string; companyId: string; country: string; by: string | null; at?: Date }) {
  const inserted = await db
    .insertInto('billing_markets')
    .values({ id: values.id, company_id: values.companyId, country: values.country, enabled_by: values.by, ...(values.at ? { enabled_at: values.at } : {}) })
    .onConflict((oc) => oc.columns(['company_id', 'country']).doNothing())
    .returning(MARKET_COLUMNS)
    .executeTakeFirst();
  if (inserted) return { row: inserted, created: true };
  const existing = await db.selectFrom('billing_markets').select(MARKET_COLUMNS)
    .where('company_id', '=', values.companyId).where('country', '=', values.country).executeTakeFirstOrThrow();
  return { row: existing, created: false };
}

/** Removes the market; undefined when another request removed it first. */
export function disableMarket(db: Executor, id: string) {
  return db.deleteFrom('billing_markets').where('id', '=', id).returning(MARKET_COLUMNS).executeTakeFirst();
}

/** Whether the company has a market in the country (the ordering check; prepared: ordering is hot). */
export async function hasMarket(db: Executor, companyId: string, country: string): Promise<boolean> {
  const rows = await runPrepared(db, db.selectFrom('billing_markets').select('id').where('company_id', '=', companyId).where('country', '=', country).limit(1));
  return rows.length > 0;
}

/** The countries the company has markets in. */
export async function marketCountries(db: Executor, companyId: string): Promise<Set<string>> {
  const rows = await db.selectFrom('billing_markets').select('country').where('company_id', '=', companyId).execute();
  return new Set(rows.map((r) => r.country));
}
