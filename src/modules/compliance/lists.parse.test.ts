import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsl, parseDpl, parseSdn } from './lists.parse.ts';
import { ListFormatError } from './lists.parse.ts';

const data = join(import.meta.dirname, '../../../data/screening');
const text = (path: string) => readFileSync(join(data, path), 'utf8');
const countBy = <T>(items: T[], key: (item: T) => string) => items.reduce<Record<string, number>>((acc, item) => ({ ...acc, [key(item)]: (acc[key(item)] ?? 0) + 1 }), {});

describe('the Consolidated Screening List', () => {
  it('reads the whole 2022 list: 14,160 rows from 13 source lists, one of them a repeated row', () => {
    const { entries, badRows } = parseCsl(gunzipSync(readFileSync(join(data, 'csl/consolidated-2022-05.csv.gz'))).toString('utf8'));
    expect(badRows).toEqual([{ line: expect.any(Number), reason: expect.stringMatching(/^the entry of line \d+ again \(CAP-15268\)$/) }]);
    expect(entries).toHaveLength(14_159);
    expect(countBy(entries, (e) => e.source)).toMatchObject({ SDN: 10_026, EL: 2_001, DTC: 727, DPL: 462, SSI: 290, UVL: 201, ISN: 163, FSE: 3 });
    expect(countBy(entries, (e) => e.entityType ?? 'blank')).toEqual({ individual: 5_286, entity: 4_532, blank: 3_625, vessel: 433, aircraft: 283 });
    expect(new Set(entries.map((e) => e.entryId)).size).toBe(14_159);
    // Aliases and countries come with the entries that have them.
    expect(entries.filter((e) => e.aliases.length > 0).length).toBeGreaterThan(5_000);
    expect(entries.filter((e) => e.countries.length > 0).length).toBeGreaterThan(8_000);
    for (const e of entries) for (const c of e.countries) expect(c).toMatch(/^[A-Z]{2}$/);
  });

  it('reads the 2025 format and the 2019 one (no _id: a stable id made from the row)', () => {
    const recent = parseCsl(text('csl/consolidated-mini-2025.csv'));
    expect(recent).toMatchObject({ format: 'csl', badRows: [] });
    expect(recent.entries).toHaveLength(13);
    const old = parseCsl(text('csl/csl-mini-2019.csv'));
    expect(old.badRows).toEqual([]);
    expect(old.entries).toHaveLength(115);
    expect(new Set(old.entries.map((e) => e.entryId)).size).toBe(115);
    expect(parseCsl(text('csl/csl-mini-2019.csv')).entries.map((e) => e.entryId)).toEqual(old.entries.map((e) => e.entryId));
  });

  it('counts a row with the wrong number of fields, with its line, and reads the rest', () => {
    const lines = text('csl/consolidated-mini-2025.csv').split('\n');
    const broken = [...lines.slice(0, 2), 'only,three,fields', ...lines.slice(2)].join('\n');
    const { entries, badRows } = parseCsl(broken);
    expect(badRows).toEqual([{ line: 3, reason: '3 fields, expected 29' }]);
    expect(entries).toHaveLength(13);
  });

  it('refuses a file that is not a CSL: the header’s line and what was expected', () => {
    expect(() => parseCsl('name,address\nACME,Somewhere\n')).toThrow(/^line 1: not a Consolidated Screening List header/);
    expect(() => parseCsl('')).toThrow(ListFormatError);
  });
});

describe('the Denied Persons List', () => {
  it('reads the 665 rows of November 2023 (two of them repeated), trimmed, with ISO countries where given (PRC is CN)', () => {
    const { entries, badRows } = parseDpl(text('dpl/dpl-2023-11.txt'));
    expect(badRows.map((b) => b.line)).toEqual([154, 458]);
    for (const bad of badRows) expect(bad.reason).toMatch(new RegExp(`^the entry of line ${bad.line - 1} again`));
    expect(entries).toHaveLength(663);
    expect(entries.filter((e) => e.countries.includes('CN')).length).toBeGreaterThan(0);
    expect(entries.every((e) => e.source === 'DPL' && e.name === e.name.trim() && e.name.length > 0)).toBe(true);
    expect(entries.filter((e) => e.countries.length === 0)).toHaveLength(289);
    expect(entries.some((e) => e.name === 'I. ASH')).toBe(true); // " I. ASH" in the file
  });

  it('refuses a CSL given as a DPL', () => {
    expect(() => parseDpl(text('csl/consolidated-mini-2025.csv'))).toThrow(/^line 1: not a Denied Persons List header/);
  });
});

describe('the OFAC SDN set', () => {
  it('reads the 17 records with their alternate names and addresses; rows about other entities are reported', () => {
    const files = { sdn: text('ofac/mini-2025/sdn.csv'), alt: text('ofac/mini-2025/alt.csv'), add: text('ofac/mini-2025/add.csv') };
    const { entries, badRows } = parseSdn(files);
    // The extract keeps alternate names and addresses of entities it does not list.
    const orphans = badRows.map((b) => b.reason);
    expect(orphans.length).toBeGreaterThan(0);
    for (const reason of orphans) expect(reason).toMatch(/^(alt|add)\.csv: entity \d+ is not in sdn\.csv$/);
    expect(orphans).toContain('alt.csv: entity 10416 is not in sdn.csv');
    expect(entries.map((e) => e.entryId).sort((a, b) => Number(a) - Number(b))).toEqual(
      ['10278', '11195', '12685', '15102', '19709', '20540', '28603', '29702', '33151', '40716', '44525', '47371', '48603', '48727', '50544', '50972', '52327'],
    );
    expect(entries.reduce((sum, e) => sum + e.aliases.length, 0)).toBe(18 - badRows.filter((b) => b.reason.startsWith('alt.csv')).length);
    expect(entries.reduce((sum, e) => sum + e.addresses.length, 0)).toBeGreaterThan(0);
    expect(new Set(entries.map((e) => e.entityType))).toEqual(new Set(['individual', 'entity', 'vessel', 'aircraft']));
  });

  it('refuses a file where no row is an SDN row', () => {
    expect(() => parseSdn({ sdn: 'not,an,sdn\n' })).toThrow(/^line 1: not an OFAC SDN file/);
  });
});
