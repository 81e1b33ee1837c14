import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { ListFormatError } from './lists.parse.ts';
import { parseCsl, parseDpl, parseSdn, type ListFormat, type ParsedList } from './lists.parse.ts';

/** A list as read from a file, a directory (OFAC's CSV set) or an https URL: parsed, with where it came from and its checksum. */
export interface ListSource {
  list: ListFormat;
  version: string;
  checksum: string;
  parsed: ParsedList;
}

const isGzip = (bytes: Buffer) => bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
const textOf = (bytes: Buffer) => (isGzip(bytes) ? gunzipSync(bytes) : bytes).toString('utf8');
const sha256 = (...parts: Buffer[]) => parts.reduce((hash, part) => hash.update(part), createHash('sha256')).digest('hex');

/** Which list a file is, from its header: the CSL (2019 or 2022+) or the DPL. */
export function formatOf(text: string): 'csl' | 'dpl' {
  const head = text.replace(/^\uFEFF/, '').slice(0, 200);
  if (head.startsWith('_id,source,') || head.startsWith('source,entity_number,')) return 'csl';
  if (/^"?Name"?\t"?Street_Address"?\t/.test(head)) return 'dpl';
  throw new ListFormatError(1, 'neither a Consolidated Screening List (CSV) nor a Denied Persons List (tab-separated); for OFAC’s SDN list give the directory of sdn.csv, alt.csv and add.csv');
}

function fromBytes(bytes: Buffer, version: string): ListSource {
  const text = textOf(bytes);
  const list = formatOf(text);
  return { list, version, checksum: sha256(bytes), parsed: list === 'csl' ? parseCsl(text) : parseDpl(text) };
}

function fromDirectory(dir: string): ListSource {
  const file = (name: string) => (existsSync(join(dir, name)) ? readFileSync(join(dir, name)) : null);
  const sdn = file('sdn.csv');
  if (!sdn) throw new ListFormatError(1, `${dir} holds no sdn.csv: a directory is read as OFAC’s SDN set (sdn.csv, alt.csv, add.csv)`);
  const alt = file('alt.csv');
  const add = file('add.csv');
  const parsed = parseSdn({ sdn: textOf(sdn), alt: alt ? textOf(alt) : undefined, add: add ? textOf(add) : undefined });
  return { list: 'sdn', version: basename(dir), checksum: sha256(sdn, alt ?? Buffer.alloc(0), add ?? Buffer.alloc(0)), parsed };
}

/** Reads and parses a list; throws ListFormatError (with the line) when it is not one, or an Error naming what could not be read. */
export async function readListSource(location: string, fetchBytes: (url: string) => Promise<Buffer> = download): Promise<ListSource> {
  if (/^https?:\/\//i.test(location)) {
    if (!/^https:\/\//i.test(location)) throw new Error('Lists are downloaded over https only.');
    return fromBytes(await fetchBytes(location), location);
  }
  if (!existsSync(location)) throw new Error(`${location}: no such file or directory`);
  return statSync(location).isDirectory() ? fromDirectory(location) : fromBytes(readFileSync(location), basename(location));
}

async function download(url: string): Promise<Buffer> {
  const response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(120_000) });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}
