import { describe, expect, it } from 'vitest';
import { effectiveSettings, partnerDefaults, SPEC_DEFAULTS, type StoredSettings } from './partners.settings.ts';

const none: StoredSettings = { dashboard: null, supportChat: null, companyProfile: null, showPrices: null, supportedBy: null, approvalQueue: null };

describe('managed account settings', () => {
  it('a partner that chose nothing gives its accounts the spec’s defaults, all inherited', () => {
    expect(effectiveSettings(undefined, undefined)).toEqual({
      settings: { dashboard: false, supportChat: false, companyProfile: false, showPrices: false, supportedBy: 'partner', approvalQueue: false },
      inherited: ['dashboard', 'supportChat', 'companyProfile', 'showPrices', 'supportedBy', 'approvalQueue'],
    });
    expect(partnerDefaults(undefined)).toEqual(SPEC_DEFAULTS);
  });

  it('support chat left unset follows who supports the account: on for the operator, off for the partner', () => {
    expect(effectiveSettings({ ...none, supportedBy: 'operator' }, undefined).settings.supportChat).toBe(true);
    expect(effectiveSettings(undefined, { ...none, supportedBy: 'operator' }).settings.supportChat).toBe(true);
    expect(effectiveSettings({ ...none, supportedBy: 'partner' }, { ...none, supportedBy: 'operator' }).settings.supportChat).toBe(false);
    // A choice made anywhere wins over the rule.
    expect(effectiveSettings({ ...none, supportedBy: 'operator' }, { ...none, supportChat: false }).settings.supportChat).toBe(false);
  });

  it('the account’s own values win over the partner’s defaults, field by field, and only the unset ones are inherited', () => {
    const defaults = { ...none, dashboard: true, showPrices: true };
    const { settings, inherited } = effectiveSettings({ ...none, showPrices: false, approvalQueue: true }, defaults);
    expect(settings).toMatchObject({ dashboard: true, showPrices: false, approvalQueue: true, companyProfile: false });
    expect(inherited).toEqual(['dashboard', 'supportChat', 'companyProfile', 'supportedBy']);
  });
});
