import { createHash } from 'node:crypto';
import { CsvFormatError, csvRecords, type CsvRecord } from '../../platform/csv.ts';

/**
 * The screening lists' formats (../shared/data/screening/README.md) read into one entry shape:
 * the US Consolidated Screening List (2019 without `_id`, 2022+ with it), the BIS Denied Persons
 * List, and OFAC's SDN legacy CSV set. A bad row is counted with its line and skipped; a file that
 * cannot be read at all throws ListFormatError and yields nothing. Pure: text in, entries out.
 */

/**
 * A screening list that cannot be read as a whole (no header, not a list): nothing of it is used.
 * The CSV reader's own errors (an unterminated quote) are CsvFormatErrors, of which this is one.
 */
export class ListFormatError extends CsvFormatError {}

export type ListFormat = 'csl' | 'dpl' | 'sdn';
export type EntityType = 'individual' | 'entity' | 'vessel' | 'aircraft';

export interface ListEntry {
  /**
   * Unique and stable within its list: the CSL's source and `_id` (one OFAC entity can stand on
   * several of the CSL's source lists under one `_id`), OFAC's entity number, else a hash of the row.
   */
  entryId: string;
  /** The source list's short name: SDN, EL, DPL, DTC, … */
  source: string;
  name: string;
  aliases: string[];
  entityType: EntityType | null;
  addresses: string[];
  /** ISO 3166-1 alpha-2 codes from the addresses (and the DPL's country column), upper case, unique. */
  countries: string[];
}

export interface BadRow {
  line: number;
  reason: string;
}

export interface ParsedList {
  format: ListFormat;
  entries: ListEntry[];
  badRows: BadRow[];
}

const CSL_COLUMNS = [
  'source', 'entity_number', 'type', 'programs', 'name', 'title', 'addresses', 'federal_register_notice', 'start_date', 'end_date',
  'standard_order', 'license_requirement', 'license_policy', 'call_sign', 'vessel_type', 'gross_tonnage', 'gross_registered_tonnage',
  'vessel_flag', 'vessel_owner', 'remarks', 'source_list_url', 'alt_names', 'citizenships', 'dates_of_birth', 'nationalities',
  'places_of_birth', 'source_information_url', 'ids',
] as const;
const DPL_COLUMNS = [
  'Name', 'Street_Address', 'City', 'State', 'Country', 'Postal_Code', 'Effective_Date', 'Expiration_Date', 'Standard_Order', 'Last_Update', 'Action', 'FR_Citation',
] as const;

const hashId = (...parts: string[]) => createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 20);
const list = (text: string, separator = ';') => text.split(separator).map((part) => part.trim()).filter(Boolean);
const unique = <T>(values: T[]) => [...new Set(values)];
const COUNTRY = /^[A-Z]{2}$/;
/** Codes the lists use that are not ISO 3166-1 alpha-2 (the DPL writes China as PRC). */
const COUNTRY_ALIASES: Record<string, string> = { PRC: 'CN', UK: 'GB' };
const isoCountry = (text: string): string | null => {
  const code = text.trim().toUpperCase();
  const iso = COUNTRY_ALIASES[code] ?? code;
  return COUNTRY.test(iso) ? iso : null;
};

/** "…, SCARBOROUGH, ONTARIO, M1W1A2, CA": the last part of a CSL address is its country. */
function countryOfAddress(address: string): string | null {
  return isoCountry(address.split(',').at(-1) ?? '');
}

/** "Denied Persons List (DPL) - Bureau of Industry and Security" → "DPL". */
function sourceCode(source: string): string {
  return /\(([^)]+)\)/.exec(source)?.[1]?.trim() ?? source.trim();
}

function entityTypeOf(text: string): EntityType | null {
  const type = text.trim().toLowerCase();
  return type === 'individual' || type === 'entity' || type === 'vessel' || type === 'aircraft' ? type : null;
}

/** Keeps the first entry of each id; a later row with the same id is reported (the lists hold a few repeated rows). */
function addOnce(entries: ListEntry[], badRows: BadRow[], lineOf: Map<string, number>, line: number, entry: ListEntry): void {
  const first = lineOf.get(entry.entryId);
  if (first !== undefined) {
    badRows.push({ line, reason: `the entry of line ${first} again (${entry.entryId})` });
    return;
  }
  lineOf.set(entry.entryId, line);
  entries.push(entry);
}

function header(records: Generator<CsvRecord>, what: string): CsvRecord {
  const first = records.next();
  if (first.done) throw new ListFormatError(1, `the file is empty: no ${what} header`);
  return first.value;
}

/** The Consolidated Screening List, CSV, in its 2019 (28 columns) or 2022+ (29, with `_id`) form. */
export function parseCsl(text: string): ParsedList {
  const records = csvRecords(text.replace(/^\uFEFF/, ''));
  const head = header(records, 'CSL');
  const withId = head.fields[0] === '_id';
  const columns = withId ? ['_id', ...CSL_COLUMNS] : [...CSL_COLUMNS];
  if (head.fields.length !== columns.length || columns.some((c, i) => head.fields[i]?.trim() !== c)) {
    throw new ListFormatError(head.line, `not a Consolidated Screening List header (expected ${columns.slice(0, 3).join(', ')}, …)`);
  }
  const at = Object.fromEntries(columns.map((c, i) => [c, i])) as Record<string, number>;
  const entries: ListEntry[] = [];
  const badRows: BadRow[] = [];
  const lineOf = new Map<string, number>(); // entry id → the line it was read from
  for (const { line, fields } of records) {
    if (fields.length !== columns.length) {
      badRows.push({ line, reason: `${fields.length} fields, expected ${columns.length}` });
      continue;
    }
    const get = (column: string) => fields[at[column]!]!.trim();
    const name = get('name');
    if (!name) {
      badRows.push({ line, reason: 'no name' });
      continue;
    }
    const source = sourceCode(get('source'));
    const addresses = list(get('addresses'));
    // The 2022 list holds one row twice (CAP, BANK OF KUNLUN): the first stands, the second is reported.
    addOnce(entries, badRows, lineOf, line, {
      entryId: withId && get('_id') ? `${source}-${get('_id')}` : hashId(source, name, get('addresses'), get('programs'), get('start_date')),
      source, name, aliases: list(get('alt_names')), entityType: entityTypeOf(get('type')), addresses,
      countries: unique(addresses.map(countryOfAddress).filter((c): c is string => c !== null)),
    });
  }
  return { format: 'csl', entries, badRows };
}

/** The BIS Denied Persons List: tab-separated, every field quoted, no stable id (the row's name and address make one). */
export function parseDpl(text: string): ParsedList {
  const records = csvRecords(text.replace(/^\uFEFF/, ''), '\t');
  const head = header(records, 'DPL');
  if (head.fields.length !== DPL_COLUMNS.length || DPL_COLUMNS.some((c, i) => head.fields[i]?.trim() !== c)) {
    throw new ListFormatError(head.line, `not a Denied Persons List header (expected ${DPL_COLUMNS.slice(0, 3).join(', ')}, …)`);
  }
  const entries: ListEntry[] = [];
  const badRows: BadRow[] = [];
  const lineOf = new Map<string, number>();
  for (const { line, fields } of records) {
    if (fields.length !== DPL_COLUMNS.length) {
      badRows.push({ line, reason: `${fields.length} fields, expected ${DPL_COLUMNS.length}` });
      continue;
    }
    const [name, street, city, state, country, postal, effective, , , , action, citation] = fields.map((f) => f.trim());
    if (!name) {
      badRows.push({ line, reason: 'no name' });
      continue;
    }
    const code = country!.toUpperCase();
    const address = [street, city, state, postal, code].filter(Boolean).join(', ');
    const iso = isoCountry(code);
    // No id in the file: one order about one party at one address is one entry.
    addOnce(entries, badRows, lineOf, line, {
      entryId: hashId('DPL', name, street!, city!, state!, code, postal!, effective!, action!, citation!),
      source: 'DPL', name, aliases: [], entityType: null, addresses: address ? [address] : [], countries: iso ? [iso] : [],
    });
  }
  return { format: 'dpl', entries, badRows };
}

/** OFAC's legacy CSV: "-0- " is null; no header; the full files end with a DOS end-of-file byte. */
const ofacValue = (text: string | undefined) => {
  const value = (text ?? '').trim();
  return value === '-0-' ? '' : value;
};

/** OFAC's SDN set: sdn.csv with the alternate names of alt.csv and the addresses of add.csv (both optional). */
export function parseSdn(files: { sdn: string; alt?: string; add?: string }): ParsedList {
  const badRows: BadRow[] = [];
  const aliases = new Map<string, string[]>();
  const addresses = new Map<string, { address: string; country: string }[]>();
  /** The first line of alt.csv / add.csv naming each entity, to report those sdn.csv does not have. */
  const firstLine = new Map<string, { file: string; line: number }>();
  const note = (id: string, file: string, line: number) => firstLine.has(`${file}|${id}`) || firstLine.set(`${file}|${id}`, { file, line });
  const push = <T>(map: Map<string, T[]>, key: string, value: T) => (map.get(key) ?? map.set(key, []).get(key)!).push(value);
  for (const { line, fields } of csvRecords(files.alt ?? '')) {
    const name = ofacValue(fields[3]);
    if (fields.length < 4 || !ofacValue(fields[0]) || !name) badRows.push({ line, reason: 'alt.csv: no entity number or name' });
    else {
      push(aliases, ofacValue(fields[0]), name);
      note(ofacValue(fields[0]), 'alt.csv', line);
    }
  }
  for (const { line, fields } of csvRecords(files.add ?? '')) {
    if (fields.length < 5 || !ofacValue(fields[0])) {
      badRows.push({ line, reason: 'add.csv: no entity number' });
      continue;
    }
    const parts = [ofacValue(fields[2]), ofacValue(fields[3]), ofacValue(fields[4])].filter(Boolean);
    if (parts.length > 0) push(addresses, ofacValue(fields[0]), { address: parts.join(', '), country: ofacValue(fields[4]) });
    note(ofacValue(fields[0]), 'add.csv', line);
  }
  const entries: ListEntry[] = [];
  const lineOf = new Map<string, number>();
  for (const { line, fields } of csvRecords(files.sdn)) {
    const id = ofacValue(fields[0]);
    const name = ofacValue(fields[1]);
    if (fields.length !== 12 || !/^\d+$/.test(id) || !name) {
      badRows.push({ line, reason: fields.length !== 12 ? `sdn.csv: ${fields.length} fields, expected 12` : 'sdn.csv: no entity number or name' });
      continue;
    }
    const type = ofacValue(fields[2]);
    const at = addresses.get(id) ?? [];
    addOnce(entries, badRows, lineOf, line, {
      entryId: id, source: 'SDN', name, aliases: aliases.get(id) ?? [], entityType: type ? entityTypeOf(type) : 'entity',
      addresses: at.map((a) => a.address),
      // OFAC writes country names ("Iran"), not codes: kept as addresses, not as countries.
      countries: [],
    });
  }
  const listed = new Set(entries.map((e) => e.entryId));
  for (const [key, at] of firstLine) {
    const id = key.slice(key.indexOf('|') + 1);
    if (!listed.has(id)) badRows.push({ line: at.line, reason: `${at.file}: entity ${id} is not in sdn.csv` });
  }
  if (entries.length === 0 && badRows.length > 0) throw new ListFormatError(badRows[0]!.line, 'not an OFAC SDN file: no row could be read');
  return { format: 'sdn', entries, badRows };
}
