import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../actor.ts';
import { AppError, unauthenticated } from '../errors.ts';
import type { CompanySettings } from '../access/access.ts';

export const SESSION_COOKIE = 'portico_session';
export const CSRF_COOKIE = 'portico_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export interface ResolvedCredential<P = unknown> {
  actor: Omit<Actor, 'requestId'>;
  sessionId: string | null;
  csrfToken: string | null;
  /** Whatever the resolver returns alongside (GET /v1/me uses it). */
  principal: P;
}

export interface Authenticator {
  bySession(token: string): Promise<ResolvedCredential | null>;
  byBearer(token: string): Promise<ResolvedCredential | null>;
}

declare module 'fastify' {
  // `capability` (what a route declares: 'public', 'authenticated' or a capability name) is declared
  // with the capability names in src/capabilities.ts.
  interface FastifyContextConfig {
    /** Honour Idempotency-Key. */
    idempotent?: boolean;
  }
  interface FastifyRequest {
    credential: ResolvedCredential | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The authenticated actor of a request; routes call this, so an unauthenticated call can never reach a service. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.credential) throw unauthenticated();
  return { ...request.credential.actor, requestId: request.id };
}

/** Why this actor may not call a route declaring this capability at all (null: it may). The role part; services check the target. */
export type RouteCheck = (actor: ResolvedCredential['actor'], capability: string) => AppError | null;

/**
 * Resolves `Authorization: Bearer` (API key or session token) or the session cookie. Cookie-authenticated
 * mutations must carry the session's CSRF token in `X-CSRF-Token`. Then checks the route's capability.
 */
/** The actor's company settings (every module's part), loaded once per request before any capability check. */
export type SettingsLoader = (actor: ResolvedCredential['actor']) => Promise<CompanySettings>;

export function registerAuth(app: FastifyInstance, authenticator: Authenticator, allowed: RouteCheck, loadSettings?: SettingsLoader): void {
  app.decorateRequest('credential', null);
  app.addHook('onRequest', async (request) => {
    const { config, url } = request.routeOptions; // a getter that builds a new object on each read
    // Only the API needs credentials: the portal's files, the docs, health and metrics are public.
    const capability = config?.capability;
    if (!url || !url.startsWith('/v1/') || capability === 'public') return;
    const header = request.headers.authorization;
    let credential: ResolvedCredential | null;
    if (header) {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      if (!match) throw unauthenticated('The Authorization header must be "Bearer <token or API key>".');
      credential = await authenticator.byBearer(match[1]);
      if (!credential) throw unauthenticated('The token or API key is not valid (revoked, expired or unknown).');
    } else {
      const token = request.cookies?.[SESSION_COOKIE];
      if (!token) throw unauthenticated();
      credential = await authenticator.bySession(token);
      if (!credential) throw unauthenticated('Your session has ended. Log in again.');
      if (!SAFE_METHODS.has(request.method) && request.headers[CSRF_HEADER] !== credential.csrfToken) {
        throw new AppError('forbidden', 'csrf_token_invalid', 'Send the X-CSRF-Token header from login or GET /v1/me with cookie-authenticated changes.');
      }
    }
    if (loadSettings) credential = { ...credential, actor: { ...credential.actor, settings: await loadSettings(credential.actor) } };
    const refused = capability && capability !== 'authenticated' ? allowed(credential.actor, capability) : null;
    if (refused) throw refused;
    request.credential = credential;
  });
}
