import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Issue 9: a module's SQL names only its own tables and views; other modules read through its
// queries or the views it publishes (docs/architecture.md). Another owner's table named in SQL fails here.

const root = join(import.meta.dirname, '..');
const modulesDir = join(root, 'src/modules');
const PLATFORM = 'platform';

/** Tables and views an owner may be named for: `tables` only by itself, `views` by anyone. */
interface Owned {
  tables: Set<string>;
  views: Set<string>;
}

/** Platform tables a module may name, and why. */
const ALLOWED: Record<string, string[]> = {
  // The audit log is the company admins' read of the platform's audit trail.
  accounts: ['audit_events'],
};

/** The keys of `interface XTables { … }` / `interface XViews { … }` in a `*.tables.ts` source. */
export function ownedNames(source: string): Owned {
  const owned: Owned = { tables: new Set(), views: new Set() };
  for (const block of source.matchAll(/interface\s+\w+(Tables|Views)\s*(?:extends[^{]*)?\{([^}]*)\}/g)) {
    const into = block[1] === 'Tables' ? owned.tables : owned.views;
    for (const key of block[2]!.matchAll(/^\s*(\w+)\s*:/gm)) into.add(key[1]!);
  }
  return owned;
}

/** Every table-like name a source uses in SQL: Kysely's builders and raw `FROM` / `JOIN` / `INTO` / `UPDATE` text. */
export function sqlNames(source: string): string[] {
  const names: string[] = [];
  const builder = /\b(?:selectFrom|insertInto|updateTable|deleteFrom|mergeInto|innerJoin|leftJoin|rightJoin|fullJoin|table)\(\s*['"`](\w+)/g;
  for (const m of source.matchAll(builder)) names.push(m[1]!);
  for (const m of source.matchAll(/\b(?:FROM|JOIN|INTO|UPDATE)\s+(\w+)/gi)) names.push(m[1]!);
  return names;
}

/** `file: table (owner)` for each name owned by another owner that this module may not use. */
export function violations(module: string, file: string, source: string, owners: Map<string, Owned>): string[] {
  const found = new Set<string>();
  for (const name of sqlNames(source)) {
    for (const [owner, owned] of owners) {
      if (owner === module || !owned.tables.has(name)) continue;
      if (owner === PLATFORM && ALLOWED[module]?.includes(name)) continue;
      found.add(`${file}: ${name} (${owner})`);
    }
  }
  return [...found];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

function owners(): Map<string, Owned> {
  const map = new Map<string, Owned>([[PLATFORM, ownedNames(readFileSync(join(root, 'src/platform/platform.tables.ts'), 'utf8'))]]);
  for (const module of modules()) {
    const owned: Owned = { tables: new Set(), views: new Set() };
    for (const file of sourceFiles(join(modulesDir, module)).filter((f) => f.endsWith('.tables.ts'))) {
      const found = ownedNames(readFileSync(file, 'utf8'));
      found.tables.forEach((t) => owned.tables.add(t));
      found.views.forEach((v) => owned.views.add(v));
    }
    map.set(module, owned);
  }
  return map;
}

const modules = () => readdirSync(modulesDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);

describe('module tables', () => {
  it("no module's SQL names a table of another module or of the platform", () => {
    const all = owners();
    const found = modules().flatMap((module) =>
      sourceFiles(join(modulesDir, module)).flatMap((file) => violations(module, file.slice(root.length + 1), readFileSync(file, 'utf8'), all)));
    expect(found).toEqual([]);
  });

  it('knows every module and its tables and views', () => {
    const all = owners();
    expect([...all.keys()].sort()).toEqual(['accounts', 'billing', 'compliance', 'connections', 'marketplace', 'network', 'notifications', 'partners', 'wholesale', PLATFORM].sort());
    expect(all.get('accounts')!.tables).toContain('companies');
    expect(all.get('accounts')!.views).toEqual(new Set(['company_directory', 'user_directory']));
    expect(all.get('network')!.views).toEqual(new Set(['port_directory']));
    expect(all.get('connections')!.views).toEqual(new Set(['open_connection_ports']));
    expect(all.get(PLATFORM)!.tables).toContain('audit_events');
    expect(all.get('billing')!.tables).toContain('price_book_items');
    expect(all.get('wholesale')!.tables).toEqual(new Set(['wholesale_templates', 'wholesale_customers', 'wholesale_package_lines', 'wholesale_line_periods', 'wholesale_locations', 'wholesale_subscribers', 'wholesale_numbers', 'wholesale_assignments', 'wholesale_billing_reports']));
    expect(all.get('compliance')!.tables).toEqual(new Set(['screening_lists', 'screening_entries', 'screening_checks', 'screening_reviews', 'screening_contact_attempts', 'screening_status_history', 'screening_rescreens']));
  });

  // The check on small examples, so it cannot quietly stop finding anything.
  const example = new Map<string, Owned>([
    ['accounts', { tables: new Set(['companies', 'users']), views: new Set(['company_directory']) }],
    ['network', { tables: new Set(['ports', 'locations']), views: new Set(['port_directory']) }],
    [PLATFORM, { tables: new Set(['events', 'audit_events']), views: new Set() }],
  ]);

  it("finds another module's table in Kysely builders and in raw SQL", () => {
    const source = [
      "db.selectFrom('ports as p').innerJoin('companies as c', 'c.id', 'p.company_id')",
      "trx.updateTable('users').set({})",
      'sql`SELECT 1 FROM page JOIN locations l ON true`',
      "db.selectFrom('events')",
    ].join('\n');
    expect(violations('marketplace', 'x.ts', source, example)).toEqual([
      'x.ts: ports (network)', 'x.ts: companies (accounts)', 'x.ts: users (accounts)', 'x.ts: events (platform)', 'x.ts: locations (network)',
    ]);
  });

  it("allows the module's own tables, other owners' views and the allowed platform tables", () => {
    const source = "db.selectFrom('ports').innerJoin('company_directory as c', 'c.id', 'ports.company_id')\nsql`SELECT * FROM port_directory`";
    expect(violations('network', 'x.ts', source, example)).toEqual([]);
    expect(violations('accounts', 'x.ts', "db.selectFrom('audit_events').leftJoin('users', 'users.id', 'a')", example)).toEqual([]);
    expect(violations('network', 'x.ts', "db.selectFrom('audit_events')", example)).toEqual(['x.ts: audit_events (platform)']);
  });

  it('reads the owners from the tables interfaces', () => {
    const owned = ownedNames('export interface XTables {\n  ports: PortsTable;\n  locations: LocationsTable;\n}\nexport interface XViews {\n  port_directory: PortDirectoryView;\n}\n');
    expect(owned).toEqual({ tables: new Set(['ports', 'locations']), views: new Set(['port_directory']) });
  });
});
