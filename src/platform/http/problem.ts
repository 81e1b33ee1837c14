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

const PART_NAMES: Record<string, string> = { querystring: 'Query parameter', params: 'Path parameter', headers: 'Header' };
const FORMAT_NAMES: Record<string, string> = {
  uuid: 'a UUID', 'date-time': 'a date and time (RFC 3339, e.g. 2026-01-31T12:00:00Z)', email: 'an e-mail address', uri: 'an absolute URL',
};
const TYPE_NAMES: Record<string, string> = { integer: 'an integer', number: 'a number', string: 'a string', boolean: 'true or false', object: 'an object', array: 'an array', null: 'null' };

const quoted = (value: unknown) => (typeof value === 'string' ? `"${value}"` : JSON.stringify(value));
const plural = (n: unknown, word: string) => `${String(n)} ${word}${n === 1 ? '' : 's'}`;

/**
 * Turns one schema-validation error into a field path, a stable code and a sentence that says what
 * is allowed (never ajv's "must be equal to constant").
 */
export function describeValidation(error: AjvError, context: string | undefined): { field: string; code: string; detail: string } {
  const path = error.instancePath.replace(/^\//, '').replace(/\//g, '.');
  const join = (name: unknown) => (path ? `${path}.${String(name)}` : String(name));
  const p = error.params;
  const subject = (field: string) => (field ? `${PART_NAMES[context ?? ''] ?? 'The field'} ${field}` : context && PART_NAMES[context] ? `The ${context === 'querystring' ? 'query string' : context}` : 'The body');
  const say = (field: string, code: string, text: string) => ({ field: field || context || 'body', code, detail: `${subject(field)} ${text}.` });
  switch (error.keyword) {
    case 'required':
      return say(join(p.missingProperty), 'required', 'is required');
    case 'additionalProperties':
      return say(join(p.additionalProperty), 'unknown_field', 'is not a known field');
    case 'type':
      return say(path, 'wrong_type', `must be ${String(p.type).split(',').map((t) => TYPE_NAMES[t] ?? t).join(' or ')}`);
    case 'maxLength':
      return say(path, 'too_long', `must be at most ${plural(p.limit, 'character')} long`);
    case 'maxItems':
      return say(path, 'too_long', `must have at most ${plural(p.limit, 'item')}`);
    case 'minLength':
      return say(path, 'too_short', p.limit === 1 ? 'must not be empty' : `must be at least ${plural(p.limit, 'character')} long`);
    case 'minItems':
      return say(path, 'too_short', `must have at least ${plural(p.limit, 'item')}`);
    case 'minProperties':
      return say(path, 'too_short', `must contain at least ${plural(p.limit, 'field')}`);
    case 'enum':
      return say(path, 'not_allowed', `must be one of ${(p.allowedValues as unknown[]).map(quoted).join(', ')}`);
    case 'const':
      return say(path, 'not_allowed', `must be ${quoted(p.allowedValue)}`);
    case 'anyOf':
    case 'oneOf':
      return say(path, 'not_allowed', 'does not match any of the allowed forms');
    case 'uniqueItems':
      return say(path, 'not_allowed', `must not list the same value twice (items ${[p.i, p.j].map(Number).sort((x, y) => x - y).join(' and ')} are equal)`);
    case 'format':
      return say(path, 'bad_format', `must be ${FORMAT_NAMES[String(p.format)] ?? `in the format ${quoted(p.format)}`}`);
    case 'pattern':
      return say(path, 'bad_format', p.pattern === '\\S' ? 'must not be blank' : `must match the pattern ${String(p.pattern)}`);
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const bound = { minimum: 'at least', maximum: 'at most', exclusiveMinimum: 'greater than', exclusiveMaximum: 'less than' }[error.keyword];
      return say(path, 'out_of_range', `must be ${bound} ${String(p.limit)}`);
    }
    case 'multipleOf':
      return say(path, 'out_of_range', `must be a multiple of ${String(p.multipleOf)}`);
    default:
      return say(path, 'invalid', `is not valid (${error.keyword})`);
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
