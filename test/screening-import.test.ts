import { join } from 'node:path';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startTestPortico, type TestPortico } from './helpers/portico.ts';
import { makeTree, makeUser } from './helpers/factories.ts';
import { ListFormatError, readListSource } from '../src/modules/compliance/index.ts';

const data = join(import.meta.dirname, '../data/screening');
const SYSTEM = { system: true as const, requestId: 'test' };
let portico: TestPortico;
let scratch: string;

beforeAll(async () => {
  portico = await startTestPortico();
  scratch = mkdtempSync(join(tmpdir(), 'portico-lists-'));
});
afterAll(async () => {
  await portico?.close();
  rmSync(scratch, { recursive: true, force: true });
});

const entriesOf = async (list: string) =>
  (await portico.ctx.db.query(
    `SELECT count(*)::int AS n FROM screening_entries e JOIN screening_lists l ON l.id = e.list_id WHERE l.list = $1 AND l.active`, [list],
  )).rows[0]!.n as number;
const allEntries = async () => (await portico.ctx.db.query('SELECT count(*)::int AS n FROM screening_entries')).rows[0]!.n as number;

describe('importing screening lists', () => {
  it('records an import (list, version, counts, checksum, who, when) and a new version replaces the active one', async () => {
    const compliance = portico.services.compliance;
    const first = await compliance.importList(SYSTEM, await readListSource(join(data, 'csl/consolidated-mini-2025.csv')));
    expect(first).toMatchObject({
      list: 'csl', version: 'consolidated-mini-2025.csv', entries: 13, badRows: 0, active: true, replaced: null, importedBy: null,
      checksum: 'dc1c71ee8e97f9ead0880649000c3eab20a2af2cfa8a7d9c4ff6c20a69b0613f',
    });
    expect(await entriesOf('csl')).toBe(13);
    const second = await compliance.importList(SYSTEM, await readListSource(join(data, 'csl/csl-mini-2019.csv')));
    expect(second).toMatchObject({ list: 'csl', entries: 115, replaced: first.id });
    expect(await entriesOf('csl')).toBe(115);
    // Another list stands beside it.
    await compliance.importList(SYSTEM, await readListSource(join(data, 'dpl/dpl-2023-11.txt')));
    expect(await entriesOf('dpl')).toBe(663);
    expect(await entriesOf('csl')).toBe(115);
    const record = await compliance.imports();
    expect(record.map((r) => [r.list, r.version, r.active])).toEqual([
      ['dpl', 'dpl-2023-11.txt', true], ['csl', 'csl-mini-2019.csv', true], ['csl', 'consolidated-mini-2025.csv', false],
    ]);
    expect(await allEntries()).toBe(115 + 663); // the replaced version's entries are gone
    const audit = await portico.ctx.db.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'screening_list.imported'`);
    expect(audit.rows[0]!.n).toBe(3);
  });

  it('reads the gzip of the full CSL and OFAC’s directory set, bad rows counted with their lines', async () => {
    const csl = await readListSource(join(data, 'csl/consolidated-2022-05.csv.gz'));
    expect(csl).toMatchObject({ list: 'csl', checksum: 'f55c580c0eadaeef6f291d5cd3653b147650c2019f227c92a93814aa5dc4364c' });
    const imported = await portico.services.compliance.importList(SYSTEM, csl);
    expect(imported).toMatchObject({ entries: 14_159, badRows: 1, badRowSample: [{ line: 1980, reason: 'the entry of line 1979 again (CAP-15268)' }] });
    expect(await entriesOf('csl')).toBe(14_159);
    const sdn = await portico.services.compliance.importList(SYSTEM, await readListSource(join(data, 'ofac/mini-2025')));
    expect(sdn).toMatchObject({ list: 'sdn', version: 'mini-2025', entries: 17 });
    expect(sdn.badRows).toBe(sdn.badRowSample.length);
    for (const bad of sdn.badRowSample) expect(bad).toEqual({ line: expect.any(Number), reason: expect.stringMatching(/^(alt|add)\.csv: entity \d+ is not in sdn\.csv$/) });
  });

  it('a file that is not a list, or breaks off inside a quote, stops with its line and changes nothing', async () => {
    const before = await portico.services.compliance.imports();
    const entries = await allEntries();
    const notAList = join(scratch, 'notes.csv');
    writeFileSync(notAList, 'hello,world\n');
    await expect(readListSource(notAList)).rejects.toThrow(ListFormatError);
    const broken = join(scratch, 'broken.csv');
    const header = readFileSync(join(data, 'csl/consolidated-mini-2025.csv'), 'utf8').split('\n')[0];
    writeFileSync(broken, `${header}\nabc,"Entity List (EL),1,Entity\n`);
    await expect(readListSource(broken)).rejects.toMatchObject({ line: 2, message: 'line 2: a quoted field is never closed' });
    await expect(readListSource(join(scratch, 'missing.csv'))).rejects.toThrow(/no such file or directory/);
    await expect(readListSource('http://lists.example/csl.csv')).rejects.toThrow('Lists are downloaded over https only.');
    await expect(readListSource(scratch)).rejects.toThrow(/holds no sdn\.csv/);
    expect(await portico.services.compliance.imports()).toEqual(before);
    expect(await allEntries()).toBe(entries);
  });

  it('two imports of one list at once: each in turn, one active version, its entries only', async () => {
    const [a, b] = await Promise.all([
      readListSource(join(data, 'csl/consolidated-mini-2025.csv')),
      readListSource(join(data, 'csl/csl-mini-2019.csv')),
    ]);
    const results = await Promise.all([portico.services.compliance.importList(SYSTEM, a), portico.services.compliance.importList(SYSTEM, b)]);
    const active = (await portico.services.compliance.imports()).filter((r) => r.list === 'csl' && r.active);
    expect(active).toHaveLength(1);
    const winner = results.find((r) => r.id === active[0]!.id)!;
    expect(await entriesOf('csl')).toBe(winner.entries);
    expect(results.map((r) => r.replaced).filter(Boolean)).toHaveLength(2);
  });
});

describe('GET /v1/compliance/lists', () => {
  it('shows the operator’s compliance officers and admins every import; nobody else', async () => {
    const tree = await makeTree(portico.app, portico.ctx);
    const officer = await makeUser(portico.app, portico.ctx, tree.operatorId, 'compliance_officer', 'operator');
    const noc = await makeUser(portico.app, portico.ctx, tree.operatorId, 'technical_admin', 'operator');
    for (const who of [officer, tree.operatorAdmin]) {
      const response = await call(portico.app, 'GET', '/v1/compliance/lists', { token: who.token });
      expect(response.statusCode).toBe(200);
      expect(response.json().items).toEqual(await portico.services.compliance.imports());
      expect(response.json().items.filter((i: { active: boolean }) => i.active).map((i: { list: string }) => i.list).sort()).toEqual(['csl', 'dpl', 'sdn']);
    }
    for (const who of [noc, tree.partnerAdmin, tree.directAdmin, tree.managedAdmin]) {
      expect((await call(portico.app, 'GET', '/v1/compliance/lists', { token: who.token })).json()).toMatchObject({ status: 403, code: 'capability_required' });
    }
  });
});

describe('a fresh install', () => {
  it('imports the shipped 2022 CSL in the background at its first start, and only then', async () => {
    const fresh = await startTestPortico({ config: { screeningDefaultList: join(data, 'csl/consolidated-2022-05.csv.gz') } });
    try {
      let imports = await fresh.services.compliance.imports();
      for (let i = 0; i < 200 && imports.length === 0; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        imports = await fresh.services.compliance.imports();
      }
      expect(imports.map((r) => [r.list, r.version, r.entries, r.active])).toEqual([['csl', 'consolidated-2022-05.csv.gz', 14_159, true]]);
      // Once a list was imported, the default is not imported again.
      expect(await fresh.services.compliance.importDefaultList(join(data, 'csl/consolidated-2022-05.csv.gz'))).toBeNull();
      expect(await fresh.services.compliance.imports()).toHaveLength(1);
    } finally {
      await fresh.close();
    }
  }, 60_000);
});
