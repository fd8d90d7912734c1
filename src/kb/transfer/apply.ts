/**
 * Writing a planned import: one transaction over the tables it touches, each record matched again inside it, so a
 * failed write (or an exception from onProgress) rolls everything back and the store is as it was.
 */
import { searchFields } from '../annotation-index';
import { annotationTables, countAnnotationRows } from '../annotations';
import type { AnnotationRow, PressureDb } from '../db';
import { txTable } from '../tx-tables';
import { CHUNK, type ImportPlan, type ProgressCallback } from './common';

/**
 * Annotations written per step of an import. Each one updates some forty counters (weeks, facets, its search words),
 * so a step of CHUNK rows would hold the page's main thread for seconds while IndexedDB clones them.
 */
const APPLY_CHUNK = 500;
import type { ImportedAnnotation, KbItem } from './import-records';
import { existingByUid, knowledgeBaseChanges, sameAnnotation, withKnownDay } from './plan';
import { applyReadingLog } from './reading-log';

/**
 * Writes a plan in one transaction over the tables it touches. Each record is matched again by id inside the
 * transaction, so the result is right even if the database changed since the dry run. Any failure (a write, or an
 * exception from onProgress) rolls everything back.
 */
export async function applyImport(db: PressureDb, plan: ImportPlan, onProgress?: ProgressCallback): Promise<{ added: number; updated: number; skipped: number }> {
  if (plan.issues.length > 0) {
    throw new Error(`This file was refused (${plan.issues.length} problem${plan.issues.length === 1 ? '' : 's'} listed); nothing was imported.`);
  }
  if (plan.kind === 'reading-log') return applyReadingLog(db, plan.items, onProgress);
  return plan.kind === 'annotations'
    ? applyAnnotations(db, plan.items as ImportedAnnotation[], onProgress)
    : applyKnowledgeBase(db, plan.items as KbItem[], onProgress);
}

async function applyAnnotations(db: PressureDb, rows: ImportedAnnotation[], onProgress?: ProgressCallback) {
  return db.transaction('rw', annotationTables(db), async (tx) => {
    const annotations = txTable(tx, 'annotations');
    let added = 0;
    let updated = 0;
    let skipped = 0;
    // Uids are unique within a plan, so rows added by earlier chunks cannot match later ones: an empty table needs
    // no lookups at all (and a duplicate that slipped in still fails on the unique index, rolling back).
    const empty = (await annotations.count()) === 0;
    for (let i = 0; i < rows.length; i += APPLY_CHUNK) {
      const part = rows.slice(i, i + APPLY_CHUNK);
      const existing = empty ? new Map<string, AnnotationRow>() : await existingByUid(annotations, part.map((r) => r.uid));
      const adds: AnnotationRow[] = [];
      const puts: AnnotationRow[] = [];
      const gone: AnnotationRow[] = [];
      for (const fileRow of part) {
        const old = existing.get(fileRow.uid);
        const row = withKnownDay(fileRow, old);
        if (!old) {
          adds.push({ ...row, ...searchFields(row) });
        } else if (sameAnnotation(old, row)) {
          skipped++;
        } else {
          // The local anchoring status is newer knowledge than the file's, unless this device has none.
          const next: AnnotationRow = { ...row, id: old.id, ...searchFields(row), rev: (old.rev ?? 0) + 1 };
          const anchor = old.anchor ?? row.anchor;
          if (anchor) next.anchor = anchor;
          puts.push(next);
          gone.push(old);
        }
      }
      if (adds.length) await annotations.bulkAdd(adds);
      if (puts.length) await annotations.bulkPut(puts);
      await countAnnotationRows(tx, gone, -1);
      await countAnnotationRows(tx, [...adds, ...puts], 1);
      added += adds.length;
      updated += puts.length;
      onProgress?.(Math.min(rows.length, i + APPLY_CHUNK), rows.length);
    }
    return { added, updated, skipped };
  });
}

async function applyKnowledgeBase(db: PressureDb, items: KbItem[], onProgress?: ProgressCallback) {
  return db.transaction('rw', db.levers, db.sides, async () => {
    const { levers, sides, added, updated, skipped } = await knowledgeBaseChanges(db, items);
    if (levers.length) await db.levers.bulkPut(levers);
    if (sides.length) await db.sides.bulkPut(sides);
    onProgress?.(items.length, items.length);
    return { added, updated, skipped };
  });
}

