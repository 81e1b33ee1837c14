import type { SupportedBy } from './partners.tables.ts';

/**
 * The settings a partner chooses for a managed account (PRODUCT.md §4). Pure: how the account's own
 * values, the partner's defaults and the spec's defaults make the settings in force.
 */
export interface ManagedSettings {
  dashboard: boolean;
  supportChat: boolean;
  companyProfile: boolean;
  showPrices: boolean;
  supportedBy: SupportedBy;
  approvalQueue: boolean;
}
export type SettingName = keyof ManagedSettings;
export const SETTING_NAMES: readonly SettingName[] = ['dashboard', 'supportChat', 'companyProfile', 'showPrices', 'supportedBy', 'approvalQueue'];

/** Stored values: null = not set here (the account inherits; a partner's supportChat follows supportedBy). */
export type StoredSettings = { [K in SettingName]: ManagedSettings[K] | null };

/** A partner's defaults as they apply; supportChat null = on exactly when the operator supports the account. */
export type DefaultSettings = Omit<ManagedSettings, 'supportChat'> & { supportChat: boolean | null };

/** The spec's defaults, what a partner that chose nothing gets. */
export const SPEC_DEFAULTS: DefaultSettings = {
  dashboard: false, supportChat: null, companyProfile: false, showPrices: false, supportedBy: 'partner', approvalQueue: false,
};

const supportChatFor = (supportedBy: SupportedBy) => supportedBy === 'operator';

/** The partner's defaults as they apply: its stored values over the spec's. */
export function partnerDefaults(stored: StoredSettings | undefined): DefaultSettings {
  const out = { ...SPEC_DEFAULTS };
  for (const name of SETTING_NAMES) if (stored && stored[name] !== null) (out as Record<string, unknown>)[name] = stored[name];
  return out;
}

/**
 * The settings in force for a managed account and which of them it inherits (not set on the
 * account itself). supportChat left unset everywhere follows supportedBy, so an account moved to
 * operator support gets the operator's chat unless someone chose otherwise.
 */
export function effectiveSettings(own: StoredSettings | undefined, defaults: StoredSettings | undefined): { settings: ManagedSettings; inherited: SettingName[] } {
  const base = partnerDefaults(defaults);
  const inherited: SettingName[] = [];
  const pick = <K extends SettingName>(name: K): ManagedSettings[K] | null => {
    const value = own?.[name] ?? null;
    if (value === null) inherited.push(name);
    return (value ?? base[name]) as ManagedSettings[K] | null;
  };
  const supportedBy = pick('supportedBy') ?? base.supportedBy;
  const settings: ManagedSettings = {
    dashboard: pick('dashboard') ?? base.dashboard,
    supportChat: pick('supportChat') ?? supportChatFor(supportedBy),
    companyProfile: pick('companyProfile') ?? base.companyProfile,
    showPrices: pick('showPrices') ?? base.showPrices,
    supportedBy,
    approvalQueue: pick('approvalQueue') ?? base.approvalQueue,
  };
  return { settings, inherited: SETTING_NAMES.filter((n) => inherited.includes(n)) };
}
