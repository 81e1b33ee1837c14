import { invalid } from '../errors.ts';
import { isUuid } from '../ids.ts';

/** Cursors are opaque to clients: the base64url of the last item's id (UUIDv7, so time order). */
export function encodeCursor(id: string): string {
  return Buffer.from(JSON.stringify({ after: id })).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): string | null {
  if (cursor === undefined) return null;
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { after?: unknown };
    if (typeof parsed.after === 'string' && isUuid(parsed.after)) return parsed.after;
  } catch {
    // fall through
  }
  throw invalid('bad_cursor', 'The cursor is not one this API handed out.', 'cursor');
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Repos fetch `limit + 1` rows; the extra row tells whether there is a next page. */
export function toPage<T extends { id: string }>(rows: T[], limit: number): Page<T> {
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? encodeCursor(items[items.length - 1].id) : null };
}
