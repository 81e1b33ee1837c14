import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type ErrorKind } from '../errors.ts';

const API_PATH = /^\/(v1|openapi\.json|docs|metrics|healthz|readyz|assets)(\/|$)/;

const STATUS: Record<ErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  unavailable: 503,
};

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export interface Problem {
  type: string;
  title: string;
  status: number;
  code: string;
  detail: string;
  field?: string;
  requestId: string;
  [extra: string]: unknown;
}

interface AjvError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** Turns one schema-validation error into a field path and a stable code. */
function describeValidation(error: AjvError, context: string | undefined): { field: string; code: string; detail: string } {
  const path = error.instancePath.replace(/^\//, '').replace(/\//g, '.');
  const join = (name: unknown) => (path ? `${path}.${String(name)}` : String(name));
  const where = context === 'body' || !context ? '' : `${context}: `;
  switch (error.keyword) {
    case 'required':
      return { field: join(error.params.missingProperty), code: 'required', detail: `${where}${join(error.params.missingProperty)} is required.` };
    case 'additionalProperties':
      return { field: join(error.params.additionalProperty), code: 'unknown_field', detail: `${where}${join(error.params.additionalProperty)} is not a known field.` };
    case 'type':
      return { field: path || context || 'body', code: 'wrong_type', detail: `${where}${path || 'the value'} must be ${error.params.type}.` };
    case 'maxLength':
    case 'maxItems':
      return { field: path, code: 'too_long', detail: `${where}${path} ${error.message}.` };
    case 'minLength':
    case 'minItems':
      return { field: path, code: 'too_short', detail: `${where}${path} ${error.message}.` };
    case 'enum':
    case 'const':
    case 'anyOf':
      return { field: path, code: 'not_allowed', detail: `${where}${path} ${error.message}.` };
    case 'format':
    case 'pattern':
      return { field: path, code: 'bad_format', detail: `${where}${path} must match format "${error.params.format ?? error.params.pattern}".` };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
    case 'multipleOf':
      return { field: path, code: 'out_of_range', detail: `${where}${path} ${error.message}.` };
    default:
      return { field: path || context || 'body', code: 'invalid', detail: `${where}${path} ${error.message ?? 'is invalid'}.` };
  }
}

export function sendProblem(reply: FastifyReply, request: FastifyRequest, status: number, body: Omit<Problem, 'type' | 'title' | 'status' | 'requestId'>) {
  const problem = {
    type: `urn:portico:problem:${body.code}`,
    title: TITLES[status] ?? 'Error',
    status,
    ...body,
    requestId: request.id,
  } as Problem;
  return reply.code(status).type('application/problem+json').send(problem);
}

/** The one place where errors become HTTP responses (RFC 9457 problem+json). */
export function registerProblemHandling(app: FastifyInstance, options: { spaIndex: boolean }): void {
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    if (error instanceof AppError) {
      const status = error.status ?? STATUS[error.kind];
      if (error.kind === 'rate_limited') reply.header('retry-after', String(error.extra?.retryAfterSeconds ?? 60));
      return sendProblem(reply, request, status, {
        code: error.code,
        detail: error.message,
        ...(error.field ? { field: error.field } : {}),
        ...(error.extra ?? {}),
      });
    }
    const fe = error as FastifyError & { validationContext?: string };
    if (fe.validation) {
      const first = describeValidation(fe.validation[0] as unknown as AjvError, fe.validationContext);
      return sendProblem(reply, request, 400, first);
    }
    if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
      const code =
        fe.statusCode === 413 ? 'body_too_large'
        : fe.statusCode === 415 ? 'unsupported_media_type'
        : fe.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ? 'empty_body'
        : fe.statusCode === 400 ? 'malformed_body'
        : 'bad_request';
      return sendProblem(reply, request, fe.statusCode, { code, detail: fe.message, field: 'body' });
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(reply, request, 500, { code: 'internal_error', detail: 'Something went wrong on our side. Quote the request id when you report it.' });
  });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0];
    // The portal routes on the client: any other page path gets its index.html.
    if (options.spaIndex && request.method === 'GET' && !API_PATH.test(path)) return reply.type('text/html').sendFile('index.html');
    return sendProblem(reply, request, 404, { code: 'route_not_found', detail: `No route ${request.method} ${path}.` });
  });
}
