import { Type, type SchemaOptions, type TSchema } from '@sinclair/typebox';

/** Shared schema pieces: ids, lists, problems. */
export const Uuid = Type.String({ format: 'uuid', maxLength: 36 });
export const IdParams = Type.Object({ id: Uuid }, { additionalProperties: false });
export const Timestamp = Type.String({ format: 'date-time' });
/**
 * What a name (one line that people read: a company, a person, a port) may not hold: controls and
 * line breaks, C1 controls, bidi marks, embeddings, overrides and isolates, zero-width characters.
 * They make one name look like another, or turn the text around it.
 */
const NOT_IN_NAME = '\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u2069\\uFEFF';
export const NOT_IN_NAME_RE = new RegExp(`[${NOT_IN_NAME}]`, 'u');
/** Not blank, and none of NOT_IN_NAME: a plain pattern, so a generated client can check it too. */
export const NAME_PATTERN = `^[^${NOT_IN_NAME}]*[^\\s${NOT_IN_NAME}][^${NOT_IN_NAME}]*$`;
/** A name people read (validation.ts turns a mismatch into a problem that names the character). */
export const Name = (maxLength = 100) => Type.String({ minLength: 1, maxLength, pattern: NAME_PATTERN });
export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/**
 * A string that is one of `values`: a plain JSON Schema `enum`, so the document shows the values and
 * a wrong one is answered with the list (a union of literals would say "must be equal to constant").
 */
export const StringEnum = <const T extends readonly string[]>(values: T, options: SchemaOptions = {}) =>
  Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });

/**
 * A response field stored more loosely than it is written (a text or JSON column): the document keeps
 * the exact schema, which every write was validated against; the handler may return the stored type.
 */
export const AsStored = <Stored = string>(schema: TSchema) => Type.Unsafe<Stored>(schema);

/** StringEnum of every member of a union type: a member added to the type and missing here does not type-check. */
export const StringEnumOf = <T extends string>(members: Record<T, true>, options: SchemaOptions = {}) =>
  StringEnum(Object.keys(members) as T[], options);

export const ListQuery = Type.Object(
  {
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  },
  { additionalProperties: false },
);

export const ListOf = <T extends TSchema>(item: T, name: string) =>
  Type.Object({ items: Type.Array(item), nextCursor: Nullable(Type.String()) }, { $id: undefined, title: `${name}List` });

export const ProblemSchema = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    code: Type.String(),
    detail: Type.String(),
    field: Type.Optional(Type.String()),
    requestId: Type.String(),
  },
  { additionalProperties: true, title: 'Problem' },
);

/** The error responses a route may answer, for the OpenAPI document. */
export function errors(...statuses: number[]) {
  const out: Record<number, typeof ProblemSchema> = {};
  for (const status of statuses) out[status] = ProblemSchema;
  return out;
}

export const NoContent = Type.Null({ description: 'No content' });
