/** The one error type of Portico. Services throw it; platform/http/errors.ts maps it to HTTP. */
export type ErrorKind =
  | 'not_found'
  | 'invalid'
  | 'conflict'
  | 'forbidden'
  | 'unauthenticated'
  | 'rate_limited'
  | 'unavailable';

export class AppError extends Error {
  constructor(
    readonly kind: ErrorKind,
    /** Stable, machine-readable code, e.g. `email_taken`. */
    readonly code: string,
    detail: string,
    readonly field?: string,
    /** Extra members for the problem document (e.g. `nextFreeVlan`). */
    readonly extra?: Record<string, unknown>,
    /** Only for `invalid`: 422 for semantically wrong but well-formed input. */
    readonly status?: 400 | 422,
  ) {
    super(detail);
    this.name = 'AppError';
  }
}

export const notFound = (what: string, field?: string) =>
  new AppError('not_found', `${what}_not_found`, `The ${what.replace(/_/g, ' ')} does not exist.`, field);
export const invalid = (code: string, detail: string, field?: string) => new AppError('invalid', code, detail, field);
export const conflict = (code: string, detail: string, field?: string, extra?: Record<string, unknown>) =>
  new AppError('conflict', code, detail, field, extra);
export const forbidden = (code: string, detail: string) => new AppError('forbidden', code, detail);
export const unauthenticated = (detail = 'Log in or send a valid API key.') =>
  new AppError('unauthenticated', 'unauthenticated', detail);
