// The one fetch wrapper of the portal: session cookie, CSRF header, problem+json errors.
import createClient, { createQuerySerializer } from 'openapi-fetch';
import type { components, paths } from './schema';

/** The API's named schemas (Connection, Port, Role, …), generated from /openapi.json. */
export type Schemas = components['schemas'];
/** One page of a list: `{ items, nextCursor }`. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string;
  readonly field?: string;
  readonly requestId?: string;
  /** Members of the problem beyond the standard ones (e.g. `nextFreeVlan` of a `vlan_taken`). */
  readonly extras: Record<string, unknown>;

  constructor(init: {
    status: number;
    code: string;
    title: string;
    detail: string;
    field?: string;
    requestId?: string;
    extras?: Record<string, unknown>;
  }) {
    super(init.detail || init.title);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.title = init.title;
    this.detail = init.detail;
    this.field = init.field;
    this.requestId = init.requestId;
    this.extras = init.extras ?? {};
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

function readCookie(name: string): string | null {
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

// Lets the app send the user to the login page when the session has expired.
let onUnauthenticated: (() => void) | null = null;
export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  onUnauthenticated = handler;
}

/** The typed client: paths, parameters, bodies and answers all come from the generated schema.d.ts. */
export const api = createClient<paths>({
  credentials: 'same-origin',
  headers: { Accept: 'application/json' },
  // As before: absent, null and empty values are left out of the query string.
  querySerializer: (query) => serializeQuery(Object.fromEntries(Object.entries(query ?? {}).filter(([, value]) => value !== ''))),
});
const serializeQuery = createQuerySerializer();

api.use({
  onRequest({ request }) {
    if (request.method !== 'GET') {
      const token = csrfToken ?? readCookie('portico_csrf');
      if (token) request.headers.set('X-CSRF-Token', token);
    }
    return request;
  },
});

export interface SendOptions {
  /** Do not treat a 401 as an expired session (login, the first /v1/me, a wrong current password). */
  quiet401?: boolean;
}

const standardMembers = new Set(['type', 'title', 'status', 'code', 'detail', 'field', 'requestId', 'instance']);

/**
 * What a call of `api` answered, or an ApiError made from its problem+json: the one place that reads
 * problems and sends the user to the login page when the session has expired.
 */
export async function send<T>(pending: Promise<{ data?: T; error?: unknown; response: Response }>, options: SendOptions = {}): Promise<T> {
  let result: Awaited<typeof pending>;
  try {
    result = await pending;
  } catch {
    throw new ApiError({ status: 0, code: 'network_error', title: 'Network error', detail: '' });
  }
  const { response } = result;
  if (response.ok) return result.data as T;
  const problem = (result.error && typeof result.error === 'object' ? result.error : {}) as Record<string, unknown>;
  const str = (value: unknown) => (typeof value === 'string' ? value : undefined);
  const error = new ApiError({
    status: response.status,
    code: str(problem.code) ?? `http_${response.status}`,
    title: str(problem.title) ?? response.statusText,
    detail: str(problem.detail) ?? '',
    field: str(problem.field),
    requestId: str(problem.requestId) ?? response.headers.get('x-request-id') ?? undefined,
    extras: Object.fromEntries(Object.entries(problem).filter(([key]) => !standardMembers.has(key))),
  });
  if (response.status === 401 && !options.quiet401) onUnauthenticated?.();
  throw error;
}

/** Name of the form field a problem points at: `body/email` or `/billingAddress/city` → last part. */
export function problemField(error: unknown): string | undefined {
  if (!isApiError(error) || !error.field) return undefined;
  const parts = error.field.split(/[./]/).filter(Boolean);
  return parts[parts.length - 1];
}

/** The JSON body a path and method take, as the generated schema says. */
export type BodyOf<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;
