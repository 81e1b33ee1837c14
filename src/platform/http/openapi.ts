import type { SwaggerOptions } from '@fastify/swagger';
import type { RouteOptions } from 'fastify';
import type { Config } from '../../config.ts';

/**
 * The OpenAPI document, made true in one place: what every route shares (operationId, security,
 * standard headers, problem+json errors, named schemas) is derived here from the route and its
 * config, so a new route is documented correctly without repeating any of it.
 */

type Json = Record<string, any>;

const TAGS: { name: string; description: string }[] = [
  { name: 'platform', description: 'Liveness and readiness of the server (no authentication).' },
  { name: 'auth', description: 'Login, logout, the current user and their password.' },
  { name: 'api-keys', description: 'API keys for automation: create (shown once), list, revoke.' },
  { name: 'companies', description: 'Companies of my tree: operator, partners, direct customers, managed accounts.' },
  { name: 'users', description: 'The users of a company and their roles.' },
  { name: 'audit', description: 'The audit log: who changed what, and when.' },
  { name: 'network', description: 'Data-centre locations, ports and cloud routers (MCRs).' },
  { name: 'marketplace', description: 'Provider profiles, provider search and service keys.' },
  { name: 'connections', description: 'Virtual cross connects (VXCs): order, approve, change speed, decommission.' },
  { name: 'notifications', description: 'The notification catalogue, my preferences and my in-app feed.' },
  { name: 'maintenance', description: 'Announced maintenance and outages.' },
  { name: 'webhooks', description: 'Signed HTTP callbacks for notification events.' },
  { name: 'operator', description: 'Operator tools: the e-mail log and dead letters.' },
  { name: 'billing', description: 'Prices: the price book, quotes and the prices the order forms show; invoices.' },
  { name: 'partners', description: "Partners and their managed accounts: the accounts' feature settings and the partner's defaults." },
  { name: 'compliance', description: 'Compliance screening: the restricted / denied-party lists, screening, the review queue and each customer’s checks.' },
  { name: 'wholesale', description: 'Wholesale provisioning by partners: onboarding templates and their provisioning ids.' },
];

/** The standard error responses, described once and referenced by every operation that can answer them. */
const ERROR_RESPONSES: Record<string, { name: string; description: string }> = {
  400: { name: 'BadRequest', description: 'The input is not valid; `field` names the offending input.' },
  401: { name: 'Unauthenticated', description: 'No valid credentials: log in, or send a valid API key or token.' },
  403: { name: 'Forbidden', description: 'The caller may not do this (role, company, or a missing X-CSRF-Token with cookie authentication).' },
  404: { name: 'NotFound', description: 'No such resource, or it is outside your company tree.' },
  409: { name: 'Conflict', description: 'The resource is not in a state that allows this, or the request collides with another.' },
  413: { name: 'PayloadTooLarge', description: 'The body is larger than 1 MiB.' },
  415: { name: 'UnsupportedMediaType', description: 'The body is not `application/json`.' },
  422: { name: 'Unprocessable', description: 'Well-formed, but it does not apply to this resource (e.g. settings of a company that is not a managed account).' },
  429: { name: 'TooManyRequests', description: 'Too many attempts; wait as long as `Retry-After` says.' },
  500: { name: 'InternalError', description: 'Something went wrong on our side; quote the request id when you report it.' },
  503: { name: 'Unavailable', description: 'A dependency (the database) does not answer.' },
};

/** A status a route lists that has no standard text still gets a shared problem+json response. */
const errorResponse = (status: string) => ERROR_RESPONSES[status] ?? { name: `Status${status}`, description: `The request failed with status ${status}; the problem says why.` };

const SUCCESS_TEXT: Record<string, string> = { 200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'Done; no content' };
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const PROBLEM_REF = { $ref: '#/components/schemas/Problem' };
const REQUEST_ID_REF = { $ref: '#/components/headers/XRequestId' };

interface RouteFacts {
  idempotent: boolean;
}

const camel = (words: string[]) =>
  words.flatMap((w) => w.split('-')).filter(Boolean).map((w, i) => (i === 0 ? w : w[0].toUpperCase() + w.slice(1))).join('');
const singular = (word: string) => word.replace(/ies$/, 'y').replace(/([^s])s$/, '$1');
const isParam = (segment: string) => segment.startsWith(':') || segment.startsWith('{');

/**
 * A readable, unique operationId from the method and path, e.g. `GET /v1/connections` → listConnections,
 * `GET /v1/connections/:id` → getConnection, `POST /v1/connections/:id/accept` → acceptConnection,
 * `POST /v1/companies/:id/users` → createCompanyUser, `POST /v1/auth/login` → authLogin.
 * A GET is a "list" when it answers a list (`items`).
 */
export function operationIdOf(method: string, url: string, answersList = false): string {
  const segments = url.split('/').filter((s) => s && s !== 'v1').map((s, i, all) => (s === 'me' && i < all.length - 1 ? 'my' : s));
  const last = segments[segments.length - 1] ?? 'root';
  const words = segments.filter((s) => !isParam(s));
  // Resources named by an id in the path read in the singular: /companies/:id/users → company, users.
  const named = segments.map((s, i) => (!isParam(s) && isParam(segments[i + 1] ?? '') ? singular(s) : s)).filter((s) => !isParam(s));
  if (isParam(last)) {
    const verb = { GET: 'get', PATCH: 'update', PUT: 'replace', DELETE: 'delete', POST: 'post' }[method] ?? method.toLowerCase();
    return camel([verb, ...named]);
  }
  const parentIsItem = segments.length > 1 && isParam(segments[segments.length - 2]);
  const plural = /s$/.test(last);
  if (method === 'POST' && parentIsItem && /^[a-z]+$/.test(last) && !plural) return camel([last, ...named.slice(0, -1)]); // an action on an item
  if (method === 'GET') return camel([answersList ? 'list' : 'get', ...named]);
  if (method === 'POST' && plural) return camel(['create', ...named.slice(0, -1), singular(last)]);
  if (method === 'PUT') return camel(['replace', ...named]);
  if (method === 'DELETE') return camel(['delete', ...named]);
  if (method === 'PATCH') return camel(['update', ...named]);
  return camel(words);
}

function isPublic(route: RouteOptions): boolean {
  return route.config?.capability === 'public' || !route.url.startsWith('/v1/');
}

/** Per route: operationId, security, and the request headers it honours. */
function transformRoute(route: RouteOptions, schema: Json, facts: Map<string, RouteFacts>): Json {
  // Hidden routes (the portal's files, /metrics) are not in the document: nothing to derive.
  if (schema.hide) return schema;
  const methods = [route.method].flat().filter((m) => m !== 'HEAD');
  const method = methods[0] ?? 'GET';
  const openApiPath = route.url.replace(/:(\w+)/g, '{$1}');
  const idempotent = Boolean(route.config?.idempotent);
  for (const m of methods) facts.set(`${m.toLowerCase()} ${openApiPath}`, { idempotent });
  const headers: Json = { 'X-Request-Id': { type: 'string', pattern: '^[A-Za-z0-9._-]{8,64}$', description: 'Your id for this request (kept when sane, else replaced); echoed in the response, logs and audit rows' } };
  if (idempotent) headers['Idempotency-Key'] = { type: 'string', pattern: '^[\\x21-\\x7e]{1,200}$', description: 'Retry safely: the same key with the same body replays the first answer' };
  if (!isPublic(route) && !SAFE_METHODS.has(method)) headers['X-CSRF-Token'] = { type: 'string', description: 'Required with cookie authentication: the csrfToken from login or GET /v1/me' };
  return {
    ...schema,
    operationId: schema.operationId ?? operationIdOf(method, route.url, Boolean(schema.response?.[200]?.properties?.items)),
    ...(isPublic(route) ? { security: [] } : {}),
    headers: { type: 'object', properties: { ...headers, ...(schema.headers?.properties ?? {}) }, required: schema.headers?.required },
  };
}

/** Moves every schema with a `title` into components.schemas and refers to it; two different schemas may not share a title. */
function hoistNamedSchemas(doc: Json): void {
  const components: Json = (doc.components.schemas ??= {});
  const seen = new Map<string, string>();
  const visit = (node: unknown, atRoot: boolean): unknown => {
    if (Array.isArray(node)) return node.map((n) => visit(n, false));
    if (!node || typeof node !== 'object') return node;
    const out: Json = {};
    for (const [key, value] of Object.entries(node)) out[key] = visit(value, false);
    const title = out.title;
    if (atRoot || typeof title !== 'string' || !('type' in out || 'anyOf' in out || 'enum' in out || 'properties' in out)) return out;
    // fastify-swagger moves a parameter schema's description onto the parameter: compare without it.
    const { description, ...shape } = out;
    const json = JSON.stringify(shape);
    const earlier = seen.get(title);
    if (earlier !== undefined && earlier !== json) throw new Error(`OpenAPI: two different schemas are both titled "${title}"; give one another title.`);
    seen.set(title, json);
    if (description !== undefined || !components[title]) components[title] = out;
    return { $ref: `#/components/schemas/${title}` };
  };
  doc.paths = visit(doc.paths, false);
  for (const [name, schema] of Object.entries(components)) components[name] = visit(schema, true);
}

function successResponse(response: Json, status: string, idempotent: boolean): Json {
  const schema = response.content?.['application/json']?.schema;
  const title = typeof schema?.$ref === 'string' ? ` (${schema.$ref.split('/').pop()})` : '';
  const headers: Json = { 'X-Request-Id': REQUEST_ID_REF };
  if (idempotent) headers['Idempotent-Replayed'] = { $ref: '#/components/headers/IdempotentReplayed' };
  return { ...response, description: `${SUCCESS_TEXT[status] ?? 'Success'}${title}`, headers: { ...headers, ...(response.headers ?? {}) } };
}

/** Document-wide: named schemas, shared error responses, headers, tags and servers. */
function finishDocument(doc: Json, facts: Map<string, RouteFacts>): Json {
  hoistNamedSchemas(doc);
  const used = new Set<string>();
  for (const [path, item] of Object.entries<Json>(doc.paths ?? {})) {
    for (const [method, op] of Object.entries<Json>(item)) {
      const fact = facts.get(`${method} ${path}`) ?? { idempotent: false };
      const statuses = new Set(Object.keys(op.responses ?? {}));
      if (op.requestBody) ['400', '413', '415'].forEach((s) => statuses.add(s));
      if (op.security?.length !== 0) statuses.add('401');
      if (op.security?.length !== 0 && method !== 'get') statuses.add('403');
      statuses.add('500');
      const responses: Json = {};
      for (const status of [...statuses].sort()) {
        if (Number(status) >= 400) {
          used.add(status);
          responses[status] = { $ref: `#/components/responses/${errorResponse(status).name}` };
        } else responses[status] = successResponse(op.responses[status], status, fact.idempotent);
      }
      op.responses = responses;
    }
  }
  doc.components.responses = Object.fromEntries(
    [...used].sort().map((status) => {
      const { name, description } = errorResponse(status);
      const headers: Json = { 'X-Request-Id': REQUEST_ID_REF };
      if (status === '429') headers['Retry-After'] = { description: 'Seconds to wait before trying again', schema: { type: 'integer', minimum: 1 } };
      return [name, { description, headers, content: { 'application/problem+json': { schema: PROBLEM_REF } } }];
    }),
  );
  doc.components.headers = {
    XRequestId: { description: 'The request id: yours when you sent a sane one, else ours', schema: { type: 'string' } },
    IdempotentReplayed: { description: '`true` when this answer replays the first request with the same Idempotency-Key', schema: { type: 'string', enum: ['true'] } },
  };
  return doc;
}

/** The @fastify/swagger options: the document's frame and the two passes above. */
export function openApiOptions(config: Pick<Config, 'publicUrl'>): SwaggerOptions {
  const facts = new Map<string, RouteFacts>();
  return {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Portico API',
        version: '1.0.0',
        description: 'The public API of Portico. Errors are RFC 9457 `application/problem+json` (the Problem schema).',
        license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
      },
      servers: [{ url: config.publicUrl, description: 'This Portico' }],
      tags: TAGS,
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'An API key (pk_…) or the token from login (ps_…)' },
          cookie: { type: 'apiKey', in: 'cookie', name: 'portico_session', description: 'The session cookie set by login; mutations also need X-CSRF-Token' },
        },
      },
      security: [{ bearer: [] }, { cookie: [] }],
    },
    transform: ({ schema, route }) => ({ schema: transformRoute(route, (schema ?? {}) as Json, facts) as never, url: route.url }),
    transformObject: (documentObject) => finishDocument(structuredClone((documentObject as { openapiObject: Json }).openapiObject), facts) as never,
  };
}
