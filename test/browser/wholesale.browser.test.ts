import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from './axe.ts';
import { browserSuite, nav } from './harness.ts';

// The wholesale pages of the partner hub, as Northwind's company admin uses them: an onboarding
// template, a customer provisioned through the wizard, users added by CSV, a billing report
// requested and downloaded. Every new page (and its dialogs) is checked with axe-core.

const { signIn, shot, pageErrors, serverErrors } = browserSuite({ bypassCSP: true });

const template = 'Browser Test EU';
const customer = 'Kaffeehaus Browser GmbH';
const externalId = 'crm-browser-4711';

/** The page, once nothing on it is loading any more, has no axe violations. */
async function expectAccessible(page: Page, what: string): Promise<void> {
  await page.locator('main .spinner').first().waitFor({ state: 'detached' });
  expect(await axeViolations(page), what).toEqual([]);
}

let page: Page;
let customerUrl = '';

describe('the wholesale partner hub', () => {
  test('a partner admin creates an onboarding template, with its provisioning id and the PSTN provider flagged', async () => {
    page = await signIn('admin@northwind.example');
    await nav(page).getByRole('link', { name: 'Onboarding templates' }).click();
    await page.getByRole('heading', { level: 1, name: 'Onboarding templates' }).waitFor();
    await page.getByRole('article', { name: 'Northwind Connect UK' }).waitFor(); // the demo's
    await expectAccessible(page, 'templates page');

    await page.getByRole('button', { name: 'New template' }).click();
    const dialog = page.getByRole('dialog', { name: 'New onboarding template' });
    await dialog.getByLabel('Template name').fill(template);
    await dialog.getByLabel('Service provider admin').fill('provisioning@northwind.example');
    await dialog.getByLabel('Wholesale subscription').fill('sub-wholesale-eu-1');
    await dialog.getByRole('textbox', { name: 'Country', exact: true }).fill('de');
    await dialog.getByLabel('Cloud-connected PSTN provider').fill('SkyTel PSTN');
    await dialog.getByText('A cloud-connected PSTN provider is allowed but not recommended.').waitFor();
    await dialog.getByLabel('Default time zone').fill('Europe/Berlin');
    await dialog.getByLabel('Sender name').fill('Northwind Connect EU');
    expect(await axeViolations(page), 'template dialog').toEqual([]);
    await dialog.getByRole('button', { name: 'Create template' }).click();
    await page.getByRole('status').filter({ hasText: `Template “${template}” created.` }).waitFor();

    const card = page.getByRole('article', { name: template });
    await card.getByText('Not recommended', { exact: true }).waitFor();
    await card.getByText('Cloud-connected PSTN provider SkyTel PSTN: allowed, but not recommended.').waitFor();
    expect(await card.getByLabel(`Provisioning ID of ${template}`).inputValue()).toMatch(/^prv_[A-Za-z0-9_-]{24}$/);
    await card.getByRole('button', { name: 'Copy' }).waitFor();
    await expectAccessible(page, 'templates page with the new template');
    await shot(page, 'wholesale-templates.png');
  });

  test('the wizard provisions a customer step by step, the precheck first; its page shows it reach provisioned', async () => {
    await nav(page).getByRole('link', { name: 'Wholesale customers' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wholesale customers' }).waitFor();
    await expectAccessible(page, 'customers page');
    await page.getByRole('link', { name: 'Create customer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Create a wholesale customer' }).waitFor();

    // 1. Customer information: Next with nothing filled in names what is missing.
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('This field is required.').first().waitFor();
    await page.getByLabel('Company name').fill(customer);
    await page.getByLabel('Admin e-mail').fill('it@kaffeehaus-browser.example');
    await page.getByLabel('External customer ID').fill(externalId);
    await page.getByLabel('Onboarding template').selectOption({ label: template });
    await page.getByLabel('Address line 1').fill('Unter den Linden 1');
    await page.getByLabel('Postal code').fill('10117');
    await page.getByLabel('City').fill('Berlin');
    await page.getByRole('textbox', { name: 'Country', exact: true }).fill('DE');
    await expectAccessible(page, 'wizard: customer information');
    await page.getByRole('button', { name: 'Next' }).click();

    // 2. Supported location.
    await page.getByRole('heading', { level: 2, name: 'Supported location' }).waitFor();
    await page.getByLabel("I confirm that the customer's headquarters is in a supported location").check();
    await expectAccessible(page, 'wizard: supported location');
    await page.getByRole('button', { name: 'Next' }).click();

    // 3. Packages from the catalogue.
    await page.getByRole('heading', { level: 2, name: 'Packages' }).waitFor();
    await page.getByLabel('Suite', { exact: true }).fill('5');
    await page.getByLabel('Meetings', { exact: true }).fill('10');
    await expectAccessible(page, 'wizard: packages');
    await page.getByRole('button', { name: 'Next' }).click();

    // 4. Headquarters: at the billing address.
    await page.getByRole('heading', { level: 2, name: 'Headquarters' }).waitFor();
    await page.getByLabel('Headquarters name').fill('Berlin Mitte');
    await page.getByRole('button', { name: 'Next' }).click();

    // 5. Review: the API's precheck, with the warning about the PSTN provider and the dial-in.
    await page.getByRole('heading', { level: 2, name: 'Review and create' }).waitFor();
    await page.getByText('The customer can be created.').waitFor();
    await page.getByText('+49', { exact: false }).first().waitFor();
    await expectAccessible(page, 'wizard: review');
    await shot(page, 'wholesale-wizard-review.png');
    await page.getByRole('button', { name: 'Create customer' }).click();

    await page.waitForURL(/\/partner\/wholesale\/customers\/[0-9a-f-]{36}$/);
    customerUrl = new URL(page.url()).pathname;
    await page.getByRole('heading', { level: 1, name: customer }).waitFor();
    await page.locator('.provisioning-status').getByText('Provisioned', { exact: true }).waitFor({ timeout: 30_000 });
    const packages = page.getByRole('region', { name: 'Table: Packages' });
    await packages.getByRole('row', { name: /Suite/ }).getByText('1 / 5').waitFor(); // the full admin holds one
    await page.getByRole('region', { name: 'Locations and numbers' }).getByRole('heading', { name: /Berlin Mitte/ }).waitFor();
    await expectAccessible(page, 'customer page');
    await shot(page, 'wholesale-customer.png');
  });

  test('users by CSV: a bad file adds nothing and reports each row; a good one adds them all', async () => {
    const upload = page.getByRole('region', { name: 'Add users from a CSV file' });
    const file = upload.getByLabel('CSV file');
    const header = 'email,firstName,lastName,package,role,location,phoneNumber,extension';
    await file.setInputFiles({
      name: 'bad.csv', mimeType: 'text/csv',
      buffer: Buffer.from(`${header}\nanna@kaffeehaus-browser.example,Anna,Berg,meetings,user,,,\nbad-address,Ben,Roth,nonexistent,user,,,\n`),
    });
    await upload.getByRole('button', { name: 'Upload users' }).click();
    await upload.getByText('Nothing was added: 1 of 2 rows have problems.').waitFor();
    const report = upload.getByRole('region', { name: 'Table: Rows with problems' });
    await report.getByRole('rowheader', { name: 'Line 3' }).first().waitFor();
    expect(await page.getByRole('region', { name: 'Table: Users' }).getByText('anna@kaffeehaus-browser.example').count()).toBe(0);
    await expectAccessible(page, 'bulk upload report');

    const rows = ['anna', 'ben', 'carla'].map((name) => `${name}@kaffeehaus-browser.example,${name[0].toUpperCase()}${name.slice(1)},Test,meetings,user,,,`);
    await file.setInputFiles({ name: 'users.csv', mimeType: 'text/csv', buffer: Buffer.from(`${header}\n${rows.join('\n')}\n`) });
    await upload.getByRole('button', { name: 'Upload users' }).click();
    await page.getByRole('status').filter({ hasText: '3 users were added.' }).waitFor();
    const users = page.getByRole('region', { name: 'Table: Users' });
    for (const name of ['anna', 'ben', 'carla']) await users.getByText(`${name}@kaffeehaus-browser.example`).waitFor();
    await page.getByRole('region', { name: 'Table: Packages' }).getByRole('row', { name: /Meetings/ }).getByText('3 / 10').waitFor();
    expect(await upload.getByRole('region', { name: 'Table: Rows with problems' }).count()).toBe(0);
  });

  test('a location with numbers, and one user by hand', async () => {
    await page.getByRole('button', { name: 'Add location' }).click();
    const dialog = page.getByRole('dialog', { name: `Add a location to ${customer}` });
    await dialog.getByLabel('Location name').fill('Hamburg Hafen');
    await dialog.getByLabel('Time zone').fill('Europe/Berlin');
    await dialog.getByLabel('Address line 1').fill('Am Sandtorkai 5');
    await dialog.getByLabel('City').fill('Hamburg');
    await dialog.getByLabel('Phone numbers').fill('+494012345601 +494012345602');
    expect(await axeViolations(page), 'location dialog').toEqual([]);
    await dialog.getByRole('button', { name: 'Add location' }).click();
    await page.getByRole('status').filter({ hasText: 'Location “Hamburg Hafen” added.' }).waitFor();
    await page.getByRole('region', { name: 'Table: Numbers of Hamburg Hafen' }).getByText('+494012345602').waitFor();

    await page.getByRole('button', { name: 'Add user' }).click();
    const add = page.getByRole('dialog', { name: `Add a user to ${customer}` });
    await add.getByLabel('First name').fill('Dora');
    await add.getByLabel('Last name').fill('Hafen');
    await add.getByLabel('E-mail').fill('dora@kaffeehaus-browser.example');
    await add.getByLabel('Package').selectOption('suite');
    await add.getByLabel('Location').selectOption({ label: 'Hamburg Hafen' });
    await add.getByLabel('Phone number').selectOption('+494012345601');
    expect(await axeViolations(page), 'user dialog').toEqual([]);
    await add.getByRole('button', { name: 'Add user' }).click();
    await page.getByRole('status').filter({ hasText: 'dora@kaffeehaus-browser.example was added.' }).waitFor();
    await page.getByRole('region', { name: 'Table: Numbers of Hamburg Hafen' }).getByRole('row', { name: /\+494012345601/ }).getByText('Assigned').waitFor();
    await expectAccessible(page, 'customer page with users and locations');
  });

  test('the customer list shows it with its package use, and the template in use cannot be deleted', async () => {
    await nav(page).getByRole('link', { name: 'Wholesale customers' }).click();
    const row = page.getByRole('row').filter({ hasText: customer });
    await row.getByText(externalId).waitFor();
    await row.getByText('Provisioned', { exact: true }).waitFor();
    await row.getByText('Meetings: 3 / 10').waitFor();
    await row.getByText('eu', { exact: true }).waitFor();
    await expectAccessible(page, 'customers page with the customer');
    await row.getByRole('link', { name: customer }).click();
    await page.waitForURL((url) => url.pathname === customerUrl);

    await nav(page).getByRole('link', { name: 'Onboarding templates' }).click();
    await page.getByRole('button', { name: `Delete ${template}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete the onboarding template?' });
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await dialog.getByText('Customers are provisioned with this template, so it cannot be deleted.', { exact: false }).waitFor();
    expect(await axeViolations(page), 'template in use').toEqual([]);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  });

  test('a billing report is requested, generated and downloaded, with a row for the customer', async () => {
    await nav(page).getByRole('link', { name: 'Billing reports' }).click();
    await page.getByRole('heading', { level: 1, name: 'Billing reports' }).waitFor();
    const today = new Date().toISOString().slice(0, 10);
    await page.getByLabel('From').fill(today);
    await page.getByLabel(/^To\b/).fill(today);
    await page.getByLabel('Report type').selectOption('customer');
    await expectAccessible(page, 'billing reports page');
    await page.getByRole('button', { name: 'Request report' }).click();
    await page.getByRole('status').filter({ hasText: `Report ${today} – ${today} (Per customer) requested` }).waitFor();
    const reports = page.getByRole('region', { name: 'Table: Your reports' });
    await reports.getByText('Ready', { exact: true }).first().waitFor({ timeout: 30_000 });
    await expectAccessible(page, 'billing reports with a ready report');
    await shot(page, 'wholesale-billing-reports.png');

    const [download] = await Promise.all([page.waitForEvent('download'), reports.getByRole('link', { name: `Download report ${today} – ${today} (Per customer) as CSV` }).first().click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[0]).toContain('customer_external_id');
    expect(lines.some((line) => line.startsWith(`${externalId},`) && line.includes(customer) && line.includes('meetings'))).toBe(true);
  });

  test('no script errors, no server errors', () => {
    expect(pageErrors).toEqual([]);
    expect(serverErrors).toEqual([]);
  });
});
