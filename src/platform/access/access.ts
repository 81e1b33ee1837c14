/**
 * The one authorization entry. Modules contribute capabilities (pure rules in `<m>.capabilities.ts`);
 * services ask `can` / `require` with the company the action concerns. Outside the actor's company
 * tree is 404 (the target does not exist for them); inside it but not allowed is 403
 * `capability_required` naming the capability (docs/decisions.md).
 */
import type { CompanyType, Role } from '../actor.ts';
import { AppError, notFound } from '../errors.ts';

/**
 * What a capability may depend on besides role and company type: the actor's company settings,
 * loaded once per request with the actor (`defineModule({ actorSettings })`). Each module adds its
 * part by declaration merging, as with CapabilityMap; absent parts mean the module's defaults.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface CompanySettings {}

/** The part of an actor that access rules look at. */
export interface AccessActor {
  userId: string;
  companyId: string;
  companyType: CompanyType;
  role: Role;
  settings?: CompanySettings;
  /** A partner user acting for a managed account: the partner's settings do not bind its own users (see Actor). */
  actingFrom?: string;
}

/** The company an action concerns (the owner of the port, connection, key…). */
export interface CompanyRef {
  id: string;
  type: CompanyType;
  partnerId: string | null;
}

/**
 * A pure rule: may this actor do it to this target? Without a target (the route check, list
 * endpoints) it answers for the role and company-type part only.
 */
export type Capability = (actor: AccessActor, target: CompanyRef | undefined, settings: CompanySettings) => boolean;

/**
 * A managed account's feature that its partner controls or the product withholds (PRODUCT.md §4's
 * table): `setting` names the row (`showPrices`, `billingMarkets`…), `enabled` reads it from the
 * settings in force. Only managed accounts' users are gated; a refusal is 403 `managed_setting`
 * naming the setting, so a client can say "your partner controls this".
 */
export interface ManagedGate {
  setting: string;
  enabled: (settings: CompanySettings) => boolean;
  /**
   * What the product withholds from every managed account (neverManaged), also from its partner's
   * user acting for it; a setting the partner chose does not bind that user.
   */
  fixed?: boolean;
}

/** Does the gate hold this actor back? Only managed accounts' actors; a partner's user acting for one only by what the product fixes. */
const gated = (gate: ManagedGate, actor: AccessActor, settings: CompanySettings) =>
  actor.companyType === 'managed' && (gate.fixed || !actor.actingFrom) && !gate.enabled(settings);
type GatedCapability = Capability & { gate?: ManagedGate };

/** A capability behind a managed account's setting: the gate first (managed users only), then the rule. */
export function managedGate(gate: ManagedGate, rule: Capability): Capability {
  const capability: GatedCapability = (actor, target, settings) => !gated(gate, actor, settings) && rule(actor, target, settings);
  capability.gate = gate;
  return capability;
}

/** A feature the product never gives a managed account (billing markets, invoices, quotes, a marketplace profile). */
export const neverManaged = (setting: string, rule: Capability = () => true): Capability =>
  managedGate({ setting, enabled: () => false, fixed: true }, rule);

/**
 * The company tree, as a query scope: `root` null = every company (the operator); else the root
 * company, with the companies whose partner it is when `withManaged` (a partner). Lists filter by
 * it (SQL) and `inTree` checks one company by it, so the two cannot disagree.
 */
export interface TreeScope {
  root: string | null;
  withManaged: boolean;
}

export const treeScope = (actor: AccessActor): TreeScope =>
  actor.companyType === 'operator' ? { root: null, withManaged: true } : { root: actor.companyId, withManaged: actor.companyType === 'partner' };

/** The company tree: own company; a partner's managed accounts; the operator sees all. */
export function inTree(actor: AccessActor, company: CompanyRef): boolean {
  const { root, withManaged } = treeScope(actor);
  return root === null || company.id === root || (withManaged && company.partnerId === root);
}

/** The actor's own company, as a target (what GET /v1/me reports the capabilities for). */
export const ownCompany = (actor: AccessActor & { partnerId: string | null }): CompanyRef => ({
  id: actor.companyId, type: actor.companyType, partnerId: actor.partnerId,
});

/**
 * What an id led to, or the 404 that hides it: missing and outside the tree look the same.
 * `companyOf` reads the owning company; `what` / `field` name the id the caller sent ('port', 'aEnd.portId').
 */
export function inScope<T>(
  actor: AccessActor, found: T | null | undefined, companyOf: (found: T) => CompanyRef | null | undefined, what: string, field?: string,
): T {
  const company = found ? companyOf(found) : null;
  if (!found || !company || !inTree(actor, company)) throw notFound(what, field);
  return found;
}

export const capabilityRequired = (name: string) =>
  new AppError('forbidden', 'capability_required', `You need the capability ${name} for this.`, undefined, { capability: name });

export const managedSettingOff = (setting: string, capability: string) =>
  new AppError('forbidden', 'managed_setting', `Your partner controls this for your account (${setting}); ask your partner.`, undefined, { setting, capability });

/** Builds can / require over the capabilities every module contributed. */
export function createAccess<Name extends string>(capabilities: Record<Name, Capability>) {
  const names = Object.keys(capabilities) as Name[];
  const allowed = (actor: AccessActor, name: Name, target: CompanyRef | undefined) => capabilities[name](actor, target, actor.settings ?? {});
  /** Why the actor may not (null: it may): the managed account's setting, else the capability. */
  const refusal = (actor: AccessActor, name: Name, target: CompanyRef | undefined): AppError | null => {
    if (allowed(actor, name, target)) return null;
    const gate = (capabilities[name] as GatedCapability).gate;
    if (gate && gated(gate, actor, actor.settings ?? {})) return managedSettingOff(gate.setting, name);
    return capabilityRequired(name);
  };
  return {
    names,
    /** May the actor do it (to this target)? Outside the tree is always no. */
    can(actor: AccessActor, name: Name, target?: CompanyRef): boolean {
      return (!target || inTree(actor, target)) && allowed(actor, name, target);
    },
    /**
     * Throws 404 (`<notFoundAs>_not_found`, default company) outside the tree; inside it 403
     * `managed_setting` when a managed account's setting withholds it, else 403 `capability_required`.
     */
    require(actor: AccessActor, name: Name, target?: CompanyRef, notFoundAs: [string, string?] = ['company']): void {
      if (target && !inTree(actor, target)) throw notFound(...notFoundAs);
      const refused = refusal(actor, name, target);
      if (refused) throw refused;
    },
    /** The route check: the 403 the actor gets for this capability without a target, or null. */
    refusal: (actor: AccessActor, name: Name): AppError | null => refusal(actor, name, undefined),
    /** Every capability the actor holds at this target (GET /v1/me: at their own company). */
    held(actor: AccessActor, target: CompanyRef): Name[] {
      return names.filter((name) => inTree(actor, target) && allowed(actor, name, target));
    },
    isName: (name: string): name is Name => Object.hasOwn(capabilities, name),
  };
}

export type Access<Name extends string = string> = ReturnType<typeof createAccess<Name>>;

/**
 * Every capability's name. Each module adds its own in its `<m>.capabilities.ts`:
 * `declare module '../../platform/access/access.ts' { interface CapabilityMap extends Names<typeof xCapabilities> {} }`
 * so `access.require(actor, 'x.y')` is checked by the compiler and no file lists them all.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface CapabilityMap {}
export type CapabilityName = keyof CapabilityMap & string;
export type Names<T> = Record<keyof T, true>;

/** What a route declares: a capability the actor's role must hold, or only a login, or nothing. */
export type RouteAccess = CapabilityName | 'authenticated' | 'public';

declare module 'fastify' {
  interface FastifyContextConfig {
    capability?: RouteAccess;
  }
}

const registered: Record<string, Capability> = {};
const registry = createAccess<string>(registered);

/** Adds a module's capabilities (src/modules.ts does it for every module, once, as it loads). */
export function registerCapabilities(capabilities: Record<string, Capability>): void {
  for (const [name, rule] of Object.entries(capabilities)) {
    if (registered[name] && registered[name] !== rule) throw new Error(`capability ${name} is declared twice`);
    registered[name] = rule;
  }
  registry.names.splice(0, registry.names.length, ...Object.keys(registered));
}

/** The server's one `can` / `require`, over every module's capabilities. */
export const access = registry as unknown as Omit<Access<CapabilityName>, 'names'> & { readonly names: readonly CapabilityName[] };
