import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from './axe.ts';
import { browserSuite, nav } from './harness.ts';

// What a managed account's user sees with its partner's defaults (Harbor: partner-supported) and with
// everything switched on (Lumen: operator-supported, dashboard, prices and profile on); then the
// partner creating an account, setting it up and acting for it. New pages are checked with axe-core.

const { newPage, signIn, shot, pageErrors, serverErrors } = browserSuite({ bypassCSP: true, pageErrorsByUser: true });

/** Signs in and switches the user's portal to English (the demo's managed users read German and Italian). */
async function signInEnglish(email: string): Promise<Page> {
  const page = await newPage({ user: email });
  await page.goto('/login');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill('portico-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname !== '/login');
  const status = await page.evaluate(async () => {
    const token = /(?:^|; )portico_csrf=([^;]*)/.exec((globalThis as unknown as { document: { cookie: string } }).document.cookie)?.[1] ?? '';
    const response = await fetch('/v1/me', { method: 'PATCH', headers: { 'content-type': 'application/json', 'x-csrf-token': decodeURIComponent(token) }, body: '{"language":"en"}' });
    return response.status;
  });
  expect(status).toBe(200);
  await page.goto('/company');
  await page.getByRole('heading', { level: 1, name: 'My company' }).waitFor();
  return page;
}

describe('a managed account’s portal, as its partner set it up', () => {
  test('with the defaults: the partner’s brand, no dashboard, no profile, support by the partner without chat', async () => {
    const page = await signInEnglish('admin@harbor-retail.example');
    await page.getByRole('link', { name: 'Northwind Connect home' }).waitFor(); // the top bar's brand
    expect(await nav(page).getByRole('link', { name: 'Dashboard' }).count()).toBe(0);
    await page.getByText('Northwind Wholesale manages your company profile.').waitFor();
    expect(await page.getByRole('heading', { name: 'Company details' }).count()).toBe(0);
    await page.getByRole('heading', { name: 'Feature settings' }).waitFor(); // what the partner controls, read-only
    expect(await page.getByRole('button', { name: 'Save' }).count()).toBe(0);
    await page.locator('main .spinner').first().waitFor({ state: 'detached' });
    expect(await axeViolations(page), 'My company').toEqual([]);
    await shot(page, 'partners-managed-defaults.png');

    await page.getByRole('button', { name: 'Support' }).click();
    const dialog = page.getByRole('dialog', { name: 'Support from Northwind Connect' });
    await dialog.getByText('Your partner Northwind Connect supports your services.').waitFor();
    await dialog.getByRole('link', { name: 'help@northwind.example' }).waitFor();
    expect(await dialog.getByRole('link', { name: 'Open support chat' }).count()).toBe(0);
    await dialog.getByText('Support chat is not available for your account').waitFor();
    expect(await axeViolations(page), 'support dialog').toEqual([]);
  });

  test('with everything switched on: the dashboard, the profile and the operator’s support chat', async () => {
    const page = await signInEnglish('admin@lumen-clinics.example');
    await page.getByRole('heading', { name: 'Company details' }).waitFor();
    await nav(page).getByRole('link', { name: 'Dashboard' }).waitFor();
    await page.getByRole('button', { name: 'Edit company' }).waitFor();
    await page.getByRole('button', { name: 'Support' }).click();
    const dialog = page.getByRole('dialog', { name: 'Support from Portico' });
    const chat = dialog.getByRole('link', { name: 'Open support chat' });
    expect(await chat.getAttribute('href')).toBe('https://support.portico.example');
    await shot(page, 'partners-managed-all-on.png');
  });
});

describe('the partner hub', () => {
  test('a partner creates a managed account, sets it up, acts for it and comes back', async () => {
    const page = await signIn('admin@northwind.example');
    await page.goto('/companies');
    await page.getByRole('heading', { level: 1, name: 'Managed accounts' }).waitFor();
    await page.getByRole('button', { name: 'New company' }).click();
    const dialog = page.getByRole('dialog', { name: 'New company' });
    await dialog.getByLabel('Name').fill('Gamma Foods');
    await dialog.getByLabel('Account reference').fill('NW-2001');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gamma Foods' }).waitFor();

    // Settings: inherited until set; the dashboard switched on for this account.
    const settings = page.getByRole('region', { name: 'Feature settings' });
    const dashboard = settings.getByLabel('Dashboard');
    expect(await dashboard.inputValue()).toBe('inherit');
    await dashboard.selectOption('on');
    await settings.getByRole('button', { name: 'Save' }).click();
    await settings.getByText('Settings saved.').waitFor();
    await page.locator('main .spinner').first().waitFor({ state: 'detached' });
    expect(await axeViolations(page), 'managed account page').toEqual([]);

    // Search finds it by its reference.
    await page.goto('/companies');
    await page.getByLabel('Search').fill('NW-2001');
    await page.getByRole('link', { name: 'Gamma Foods' }).waitFor();
    await page.getByRole('link', { name: 'Gamma Foods' }).click();

    await page.getByRole('button', { name: 'Act for Gamma Foods' }).click();
    await page.getByText('Acting for Gamma Foods').waitFor();
    await nav(page).getByRole('link', { name: 'Dashboard' }).waitFor(); // the partner is not bound by its own settings
    expect(await nav(page).getByRole('link', { name: 'Managed accounts' }).count()).toBe(0); // scoped to the account
    expect(await axeViolations(page), 'acting for').toEqual([]);
    await shot(page, 'partners-acting-for.png');
    await page.getByRole('button', { name: 'Back to Northwind Wholesale' }).click();
    await nav(page).getByRole('link', { name: 'Managed accounts' }).waitFor();
    expect(await page.getByText('Acting for Gamma Foods').count()).toBe(0);
  });

  test('partner settings: the defaults and the branding, accessible', async () => {
    const page = await signIn('admin@northwind.example');
    await nav(page).getByRole('link', { name: 'Partner settings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Partner settings' }).waitFor();
    await page.getByRole('heading', { name: 'Defaults for managed accounts' }).waitFor();
    expect(await page.getByLabel('Display name').inputValue()).toBe('Northwind Connect');
    await page.locator('main .spinner').first().waitFor({ state: 'detached' });
    expect(await axeViolations(page)).toEqual([]);
    await page.goto('/company');
    await page.getByRole('heading', { name: 'Billing markets' }).waitFor();
    expect(await axeViolations(page), 'billing markets').toEqual([]);
  });
});

describe('the partner’s invoices', () => {
  test('last month’s invoice, with its managed accounts’ lines under their references, printable and accessible', async () => {
    const page = await signIn('billing@northwind.example');
    await nav(page).getByRole('link', { name: 'Invoices' }).click();
    await page.getByRole('heading', { level: 1, name: 'Invoices' }).waitFor();
    const first = page.getByRole('link', { name: /^INV-/ }).first();
    const number = await first.textContent();
    await first.click();
    await page.getByRole('heading', { level: 1, name: `Invoice ${number}` }).waitFor();
    await page.getByText('Harbor Retail (account NW-1001)').waitFor();
    await page.getByRole('button', { name: 'Print' }).waitFor();
    await page.locator('main .spinner').first().waitFor({ state: 'detached' });
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'partners-invoice.png');
  });
});

describe('afterwards', () => {
  test('no page errors and no 5xx on the way', () => {
    expect(pageErrors).toEqual([]);
    expect(serverErrors).toEqual([]);
  });
});
