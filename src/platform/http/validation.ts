import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { FastifyInstance } from 'fastify';
import { invalid, type AppError } from '../errors.ts';
import { NAME_PATTERN, NOT_IN_NAME_RE } from './schemas.ts';

// ajv-formats is CommonJS; its default export arrives wrapped under ESM.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv) => Ajv;

/**
 * Characters no string input may hold: NUL (PostgreSQL's text and jsonb cannot store it), the other
 * C0 controls but tab and line breaks, DEL, and unpaired surrogates (not UTF-8: they would be stored
 * as U+FFFD, silently changed).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDFFF]/u;
const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

const MAX_DEPTH = 32;
// Worded like the schema messages in problem.ts: "The field name …", "Query parameter key …".
const PART_NAMES: Record<string, string> = { body: 'The field', querystring: 'Query parameter', params: 'Path parameter', headers: 'Header' };
const subject = (httpPart: string, field: string) => `${PART_NAMES[httpPart] ?? 'The field'} ${field}`;

/** The first string (or object key) in a request part that holds a control character, as a problem. */
function findControlCharacter(value: unknown, httpPart: string, path: string[] = []): AppError | null {
  if (typeof value === 'string') {
    const found = CONTROL.exec(value);
    if (!found) return null;
    const field = path.join('.') || httpPart;
    return invalid('control_character', `${subject(httpPart, field)} contains ${codePoint(found[0])}, a control character that is not accepted.`, field);
  }
  if (value === null || typeof value !== 'object') return null;
  // No input of ours nests this deep; the walk must not exhaust the stack on one that does.
  if (path.length >= MAX_DEPTH) return invalid('too_deep', `The ${httpPart} is nested more than ${MAX_DEPTH} levels deep.`, path[0] ?? httpPart);
  for (const [key, item] of Object.entries(value)) {
    const keyPath = [...path, key.replace(CONTROL, '\uFFFD')];
    if (CONTROL.test(key)) return findControlCharacter(key, httpPart, keyPath);
    const problem = findControlCharacter(item, httpPart, keyPath);
    if (problem) return problem;
  }
  return null;
}

function makeAjv(coerceTypes: boolean | 'array'): Ajv {
  const ajv = new Ajv({ coerceTypes, useDefaults: true, removeAdditional: false, allErrors: false, strict: false });
  addFormats(ajv);
  return ajv;
}

/** A name that failed NAME_PATTERN, as a problem naming the character (or saying it is blank). */
function badName(validate: ValidateFunction, data: unknown): AppError | null {
  const first = validate.errors?.[0];
  if (first?.keyword !== 'pattern' || first.params.pattern !== NAME_PATTERN) return null;
  const segments = first.instancePath.split('/').slice(1);
  const value = segments.reduce<unknown>((at, key) => (at as Record<string, unknown>)?.[key], data);
  const char = typeof value === 'string' ? NOT_IN_NAME_RE.exec(value)?.[0] : undefined;
  const field = segments.join('.');
  if (!char) return invalid('bad_format', `${subject('body', field)} must not be blank.`, field);
  return invalid('invisible_character', `${subject('body', field)} contains ${codePoint(char)}, a control or invisible formatting character that names may not hold.`, field);
}

/**
 * Bodies are validated strictly (a string is never taken for a number, unknown fields are refused);
 * query strings and path parameters are text by nature, so they are coerced. Every part of every
 * route is first checked here for control characters, so no endpoint can forget it.
 */
export function registerValidation(app: FastifyInstance): void {
  const strict = makeAjv(false);
  const coercing = makeAjv('array');
  app.setValidatorCompiler(({ schema, httpPart }) => {
    const part = httpPart ?? 'body';
    const validate = (part === 'body' ? strict : coercing).compile(schema);
    const check = (data: unknown, context?: object) => {
      const control = findControlCharacter(data, part);
      if (control) return { error: control };
      const valid = context ? validate(data, context as never) : validate(data);
      if (valid) return true;
      check.errors = validate.errors;
      const name = badName(validate, data);
      return name ? { error: name } : false;
    };
    check.errors = validate.errors;
    // Fastify passes the parent data (needed to coerce a root value) only to functions that have it.
    (check as { schemaEnv?: unknown }).schemaEnv = validate.schemaEnv;
    return check;
  });
}
