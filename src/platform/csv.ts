/** One CSV field: quoted when it must be, and a leading = + - @ defused (spreadsheets would run it as a formula). */
export function csvField(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV document (RFC 4180, CRLF line ends): the header, then one line per row. */
export const csvText = (header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string =>
  [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';

/** The text cannot be read as CSV at all (an unterminated quote): nothing of it is used. */
export class CsvFormatError extends Error {
  constructor(readonly line: number, readonly reason: string) {
    super(`line ${line}: ${reason}`);
  }
}

export interface CsvRecord {
  line: number;
  fields: string[];
}

/**
 * Reads CSV (RFC 4180): quoted fields with "" escapes and embedded newlines, LF or CRLF, any
 * one-character delimiter (the DPL is tab-separated). Each record comes with the line it starts
 * on, so a bad row can be reported where an editor would show it.
 */
export function* csvRecords(text: string, delimiter = ','): Generator<CsvRecord> {
  let line = 1;
  // A byte-order mark (spreadsheets write one) is not part of the first field.
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  while (i < n) {
    const start = line;
    const fields: string[] = [];
    let field = '';
    let quoted = false;
    let ended = false;
    while (i < n && !ended) {
      const c = text[i]!;
      if (quoted) {
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          quoted = false;
          i++;
          continue;
        }
        if (c === '\n') line++;
        field += c;
        i++;
        continue;
      }
      if (c === '"' && field === '') {
        quoted = true;
        i++;
      } else if (c === delimiter) {
        fields.push(field);
        field = '';
        i++;
      } else if (c === '\n' || (c === '\r' && text[i + 1] === '\n')) {
        i += c === '\r' ? 2 : 1;
        line++;
        ended = true;
      } else {
        field += c;
        i++;
      }
    }
    if (quoted) throw new CsvFormatError(start, 'a quoted field is never closed');
    fields.push(field);
    // Blank lines (and the end-of-file marker of the OFAC files) carry no record.
    if (fields.length === 1 && (fields[0]!.trim() === '' || fields[0] === '\x1a')) continue;
    yield { line: start, fields };
  }
}
