import { describe, expect, it } from 'vitest';
import { isUuid, uuidv7 } from './ids.ts';
import { decodeCursor, encodeCursor, toPage } from './http/pagination.ts';
import { splitStatements } from './db/migrate.ts';
import { AppError } from './errors.ts';

describe('uuidv7', () => {
  it('is a valid version-7 UUID that sorts by time', () => {
    const a = uuidv7(1_700_000_000_000);
    const b = uuidv7(1_700_000_000_001);
    expect(isUuid(a)).toBe(true);
    expect(a[14]).toBe('7');
    expect(['8', '9', 'a', 'b']).toContain(a[19]);
    expect(a < b).toBe(true);
  });
  it('sorts in creation order within one millisecond, also past the 12-bit counter', () => {
    const ids = Array.from({ length: 10_000 }, () => uuidv7());
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });
});

describe('cursors', () => {
  it('round-trip and refuse anything else', () => {
    const id = uuidv7();
    expect(decodeCursor(encodeCursor(id))).toBe(id);
    expect(decodeCursor(undefined)).toBeNull();
    for (const bad of ['nope', Buffer.from('{"after":"x"}').toString('base64url'), Buffer.from('[]').toString('base64url')]) {
      expect(() => decodeCursor(bad)).toThrow(AppError);
    }
  });
  it('a page has a next cursor only when there is more', () => {
    const rows = [{ id: uuidv7(1) }, { id: uuidv7(2) }, { id: uuidv7(3) }];
    expect(toPage(rows, 3).nextCursor).toBeNull();
    const page = toPage(rows, 2);
    expect(page.items).toHaveLength(2);
    expect(decodeCursor(page.nextCursor!)).toBe(rows[1].id);
  });
});

describe('migration splitting', () => {
  it('splits on statement ends but not inside dollar-quoted bodies', () => {
    const parts = splitStatements(`-- comment\nCREATE TABLE a (x int);\nCREATE FUNCTION f() RETURNS int AS $$\nBEGIN\n  RETURN 1;\nEND;\n$$ LANGUAGE plpgsql;\nSELECT 1;`);
    expect(parts).toHaveLength(3);
    expect(parts[1]).toContain('RETURN 1;');
  });
});
