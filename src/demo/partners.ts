import type { Tx } from '../platform/db/db.ts';
import type { Actor } from '../platform/actor.ts';
import { seedBranding, seedManagedSettings } from '../modules/partners/index.ts';
import { seedTemplate } from '../modules/wholesale/index.ts';
import { daysAgo, JOINED_DAYS_AGO } from './timeline.ts';

/**
 * The partner side of the demo: Northwind's branding (what Harbor and Lumen see) and its wholesale
 * onboarding template, the operator's
 * support contact, and Lumen with non-default settings — supported by the operator, with the
 * dashboard, prices, its company profile and the approval queue on — while Harbor keeps the product's defaults
 * (partner-supported: no dashboard, no prices, no profile, no chat).
 */
export async function loadDemoPartners(trx: Tx, companies: Map<string, string>, adminOf: Map<string, Actor>): Promise<boolean> {
  const at = daysAgo(JOINED_DAYS_AGO - 1);
  const results = [
    await seedBranding(trx, adminOf.get('operator')!, companies.get('operator')!, {
      display_name: 'Portico', logo_url: null, primary_color: null,
      support_email: 'support@portico.example', support_url: 'https://support.portico.example', support_phone: '+44 20 7946 0100',
    }, at),
    await seedBranding(trx, adminOf.get('northwind')!, companies.get('northwind')!, {
      display_name: 'Northwind Connect', logo_url: null, primary_color: '#0f766e',
      support_email: 'help@northwind.example', support_url: 'https://help.northwind.example', support_phone: '+44 20 7946 0200',
    }, at),
    await seedManagedSettings(trx, adminOf.get('northwind')!, companies.get('lumen')!, companies.get('northwind')!, {
      supportedBy: 'operator', dashboard: true, showPrices: true, companyProfile: true, approvalQueue: true,
    }, at),
    // Northwind's wholesale onboarding template: its customers' provisioning id.
    await seedTemplate(trx, adminOf.get('northwind')!, companies.get('northwind')!, {
      name: 'Northwind Connect UK', provider_admin_email: 'admin@northwind.example', country: 'GB', region: 'EMEA',
      default_email_language: 'en', subscription: 'northwind-wholesale-2026', pstn_provider: null, auth_method: 'platform', saml_metadata: null,
      email_settings: { fromName: 'Northwind Connect', replyTo: 'help@northwind.example' }, calling_settings: { defaultTimeZone: 'Europe/London', extensionLength: 4 },
    }, at),
  ];
  return results.some(Boolean);
}
