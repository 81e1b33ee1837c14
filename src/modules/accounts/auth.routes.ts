import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { actorOf, CSRF_COOKIE, SESSION_COOKIE } from '../../platform/http/auth.ts';
import { errors, IdParams, ListOf, ListQuery, NoContent } from '../../platform/http/schemas.ts';
import { apiKeyRoles, creatableCompanyTypes } from './accounts.policy.ts';
import { access } from '../../platform/access/access.ts';
import { ownCompany } from '../../platform/access/access.ts';
import {
  ActingForBody, ApiKeySchema, ChangePasswordBody, CreateApiKeyBody, CreatedApiKey, LoginBody, LoginResponse, meResponse, UpdateMeBody, UserSchema,
} from './accounts.schemas.ts';
import { presentMe, type AuthService, type Authenticated } from './auth.service.ts';
import type { UsersService } from './users.service.ts';
import type { Config } from '../../config.ts';

const tags = ['auth'];

/** Login, logout, the current user, their password and API keys. */
export const authRoutes =
  (deps: { auth: AuthService; users: UsersService; config: Config }): FastifyPluginAsyncTypebox =>
  async (app) => {
    const { auth, users, config } = deps;
    const cookieOptions = { path: '/', sameSite: 'strict' as const, secure: config.secureCookies, maxAge: config.sessionTtlHours * 3600 };

    app.post('/v1/auth/login', {
      config: { capability: 'public' },
      schema: { tags, summary: 'Log in with e-mail and password', body: LoginBody, response: { 200: LoginResponse, ...errors(400, 401, 429) } },
    }, async (request, reply) => {
      const result = await auth.login({ ...request.body, ip: request.ip, userAgent: request.headers['user-agent'] ?? null, requestId: request.id });
      reply.setCookie(SESSION_COOKIE, result.token, { ...cookieOptions, httpOnly: true });
      reply.setCookie(CSRF_COOKIE, result.csrfToken, { ...cookieOptions, httpOnly: false });
      return { token: result.token, csrfToken: result.csrfToken, user: result.user };
    });

    app.post('/v1/auth/logout', {
      config: { capability: 'authenticated' },
      schema: { tags, summary: 'End the current session', response: { 204: NoContent, ...errors(401, 403) } },
    }, async (request, reply) => {
      await auth.logout(actorOf(request), request.credential?.sessionId ?? null);
      reply.clearCookie(SESSION_COOKIE, { path: '/' }).clearCookie(CSRF_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    });

    app.get('/v1/me', {
      config: { capability: 'authenticated' },
      schema: { tags, summary: 'The current user, company, role, capabilities and the roles their API keys may carry', response: { 200: meResponse(), ...errors(401) } },
    }, async (request) => {
      const credential = request.credential as unknown as Authenticated;
      const actor = actorOf(request);
      return presentMe(credential, access.held(actor, ownCompany(actor)), apiKeyRoles(actor), creatableCompanyTypes(actor));
    });

    app.put('/v1/me/acting-for', {
      // 'authenticated': one already acting (a managed account's actor now) is told so, 409, not 403.
      config: { capability: 'authenticated' },
      schema: {
        tags, summary: 'Act for one of my managed accounts in this session (partner users): everything is then scoped to it and audited as me acting for it',
        body: ActingForBody, response: { 204: NoContent, ...errors(400, 401, 403, 404, 409) },
      },
    }, async (request, reply) => {
      await auth.actFor(actorOf(request), request.credential?.sessionId ?? null, request.body.companyId);
      return reply.code(204).send(null);
    });

    app.delete('/v1/me/acting-for', {
      config: { capability: 'authenticated' },
      schema: { tags, summary: 'Back to my own company', response: { 204: NoContent, ...errors(401, 403) } },
    }, async (request, reply) => {
      await auth.stopActing(actorOf(request), request.credential?.sessionId ?? null);
      return reply.code(204).send(null);
    });

    app.patch('/v1/me', {
      config: { capability: 'authenticated' },
      schema: { tags, summary: 'Change my names or language', body: UpdateMeBody, response: { 200: UserSchema, ...errors(400, 401, 403) } },
    }, async (request) => users.updateMe(actorOf(request), request.body));

    app.post('/v1/me/password', {
      config: { capability: 'authenticated' },
      schema: { tags, summary: 'Change my password (ends my other sessions)', body: ChangePasswordBody, response: { 204: NoContent, ...errors(400, 401, 403) } },
    }, async (request, reply) => {
      await auth.changePassword(actorOf(request), request.credential?.sessionId ?? null, request.body);
      return reply.code(204).send(null);
    });

    app.get('/v1/api-keys', {
      config: { capability: 'api_keys.manage' },
      schema: { tags: ['api-keys'], summary: 'My API keys', querystring: ListQuery, response: { 200: ListOf(ApiKeySchema, 'ApiKey'), ...errors(400, 401) } },
    }, async (request) => auth.listApiKeys(actorOf(request), request.query));

    app.post('/v1/api-keys', {
      config: { idempotent: true, capability: 'api_keys.manage' },
      schema: {
        tags: ['api-keys'], summary: 'Create an API key (the key is shown once)', body: CreateApiKeyBody,
        response: { 201: CreatedApiKey, ...errors(400, 401, 403, 409) },
      },
    }, async (request, reply) => reply.code(201).send(await auth.createApiKey(actorOf(request), request.body)));

    app.delete('/v1/api-keys/:id', {
      config: { capability: 'api_keys.manage' },
      schema: { tags: ['api-keys'], summary: 'Revoke one of my API keys', params: IdParams, response: { 204: NoContent, ...errors(400, 401, 404) } },
    }, async (request, reply) => {
      await auth.revokeApiKey(actorOf(request), request.params.id);
      return reply.code(204).send(null);
    });
  };

