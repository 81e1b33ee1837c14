import { CompiledQuery, sql, type ExpressionBuilder } from 'kysely';
import type { Database } from '../../database.ts';
import { prepareStatement, type Executor } from '../../platform/db/db.ts';
import type { BillingAddress, CompanyType, ComplianceStatus, Language, Role } from './accounts.tables.ts';
import { principalsChanged } from './principal-cache.ts';
import type { TreeScope } from '../../platform/access/access.ts';

/** All SQL of the accounts module. */

const companyFields = ['companies.id', 'companies.type', 'companies.name', 'companies.partner_id', 'companies.account_ref', 'companies.billing_address', 'companies.created_at', 'companies.updated_at',
  'companies.compliance_status', 'companies.compliance_checked_at', 'companies.deprovisioned_at'] as const;

/** A company's columns plus its partner's name (so a managed account can show who manages it). */
const companyColumns = (eb: ExpressionBuilder<Database, 'companies'>) => [
  ...companyFields,
  eb.selectFrom('companies as partner').select('partner.name').whereRef('partner.id', '=', 'companies.partner_id').as('partner_name'),
];
const userColumns = ['id', 'company_id', 'email', 'first_name', 'last_name', 'role', 'language', 'created_at', 'updated_at'] as const;

export type CompanyRow = NonNullable<Awaited<ReturnType<typeof findCompany>>>;
export type UserRow = NonNullable<Awaited<ReturnType<typeof findUser>>>;

export function findCompany(db: Executor, id: string) {
  return db.selectFrom('companies').select(companyColumns).where('id', '=', id).executeTakeFirst();
}

export function findCompanies(db: Executor, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('companies').select(companyColumns).where('id', 'in', ids).execute();
}

export function findOperator(db: Executor) {
  return db.selectFrom('companies').select(companyColumns).where('type', '=', 'operator').executeTakeFirst();
}

export function findCompanyForUpdate(db: Executor, id: string) {
  return db.selectFrom('companies').select(companyColumns).where('id', '=', id).forUpdate().executeTakeFirst();
}

/** Takes a company's row lock (other modules' one-at-a-time-per-company work) without reading it. */
export async function lockCompany(db: Executor, id: string) {
  await db.selectFrom('companies').select('id').where('id', '=', id).forUpdate().execute();
}

/** `q` as a literal ILIKE pattern part: its % and _ match themselves. */
const likePart = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function listCompanies(db: Executor, scope: TreeScope, options: { after: string | null; limit: number; type?: CompanyType; q?: string }) {
  let query = db.selectFrom('companies').select(companyColumns);
  if (scope.root) {
    const root = scope.root;
    query = query.where((eb) => (scope.withManaged ? eb.or([eb('id', '=', root), eb('partner_id', '=', root)]) : eb('id', '=', root)));
  }
  if (options.type) query = query.where('type', '=', options.type);
  if (options.q) {
    const pattern = likePart(options.q.trim());
    query = query.where((eb) => eb.or([eb('name', 'ilike', pattern), eb('account_ref', 'ilike', pattern)]));
  }
  if (options.after) query = query.where('id', '>', options.after);
  return query.orderBy('id').limit(options.limit + 1).execute();
}

export async function insertCompany(
  db: Executor,
  values: { id: string; type: CompanyType; name: string; partnerId: string | null; accountRef: string | null; billingAddress: BillingAddress | null; createdAt?: Date },
) {
  return db
    .insertInto('companies')
    .values({
      id: values.id,
      type: values.type,
      name: values.name,
      partner_id: values.partnerId,
      account_ref: values.accountRef,
      billing_address: values.billingAddress ? JSON.stringify(values.billingAddress) : null,
      // Every customer is screened (compliance): pending until its first check.
      compliance_status: values.type === 'operator' ? null : 'pending',
      ...(values.createdAt ? { created_at: values.createdAt, updated_at: values.createdAt } : {}),
    })
    .returning(companyColumns)
    .executeTakeFirstOrThrow();
}

export function updateCompany(db: Executor, id: string, patch: { name?: string; accountRef?: string | null; billingAddress?: BillingAddress | null }) {
  principalsChanged();
  return db
    .updateTable('companies')
    .set({
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.accountRef !== undefined ? { account_ref: patch.accountRef } : {}),
      ...(patch.billingAddress !== undefined ? { billing_address: patch.billingAddress ? JSON.stringify(patch.billingAddress) : null } : {}),
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .returning(companyColumns)
    .executeTakeFirstOrThrow();
}

export function findUser(db: Executor, id: string) {
  return db.selectFrom('users').select(userColumns).where('id', '=', id).where('removed_at', 'is', null).executeTakeFirst();
}

export function findUserForUpdate(db: Executor, id: string) {
  return db.selectFrom('users').select(userColumns).where('id', '=', id).where('removed_at', 'is', null).forUpdate().executeTakeFirst();
}

export function findUserByEmail(db: Executor, email: string) {
  return db
    .selectFrom('users')
    .innerJoin('companies', 'companies.id', 'users.company_id')
    .select([
      'users.id', 'users.company_id', 'users.email', 'users.first_name', 'users.last_name', 'users.role', 'users.language',
      'users.created_at', 'users.updated_at', 'users.password_hash', 'companies.type as company_type', 'companies.partner_id',
    ])
    .where(sql<string>`lower(users.email)`, '=', email.toLowerCase())
    .where('users.removed_at', 'is', null)
    .executeTakeFirst();
}

export function findPasswordHash(db: Executor, userId: string) {
  return db.selectFrom('users').select('password_hash').where('id', '=', userId).executeTakeFirst();
}

export function listUsers(db: Executor, companyId: string, options: { after: string | null; limit: number }) {
  let query = db.selectFrom('users').select(userColumns).where('company_id', '=', companyId).where('removed_at', 'is', null);
  if (options.after) query = query.where('id', '>', options.after);
  return query.orderBy('id').limit(options.limit + 1).execute();
}

export function countAdmins(db: Executor, companyId: string) {
  return db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('company_id', '=', companyId)
    .where('role', '=', 'company_admin')
    .where('removed_at', 'is', null)
    .executeTakeFirstOrThrow()
    .then((r) => Number(r.n));
}

export function insertUser(
  db: Executor,
  values: {
    id: string; companyId: string; email: string; firstName: string; lastName: string; role: Role; language: Language; passwordHash: string | null; createdAt?: Date;
  },
) {
  return db
    .insertInto('users')
    .values({
      id: values.id,
      company_id: values.companyId,
      email: values.email,
      first_name: values.firstName,
      last_name: values.lastName,
      role: values.role,
      language: values.language,
      password_hash: values.passwordHash,
      ...(values.createdAt ? { created_at: values.createdAt, updated_at: values.createdAt } : {}),
    })
    .returning(userColumns)
    .executeTakeFirstOrThrow();
}

export function updateUser(db: Executor, id: string, patch: { email?: string; firstName?: string; lastName?: string; role?: Role; language?: Language; passwordHash?: string }) {
  principalsChanged();
  return db
    .updateTable('users')
    .set({
      ...(patch.email !== undefined ? { email: patch.email } : {}),
      ...(patch.firstName !== undefined ? { first_name: patch.firstName } : {}),
      ...(patch.lastName !== undefined ? { last_name: patch.lastName } : {}),
      ...(patch.role !== undefined ? { role: patch.role } : {}),
      ...(patch.language !== undefined ? { language: patch.language } : {}),
      ...(patch.passwordHash !== undefined ? { password_hash: patch.passwordHash } : {}),
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .returning(userColumns)
    .executeTakeFirstOrThrow();
}

export async function removeUser(db: Executor, id: string): Promise<void> {
  principalsChanged();
  const now = new Date();
  await db.updateTable('users').set({ removed_at: now, updated_at: now }).where('id', '=', id).execute();
  await db.updateTable('sessions').set({ revoked_at: now }).where('user_id', '=', id).where('revoked_at', 'is', null).execute();
  await db.updateTable('api_keys').set({ revoked_at: now }).where('user_id', '=', id).where('revoked_at', 'is', null).execute();
}

/** Sessions and API keys resolve to the user and company in one query each. */
const principalColumns = [
  'users.id as user_id', 'users.email', 'users.first_name', 'users.last_name', 'users.role as user_role', 'users.language',
  'users.created_at as user_created_at', 'companies.id as company_id', 'companies.type as company_type', 'companies.name as company_name',
  'companies.partner_id', 'companies.account_ref', 'companies.billing_address', 'companies.created_at as company_created_at',
  'companies.updated_at as company_updated_at', 'partner.name as partner_name',
] as const;

function sessionPrincipalQuery(db: Executor, tokenHash: string) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .innerJoin('companies', 'companies.id', 'users.company_id')
    .leftJoin('companies as partner', 'partner.id', 'companies.partner_id')
    .leftJoin('companies as acting', (join) =>
      join.onRef('acting.id', '=', 'sessions.acting_for').onRef('acting.partner_id', '=', 'companies.id').on('acting.type', '=', 'managed'))
    .select([
      ...principalColumns, 'sessions.id as session_id', 'sessions.csrf_token', 'acting.id as acting_id', 'acting.name as acting_name',
      'acting.account_ref as acting_account_ref', 'acting.billing_address as acting_billing_address',
      'acting.created_at as acting_created_at', 'acting.updated_at as acting_updated_at',
    ])
    .where('sessions.token_hash', '=', tokenHash)
    .where('sessions.revoked_at', 'is', null)
    .where('sessions.expires_at', '>', new Date())
    .where('users.removed_at', 'is', null);
}

function apiKeyPrincipalQuery(db: Executor, keyHash: string) {
  return db
    .selectFrom('api_keys')
    .innerJoin('users', 'users.id', 'api_keys.user_id')
    .innerJoin('companies', 'companies.id', 'users.company_id')
    .leftJoin('companies as partner', 'partner.id', 'companies.partner_id')
    .select([...principalColumns, 'api_keys.id as key_id', 'api_keys.role as key_role', 'api_keys.last_used_at'])
    .where('api_keys.key_hash', '=', keyHash)
    .where('api_keys.revoked_at', 'is', null)
    .where('users.removed_at', 'is', null);
}

/**
 * The two lookups behind every authenticated request are compiled once and re-run with new
 * parameters: building a Kysely query per request costs more than the query itself. They also run
 * as named prepared statements, so the database parses and plans the 4-table join once per
 * connection rather than per request (see prepareStatement).
 */
const SECRET = '\u0000secret';
const compiled = new Map<string, CompiledQuery>();

async function firstRow<R>(db: Executor, key: string, build: () => { compile(): CompiledQuery<R> }, secretHash: string): Promise<R | undefined> {
  let query = compiled.get(key) as CompiledQuery<R> | undefined;
  if (!query) {
    query = build().compile();
    compiled.set(key, query);
    prepareStatement(`portico_${key}_principal`, query.sql);
  }
  const parameters = query.parameters.map((p) => (p === SECRET ? secretHash : p instanceof Date ? new Date() : p));
  const result = await db.executeQuery(CompiledQuery.raw(query.sql, parameters) as CompiledQuery<R>);
  return result.rows[0];
}

export const findSessionPrincipal = (db: Executor, tokenHash: string) => firstRow(db, 'session', () => sessionPrincipalQuery(db, SECRET), tokenHash);
export const findApiKeyPrincipal = (db: Executor, keyHash: string) => firstRow(db, 'api_key', () => apiKeyPrincipalQuery(db, SECRET), keyHash);
export type ApiKeyPrincipal = NonNullable<Awaited<ReturnType<typeof findApiKeyPrincipal>>>;

/** The columns both credential lookups return. */
export type Principal = Omit<NonNullable<Awaited<ReturnType<typeof findSessionPrincipal>>>, 'session_id' | 'csrf_token' | `acting_${string}`>;

/** A session's user starts (a managed account's id) or stops (null) acting for an account. */
export function setActingFor(db: Executor, sessionId: string, companyId: string | null) {
  return db.updateTable('sessions').set({ acting_for: companyId }).where('id', '=', sessionId).where('revoked_at', 'is', null).execute();
}

export async function touchApiKey(db: Executor, id: string): Promise<void> {
  await db.updateTable('api_keys').set({ last_used_at: new Date() }).where('id', '=', id).execute();
}

export function insertSession(
  db: Executor,
  values: { id: string; userId: string; companyId: string; tokenHash: string; csrfToken: string; ip: string | null; userAgent: string | null; expiresAt: Date },
) {
  return db
    .insertInto('sessions')
    .values({
      id: values.id,
      user_id: values.userId,
      company_id: values.companyId,
      token_hash: values.tokenHash,
      csrf_token: values.csrfToken,
      ip: values.ip,
      user_agent: values.userAgent,
      expires_at: values.expiresAt,
    })
    .execute();
}

export function revokeSession(db: Executor, id: string) {
  return db.updateTable('sessions').set({ revoked_at: new Date() }).where('id', '=', id).where('revoked_at', 'is', null).execute();
}

export function revokeOtherSessions(db: Executor, userId: string, keepSessionId: string | null) {
  let query = db.updateTable('sessions').set({ revoked_at: new Date() }).where('user_id', '=', userId).where('revoked_at', 'is', null);
  if (keepSessionId) query = query.where('id', '!=', keepSessionId);
  return query.execute();
}

export interface LoginLimits {
  windowMinutes: number;
  maxPerAccount: number;
  maxPerIp: number;
}

export type LoginClaim = { claimed: true } | { claimed: false; retryAfterSeconds: number };

/**
 * Counts a login attempt as a failure before its password is checked, unless the e-mail or the
 * address already has its limit of failures in the window. Run in a transaction: the advisory locks
 * (one per e-mail, one per address, always in that order) make concurrent attempts count one after
 * another, so a burst is limited exactly like a sequence. A successful login removes the claim
 * again with the account's other failures (`clearLoginFailures`).
 */
export async function claimLoginAttempt(trx: Executor, attempt: { id: string; email: string; ip: string }, limits: LoginLimits): Promise<LoginClaim> {
  const { id, email, ip } = attempt;
  await sql`SELECT pg_advisory_xact_lock(hashtextextended('login:account:' || ${email}::text, 0)),
                   pg_advisory_xact_lock(hashtextextended('login:ip:' || ${ip}::text, 0))`.execute(trx);
  const window = sql`now() - make_interval(mins => ${limits.windowMinutes}::int)`;
  const { rows } = await sql<{ claimed: number; account: number; ip: number }>`
    WITH counts AS (
      SELECT count(*) FILTER (WHERE email = ${email}) AS account, count(*) FILTER (WHERE ip = ${ip}) AS ip
      FROM login_failures WHERE (email = ${email} OR ip = ${ip}) AND created_at > ${window}
    ), claim AS (
      INSERT INTO login_failures (id, email, ip)
      SELECT ${id}::uuid, ${email}, ${ip} FROM counts WHERE account < ${limits.maxPerAccount} AND ip < ${limits.maxPerIp}
      RETURNING id
    )
    SELECT (SELECT count(*) FROM claim) AS claimed, account, ip FROM counts`.execute(trx);
  const counts = rows[0]!;
  if (Number(counts.claimed) === 1) return { claimed: true };
  // The lock lifts when enough of the counted failures have left the window to fall below the limit.
  const unlocks = [];
  if (Number(counts.account) >= limits.maxPerAccount) unlocks.push(unlockSeconds(trx, 'email', email, Number(counts.account) - limits.maxPerAccount, limits.windowMinutes));
  if (Number(counts.ip) >= limits.maxPerIp) unlocks.push(unlockSeconds(trx, 'ip', ip, Number(counts.ip) - limits.maxPerIp, limits.windowMinutes));
  const seconds = Math.max(...(await Promise.all(unlocks)));
  return { claimed: false, retryAfterSeconds: Math.max(1, seconds) };
}

/** Seconds until the failure at `offset` (oldest first) leaves the window. */
async function unlockSeconds(trx: Executor, column: 'email' | 'ip', value: string, offset: number, windowMinutes: number): Promise<number> {
  const { rows } = await sql<{ seconds: number }>`
    SELECT ceil(extract(epoch FROM created_at + make_interval(mins => ${windowMinutes}::int) - now()))::int AS seconds
    FROM login_failures
    WHERE ${sql.ref(column)} = ${value} AND created_at > now() - make_interval(mins => ${windowMinutes}::int)
    ORDER BY created_at OFFSET ${offset}::int LIMIT 1`.execute(trx);
  return rows[0]?.seconds ?? 1;
}

export async function clearLoginFailures(db: Executor, email: string) {
  await db.deleteFrom('login_failures').where('email', '=', email).execute();
}

const apiKeyColumns = ['id', 'name', 'prefix', 'role', 'created_at', 'last_used_at', 'revoked_at'] as const;

export function insertApiKey(
  db: Executor,
  values: { id: string; userId: string; companyId: string; name: string; prefix: string; keyHash: string; role: Role },
) {
  return db
    .insertInto('api_keys')
    .values({
      id: values.id,
      user_id: values.userId,
      company_id: values.companyId,
      name: values.name,
      prefix: values.prefix,
      key_hash: values.keyHash,
      role: values.role,
    })
    .returning(apiKeyColumns)
    .executeTakeFirstOrThrow();
}

export function listApiKeys(db: Executor, userId: string, options: { after: string | null; limit: number }) {
  let query = db.selectFrom('api_keys').select(apiKeyColumns).where('user_id', '=', userId);
  if (options.after) query = query.where('id', '>', options.after);
  return query.orderBy('id').limit(options.limit + 1).execute();
}

export function revokeApiKey(db: Executor, userId: string, id: string) {
  principalsChanged();
  return db
    .updateTable('api_keys')
    .set({ revoked_at: new Date() })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .returning(apiKeyColumns)
    .executeTakeFirst();
}

export function findApiKey(db: Executor, userId: string, id: string) {
  return db.selectFrom('api_keys').select(apiKeyColumns).where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
}

export function listAuditEvents(db: Executor, companyIds: string[] | null, options: { after: string | null; limit: number }) {
  let query = db
    .selectFrom('audit_events')
    .leftJoin('users', 'users.id', 'audit_events.actor_user_id')
    .select([
      'audit_events.id', 'audit_events.created_at', 'audit_events.actor_user_id', 'users.email as actor_email', 'audit_events.company_id',
      'audit_events.action', 'audit_events.target_type', 'audit_events.target_id', 'audit_events.before', 'audit_events.after',
      'audit_events.request_id', 'audit_events.acting_for_company_id',
    ]);
  if (companyIds) query = query.where('audit_events.company_id', 'in', companyIds);
  if (options.after) query = query.where('audit_events.id', '<', options.after);
  return query.orderBy('audit_events.id', 'desc').limit(options.limit + 1).execute();
}

export function managedCompanyIds(db: Executor, partnerId: string) {
  return db.selectFrom('companies').select('id').where('partner_id', '=', partnerId).execute().then((rows) => rows.map((r) => r.id));
}

export function countUsers(db: Executor) {
  return db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow().then((r) => Number(r.n));
}

/** Active users of these companies, with what notifications need to address them. */
export function listActiveUsersOf(db: Executor, companyIds: string[]) {
  if (companyIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('users')
    .select(['id', 'company_id', 'email', 'first_name', 'last_name', 'role', 'language'])
    .where('company_id', 'in', companyIds)
    .where('removed_at', 'is', null)
    .execute();
}

/** A user, also when removed (a "user removed" notice still needs their name). */
export function userNames(db: Executor, ids: string[]) {
  return db.selectFrom('users').select(['id', 'first_name', 'last_name']).where('id', 'in', ids).execute();
}

export function findUserAnyState(db: Executor, id: string) {
  return db
    .selectFrom('users')
    .select(['id', 'company_id', 'email', 'first_name', 'last_name', 'role', 'language', 'removed_at'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export function previousSessionsFrom(db: Executor, userId: string, exceptSessionId: string) {
  return db
    .selectFrom('sessions')
    .select(['ip', 'user_agent'])
    .where('user_id', '=', userId)
    .where('id', '!=', exceptSessionId)
    .execute();
}

/** Where a session signed in from (the IP and browser a "new sign-in" notice names). */
export function findSessionOrigin(db: Executor, id: string) {
  return db.selectFrom('sessions').select(['ip', 'user_agent']).where('id', '=', id).executeTakeFirst();
}

export function findApiKeyById(db: Executor, id: string) {
  return db.selectFrom('api_keys').select(['id', 'name', 'prefix', 'user_id']).where('id', '=', id).executeTakeFirst();
}

export function companiesInCountries(db: Executor, countries: string[]) {
  if (countries.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('companies')
    .select('id')
    .where(sql<string>`billing_address->>'country'`, 'in', countries)
    .where('type', '!=', 'operator')
    .execute()
    .then((rows) => rows.map((r) => r.id));
}

/** Compliance decided (the current status; its history is compliance's). */
export async function setComplianceStatus(db: Executor, id: string, status: ComplianceStatus, checkedAt: Date | null) {
  await db.updateTable('companies').set({ compliance_status: status, ...(checkedAt ? { compliance_checked_at: checkedAt } : {}) }).where('id', '=', id).execute();
}

/** The company stays for the record, marked; its users go (removeUser: sessions and keys revoked too). */
export async function markDeprovisioned(db: Executor, id: string, at: Date) {
  principalsChanged();
  return db.updateTable('companies').set({ deprovisioned_at: at }).where('id', '=', id).where('deprovisioned_at', 'is', null).returning('id').executeTakeFirst();
}

/** Companies screening looks after (all but the operator) that are still provisioned, by id after a cursor. */
export function screenedCompanyIds(db: Executor, options: { after: string | null; limit: number; onlyPending?: boolean }) {
  let query = db.selectFrom('companies').select('id').where('type', '<>', 'operator').where('deprovisioned_at', 'is', null);
  if (options.after) query = query.where('id', '>', options.after);
  if (options.onlyPending) query = query.where('compliance_status', '=', 'pending');
  return query.orderBy('id').limit(options.limit).execute().then((rows) => rows.map((r) => r.id));
}

export const screenedCompanyCount = (db: Executor) =>
  db.selectFrom('companies').select((eb) => eb.fn.countAll<string>().as('n')).where('type', '<>', 'operator').where('deprovisioned_at', 'is', null)
    .executeTakeFirstOrThrow().then((r) => Number(r.n));
