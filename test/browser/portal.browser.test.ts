import { beforeAll, describe, expect, test } from 'vitest';
import { type Page } from 'playwright-core';
import { browserSuite, password } from './harness.ts';

// Drives the built portal (dist/web, built by build-portal.ts) against the real server with demo data.
// PORTICO_TEST_URL points it at a server you started yourself (fresh demo data: the test changes it).

const admin = { email: 'admin@northwind.example', password };

const { url, newPage, shot, pageErrors, serverErrors } = browserSuite();
// One page for the whole file: the tests go on from where the one before left off.
let page: Page;

beforeAll(async () => {
  page = await newPage();
});

describe('portal', () => {
  test('is served by the server, assets included, without a session', async () => {
    const index = await fetch(url('/'));
    expect(index.status, 'GET / must serve the portal without a session').toBe(200);
    const html = await index.text();
    const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1]);
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) {
      const response = await fetch(url(asset));
      expect(response.status, `GET ${asset} must be public (the login page needs it)`).toBe(200);
    }
  });

  test('sends an anonymous visitor to the login page and refuses a wrong password', async () => {
    await page.goto('/company');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/login');
    await expect(page.getByRole('heading', { name: 'Sign in' }).isVisible()).resolves.toBe(true);
    await shot(page, 'login.png');

    await page.getByLabel('E-mail').fill(admin.email);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'Wrong e-mail or password.' }).waitFor();
  });

  test('logs in and lands where the visitor wanted to go', async () => {
    await page.getByLabel('Password').fill(admin.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'My company' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/company');

    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    for (const item of ['Dashboard', 'My company', 'Managed accounts', 'API keys', 'Audit log', 'My profile']) {
      await nav.getByRole('link', { name: item }).waitFor();
    }
    await page.getByRole('banner').getByText('Northwind Wholesale').waitFor();
  });

  test('shows the dashboard with the company summary', async () => {
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await page.getByRole('heading', { level: 1, name: /^Welcome, / }).waitFor();
    await page.getByRole('region', { name: 'Your company' }).getByText('Northwind Wholesale').waitFor();
  });

  test('lists the users of my company and adds one', async () => {
    await page.getByRole('link', { name: 'My company' }).click();
    const users = page.getByRole('table', { name: 'Users of Northwind Wholesale' });
    await users.getByRole('cell', { name: admin.email }).waitFor();
    await shot(page, 'company-users.png');

    await page.getByRole('button', { name: 'Add user' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add user' });
    await dialog.getByLabel('E-mail').fill('grace.hopper@northwind.example');
    await dialog.getByLabel('First name').fill('Grace');
    await dialog.getByLabel('Last name').fill('Hopper');
    await dialog.getByLabel('Role').selectOption({ label: 'Technical admin' });
    await dialog.getByLabel('Language').selectOption({ label: 'Italiano' });
    await dialog.getByLabel('Password (optional)').fill('a-long-enough-password');
    await shot(page, 'add-user.png');
    await dialog.getByRole('button', { name: 'Add user' }).click();

    await page.getByRole('status').filter({ hasText: 'Grace Hopper was added.' }).waitFor();
    const row = users.getByRole('row').filter({ hasText: 'grace.hopper@northwind.example' });
    await row.getByRole('cell', { name: 'Technical admin' }).waitFor();
    await row.getByRole('cell', { name: 'Italiano' }).waitFor();
    expect(await dialog.isVisible()).toBe(false);
  });

  test('shows the API error next to the e-mail field when it is taken', async () => {
    await page.getByRole('button', { name: 'Add user' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add user' });
    await dialog.getByLabel('E-mail').fill('grace.hopper@northwind.example');
    await dialog.getByLabel('First name').fill('Grace');
    await dialog.getByLabel('Last name').fill('Again');
    await dialog.getByRole('button', { name: 'Add user' }).click();
    await dialog.getByText('A user with this e-mail already exists.').waitFor();
    await expect(dialog.getByLabel('E-mail').getAttribute('aria-invalid')).resolves.toBe('true');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  test('edits and removes a user', async () => {
    const users = page.getByRole('table', { name: 'Users of Northwind Wholesale' });
    await page.getByRole('button', { name: 'Edit Grace Hopper' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit user' });
    // The dialog starts in its first field.
    await expect(dialog.locator('input:focus').inputValue()).resolves.toBe('Grace');
    await dialog.getByLabel('Last name').fill('Murray Hopper');
    await dialog.getByLabel('Role').selectOption({ label: 'Read only' });
    await dialog.getByRole('button', { name: 'Save' }).click();
    const row = users.getByRole('row').filter({ hasText: 'Grace Murray Hopper' });
    await row.getByRole('cell', { name: 'Read only' }).waitFor();

    await row.getByRole('button', { name: 'Remove Grace Murray Hopper' }).click();
    await page.getByRole('dialog', { name: 'Remove user' }).getByRole('button', { name: 'Remove user' }).click();
    await page.getByRole('status').filter({ hasText: 'Grace Murray Hopper was removed.' }).waitFor();
    await row.waitFor({ state: 'detached' });
  });

  test('creates an API key and shows it once', async () => {
    await page.getByRole('link', { name: 'API keys' }).click();
    await page.getByRole('heading', { level: 1, name: 'API keys' }).waitFor();
    await page.getByRole('button', { name: 'Create API key' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create API key' });
    await dialog.getByLabel('Name').fill('Billing export');
    await dialog.getByLabel('Role').selectOption({ label: 'Read only' });
    await dialog.getByRole('button', { name: 'Create key' }).click();

    const created = page.getByRole('dialog', { name: 'Your new API key' });
    const key = await created.getByLabel('API key "Billing export"').inputValue();
    expect(key.length).toBeGreaterThan(20);
    await created.getByText('It will not be shown again.').waitFor();
    await shot(page, 'api-keys.png');
    await created.getByRole('button', { name: 'I have copied the key' }).click();

    const row = page.getByRole('row').filter({ hasText: 'Billing export' });
    await row.getByRole('cell', { name: 'Read only' }).waitFor();
    await row.getByText('Active').waitFor();
    // The key itself is never shown again, only its prefix.
    expect(await page.getByText(key).count()).toBe(0);

    // The key works as a bearer token.
    const me = await fetch(url('/v1/me'), { headers: { Authorization: `Bearer ${key}` } });
    expect(me.status).toBe(200);

    await row.getByRole('button', { name: 'Revoke Billing export' }).click();
    await page.getByRole('dialog', { name: 'Revoke API key' }).getByRole('button', { name: 'Revoke' }).click();
    await row.getByText(/^Revoked /).waitFor();
    const after = await fetch(url('/v1/me'), { headers: { Authorization: `Bearer ${key}` } });
    expect(after.status).toBe(401);
  });

  test('switches the portal to German from My profile, and keeps it after a reload', async () => {
    await page.getByRole('link', { name: 'My profile' }).click();
    await page.getByRole('heading', { level: 1, name: 'My profile' }).waitFor();
    await page.getByLabel('Language', { exact: true }).selectOption({ label: 'Deutsch' });
    await page.getByRole('button', { name: 'Save' }).click();

    await page.getByRole('heading', { level: 1, name: 'Mein Profil' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Ihr Profil wurde gespeichert.' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
    await nav.getByRole('link', { name: 'Mein Unternehmen' }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('de');
    await shot(page, 'profile-de.png');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Mein Profil' }).waitFor();
    await page.getByLabel('Sprache', { exact: true }).waitFor();
  });

  test('shows a 404 page for an unknown address', async () => {
    await page.goto('/no-such-page');
    await page.getByRole('heading', { level: 1, name: 'Seite nicht gefunden' }).waitFor();
    await page.getByRole('link', { name: 'Zur Übersicht' }).click();
    await page.getByRole('heading', { level: 1, name: /^Willkommen, / }).waitFor();
  });

  test('signs out from the user menu with the keyboard', async () => {
    const menuButton = page.getByRole('button', { name: /Nora Walsh/ });
    await menuButton.focus();
    await page.keyboard.press('Enter');
    // Opening the menu focuses its first item.
    await page.getByRole('menuitem', { name: 'Mein Profil' }).and(page.locator(':focus')).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.getByRole('menuitem', { name: 'Benachrichtigungseinstellungen' }).and(page.locator(':focus')).waitFor();
    // End jumps to the last item: signing out.
    await page.keyboard.press('End');
    await page.getByRole('menuitem', { name: 'Abmelden' }).and(page.locator(':focus')).waitFor();
    await page.keyboard.press('Enter');
    // The login page keeps the language of the user who just left.
    await page.getByRole('heading', { level: 1, name: 'Anmelden' }).waitFor();
    const me = await page.evaluate(async () => (await fetch('/v1/me')).status);
    expect(me).toBe(401);
  });

  test('tells the user to wait after too many failed logins', async () => {
    await page.getByLabel('Sprache').selectOption({ label: 'English' });
    await page.getByLabel('E-mail').fill('billing@northwind.example');
    for (let attempt = 0; attempt < 8; attempt++) {
      await page.getByLabel('Password').fill(`wrong-${attempt}`);
      await Promise.all([page.waitForResponse('**/v1/auth/login'), page.getByRole('button', { name: 'Sign in' }).click()]);
      if (await page.getByText('Too many attempts.').count()) break;
    }
    await page.getByRole('alert').filter({ hasText: 'Too many attempts. Please try again later.' }).waitFor();
  });

  test('had no script errors and no server errors', () => {
    expect(pageErrors).toEqual([]);
    expect(serverErrors).toEqual([]);
  });
});
