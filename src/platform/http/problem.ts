import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type ErrorKind } from '../errors.ts';
import { uuidv7 } from '../ids.ts';

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

type ProblemFields = Omit<Problem, 'type' | 'title' | 'status' | 'requestId'>;

function problemDocument(status: number, body: ProblemFields, requestId: string): Problem {
  return { type: `urn:portico:problem:${body.code}`, title: TITLES[status] ?? STATUS_CODES[status] ?? 'Error', status, ...body, requestId } as Problem;
}

export function sendProblem(reply: FastifyReply, request: FastifyRequest, status: number, body: ProblemFields) {
  // Set here too: framework errors (a bad URL) are answered before the onRequest hooks run.
  reply.header('x-request-id', request.id);
  return reply.code(status).type('application/problem+json').send(problemDocument(status, body, request.id));
}

/** A problem written straight to Node's response or socket, where Fastify has no request. */
function rawProblem(status: number, body: ProblemFields) {
  const requestId = uuidv7();
  const text = JSON.stringify(problemDocument(status, body, requestId));
  return { text, headers: { 'content-type': 'application/problem+json', 'content-length': String(Buffer.byteLength(text)), 'x-request-id': requestId, connection: 'close' } };
}

/** Fastify's own errors, by Fastify code: our code and the input they are about. */
const FRAMEWORK_CODES: Record<string, { code: string; field?: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'body_too_large', field: 'body' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'unsupported_media_type', field: 'Content-Type' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'empty_body', field: 'body' },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'malformed_body', field: 'body' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: 'bad_content_length', field: 'Content-Length' },
  FST_ERR_BAD_URL: { code: 'bad_url', field: 'path' },
  FST_ERR_MAX_PARAM_LENGTH: { code: 'uri_too_long', field: 'path' },
};

const FRAMEWORK_DETAILS: Record<string, string> = {
  FST_ERR_BAD_URL: 'The path is not valid percent-encoded UTF-8.',
  FST_ERR_MAX_PARAM_LENGTH: 'A segment of the path is longer than any id (100 characters at most).',
};

/** Problem fields for an error Fastify raised (not ours, not a schema's). */
function frameworkProblem(error: FastifyError): { status: number; body: ProblemFields } | null {
  const status = error.statusCode ?? 500;
  if (status < 400 || status >= 500) return null;
  // A JSON syntax error carries only a status; its message says where the JSON broke.
  const known = FRAMEWORK_CODES[error.code] ?? (status === 400 ? { code: 'malformed_body', field: 'body' } : { code: (STATUS_CODES[status] ?? 'bad request').toLowerCase().replace(/\W+/g, '_') });
  return { status, body: { ...known, detail: FRAMEWORK_DETAILS[error.code] ?? error.message } };
}

/** Fastify's `frameworkErrors`: URLs the router cannot take (bad encoding, over-long segments). */
export function frameworkErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const problem = frameworkProblem(error) ?? { status: 500, body: INTERNAL };
  return sendProblem(reply, request, problem.status, problem.body);
}

/** Fastify's `clientErrorHandler`: what Node's HTTP parser refuses before there is a request. */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket) {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, body]: [number, ProblemFields] =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? [408, { code: 'request_timeout', detail: 'The request did not arrive in time.' }]
    : error.code === 'HPE_HEADER_OVERFLOW' ? [431, { code: 'headers_too_large', detail: 'The request line and headers are too large (16 KB at most).', field: 'headers' }]
    : [400, { code: 'malformed_request', detail: 'This is not a well-formed HTTP/1.1 request.' }];
  const { text, headers } = rawProblem(status, body);
  const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`).join('');
  if (socket.writable) socket.write(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${head}\r\n${text}`);
  socket.destroy(error);
}

/** Node answers an `Expect` other than 100-continue itself (a bare 417) unless someone listens. */
function expectationFailed(_request: IncomingMessage, response: ServerResponse) {
  const { text, headers } = rawProblem(417, { code: 'expectation_failed', detail: 'Only "Expect: 100-continue" is supported.', field: 'Expect' });
  response.writeHead(417, headers).end(text);
}

const INTERNAL: ProblemFields = { code: 'internal_error', detail: 'Something went wrong on our side. Quote the request id when you report it.' };

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
    const framework = frameworkProblem(fe);
    if (framework) return sendProblem(reply, request, framework.status, framework.body);
    if (fe.statusCode === 503) return sendProblem(reply, request, 503, { code: 'unavailable', detail: fe.message });
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(reply, request, 500, INTERNAL);
  });

  // Requests that still arrive while the server drains get a problem, not Fastify's plain 503.
  let closing = false;
  app.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  app.addHook('onRequest', (request, reply, done) => {
    if (!closing) return done();
    reply.header('connection', 'close');
    sendProblem(reply, request, 503, { code: 'shutting_down', detail: 'The server is shutting down. Try again in a moment.' });
  });
  app.server.on('checkExpectation', expectationFailed);

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0];
    // The portal routes on the client: any other page path gets its index.html.
    if (options.spaIndex && request.method === 'GET' && !API_PATH.test(path)) return reply.type('text/html').sendFile('index.html');
    return sendProblem(reply, request, 404, { code: 'route_not_found', detail: `No route ${request.method} ${path}.` });
  });
}
