import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { axeViolations } from './axe.ts';
import { browserSuite, nav } from './harness.ts';
import { readListSource } from '../../src/modules/compliance/index.ts';

// The operator's compliance pages. The test server imports no default list: the test imports two.

const { signIn, shot, backstage, pageErrors, serverErrors } = browserSuite({ bypassCSP: true });
const data = join(import.meta.dirname, '../../data/screening');

describe('screening lists', () => {
  test('the operator sees every import, the active version of each list and its bad rows, accessibly', async () => {
    const { services } = backstage();
    const system = { system: true as const, requestId: 'browser-test' };
    await services.compliance.importList(system, await readListSource(join(data, 'csl/consolidated-mini-2025.csv')));
    await services.compliance.importList(system, await readListSource(join(data, 'dpl/dpl-2023-11.txt')));
    await services.compliance.importList(system, await readListSource(join(data, 'csl/csl-mini-2019.csv')));

    const page = await signIn('ops@portico.example');
    await nav(page).getByRole('link', { name: 'Screening lists' }).click();
    await page.getByRole('heading', { level: 1, name: 'Screening lists' }).waitFor();
    const rows = page.getByRole('table', { name: 'Every import, newest first' }).getByRole('row');
    await rows.nth(3).waitFor();
    expect(await rows.count()).toBe(4); // the header and three imports
    const csl = rows.filter({ hasText: 'csl-mini-2019.csv' });
    await csl.getByText('Active', { exact: true }).waitFor();
    await csl.getByRole('cell', { name: '115', exact: true }).waitFor();
    await rows.filter({ hasText: 'consolidated-mini-2025.csv' }).getByText('Replaced', { exact: true }).waitFor();
    const dpl = rows.filter({ hasText: 'dpl-2023-11.txt' });
    await dpl.getByRole('rowheader', { name: 'Denied Persons List (US BIS)' }).waitFor();
    await dpl.getByText('2', { exact: true }).click(); // the bad rows' summary
    await dpl.getByText(/^Line 154: the entry of line 153 again/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'compliance-screening-lists.png');
  });

  test('a partner has no such page', async () => {
    const page = await signIn('admin@northwind.example');
    expect(await nav(page).getByRole('link', { name: 'Screening lists' }).count()).toBe(0);
    await page.goto('/compliance/lists');
    await page.getByRole('heading', { level: 1 }).filter({ hasText: /access/i }).waitFor();
  });

  test('no page errors and no 5xx on the way', () => {
    expect(pageErrors).toEqual([]);
    expect(serverErrors).toEqual([]);
  });
});
