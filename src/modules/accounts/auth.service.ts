import type { AppContext } from '../../platform/context.ts';
import type { Actor } from '../../platform/actor.ts';
import { AppError, forbidden, invalid, notFound } from '../../platform/errors.ts';
import { writeAudit } from '../../platform/audit/audit.ts';
import { access } from '../../platform/access/access.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { decodeCursor, toPage } from '../../platform/http/pagination.ts';
import * as repo from './accounts.repo.ts';
import { effectiveKeyRole, roleCovers, rolesFor } from './accounts.policy.ts';
import { presentApiKey, presentCompany, presentUser } from './accounts.present.ts';
import { hashPassword, randomSecret, secretDigest, verifyPassword } from './passwords.ts';
import { createPrincipalCache } from './principal-cache.ts';
import type { CompanyType, Role } from './accounts.tables.ts';

export const SESSION_PREFIX = 'ps_';
export const API_KEY_PREFIX = 'pk_';

/** A request's authenticated principal: the actor plus what GET /v1/me shows, from one query. */
export interface Authenticated {
  actor: Omit<Actor, 'requestId'>;
  principal: repo.Principal;
  sessionId: string | null;
  csrfToken: string | null;
  /** The user's own company while they act for one of its managed accounts (the principal is then the account's). */
  actingFrom?: { companyId: string; name: string } | null;
}

type SessionPrincipal = NonNullable<Awaited<ReturnType<typeof repo.findSessionPrincipal>>>;

/**
 * A session acting for a managed account: the user and role stay, the company becomes the account
 * (its partner the user's company), so every tree check, list and audit row is the account's. The
 * join only finds an account the user's company still manages.
 */
function actingPrincipal(p: SessionPrincipal): { principal: repo.Principal; actingFrom: Authenticated['actingFrom'] } {
  if (!p.acting_id) return { principal: p, actingFrom: null };
  return {
    principal: {
      ...p, company_id: p.acting_id, company_type: 'managed', company_name: p.acting_name!, partner_id: p.company_id, partner_name: p.company_name,
      account_ref: p.acting_account_ref, billing_address: p.acting_billing_address, company_created_at: p.acting_created_at!, company_updated_at: p.acting_updated_at!,
    },
    actingFrom: { companyId: p.company_id, name: p.company_name },
  };
}

function toActor(p: repo.Principal, role: Role, via: Actor['via']): Omit<Actor, 'requestId'> {
  return { userId: p.user_id, email: p.email, companyId: p.company_id, companyType: p.company_type, partnerId: p.partner_id, role, via };
}

/**
 * GET /v1/me. The company is always named (whose account this is); its profile (account reference,
 * billing address) only with company_profile.view — a managed account's partner may withhold it.
 */
export function presentMe<C extends string>(auth: Authenticated, permissions: C[], apiKeyRoles: Role[], creatableCompanyTypes: Exclude<CompanyType, 'operator'>[]) {
  const p = auth.principal;
  const profile = (permissions as string[]).includes('company_profile.view');
  return {
    user: presentUser({ id: p.user_id, company_id: p.company_id, email: p.email, first_name: p.first_name, last_name: p.last_name, role: p.user_role, language: p.language, created_at: p.user_created_at }),
    company: presentCompany({ id: p.company_id, type: p.company_type, name: p.company_name, partner_id: p.partner_id, partner_name: p.partner_name, account_ref: profile ? p.account_ref : null, billing_address: profile ? p.billing_address : null, created_at: p.company_created_at, updated_at: p.company_updated_at }),
    role: auth.actor.role,
    permissions,
    apiKeyRoles,
    creatableCompanyTypes,
    csrfToken: auth.csrfToken,
    actingFrom: auth.actingFrom ?? null,
  };
}

export function createAuthService(app: AppContext) {
  const { db, config } = app;
  const apiKeyPrincipals = createPrincipalCache<repo.ApiKeyPrincipal>(db, app.log, { ttlMs: config.apiKeyCacheSeconds * 1000, maxEntries: 10_000 });

  async function bySession(token: string): Promise<Authenticated | null> {
    const found = await repo.findSessionPrincipal(db.kysely, secretDigest(token));
    if (!found) return null;
    const { principal, actingFrom } = actingPrincipal(found);
    const actor = { ...toActor(principal, found.user_role, 'session'), ...(actingFrom ? { actingFrom: actingFrom.companyId } : {}) };
    return { actor, principal, sessionId: found.session_id, csrfToken: found.csrf_token, actingFrom };
  }

  async function byApiKey(key: string): Promise<Authenticated | null> {
    const digest = secretDigest(key);
    const p = await apiKeyPrincipals.resolve(digest, () => repo.findApiKeyPrincipal(db.kysely, digest));
    if (!p) return null;
    // Recording every use would add a write per request; a minute's precision is enough.
    if (!p.last_used_at || Date.now() - p.last_used_at.getTime() > 60_000) {
      p.last_used_at = new Date(); // also in the cached principal, so the next request does not write again
      repo.touchApiKey(db.kysely, p.key_id).catch((error) => app.log.warn({ err: error }, 'could not record API key use'));
    }
    return { actor: toActor(p, effectiveKeyRole(p.user_role, p.key_role), 'api_key'), principal: p, sessionId: null, csrfToken: null };
  }

  /** Resolves a bearer credential: an API key or a session token from login. */
  async function byBearer(token: string): Promise<Authenticated | null> {
    if (token.startsWith(API_KEY_PREFIX)) return byApiKey(token);
    if (token.startsWith(SESSION_PREFIX)) {
      const auth = await bySession(token);
      // A bearer token is not sent by browsers on their own, so it needs no CSRF token.
      return auth ? { ...auth, csrfToken: null } : null;
    }
    return null;
  }

  async function login(input: { email: string; password: string; ip: string; userAgent: string | null; requestId: string }) {
    const email = input.email.trim().toLowerCase();
    const claim = await db.kysely.transaction().execute((trx) =>
      repo.claimLoginAttempt(trx, { id: uuidv7(), email, ip: input.ip }, {
        windowMinutes: config.loginWindowMinutes, maxPerAccount: config.loginMaxFailuresPerAccount, maxPerIp: config.loginMaxFailuresPerIp,
      }),
    );
    if (!claim.claimed) {
      const minutes = Math.ceil(claim.retryAfterSeconds / 60);
      throw new AppError('rate_limited', 'too_many_login_attempts', `Too many failed logins. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`, undefined, {
        retryAfterSeconds: claim.retryAfterSeconds,
      });
    }
    const user = await repo.findUserByEmail(db.kysely, email);
    const ok = await verifyPassword(user?.password_hash ?? null, input.password);
    // The claimed attempt stays counted as a failure. Unknown e-mail and wrong password look the same.
    if (!user || !ok) throw new AppError('unauthenticated', 'invalid_credentials', 'The e-mail or password is wrong.');
    const token = SESSION_PREFIX + randomSecret();
    const csrfToken = randomSecret(24);
    const sessionId = uuidv7();
    const actor: Actor = { userId: user.id, email: user.email, companyId: user.company_id, companyType: user.company_type, partnerId: user.partner_id, role: user.role, via: 'session', requestId: input.requestId };
    await db.kysely.transaction().execute(async (trx) => {
      await repo.insertSession(trx, {
        id: sessionId, userId: user.id, companyId: user.company_id, tokenHash: secretDigest(token), csrfToken, ip: input.ip,
        userAgent: input.userAgent?.slice(0, 500) ?? null, expiresAt: new Date(Date.now() + config.sessionTtlHours * 3_600_000),
      });
      await repo.clearLoginFailures(trx, email);
      await writeAudit(trx, actor, { action: 'session.created', companyId: user.company_id, targetType: 'session', targetId: sessionId, after: { ip: input.ip } });
      await app.jobs.emit(trx, { type: 'security.login', companyId: user.company_id, actorUserId: user.id, payload: { userId: user.id, sessionId } });
    });
    return { token, csrfToken, sessionId, user: presentUser(user) };
  }

  async function logout(actor: Actor, sessionId: string | null): Promise<void> {
    if (!sessionId) return;
    await db.kysely.transaction().execute(async (trx) => {
      await repo.revokeSession(trx, sessionId);
      await writeAudit(trx, actor, { action: 'session.revoked', companyId: actor.companyId, targetType: 'session', targetId: sessionId });
    });
  }

  async function changePassword(actor: Actor, sessionId: string | null, input: { currentPassword: string; newPassword: string }): Promise<void> {
    const row = await repo.findPasswordHash(db.kysely, actor.userId);
    if (!(await verifyPassword(row?.password_hash ?? null, input.currentPassword))) {
      throw invalid('wrong_password', 'The current password is wrong.', 'currentPassword');
    }
    if (input.currentPassword === input.newPassword) throw invalid('same_password', 'The new password must differ from the current one.', 'newPassword');
    const passwordHash = await hashPassword(input.newPassword);
    await db.kysely.transaction().execute(async (trx) => {
      await repo.updateUser(trx, actor.userId, { passwordHash });
      // Other sessions may be an intruder's: end them.
      await repo.revokeOtherSessions(trx, actor.userId, sessionId);
      await writeAudit(trx, actor, { action: 'user.password_changed', companyId: actor.companyId, targetType: 'user', targetId: actor.userId });
      await app.jobs.emit(trx, { type: 'security.password_changed', companyId: actor.companyId, actorUserId: actor.userId, payload: { userId: actor.userId } });
    });
  }

  async function createApiKey(actor: Actor, input: { name: string; role?: Role }) {
    if (actor.via === 'api_key') throw forbidden('api_key_cannot_create_keys', 'API keys are created from a logged-in session, not with another key.');
    if (actor.actingFrom) throw forbidden('acting_for', 'Switch back to your own company to create an API key.');
    const role = input.role ?? actor.role;
    if (!roleCovers(actor.role, role)) throw forbidden('role_too_strong', `A key cannot be stronger than your role (${actor.role}).`);
    if (!rolesFor(actor.companyType).includes(role)) throw invalid('role_not_allowed', `Role ${role} is for operator staff only.`, 'role');
    const secret = randomSecret();
    const prefix = secret.slice(0, 8);
    const key = `${API_KEY_PREFIX}${secret}`;
    return db.kysely.transaction().execute(async (trx) => {
      const row = await repo.insertApiKey(trx, { id: uuidv7(), userId: actor.userId, companyId: actor.companyId, name: input.name, prefix: `${API_KEY_PREFIX}${prefix}`, keyHash: secretDigest(key), role });
      await writeAudit(trx, actor, { action: 'api_key.created', companyId: actor.companyId, targetType: 'api_key', targetId: row.id, after: presentApiKey(row) });
      await app.jobs.emit(trx, { type: 'security.api_key_created', companyId: actor.companyId, actorUserId: actor.userId, payload: { userId: actor.userId, apiKeyId: row.id } });
      const presented = presentApiKey(row);
      return { id: presented.id, name: presented.name, prefix: presented.prefix, role: presented.role, createdAt: presented.createdAt, key };
    });
  }

  async function listApiKeys(actor: Actor, query: { limit?: number; cursor?: string }) {
    const limit = query.limit ?? 50;
    const rows = await repo.listApiKeys(db.kysely, actor.userId, { after: decodeCursor(query.cursor), limit });
    const page = toPage(rows, limit);
    return { items: page.items.map(presentApiKey), nextCursor: page.nextCursor };
  }

  async function revokeApiKey(actor: Actor, id: string): Promise<void> {
    await db.kysely.transaction().execute(async (trx) => {
      const row = await repo.revokeApiKey(trx, actor.userId, id);
      if (!row) {
        if (await repo.findApiKey(trx, actor.userId, id)) return; // already revoked: nothing to do
        throw notFound('api_key', 'id');
      }
      await writeAudit(trx, actor, { action: 'api_key.revoked', companyId: actor.companyId, targetType: 'api_key', targetId: id, after: presentApiKey(row) });
    });
  }

  /**
   * A partner user starts acting for one of its managed accounts in the portal (a session only; an
   * integration names the account's ids instead). Audited in the partner's tree and the account's.
   */
  async function actFor(actor: Actor, sessionId: string | null, companyId: string): Promise<void> {
    if (!sessionId) throw invalid('session_required', 'Acting for a managed account is for portal sessions; with an API key, name the account’s resources directly.');
    if (actor.actingFrom) throw new AppError('conflict', 'already_acting', 'Switch back to your own company first.');
    access.require(actor, 'managed_accounts.act_for');
    const company = await repo.findCompany(db.kysely, companyId);
    if (!company || company.partner_id !== actor.companyId) throw notFound('company', 'companyId');
    await db.kysely.transaction().execute(async (trx) => {
      await repo.setActingFor(trx, sessionId, company.id);
      await writeAudit(trx, actor, { action: 'acting_for.started', companyId: company.id, targetType: 'company', targetId: company.id });
    });
  }

  /** Back to the user's own company. */
  async function stopActing(actor: Actor, sessionId: string | null): Promise<void> {
    if (!sessionId || !actor.actingFrom) return;
    await db.kysely.transaction().execute(async (trx) => {
      await repo.setActingFor(trx, sessionId, null);
      await writeAudit(trx, actor, { action: 'acting_for.ended', companyId: actor.companyId, targetType: 'company', targetId: actor.companyId });
    });
  }

  return { actFor, stopActing, bySession, byBearer, login, logout, changePassword, createApiKey, listApiKeys, revokeApiKey, close: () => apiKeyPrincipals.close() };
}

export type AuthService = ReturnType<typeof createAuthService>;
