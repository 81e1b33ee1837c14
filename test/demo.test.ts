import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, login, startTestPortico, type TestPortico } from './helpers/portico.ts';
import { DEMO_PASSWORD } from '../src/demo/demo.ts';

let portico: TestPortico;
beforeAll(async () => {
  portico = await startTestPortico({ config: { demo: true } });
});
afterAll(() => portico?.close());

describe('demo data', () => {
  it('has users of every role, 20+ metros, and providers to find in the marketplace', async () => {
    expect(portico.demoLogins!.map((l) => l.role)).toEqual(expect.arrayContaining(['company_admin', 'technical_admin', 'technical_contact', 'finance', 'read_only', 'compliance_officer']));
    const token = await login(portico.app, 'admin@acme-media.example', DEMO_PASSWORD);
    const locations = (await call(portico.app, 'GET', '/v1/locations', { token })).json().items;
    expect(locations.length).toBeGreaterThanOrEqual(20);
    const companies = (await call(portico.app, 'GET', '/v1/companies', { token: await login(portico.app, 'admin@northwind.example', DEMO_PASSWORD) })).json().items;
    expect(companies.filter((c: any) => c.type === 'managed')).toHaveLength(2);
    const acmePorts = (await call(portico.app, 'GET', '/v1/ports', { token })).json().items;
    const near = acmePorts.find((p: any) => p.name === 'Acme EU edge');
    const [equinoxe] = (await call(portico.app, 'GET', `/v1/marketplace/providers?q=equ&nearPortId=${near.id}`, { token })).json().items;
    expect(equinoxe.title).toBe('Équinoxe Networks');
    expect(equinoxe.ports[0].locationName).toBe('Frankfurt FRA1');
    expect(equinoxe.ports.map((p: any) => p.locationName)).not.toContain('Milan MIL1'); // private
  });
});
