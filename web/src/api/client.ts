// The one fetch wrapper of the portal: session cookie, CSRF header, problem+json errors.

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

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: Record<string, string | number | null | undefined>;
  /** Do not treat a 401 as an expired session (login, the first /v1/me). */
  quiet401?: boolean;
}

function withQuery(path: string, query: RequestOptions['query']): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

const standardMembers = new Set(['type', 'title', 'status', 'code', 'detail', 'field', 'requestId', 'instance']);

export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET') {
    const token = csrfToken ?? readCookie('portico_csrf');
    if (token) headers['X-CSRF-Token'] = token;
  }

  let response: Response;
  try {
    response = await fetch(withQuery(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiError({ status: 0, code: 'network_error', title: 'Network error', detail: '' });
  }

  if (response.status === 204) return undefined as T;
  const type = response.headers.get('content-type') ?? '';
  const data: unknown = type.includes('json') ? await response.json().catch(() => null) : null;

  if (!response.ok) {
    const problem = (data ?? {}) as Record<string, unknown>;
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
  return data as T;
}

/** Name of the form field a problem points at: `body/email` or `/billingAddress/city` → last part. */
export function problemField(error: unknown): string | undefined {
  if (!isApiError(error) || !error.field) return undefined;
  const parts = error.field.split(/[./]/).filter(Boolean);
  return parts[parts.length - 1];
}
