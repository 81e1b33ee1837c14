import type { AppContext } from '../../platform/context.ts';
import type { Actor, SystemActor } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit/audit.ts';
import { access } from '../../platform/access/access.ts';
import { uuidv7 } from '../../platform/ids.ts';
import * as repo from './compliance.repo.ts';
import * as checksRepo from './checks.repo.ts';
import type { ScreeningEngine } from './screening.engine.ts';
import type { ScreenInput } from './compliance.schemas.ts';
import { readListSource, type ListSource } from './lists.source.ts';

/** How many bad rows an import keeps with their line numbers (all of them are counted). */
const BAD_ROW_SAMPLE = 50;

export const presentImport = (row: Awaited<ReturnType<typeof repo.listImports>>[number]) => ({
  id: row.id, list: row.list, version: row.version, checksum: row.checksum, entries: row.entries, badRows: row.bad_rows,
  badRowSample: row.bad_row_sample, importedBy: row.imported_by, importedAt: row.imported_at.toISOString(), active: row.active,
});

/** The screening lists: imports (atomic: a version replaces the active one in one transaction, or nothing changes). */
export function createComplianceService(app: AppContext, engine: ScreeningEngine) {
  const { db } = app;

  async function importVersion(by: Actor | SystemActor, source: ListSource, onProgress?: (done: number, total: number) => void, options: { onlyIfNoneYet?: boolean } = {}) {
    const { entries, badRows } = source.parsed;
    return db.kysely.transaction().execute(async (trx) => {
      await repo.lockList(trx, source.list);
      // Asked under the lock: two workers starting together import the default list once.
      if (options.onlyIfNoneYet && (await repo.listImports(trx)).length > 0) return null;
      const row = await repo.insertList(trx, {
        id: uuidv7(), list: source.list, version: source.version, checksum: source.checksum, entries: entries.length,
        badRows: badRows.length, badRowSample: badRows.slice(0, BAD_ROW_SAMPLE), importedBy: 'system' in by ? null : by.userId,
      });
      await repo.insertEntries(trx, row.id, entries, (done) => onProgress?.(done, entries.length));
      const { replaced } = await repo.activate(trx, source.list, row.id);
      await writeAudit(trx, by, {
        action: 'screening_list.imported', companyId: null, targetType: 'screening_list', targetId: row.id,
        after: { list: source.list, version: source.version, checksum: source.checksum, entries: entries.length, badRows: badRows.length, replaced },
      });
      engine.invalidate();
      await app.jobs.emit(trx, { type: 'screening_list.imported', companyId: null, actorUserId: null, payload: { listId: row.id, list: source.list } });
      return { ...presentImport({ ...row, active: true }), replaced };
    });
  }

  const importList = async (by: Actor | SystemActor, source: ListSource, onProgress?: (done: number, total: number) => void) =>
    (await importVersion(by, source, onProgress))!;

  /** Every import, newest first (the record: list, version, counts, checksum, who, when); without an actor: the system's own read. */
  async function imports(actor?: Actor) {
    if (actor) access.require(actor, 'compliance.review');
    return (await repo.listImports(db.kysely)).map(presentImport);
  }

  /**
   * A fresh install's default list: imported once, when no list was ever imported (later imports,
   * or the operator removing them, are left alone).
   */
  async function importDefaultList(location: string | null) {
    if (!location || (await repo.listImports(db.kysely)).length > 0) return null;
    return importVersion({ system: true, requestId: 'default-screening-list' }, await readListSource(location), undefined, { onlyIfNoneYet: true });
  }

  /** POST /v1/compliance/screen: the engine the background checks use, for an officer's own question. */
  async function screen(actor: Actor, input: ScreenInput) {
    access.require(actor, 'compliance.review');
    const { matches, lists } = await engine.screen({ name: input.name, country: input.country ?? null, address: input.address ?? null }, { minScore: input.minScore, limit: input.limit });
    return { matches, thresholds: engine.thresholds, lists };
  }

  async function rescreens(actor: Actor) {
    access.require(actor, 'compliance.review');
    return (await checksRepo.recentRescreens(db.kysely)).map((r) => ({
      id: r.id, listId: r.list_id, total: r.total, done: r.done, potentialMatches: r.potential_matches, startedAt: r.started_at.toISOString(), finishedAt: r.finished_at?.toISOString() ?? null,
    }));
  }

  return { importList, imports, importDefaultList, screen, rescreens };
}

export type ComplianceService = ReturnType<typeof createComplianceService>;
