import { describe, expect, test } from 'vitest';
import { type Locator, type Page } from 'playwright-core';
import { browserSuite } from './harness.ts';

// Notification settings, the bell and the feed, webhooks, maintenance and the operator's mail log,
// driven in the built portal against the real server with demo data (no SMTP: mails are "stored").
// Notices are made by background jobs, so every check waits for the page instead of sleeping.

const suite = browserSuite({ pageErrorsByUser: true });
const { shot, pageErrors, serverErrors } = suite;

/** A browser session of its own for `email`, signed in and showing the portal with its bell. */
async function signIn(email: string, options: { fakeClock?: boolean } = {}): Promise<Page> {
  // A fake clock lets the test move time on, so the bell's 30-second poll comes round at once.
  const page = await suite.signIn(email, options);
  await bell(page).waitFor();
  return page;
}

const bell = (page: Page): Locator => page.getByRole('banner').getByRole('button', { name: /^Notifications, / });

function bellLabel(count: number): string {
  return count === 0 ? 'Notifications, none unread' : count === 1 ? 'Notifications, 1 unread' : `Notifications, ${count} unread`;
}

/** The unread count the server has for the user signed in on `page`. */
async function serverUnread(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const response = await fetch('/v1/notifications?limit=1');
    return ((await response.json()) as { unreadCount: number }).unreadCount;
  });
}

async function openNotificationSettings(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Nora Walsh|Bea Lund|Theo Marsh/ }).click();
  await page.getByRole('menuitem', { name: 'Notification settings' }).click();
  await page.getByRole('heading', { level: 1, name: 'Notification settings' }).waitFor();
}

describe('notifications', () => {
  let admin: Page;

  test('an admin turns "people" off, and it stays off after a reload', async () => {
    admin = await signIn('admin@northwind.example');
    await openNotificationSettings(admin);

    const people = admin.getByRole('switch', { name: 'People' });
    await people.waitFor();
    expect(await people.isChecked()).toBe(true);
    // Security is shown on and cannot be changed.
    const security = admin.getByRole('switch', { name: 'Security' });
    expect(await security.isChecked()).toBe(true);
    expect(await security.isDisabled()).toBe(true);
    await admin.getByText('Always on', { exact: true }).waitFor();

    await people.uncheck();
    await admin.getByRole('button', { name: 'Save' }).click();
    await admin.getByRole('status').filter({ hasText: 'Your notification settings were saved.' }).waitFor();

    await admin.reload();
    await admin.getByRole('heading', { level: 1, name: 'Notification settings' }).waitFor();
    await admin.getByRole('switch', { name: 'People' }).waitFor();
    expect(await admin.getByRole('switch', { name: 'People' }).isChecked()).toBe(false);
    expect(await admin.getByRole('switch', { name: 'Ordering' }).isChecked()).toBe(true);
  });

  test('shows the notification types of each group on request', async () => {
    const toggle = admin.getByRole('button', { name: 'Show detailed notifications' });
    await toggle.click();
    const people = admin.getByRole('list', { name: 'Notifications in “People”' });
    await people.getByText('A user was added to your company.').waitFor();
    await people.getByText('people.user_added').waitFor();
    await admin.getByRole('list', { name: 'Notifications in “Security”' }).getByText('Your password was changed.').waitFor();
    await expect(admin.getByRole('button', { name: 'Hide detailed notifications' }).getAttribute('aria-expanded')).resolves.toBe('true');
    await shot(admin, 'notification-settings.png');
  });

  let finance: Page;

  test('a finance user sees the settings read-only, with the reason', async () => {
    finance = await signIn('billing@northwind.example');
    await openNotificationSettings(finance);
    await finance
      .getByRole('note')
      .filter({ hasText: 'Only company admins, technical admins and technical contacts can subscribe to notifications.' })
      .waitFor();
    for (const group of ['Security', 'Ordering', 'Financial', 'People', 'Company', 'Services']) {
      expect(await finance.getByRole('switch', { name: group }).isDisabled(), group).toBe(true);
    }
    expect(await finance.getByRole('button', { name: 'Save' }).count()).toBe(0);
    // The catalogue is open to every role.
    await finance.getByRole('button', { name: 'Show detailed notifications' }).click();
    await finance.getByRole('list', { name: 'Notifications in “Services”' }).getByText('services.maintenance_announced').waitFor();
  });

  let tech: Page;
  let before = 0;

  test('a technical admin sees the bell count go up when a user joins the company', async () => {
    tech = await signIn('tech@northwind.example', { fakeClock: true });
    before = await serverUnread(tech);
    await bell(tech).and(tech.getByRole('button', { name: bellLabel(before) })).waitFor();

    // The admin adds a user; the notice is made by a job in the background.
    await admin.getByRole('link', { name: 'My company' }).click();
    await admin.getByRole('button', { name: 'Add user' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Add user' });
    await dialog.getByLabel('E-mail').fill('ada.lovelace@northwind.example');
    await dialog.getByLabel('First name').fill('Ada');
    await dialog.getByLabel('Last name').fill('Lovelace');
    await dialog.getByLabel('Role').selectOption({ label: 'Technical contact' });
    await dialog.getByRole('button', { name: 'Add user' }).click();
    await admin.getByRole('status').filter({ hasText: 'Ada Lovelace was added.' }).waitFor();

    // Each round moves the technical admin's clock past the next poll of the bell.
    await expect
      .poll(
        async () => {
          await tech.clock.fastForward(31_000);
          return (await bell(tech).getAttribute('aria-label')) ?? '';
        },
        { timeout: 30_000, interval: 500 },
      )
      .toBe(bellLabel(before + 1));
  });

  test('opens the bell panel, with the keyboard too, and reads the notice', async () => {
    await bell(tech).click();
    const panel = tech.getByRole('dialog', { name: 'Notifications' });
    const notice = panel.getByRole('link', { name: /Ada Lovelace joined Northwind Wholesale/ });
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toContain('Unread:');
    await shot(tech, 'notification-feed.png', false);

    // Escape closes the panel and gives focus back to the bell.
    await tech.keyboard.press('Escape');
    await panel.waitFor({ state: 'hidden' });
    await bell(tech).and(tech.locator(':focus')).waitFor();
    // Enter opens it again; the arrow keys move through the notices.
    await tech.keyboard.press('Enter');
    await panel.waitFor();
    await tech.keyboard.press('ArrowDown');
    await notice.and(tech.locator(':focus')).waitFor();

    // Opening the notice marks it read and goes where it points.
    await tech.keyboard.press('Enter');
    await panel.waitFor({ state: 'hidden' });
    // It is about the user's own company: "My company" shows it, with the new user.
    await tech.getByRole('heading', { level: 1, name: 'My company' }).waitFor();
    await tech.getByRole('cell', { name: 'ada.lovelace@northwind.example' }).waitFor();
    expect(new URL(tech.url()).pathname).toBe('/company');
    await bell(tech).and(tech.getByRole('button', { name: bellLabel(before) })).waitFor();
  });

  test('the feed page filters unread notices and marks all read', async () => {
    await bell(tech).click();
    await tech.getByRole('dialog', { name: 'Notifications' }).getByRole('link', { name: 'See all notifications' }).click();
    await tech.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    const feed = tech.getByRole('list', { name: 'Notifications' });
    const read = feed.getByRole('link', { name: /Ada Lovelace joined Northwind Wholesale/ });
    await read.waitFor();
    await expect(read.textContent()).resolves.not.toContain('Unread:');

    await tech.getByRole('button', { name: 'Unread', exact: true }).click();
    await read.waitFor({ state: 'detached' });
    expect(new URL(tech.url()).search).toBe('?filter=unread');

    if (before > 0) {
      await tech.getByRole('button', { name: 'Mark all read' }).click();
      await tech.getByText('You have read everything.').first().waitFor();
    }
    await bell(tech).and(tech.getByRole('button', { name: bellLabel(0) })).waitFor();
    expect(await serverUnread(tech)).toBe(0);
  });

  test('webhooks: refuses a bad URL, shows the secret once, sends a test event', async () => {
    await admin.getByRole('link', { name: 'Webhooks' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Webhooks' }).waitFor();
    await admin.getByText('Your company has no webhooks yet.').waitFor();

    await admin.getByRole('button', { name: 'Add webhook' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Add webhook' });
    const url = dialog.getByLabel('URL');
    await url.fill('http://hooks.northwind.example/portico');
    await dialog.getByRole('button', { name: 'Add webhook' }).click();
    await dialog.getByText('Webhook URLs must start with https://.').waitFor();
    await expect(url.getAttribute('aria-invalid')).resolves.toBe('true');

    // Without a choice of events the form says so before asking the server.
    await dialog.getByLabel('All events').uncheck();
    // 192.88.99.0/24 is public in the server's eyes but retired (RFC 7526): nothing answers there.
    await url.fill('https://192.88.99.1/portico');
    await dialog.getByRole('button', { name: 'Add webhook' }).click();
    await dialog.getByText('Choose at least one event, or all events.').waitFor();
    await dialog.getByRole('group', { name: 'People' }).getByLabel(/A user was added to your company/).check();
    await dialog.getByLabel('Description (optional)').fill('Ticketing system');
    await dialog.getByRole('button', { name: 'Add webhook' }).click();

    const created = admin.getByRole('dialog', { name: "Your webhook's signing secret" });
    const secret = await created.getByLabel('Signing secret for https://192.88.99.1/portico').inputValue();
    expect(secret.length).toBeGreaterThan(20);
    await created.getByText('It will not be shown again.').waitFor();
    await created.getByRole('button', { name: 'I have copied the secret' }).click();
    expect(await admin.getByText(secret).count()).toBe(0);

    const card = admin.getByRole('article', { name: 'https://192.88.99.1/portico' });
    await card.getByText('Active', { exact: true }).waitFor();
    await card.getByText('people.user_added').waitFor();
    await card.getByText('Ticketing system').waitFor();

    await card.getByRole('button', { name: 'Send test event' }).click();
    await admin.getByRole('status').filter({ hasText: 'A test event for https://192.88.99.1/portico is on its way' }).waitFor();
    const deliveries = card.getByRole('table', { name: 'Deliveries to https://192.88.99.1/portico' });
    await deliveries.getByRole('cell', { name: 'webhook.test' }).waitFor();
    await shot(admin, 'webhooks.png');

    await card.getByRole('button', { name: 'Turn off' }).click();
    await card.getByText('Turned off', { exact: true }).waitFor();
    await card.getByRole('button', { name: 'Turn on' }).click();
    await card.getByText('Active', { exact: true }).waitFor();

    await card.getByRole('button', { name: 'Delete the webhook for https://192.88.99.1/portico' }).click();
    await admin.getByRole('dialog', { name: 'Delete webhook' }).getByRole('button', { name: 'Delete' }).click();
    await admin.getByRole('status').filter({ hasText: 'The webhook for https://192.88.99.1/portico was deleted.' }).waitFor();
    await card.waitFor({ state: 'detached' });
  });

  test('people who are not admins see no webhooks page', async () => {
    const nav = finance.getByRole('navigation', { name: 'Main navigation' });
    await nav.getByRole('link', { name: 'Maintenance' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Webhooks' }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: 'Mail log' }).count()).toBe(0);
    await finance.goto('/webhooks');
    await finance.getByRole('heading', { level: 1, name: 'No access' }).waitFor();
  });

  let ops: Page;

  test('the operator announces maintenance at a location', async () => {
    ops = await signIn('ops@portico.example');
    await ops.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Maintenance' }).click();
    await ops.getByRole('heading', { level: 1, name: 'Maintenance' }).waitFor();
    await ops.getByRole('button', { name: 'Announce maintenance' }).click();
    const dialog = ops.getByRole('dialog', { name: 'Announce maintenance or an outage' });
    await dialog.getByLabel('Title').fill('Power work in Frankfurt FRA1');
    await dialog.getByLabel('Description').fill('Redundant feeds are switched one after the other.');
    await dialog.getByLabel('Starts').fill('2031-03-04T01:00');
    await dialog.getByLabel('Ends').fill('2031-03-04T00:30');
    await dialog.getByRole('button', { name: 'Announce' }).click();
    await dialog.getByText('The end must be after the start.').waitFor();
    await dialog.getByText('Choose at least one location.').waitFor();

    await dialog.getByLabel('Ends').fill('2031-03-04T03:00');
    await dialog.getByLabel('Filter locations').fill('frankfurt');
    await dialog.getByLabel(/Frankfurt FRA1/).check();
    await dialog.getByText('Chosen: 1').waitFor();
    await dialog.getByRole('button', { name: 'Announce' }).click();
    await ops.getByRole('status').filter({ hasText: '“Power work in Frankfurt FRA1” was announced.' }).waitFor();

    const card = ops.getByRole('article', { name: 'Power work in Frankfurt FRA1' });
    await card.getByText('Frankfurt FRA1', { exact: true }).waitFor();
    await card.getByText('Upcoming').waitFor();
    // Everyone sees the announcement.
    await tech.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Maintenance' }).click();
    await tech.getByRole('link', { name: 'Power work in Frankfurt FRA1' }).click();
    await tech.getByRole('heading', { level: 1, name: 'Power work in Frankfurt FRA1' }).waitFor();
    expect(await tech.getByRole('button', { name: 'Announce maintenance' }).count()).toBe(0);
  });

  test('the operator previews a stored e-mail in the mail log', async () => {
    await ops.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Mail log' }).click();
    await ops.getByRole('heading', { level: 1, name: 'Mail log' }).waitFor();
    await ops.getByRole('button', { name: 'Stored', exact: true }).click();
    expect(new URL(ops.url()).search).toBe('?status=stored');
    await ops.getByLabel('Recipient').fill('tech@northwind.example');
    await ops.getByRole('button', { name: 'Filter', exact: true }).click();

    const table = ops.getByRole('table', { name: 'E-mails, newest first' });
    const row = table.getByRole('row').filter({ hasText: 'Ada Lovelace joined Northwind Wholesale' });
    await row.getByText('Stored', { exact: true }).waitFor();
    expect(await table.getByRole('row').filter({ hasNotText: 'tech@northwind.example' }).count()).toBe(1); // the header
    await row.getByRole('link', { name: 'Ada Lovelace joined Northwind Wholesale' }).click();

    await ops.getByRole('heading', { level: 1, name: 'Ada Lovelace joined Northwind Wholesale' }).waitFor();
    await ops.getByText('To tech@northwind.example').waitFor();
    const frame = ops.locator('iframe[title="HTML preview of “Ada Lovelace joined Northwind Wholesale”"]');
    // An empty sandbox: no scripts, no same-origin access.
    await expect(frame.getAttribute('sandbox')).resolves.toBe('');
    await ops.frameLocator('iframe.email-frame').getByText('Ada Lovelace (ada.lovelace@northwind.example) was added to Northwind Wholesale').waitFor();
    await ops.getByRole('region', { name: 'Plain-text part' }).getByText('Open in Portico').waitFor();
    expect(await ops.getByRole('button', { name: 'Retry' }).count()).toBe(0);
    await shot(ops, 'mail-preview.png');
  });

  test('had no script errors and no server errors', () => {
    expect(pageErrors).toEqual([]);
    expect(serverErrors).toEqual([]);
  });
});
