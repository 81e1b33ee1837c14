import { describe, expect, test } from 'vitest';
import { type Locator, type Page } from 'playwright-core';
import { browserSuite, nav } from './harness.ts';

// The marketplace in the built portal against the real server with demo data: a customer finds a
// provider by the first letters of its name, orders a VXC (fixing a taken VLAN on the way), the
// provider accepts it in its approvals inbox, and the customer sees it live; then a speed change
// and an order with a pre-approved service key. Provisioning runs in background jobs (the simulated
// network has no delay in tests), so every check waits for the page instead of sleeping.

const customerEmail = 'admin@acme-media.example';
const providerEmail = 'admin@equinoxe.example';
const vxcName = 'Acme to Équinoxe FRA';
const keyVxcName = 'Acme to Équinoxe Milan';

const { signIn, shot, pageErrors, serverErrors } = browserSuite({ pageErrorsByUser: true });

async function open(page: Page, link: string, heading: string | RegExp = link): Promise<void> {
  // A navigation entry may carry a count after its name ("Approvals 3 pending").
  await nav(page).getByRole('link', { name: new RegExp(`^${link}( \\d+ pending)?$`) }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** The card of one connection on "My services". */
const vxcCard = (page: Page, name: string): Locator => page.getByRole('article', { name });

/** A field's error text, found through the field's aria-describedby. */
async function fieldError(field: Locator): Promise<string> {
  await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
  const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(' ').filter((id) => id.endsWith('-error'));
  return (await field.page().locator(`[id="${ids[0]}"]`).textContent()) ?? '';
}

describe('marketplace', () => {
  let customer: Page;
  let provider: Page;

  test('a customer finds a provider by the first letters of its name, its ports closest first', async () => {
    customer = await signIn(customerEmail);
    await open(customer, 'Marketplace');
    const results = customer.getByRole('list', { name: /^Providers found/ });
    await results.getByRole('link', { name: 'CloudGate' }).waitFor();

    await customer.getByLabel('Provider name').fill('equ');
    await results.getByRole('link', { name: 'CloudGate' }).waitFor({ state: 'detached' });
    await results.getByRole('link', { name: 'Équinoxe Networks' }).waitFor();
    await customer.getByRole('status').filter({ hasText: 'Providers found: 1' }).waitFor();
    expect(new URL(customer.url()).search).toBe('?q=equ');

    // "Near my port" sorts each provider's ports by distance from one of my live ports.
    await customer.getByLabel('Near my port').selectOption({ label: 'Acme EU edge · Frankfurt FRA1 · 10 Gbps' });
    await results.getByText('Closest: Frankfurt FRA1, 0 km').waitFor();
    await customer.getByLabel('Service', { exact: true }).selectOption({ label: 'Data centre' });
    await results.getByRole('link', { name: 'Équinoxe Networks' }).waitFor();
    await shot(customer, 'marketplace-search.png');

    await results.getByRole('link', { name: 'Équinoxe Networks' }).click();
    await customer.getByRole('heading', { level: 1, name: 'Équinoxe Networks' }).waitFor();
    await customer.getByRole('region', { name: 'About' }).getByRole('link', { name: 'sales@equinoxe.example' }).waitFor();
    const ports = customer.getByRole('table', { name: /closest to your port first/ });
    const rows = ports.getByRole('row');
    await expect.poll(() => rows.count()).toBeGreaterThan(2);
    await expect(rows.nth(1).textContent()).resolves.toContain('0 km');
    // The private Milan port is not listed: it is reached with a service key.
    expect(await ports.getByText('Milan').count()).toBe(0);
    await shot(customer, 'marketplace-provider.png');
  });

  test('the order form checks the fields inline and offers the next free VLAN on a clash', async () => {
    await customer.getByRole('link', { name: 'Order a connection to Équinoxe Networks Frankfurt FRA1' }).click();
    await customer.getByRole('heading', { level: 1, name: 'Order a connection' }).waitFor();
    await expect(customer.getByLabel('Your port (A-end)').inputValue()).resolves.not.toBe('');
    const destination = customer.getByLabel('Destination port');
    await expect(destination.locator('option:checked').textContent()).resolves.toContain('0 km');

    // Nothing filled in: every required field says so, before any request.
    await customer.getByRole('button', { name: 'Order connection' }).click();
    expect(await fieldError(customer.getByRole('textbox', { name: 'Name', exact: true }))).toContain('This field is required.');
    expect(await fieldError(customer.getByLabel('Rate limit (Mbps)'))).toContain('This field is required.');
    await customer.getByLabel('Rate limit (Mbps)').fill('20000');
    expect(await fieldError(customer.getByLabel('Rate limit (Mbps)'))).toContain('At most 10000 Mbps here.');
    await customer.getByLabel('Preferred VLAN').fill('1');
    expect(await fieldError(customer.getByLabel('Preferred VLAN'))).toContain('Use 2–4093, -1 for untagged');
    await shot(customer, 'order-inline-errors.png');

    // VLAN 2 is in use on this port (the demo's "Acme transit Frankfurt"): the server says which is free.
    await customer.getByRole('textbox', { name: 'Name', exact: true }).fill(vxcName);
    await customer.getByLabel('Rate limit (Mbps)').fill('500');
    await customer.getByLabel('Preferred VLAN').fill('2');
    await customer.getByRole('button', { name: 'Order connection' }).click();
    const vlanError = await fieldError(customer.getByLabel('Preferred VLAN'));
    const next = /the next free one is (\d+)/.exec(vlanError)?.[1];
    expect(next, vlanError).toBeDefined();
    await shot(customer, 'order-vlan-taken.png');
    await customer.getByRole('button', { name: `Use VLAN ${next}` }).click();
    await expect(customer.getByLabel('Preferred VLAN').inputValue()).resolves.toBe(next);

    await customer.getByRole('button', { name: 'Order connection' }).click();
    await customer.getByRole('heading', { level: 1, name: 'My services' }).waitFor();
    await customer.getByRole('status').filter({ hasText: `“${vxcName}” was ordered and awaits the approval of Équinoxe Networks.` }).waitFor();
    const card = vxcCard(customer, vxcName);
    await card.getByText('Awaiting approval', { exact: true }).waitFor();
    await card.getByText(`VLAN ${next}`).waitFor();
  });

  test('the provider accepts the request in its approvals inbox', async () => {
    provider = await signIn(providerEmail);
    await nav(provider).getByRole('link', { name: /^Approvals \d+ pending$/ }).waitFor();
    await open(provider, 'Approvals');
    const request = provider.getByRole('article', { name: vxcName });
    await request.getByText('New connection').waitFor();
    await request.getByText('Acme Media').waitFor();
    await shot(provider, 'approvals-inbox.png');

    await request.getByRole('button', { name: `Accept ${vxcName}` }).click();
    const dialog = provider.getByRole('dialog', { name: `Accept “${vxcName}”` });
    await dialog.getByLabel('VLAN on your port').fill('5000');
    await dialog.getByRole('button', { name: 'Accept' }).click();
    await dialog.getByText('Use 2–4093, -1 for untagged, or leave it blank.').waitFor();
    await dialog.getByLabel('VLAN on your port').fill('');
    await dialog.getByRole('button', { name: 'Accept' }).click();
    await provider.getByRole('status').filter({ hasText: `You accepted “${vxcName}” from Acme Media` }).waitFor();
    await request.waitFor({ state: 'detached' });
  });

  test('the customer sees the connection live, with its history', async () => {
    const card = vxcCard(customer, vxcName);
    await card.getByText('Live', { exact: true }).waitFor({ timeout: 30_000 });
    await card.getByRole('button', { name: 'History' }).click();
    const history = card.getByRole('list', { name: `History of ${vxcName}` });
    for (const state of ['Awaiting approval', 'Deploying', 'Configured', 'Live']) await history.getByText(state, { exact: true }).waitFor();
    await history.getByText('by you').waitFor();
    // The provider's acceptance names who accepted.
    await history.getByText(/by (?!you)\S+/).waitFor();
    await shot(customer, 'services-live.png');
  });

  test('a higher speed waits for the provider, then applies', async () => {
    const card = vxcCard(customer, vxcName);
    await card.getByRole('button', { name: 'Change speed' }).click();
    const dialog = customer.getByRole('dialog', { name: `Change the speed of “${vxcName}”` });
    await dialog.getByLabel('Rate limit (Mbps)').fill('2000');
    await dialog.getByRole('button', { name: 'Request change' }).click();
    await customer.getByRole('status').filter({ hasText: `2 Gbps for “${vxcName}” was requested` }).waitFor();
    await card.getByText('2 Gbps requested').waitFor();
    await card.getByText('500 Mbps', { exact: true }).waitFor();

    await provider.reload();
    const request = provider.getByRole('article', { name: vxcName });
    await request.getByText('Speed change').waitFor();
    await request.getByRole('button', { name: `Accept ${vxcName}` }).click();
    await provider.getByRole('dialog', { name: `Accept the speed change of “${vxcName}”` }).getByRole('button', { name: 'Accept' }).click();
    await provider.getByRole('status').filter({ hasText: `You accepted the speed change of “${vxcName}”.` }).waitFor();

    await card.getByText('2 Gbps', { exact: true }).waitFor({ timeout: 20_000 });
    expect(await card.getByText('2 Gbps requested').count()).toBe(0);
    // The history lists the change and its outcome.
    await customer.reload();
    const reloaded = vxcCard(customer, vxcName);
    await reloaded.getByRole('button', { name: 'History' }).click();
    await reloaded.getByRole('list', { name: 'Speed changes' }).getByText(/500 Mbps → 2 Gbps: applied/).waitFor();
  });

  let key = '';

  test('the provider issues a pre-approved service key for its private port', async () => {
    await open(provider, 'Service keys');
    await provider.getByRole('button', { name: 'New service key' }).click();
    const dialog = provider.getByRole('dialog', { name: 'New service key' });
    await dialog.getByLabel('Port', { exact: true }).selectOption({ label: 'Équinoxe Networks Milan MIL1 · 10 Gbps' });
    await dialog.getByLabel('Single use').check();
    await dialog.getByRole('button', { name: 'Create key' }).click();
    expect(await fieldError(dialog.getByLabel('VLAN on your port'))).toContain('A single-use key needs a VLAN.');
    await dialog.getByLabel('Multi-use').check();
    await dialog.getByLabel('Maximum speed (Mbps)').fill('1000');
    await dialog.getByLabel('Pre-approved').check();
    await dialog.getByLabel('Description').fill('Acme Media, Milan trial');
    await dialog.getByRole('button', { name: 'Create key' }).click();

    const created = provider.getByRole('dialog', { name: 'Service key created' });
    key = await created.getByLabel('Key', { exact: true }).inputValue();
    expect(key.length).toBeGreaterThan(8);
    await created.getByRole('button', { name: 'Copy' }).waitFor();
    await created.getByRole('button', { name: 'Done' }).click();
    const row = provider.getByRole('row').filter({ hasText: key });
    await row.getByText('Active', { exact: true }).waitFor();
    await row.getByText('Pre-approved').waitFor();
    await row.getByRole('button', { name: `Copy the key ${key.slice(0, 8)}…` }).waitFor();
    await shot(provider, 'service-keys.png');
  });

  test('the customer orders with the key: it shows where it leads and needs no approval', async () => {
    await open(customer, 'Marketplace');
    await customer.getByRole('link', { name: 'Order with a service key' }).click();
    await customer.getByRole('heading', { level: 1, name: 'Order a connection' }).waitFor();
    await customer.getByLabel('Your port (A-end)').selectOption({ label: 'Acme EU edge · Frankfurt FRA1 · 10 Gbps' });
    await customer.getByLabel('Service key').fill(key);
    const preview = customer.getByRole('complementary', { name: 'Summary' }).getByText('Équinoxe Networks Milan MIL1');
    await preview.waitFor();
    await customer.getByRole('definition').filter({ hasText: /^Équinoxe Networks$/ }).waitFor();
    await customer.getByText('Pre-approved', { exact: true }).waitFor();
    await customer.getByRole('textbox', { name: 'Name', exact: true }).fill(keyVxcName);
    await customer.getByLabel('Rate limit (Mbps)').fill('1500');
    await customer.getByRole('button', { name: 'Order connection' }).click();
    expect(await fieldError(customer.getByLabel('Rate limit (Mbps)'))).toContain('At most 1000 Mbps here.');
    await customer.getByLabel('Rate limit (Mbps)').fill('800');
    await shot(customer, 'order-service-key.png');
    await customer.getByRole('button', { name: 'Order connection' }).click();

    await customer.getByRole('status').filter({ hasText: `“${keyVxcName}” was ordered and is being set up at Équinoxe Networks.` }).waitFor();
    await vxcCard(customer, keyVxcName).getByText('Live', { exact: true }).waitFor({ timeout: 30_000 });
  });

  test('the provider deactivates the key; ordering with it is refused on the key field', async () => {
    await provider.reload();
    const row = provider.getByRole('row').filter({ hasText: key });
    await row.getByText(/^Used 1×/).waitFor();
    await row.getByRole('button', { name: `Deactivate the key ${key.slice(0, 8)}…` }).click();
    await row.getByText('Inactive', { exact: true }).waitFor();
    await provider.getByRole('status').filter({ hasText: 'was deactivated' }).waitFor();

    await customer.goto('/marketplace/order?mode=key');
    await customer.getByLabel('Service key').fill(key);
    expect(await fieldError(customer.getByLabel('Service key'))).toContain('This service key is not active.');
  });

  test('the dashboard charts the services, with the figures as a table too', async () => {
    await open(customer, 'Dashboard', /^Welcome, /);
    const services = customer.getByRole('region', { name: 'Your services' });
    const byState = services.getByRole('img', { name: /^Connections by state: / });
    await byState.waitFor();
    await expect(byState.getAttribute('aria-label')).resolves.toMatch(/Live: \d/);
    await services.getByRole('img', { name: /^Bandwidth of live connections by location: .*Frankfurt FRA1/ }).waitFor();
    await services.getByText('Show as table').first().click();
    await services.getByRole('table', { name: 'Connections by state' }).getByRole('rowheader', { name: 'Live' }).waitFor();
    await shot(customer, 'dashboard-services.png');
  });

  test('had no script errors and no server errors', () => {
    expect(pageErrors).toEqual([]);
    expect(serverErrors).toEqual([]);
  });
});
