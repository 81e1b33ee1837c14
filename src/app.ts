import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AppContext } from './platform/context.ts';
import { uuidv7 } from './platform/ids.ts';
import { clientErrorHandler, frameworkErrorHandler, registerProblemHandling } from './platform/http/problem.ts';
import { registerValidation } from './platform/http/validation.ts';
import { registerSecurityHeaders } from './platform/http/security-headers.ts';
import { registerAuth } from './platform/http/auth.ts';
import { access, capabilityRequired } from './platform/access/access.ts';
import { registerIdempotency } from './platform/http/idempotency.ts';
import { registerMetrics } from './platform/http/metrics.ts';
import { registerStatic } from './platform/http/static.ts';
import { healthRoutes } from './platform/http/health.ts';
import { openApiOptions } from './platform/http/openapi.ts';
import type { Services } from './services.ts';
import { modules } from './modules.ts';

declare module 'fastify' {
  interface FastifyInstance {
    registeredRoutes: { method: string; url: string; hidden: boolean; capability?: string }[];
  }
}

const REQUEST_ID_RE = /^[A-Za-z0-9._-]{8,64}$/;

/** Where the built portal is: dist/web at the repo root, from src/ or dist/src/. */
export function webRoot(): string {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const root = here.includes('/dist/src/') ? join(here, '../..') : join(here, '..');
  return join(root, 'dist', 'web');
}

/** Builds the HTTP app from the modules' routes. No logic lives here. */
export async function buildApp(ctx: AppContext, services: Services, options: { logger?: boolean; webRoot?: string } = {}): Promise<FastifyInstance> {
  const web = options.webRoot ?? webRoot();
  const hasPortal = existsSync(join(web, 'index.html'));
  const app = Fastify({
    loggerInstance: options.logger === false ? undefined : (ctx.log as never),
    logger: options.logger === false ? false : undefined,
    trustProxy: ctx.config.trustProxy,
    bodyLimit: 1_048_576,
    requestIdHeader: false,
    // A caller's X-Request-Id is kept when it is sane, so traces join up across systems.
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID_RE.test(given) ? given : uuidv7();
    },
    ajv: { customOptions: { removeAdditional: false } },
    // Every error the server can send is problem+json, also those raised before a route is found.
    frameworkErrors: frameworkErrorHandler,
    clientErrorHandler,
    return503OnClosing: false,
  }).withTypeProvider<TypeBoxTypeProvider>();

  // Every route, for the check that the OpenAPI document covers the whole server.
  const routes: FastifyInstance['registeredRoutes'] = [];
  app.decorate('registeredRoutes', routes);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') routes.push({ method, url: route.url, hidden: Boolean((route.schema as { hide?: boolean } | undefined)?.hide), capability: route.config?.capability });
    }
  });
  // Set as the request starts (a sync hook: cheaper than an async onSend); error responses keep it.
  app.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    done();
  });
  // The API speaks JSON only: anything else is a clear 415, not a confusing validation error.
  app.removeContentTypeParser('text/plain');
  registerValidation(app);
  registerProblemHandling(app, { spaIndex: hasPortal });

  registerSecurityHeaders(app, { hsts: ctx.config.secureCookies });
  await app.register(cookie);
  await app.register(swagger, openApiOptions(ctx.config));
  await app.register(swaggerUi, { routePrefix: '/docs', uiConfig: { docExpansion: 'list' } });

  // Every module's part of the actor's settings (today: partners, for managed accounts), one object per request.
  const settingsLoaders = modules.flatMap((module) => (module.actorSettings ? [module.actorSettings(ctx, services as never)] : []));
  const loadSettings = async (actor: Parameters<(typeof settingsLoaders)[number]>[0]) =>
    Object.assign({}, ...(await Promise.all(settingsLoaders.map((load) => load(actor)))));
  registerAuth(app, services.auth, (actor, capability) => (access.isName(capability) ? access.refusal(actor, capability) : capabilityRequired(capability)), settingsLoaders.length ? loadSettings : undefined);
  registerIdempotency(app, ctx.db);
  registerMetrics(app);

  await app.register(healthRoutes(ctx));
  for (const module of modules) {
    for (const routes of module.routes?.(ctx, services as never) ?? []) await app.register(routes);
  }

  app.get('/openapi.json', { schema: { hide: true }, config: { capability: 'public' } }, async () => app.swagger());

  if (hasPortal) await registerStatic(app, web);
  return app;
}

