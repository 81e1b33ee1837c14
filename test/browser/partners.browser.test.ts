import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from './axe.ts';
import { browserSuite, nav } from './harness.ts';

// What a managed account's user sees with its partner's defaults (Harbor: partner-supported) and with
// everything switched on (Lumen: operator-supported, dashboard, prices and profile on); then the
// partner creating an account, setting it up and acting for it. New pages are checked with axe-core.

const { newPage, signIn, shot, backstage, pageErrors, serverErrors } = browserSuite({ bypassCSP: true, pageErrorsByUser: true });

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

/** The partner's "New company" on Managed accounts; ends on the new account's page. */
async function createManagedAccount(page: Page, name: string, accountRef: string): Promise<void> {
  await page.goto('/companies');
  await page.getByRole('heading', { level: 1, name: 'Managed accounts' }).waitFor();
  await page.getByRole('button', { name: 'New company' }).click();
  const dialog = page.getByRole('dialog', { name: 'New company' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel('Account reference').fill(accountRef);
  await dialog.getByRole('button', { name: 'Create' }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
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
    await createManagedAccount(page, 'Gamma Foods', 'NW-2001');

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
    await page.getByRole('heading', { level: 1 }).waitFor(); // the account's page has loaded
    await page.locator('main .spinner').first().waitFor({ state: 'detached' });
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

describe('the approval queue, from order to invoice', () => {
  const vxc = 'Delta warehouse link';

  test('a partner switches the queue on for a new account, orders for it, approves the order, and the provider accepts it', async () => {
    const page = await signIn('admin@northwind.example');
    await createManagedAccount(page, 'Delta Logistics', 'NW-2002');
    const settings = page.getByRole('region', { name: 'Feature settings' });
    await settings.getByLabel('Approval queue').selectOption('on');
    await settings.getByRole('button', { name: 'Save' }).click();
    await settings.getByText('Settings saved.').waitFor();

    // Acting for the account: a port, then a connection from it, which waits for the partner.
    await page.getByRole('button', { name: 'Act for Delta Logistics' }).click();
    await page.getByText('Acting for Delta Logistics').waitFor();
    await nav(page).getByRole('link', { name: 'My services' }).click();
    await page.getByRole('button', { name: 'Order a port' }).click();
    const portDialog = page.getByRole('dialog', { name: 'Order a port or cloud router' });
    await portDialog.getByLabel('Name').fill('Delta DE');
    await portDialog.getByLabel('Location').selectOption({ label: 'Frankfurt FRA2' });
    await portDialog.getByRole('button', { name: 'Order', exact: true }).click();
    await page.getByRole('button', { name: 'Decommission Delta DE' }).waitFor({ timeout: 30_000 }); // live
    await page.goto('/marketplace');
    await page.getByLabel('Provider name').fill('equ');
    await page.getByRole('link', { name: 'Équinoxe Networks' }).click();
    await page.getByRole('link', { name: 'Order a connection to Équinoxe Networks Frankfurt FRA1' }).click();
    await page.getByRole('heading', { level: 1, name: 'Order a connection' }).waitFor();
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill(vxc);
    await page.getByLabel('Rate limit (Mbps)').fill('200');
    await page.getByRole('button', { name: 'Order connection' }).click();
    await page.getByRole('status').filter({ hasText: `“${vxc}” was ordered. It waits for your partner’s approval, then for Équinoxe Networks’s.` }).waitFor();
    await page.getByRole('article', { name: vxc }).getByText('Awaiting partner approval', { exact: true }).waitFor();

    // Back as Northwind: the order waits in the queue (beside the demo's Lumen order).
    await page.getByRole('button', { name: 'Back to Northwind Wholesale' }).click();
    await nav(page).getByRole('link', { name: 'Managed accounts' }).click();
    await page.getByRole('row').filter({ hasText: 'Delta Logistics' }).getByRole('link', { name: '1 awaiting approval' }).waitFor();
    await page.getByRole('row').filter({ hasText: 'Harbor Retail' }).getByText('Active', { exact: true }).waitFor();
    await page.locator('main .spinner').first().waitFor({ state: 'detached' });
    expect(await axeViolations(page), 'managed accounts with their status').toEqual([]);
    await nav(page).getByRole('link', { name: 'Service approvals 2 pending' }).click();
    await page.getByRole('heading', { level: 1, name: 'Service approvals' }).waitFor();
    const request = page.getByRole('article', { name: vxc });
    await request.getByText('Delta Logistics (NW-2002)').waitFor();
    await request.getByText('New connection').waitFor();
    await page.locator('main .spinner').first().waitFor({ state: 'detached' });
    expect(await axeViolations(page), 'service approvals').toEqual([]);
    await shot(page, 'partners-approval-queue.png');
    await request.getByRole('button', { name: `Approve ${vxc}` }).click();
    const approve = page.getByRole('dialog', { name: `Approve “${vxc}” for Delta Logistics` });
    await approve.getByText('The order goes to Équinoxe Networks, who accepts or denies it.').waitFor();
    expect(await axeViolations(page), 'approve dialog').toEqual([]);
    await approve.getByRole('button', { name: 'Approve' }).click();
    await page.getByRole('status').filter({ hasText: `You approved “${vxc}” for Delta Logistics.` }).waitFor();
    await page.getByRole('article', { name: vxc }).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Approved' }).click();
    await page.getByRole('article', { name: vxc }).getByText(/^Nora Walsh, /).waitFor();

    // Only now the provider sees it, and accepts.
    const provider = await signIn('admin@equinoxe.example');
    await provider.goto('/approvals');
    await provider.getByRole('article', { name: vxc }).getByRole('button', { name: `Accept ${vxc}` }).click();
    await provider.getByRole('dialog', { name: `Accept “${vxc}”` }).getByRole('button', { name: 'Accept' }).click();
    await provider.getByRole('status').filter({ hasText: `You accepted “${vxc}” from Delta Logistics` }).waitFor();
    await page.goto('/companies');
    await page.getByLabel('Search').fill('NW-2002');
    await page.getByRole('link', { name: 'Delta Logistics' }).click();
    await page.getByRole('button', { name: 'Act for Delta Logistics' }).click();
    await nav(page).getByRole('link', { name: 'My services' }).click();
    await page.getByRole('article', { name: vxc }).getByText('Live', { exact: true }).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Back to Northwind Wholesale' }).click();

    // The account's page in the hub: its services and what they come to this month.
    await page.goto('/companies');
    await page.getByRole('link', { name: 'Delta Logistics' }).click();
    const charges = page.getByRole('region', { name: /^Services and charges in \d{4}-\d{2}$/ });
    await charges.getByRole('rowheader', { name: /^Delta DE/ }).waitFor();
    await charges.getByRole('rowheader', { name: new RegExp(`^${vxc}`) }).waitFor();
    await page.locator('main .spinner').first().waitFor({ state: 'detached' });
    expect(await axeViolations(page), 'account page with its charges').toEqual([]);
  });

  test('a month later the partner’s invoice charges the account’s port and connection under its reference', async () => {
    // A month passes: the services went live on the 10th two months ago, and that month is closed
    // by the job the scheduler runs on the 1st.
    const now = new Date();
    const month = { year: now.getUTCFullYear(), month: now.getUTCMonth() - 1 };
    if (month.month < 1) Object.assign(month, { year: month.year - 1, month: month.month + 12 });
    const label = `${month.year}-${String(month.month).padStart(2, '0')}`;
    const { ctx, services } = backstage();
    const liveAt = new Date(Date.UTC(month.year, month.month - 1, 10));
    const moved = await ctx.db.query(
      `WITH delta AS (SELECT id FROM companies WHERE name = 'Delta Logistics'),
            p AS (UPDATE ports SET live_at = $1, ordered_at = $1 WHERE company_id IN (SELECT id FROM delta) RETURNING id),
            c AS (UPDATE connections SET live_at = $1, requested_at = $1 WHERE company_id IN (SELECT id FROM delta) RETURNING id)
       SELECT (SELECT count(*) FROM p)::int AS ports, (SELECT count(*) FROM c)::int AS connections`,
      [liveAt],
    );
    expect(moved.rows[0]).toEqual({ ports: 1, connections: 1 });
    await services.invoices.closeMonth(month);

    const page = await signIn('billing@northwind.example');
    await nav(page).getByRole('link', { name: 'Invoices' }).click();
    await page.getByRole('row').filter({ hasText: label }).getByRole('link', { name: /^INV-/ }).click();
    await page.getByText('Delta Logistics (account NW-2002)').waitFor();
    await page.getByText(vxc).waitFor();
    await page.getByText('Delta DE').waitFor();
  });
});

describe('afterwards', () => {
  test('no page errors and no 5xx on the way', () => {
    expect(pageErrors).toEqual([]);
    expect(serverErrors).toEqual([]);
  });
});
