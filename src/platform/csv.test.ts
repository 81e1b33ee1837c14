import { describe, expect, it } from 'vitest';
import { CsvFormatError, csvRecords, csvText } from './csv.ts';

describe('the CSV reader', () => {
  it('reads quotes, doubled quotes, embedded newlines and CRLF, with the line each record starts on', () => {
    const records = [...csvRecords('a,"b ""q""",c\r\n"multi\nline",x,\n\nlast,"",z')];
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b "q"', 'c'] },
      { line: 2, fields: ['multi\nline', 'x', ''] },
      { line: 5, fields: ['last', '', 'z'] },
    ]);
  });

  it('drops a byte-order mark, skips lines of spaces, and reads another delimiter', () => {
    expect([...csvRecords('\uFEFFname\tcountry\n   \nACME\tDE\n')]).toEqual([
      { line: 1, fields: ['name\tcountry'] },
      { line: 3, fields: ['ACME\tDE'] },
    ]);
    expect([...csvRecords('\uFEFFname\tcountry\n   \nACME\tDE\n', '\t')].map((r) => r.fields)).toEqual([['name', 'country'], ['ACME', 'DE']]);
  });

  it('refuses an unterminated quote, naming the line it opened on', () => {
    expect(() => [...csvRecords('a,b\n"open,c\nd,e\n')]).toThrow(new CsvFormatError(2, 'a quoted field is never closed'));
  });

  it('reads back what the writer wrote', () => {
    const rows = [['Kurt, Jr.', 'says "hi"', 'two\nlines'], ['=1+1', 3, null]] as const;
    expect([...csvRecords(csvText(['a', 'b', 'c'], rows))].map((r) => r.fields)).toEqual([
      ['a', 'b', 'c'], ['Kurt, Jr.', 'says "hi"', 'two\nlines'], ["'=1+1", '3', ''],
    ]);
  });
});
