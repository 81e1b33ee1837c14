/**
 * A small RFC 4180 reader for the screening lists: quoted fields with "" escapes and embedded
 * newlines, LF or CRLF, any one-character delimiter (the DPL is tab-separated). Each record comes
 * with the line it starts on, so a bad row can be reported where an editor would show it.
 */

/** The file cannot be read as a whole (no header, an unterminated quote): nothing of it is used. */
export class ListFormatError extends Error {
  constructor(readonly line: number, message: string) {
    super(`line ${line}: ${message}`);
  }
}

export interface CsvRecord {
  line: number;
  fields: string[];
}

export function* csvRecords(text: string, delimiter = ','): Generator<CsvRecord> {
  let line = 1;
  let i = 0;
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
    if (quoted) throw new ListFormatError(start, 'a quoted field is never closed');
    fields.push(field);
    // Blank lines (and the end-of-file marker of the OFAC files) carry no record.
    if (fields.length === 1 && (fields[0] === '' || fields[0] === '\x1a')) continue;
    yield { line: start, fields };
  }
}
