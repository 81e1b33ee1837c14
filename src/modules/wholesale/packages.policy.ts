import { findPackage, type BasePackage, type Catalogue } from './packages.catalogue.ts';

/**
 * The package rules of wholesale customers (PRODUCT.md §5), pure: what a package list may hold,
 * what an update may drop, which package an admin gets, what a subscriber's package needs. Each
 * problem names the field it is about, so the API answers with it and the partner hub shows it
 * beside the input.
 */

export interface PackageLine {
  name: string;
  quantity: number;
}

export interface PackageProblem {
  code: 'package_unknown' | 'package_duplicate' | 'quantity_invalid' | 'addon_without_base' | 'no_base_package' | 'below_assigned';
  field: string;
  detail: string;
}

/** The largest quantity of one package a customer may have (a typo of a few zeros is refused). */
export const MAX_QUANTITY = 1_000_000;

const isBase = (catalogue: Catalogue, name: string) => findPackage(catalogue, name)?.kind === 'base';

/** Problems of a customer's complete package list (creation, precheck and update alike). */
export function checkPackageList(catalogue: Catalogue, lines: PackageLine[]): PackageProblem[] {
  const problems: PackageProblem[] = [];
  const seen = new Set<string>();
  lines.forEach((line, i) => {
    const at = `packages[${i}]`;
    if (!findPackage(catalogue, line.name)) {
      problems.push({ code: 'package_unknown', field: `${at}.name`, detail: `"${line.name}" is not a package of this platform (${catalogue.packages.map((p) => p.name).join(', ')}).` });
    } else if (seen.has(line.name)) {
      problems.push({ code: 'package_duplicate', field: `${at}.name`, detail: `"${line.name}" is listed twice: give each package once, with its whole quantity.` });
    }
    seen.add(line.name);
    if (!Number.isInteger(line.quantity) || line.quantity <= 0 || line.quantity > MAX_QUANTITY) {
      problems.push({ code: 'quantity_invalid', field: `${at}.quantity`, detail: `The quantity must be a whole number from 1 to ${MAX_QUANTITY.toLocaleString('en')}.` });
    }
  });
  const bases = lines.map((l) => l.name).filter((name) => isBase(catalogue, name));
  if (lines.length > 0 && bases.length === 0) {
    problems.push({ code: 'no_base_package', field: 'packages', detail: 'A customer needs at least one base package; add-ons come on top of one.' });
  }
  lines.forEach((line, i) => {
    const pkg = findPackage(catalogue, line.name);
    if (pkg?.kind !== 'addon' || bases.length === 0) return;
    const byName = pkg.requiresAnyOf?.some((name) => bases.includes(name)) ?? false;
    const byCalling = pkg.requiresCalling === true && bases.some((name) => (findPackage(catalogue, name) as BasePackage).callingEnabled);
    if (!byName && !byCalling) {
      const needs = pkg.requiresAnyOf ? pkg.requiresAnyOf.join(' or ') : 'a calling-enabled package';
      problems.push({ code: 'addon_without_base', field: `packages[${i}].name`, detail: `The add-on "${pkg.name}" needs ${needs} in the same list.` });
    }
  });
  if (lines.length === 0) problems.push({ code: 'no_base_package', field: 'packages', detail: 'List at least one package.' });
  return problems;
}

/**
 * Problems of an update: the new list is complete (a package left out is dropped), and no package
 * may go below what its subscribers already hold.
 */
export function checkPackageUpdate(catalogue: Catalogue, lines: PackageLine[], assigned: ReadonlyMap<string, number>): PackageProblem[] {
  const problems = checkPackageList(catalogue, lines);
  for (const [name, count] of assigned) {
    if (count === 0) continue;
    const i = lines.findIndex((l) => l.name === name);
    if (i < 0) {
      problems.push({ code: 'below_assigned', field: 'packages', detail: `"${name}" is assigned to ${count} subscriber(s): it cannot be left out; move them to another package first.` });
    } else if (Number.isInteger(lines[i]!.quantity) && lines[i]!.quantity < count) {
      problems.push({ code: 'below_assigned', field: `packages[${i}].quantity`, detail: `"${name}" is assigned to ${count} subscriber(s): the quantity cannot go below that.` });
    }
  }
  return problems;
}

/** The organisation's package level: its highest-tier base package (admins get it). */
export function organisationPackage(catalogue: Catalogue, lines: PackageLine[]): BasePackage | null {
  let best: BasePackage | null = null;
  for (const line of lines) {
    const pkg = findPackage(catalogue, line.name);
    if (pkg?.kind === 'base' && (!best || pkg.tier > best.tier)) best = pkg;
  }
  return best;
}

export interface SubscriberPackageProblem {
  code: 'package_not_ordered' | 'package_is_addon' | 'number_required' | 'number_not_at_location' | 'admin_package_level' | 'full_admin_downgrade';
  field: string;
  detail: string;
}

/**
 * A subscriber's package: one of the customer's base packages; calling needs a location and a
 * number (or extension) from it; an admin gets the organisation's level; the full admin's package
 * never goes down a tier. The cap is not checked here: it is counted under a lock (packages.repo).
 */
export function checkSubscriberPackage(
  catalogue: Catalogue,
  v: {
    ordered: PackageLine[]; package: string; role: 'user' | 'admin' | 'full_admin';
    locationId?: string | null; phoneNumber?: string | null; extension?: string | null;
    /** The location's own numbers, when a location and a number are given. */
    numberAtLocation?: boolean;
    /** For a change: the package held now. */
    current?: string;
  },
): SubscriberPackageProblem[] {
  const pkg = findPackage(catalogue, v.package);
  if (!pkg || !v.ordered.some((l) => l.name === v.package)) {
    return [{ code: 'package_not_ordered', field: 'package', detail: `"${v.package}" is not one of this customer's packages (${v.ordered.map((l) => l.name).join(', ')}).` }];
  }
  if (pkg.kind !== 'base') return [{ code: 'package_is_addon', field: 'package', detail: `"${v.package}" is an add-on: a subscriber's one package is a base package.` }];
  const problems: SubscriberPackageProblem[] = [];
  if (pkg.callingEnabled) {
    if (!v.locationId) problems.push({ code: 'number_required', field: 'locationId', detail: `"${v.package}" includes calling: give the subscriber a location.` });
    else if (!v.phoneNumber && !v.extension) problems.push({ code: 'number_required', field: 'phoneNumber', detail: `"${v.package}" includes calling: give a phone number or an extension from the location.` });
    else if (v.phoneNumber && v.numberAtLocation === false) problems.push({ code: 'number_not_at_location', field: 'phoneNumber', detail: 'That number is not one of the location\'s numbers.' });
  }
  const level = organisationPackage(catalogue, v.ordered);
  if (v.role !== 'user' && level && pkg.tier !== level.tier) {
    problems.push({ code: 'admin_package_level', field: 'package', detail: `Admins get the organisation's package level: "${level.name}".` });
  }
  const current = v.current ? findPackage(catalogue, v.current) : undefined;
  if (v.role === 'full_admin' && current?.kind === 'base' && pkg.tier < current.tier) {
    problems.push({ code: 'full_admin_downgrade', field: 'package', detail: 'The full admin\'s package can never be downgraded.' });
  }
  return problems;
}
