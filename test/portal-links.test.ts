import { describe, expect, test } from 'vitest';
import '../src/modules.ts'; // registers every module's notices
import { noticeTypes } from '../src/modules/notifications/notifications.catalogue.ts';
import { findRoute, ROUTE_PATHS } from '../web/src/routes.ts';

// Every link an e-mail or a notice can carry must open a portal page, not its 404. The links are
// built from event payloads: any id the catalogue reads gets a well-formed UUID here.
const id = '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
const payload = new Proxy({} as Record<string, unknown>, { get: (_target, key) => (typeof key === 'string' ? id : undefined) });

describe('notification links', () => {
  test('every module registered its notices', () => {
    expect(noticeTypes().map((t) => t.type)).toEqual(expect.arrayContaining(['security.new_login', 'ordering.connection_accepted', 'services.maintenance_announced']));
  });
  test.each(noticeTypes().map((entry) => [entry.type, entry] as const))('%s links to a portal page', (_type, entry) => {
    const link = entry.link(payload);
    expect(link).toMatch(/^\/[^/]/);
    const route = findRoute(link.split('?')[0]);
    expect(route, `${link} has no page in web/src/routes.ts`).not.toBeNull();
    // The link's ids are the page's parameters, not a path that happens to match a wildcard.
    for (const value of Object.values(route!.params)) expect(value).toBe(id);
    // A notice about one's own company is rewritten to /company (notifications.fanout.ts).
    const own = link.replace(`/companies/${id}`, '/company');
    expect(findRoute(own), `${own} has no page`).not.toBeNull();
  });

  test('connection notices open the connection page', () => {
    const connectionTypes = noticeTypes().filter((entry) => entry.link(payload).startsWith('/connections/'));
    expect(connectionTypes.length).toBeGreaterThanOrEqual(6);
    for (const entry of connectionTypes) expect(findRoute(entry.link(payload))?.name).toBe('connection');
  });

  test('a new screening review opens the review page, not the customer', () => {
    const opened = noticeTypes().find((entry) => entry.type === 'company.screening_review_opened')!;
    expect(findRoute(opened.link(payload))).toEqual({ name: 'screeningReview', params: { id } });
  });

  test('an unknown path and a malformed escape have no page', () => {
    expect(findRoute('/connections')).toBeNull();
    expect(findRoute('/nothing/here')).toBeNull();
    expect(findRoute('/connections/%FF')).toBeNull();
    expect(findRoute(ROUTE_PATHS.connection.replace(':id', id))).toEqual({ name: 'connection', params: { id } });
  });
});
