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

});

describe('screening reviews', () => {
  // A managed account named like a listed entity of the 2019 CSL extract ("A.P. Finance Limited", UK).
  const listedName = 'A.P. Finance Limited';

  test('a listed name opens a review; the officer reads the explanation, records a contact and rejects; 30 days on the customer is deprovisioned', async () => {
    const { services, ctx } = backstage();
    await services.compliance.importList({ system: true, requestId: 'browser-test' }, await readListSource(join(data, 'csl/csl-mini-2019.csv')));

    // The partner creates the account in the portal; its screening runs in the background.
    const partner = await signIn('admin@northwind.example');
    await nav(partner).getByRole('link', { name: 'Managed accounts' }).click();
    await partner.getByRole('button', { name: 'New company' }).click();
    const dialog = partner.getByRole('dialog');
    await dialog.getByLabel('Name').fill(listedName);
    await dialog.getByRole('button', { name: 'Create' }).click();
    await dialog.waitFor({ state: 'hidden' });
    // The new account's page: its screening is pending until the check (a job) has run.
    await partner.getByRole('heading', { level: 1, name: listedName }).waitFor();
    const screening = partner.getByRole('region', { name: 'Compliance screening' });
    await screening.getByText(/^(Screening pending|Potential match)$/).first().waitFor();
    const status = async () => {
      await ctx.jobs.drain(30_000);
      await partner.reload();
      return screening.getByRole('definition').first().textContent();
    };
    await expect.poll(status, { timeout: 30_000, interval: 500 }).toBe('Potential match');
    // The partner's list of managed accounts shows it too.
    await nav(partner).getByRole('link', { name: 'Managed accounts' }).click();
    await partner.getByRole('row').filter({ hasText: listedName }).getByText('Potential match', { exact: true }).waitFor();

    // The officer's queue: the count in the navigation, the review with its score, level and target.
    const officer = await signIn('ops@portico.example');
    const queueLink = nav(officer).getByRole('link', { name: /^Screening reviews/ });
    await expect.poll(() => queueLink.textContent()).toMatch(/\d+ pending/);
    await queueLink.click();
    await officer.getByRole('heading', { level: 1, name: 'Screening reviews' }).waitFor();
    await officer.getByText(/within 15 to 60 minutes/).waitFor();
    const queue = officer.getByRole('table', { name: 'Open reviews, oldest first' });
    const row = queue.getByRole('row').filter({ hasText: listedName });
    await row.getByText('Within target', { exact: true }).waitFor();
    await row.getByRole('cell', { name: /^A\.P\. Finance Limited \(.+\)$/i }).waitFor(); // the closest entry and its list
    expect(await axeViolations(officer)).toEqual([]);
    await shot(officer, 'compliance-review-queue.png');

    // The review: the customer beside the entry, and why it matched.
    await row.getByRole('link', { name: `Review ${listedName}` }).click();
    await officer.getByRole('heading', { level: 1, name: `Screening review: ${listedName}` }).waitFor();
    const compare = officer.getByRole('table', { name: /^The customer beside / }).first();
    await compare.getByRole('row', { name: /^List and entry id/ }).waitFor();
    await compare.getByRole('columnheader', { name: 'Listed entry' }).waitFor();
    await officer.getByRole('heading', { level: 3, name: 'Why it matched' }).first().waitFor();
    const pairs = officer.getByRole('table', { name: /^Word pairs of the customer’s name/ }).first();
    await pairs.getByRole('rowheader', { name: 'finance' }).waitFor();

    // A contact attempt that reached nobody: one of three.
    await officer.getByLabel('Channel').selectOption('phone');
    await officer.getByLabel('Outcome').selectOption('not_reached');
    await officer.getByLabel('Note').fill('Called Northwind support, no answer.');
    await officer.getByRole('button', { name: 'Record attempt' }).click();
    await officer.getByRole('status').filter({ hasText: 'Contact attempt recorded: Not reached.' }).waitFor();
    await officer.getByText(/Not reached in a row: 1 of 3/).waitFor();
    expect(await axeViolations(officer)).toEqual([]);
    await shot(officer, 'compliance-review.png');

    // Reject: the note is required.
    await officer.getByRole('button', { name: 'Reject', exact: true }).click();
    const reject = officer.getByRole('dialog', { name: `Reject ${listedName}` });
    await reject.getByRole('button', { name: 'Reject' }).click();
    await reject.getByText('This field is required.').waitFor();
    await reject.getByLabel('Note').fill('The listed A.P. Finance Limited of London; the partner could not show otherwise.');
    await reject.getByRole('button', { name: 'Reject' }).click();
    await reject.waitFor({ state: 'hidden' });
    await officer.getByRole('status').filter({ hasText: `You rejected ${listedName}.` }).waitFor();
    await officer.getByRole('button', { name: 'Reject', exact: true }).waitFor({ state: 'detached' });
    await officer.getByText('The listed A.P. Finance Limited of London; the partner could not show otherwise.').waitFor();

    // 31 days on, the deprovisioning job removes the customer; its page says so, with the history.
    await services.deprovisioning.run(new Date(Date.now() + 31 * 24 * 3600 * 1000));
    await officer.getByRole('link', { name: listedName }).first().click();
    await officer.getByRole('heading', { level: 1, name: listedName }).waitFor();
    const panel = officer.getByRole('region', { name: 'Compliance screening' });
    await panel.getByText('Deprovisioned', { exact: true }).first().waitFor();
    const history = panel.getByRole('table', { name: 'Screening status changes, oldest first' });
    await history.getByText('Review rejected').waitFor();
    await history.getByText('Non-compliant for 30 days').waitFor();
    await panel.getByRole('link', { name: 'The latest review' }).waitFor();
    expect(await axeViolations(officer)).toEqual([]);
    await shot(officer, 'compliance-company-deprovisioned.png');

    // The re-screening after the import, on the lists page.
    await nav(officer).getByRole('link', { name: 'Screening lists' }).click();
    await officer.getByRole('progressbar', { name: 'Re-screening progress' }).waitFor();
    await officer.getByRole('heading', { level: 2, name: /re-screening/i }).waitFor();
  });
});

describe('on the way', () => {
  test('no page errors and no 5xx', () => {
    expect(pageErrors).toEqual([]);
    expect(serverErrors).toEqual([]);
  });
});
