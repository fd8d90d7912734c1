/**
 * Saved annotations: every write the extension makes, in one place (reads of many: src/kb/annotation-query.ts). Writes
 * keep the search fields, the weekly counters of the charts (src/kb/annotation-index.ts) and the exact counts
 * (src/kb/annotation-counts.ts) in step inside the same transaction, so reads never scan everything.
 */
import type { Annotation, NewAnnotation, SavedTally } from '../types/annotation';
import { normaliseUrl, siteOf } from '../types/url';
import { countsDelta, mergeCounts, type CountRow } from './annotation-counts';
import { addToTallies, emptyTally, ownTally, type Tally } from './annotation-tallies';
import { ALL_TIME, annotationStatsDelta, PUB_PREFIX, searchFields, weekOf, type StatRow } from './annotation-index';
import type { AnnotationRow, PressureDb } from './db';
import { txTable } from './tx-tables';
import type { Transaction } from 'dexie';
import { idRecord } from '../types/ids';
import { ANNOTATION_LIMITS } from '../types/limits';
import type { Stance } from '../types/annotation';
import { distinctKeys } from './distinct-keys';

export { countAnnotations, matchingIds, queryAnnotations, type AnnotationPage, type AnnotationQuery } from './annotation-query';

export type StoredAnnotation = Annotation & { uid: string; words?: string[]; wordKeys?: string[]; anchor?: AnchorStatus };

/** How the annotation fared the last time its page was opened. */
export interface AnchorStatus {
  at: number;
  placed: boolean;
}

/**
 * Counter rows read and written per request batch. Many writes at once (an import, a bulk delete) touch thousands of
 * counters; between batches the transaction waits on the database, so the page gets its main thread back.
 */
const COUNTER_BATCH = 250;

/** Applies merged counter changes a batch at a time: rows whose count falls to zero are deleted. */
async function applyCounterDeltas<T extends { count: number }, K>(table: { bulkGet(keys: K[]): Promise<(T | undefined)[]>; bulkPut(rows: T[]): Promise<unknown>; bulkDelete(keys: K[]): Promise<unknown> }, deltas: T[], keyOf: (row: T) => K): Promise<void> {
  for (let i = 0; i < deltas.length; i += COUNTER_BATCH) {
    const part = deltas.slice(i, i + COUNTER_BATCH);
    const existing = await table.bulkGet(part.map(keyOf));
    const puts: T[] = [];
    const deletes: K[] = [];
    part.forEach((d, j) => {
      const count = (existing[j]?.count ?? 0) + d.count;
      if (count > 0) puts.push({ ...d, count });
      else deletes.push(keyOf(d));
    });
    if (puts.length) await table.bulkPut(puts);
    if (deletes.length) await table.bulkDelete(deletes);
  }
}

/** Adds counter changes to the weekly stats, inside `tx` (over `stats`; used by import too). */
export async function bumpStats(tx: Transaction, deltas: StatRow[]): Promise<void> {
  if (deltas.length === 0) return;
  const merged = new Map<string, StatRow>();
  for (const d of deltas) {
    const m = merged.get(d.key);
    if (m) m.count += d.count;
    else merged.set(d.key, { ...d });
  }
  await applyCounterDeltas(txTable(tx, 'stats'), [...merged.values()], (r) => r.key);
}

/** Adds changes to the exact counts, inside `tx` (over `annotationCounts`). */
export async function bumpCounts(tx: Transaction, deltas: CountRow[]): Promise<void> {
  await applyCounterDeltas(txTable(tx, 'annotationCounts'), mergeCounts(deltas), (r): [string, string] => [r.facet, r.period]);
}

/** The tables every write of annotations touches: the rows, the charts' weekly counters, the exact counts, the tallies. */
export function annotationTables(db: PressureDb) {
  return [db.annotations, db.stats, db.annotationCounts, db.annotationTallies];
}

/** Brings the popup's tallies in step, inside `tx` (over `annotationTallies`). */
async function bumpTallies(tx: Transaction, rows: AnnotationRow[], sign: 1 | -1): Promise<void> {
  if (rows.length === 0) return;
  const table = txTable(tx, 'annotationTallies');
  const periods = [...addToTallies(new Map(), rows, 1).keys()];
  const existing = await table.bulkGet(periods);
  const tallies = new Map<string, Tally>(periods.map((p, i) => [p, ownTally(existing[i]?.tally ?? emptyTally())]));
  addToTallies(tallies, rows, sign);
  const puts = [...tallies].filter(([, t]) => t.total > 0).map(([period, tally]) => ({ period, tally }));
  const deletes = [...tallies].filter(([, t]) => t.total <= 0).map(([period]) => period);
  if (puts.length) await table.bulkPut(puts);
  if (deletes.length) await table.bulkDelete(deletes);
}

/**
 * Brings every counter in step with annotations added (sign 1) or removed (-1), inside `tx` (a transaction over
 * annotationTables).
 */
export async function countAnnotationRows(tx: Transaction, rows: AnnotationRow[], sign: 1 | -1): Promise<void> {
  await bumpStats(tx, rows.flatMap((r) => annotationStatsDelta(r, sign)));
  await bumpCounts(tx, rows.flatMap((r) => countsDelta(r, sign)));
  await bumpTallies(tx, rows, sign);
}

/**
 * Stores a new annotation for the page at `pageUrl` (the address the browser gave for the sender); the URL is
 * normalised (no tracking parameters, no fragment). `published` is the page's publication day when it is known (the
 * charts can count by it). The input's `uid` makes the save idempotent: saving the same uid again (a retry after the
 * service worker was stopped mid-save) stores nothing and answers with the annotation stored the first time.
 */
export async function saveAnnotation(
  db: PressureDb,
  input: NewAnnotation,
  pageUrl: string,
  now = Date.now(),
  published: string | null = null,
): Promise<{ annotation: Annotation; created: boolean }> {
  const url = normaliseUrl(pageUrl);
  if (input.position.end <= input.position.start) throw new Error('The quote is empty: nothing to save.');
  const { uid, ...rest } = input;
  const base = {
    ...rest,
    url,
    site: siteOf(url),
    savedAt: now,
    note: input.note.trim(),
    tags: [...new Set(input.tags.map((t) => t.trim()).filter(Boolean))],
    ...(published ? { published } : {}),
  };
  const row: AnnotationRow & { uid: string } = { ...base, uid, ...searchFields(base) };
  return db.transaction('rw', annotationTables(db), async (tx) => {
    // Inside the transaction, so two deliveries of the same save cannot both miss the other (the unique uid index
    // would refuse the second add all the same).
    const annotations = txTable(tx, 'annotations');
    const earlier = await annotations.where('uid').equals(uid).first();
    if (earlier) return { annotation: publicAnnotation(earlier), created: false };
    const id = (await annotations.add(row)) as number;
    await countAnnotationRows(tx, [row], 1);
    return { annotation: publicAnnotation({ ...row, id }), created: true };
  });
}

/** The row without its index fields. */
export function publicAnnotation(row: AnnotationRow & { id?: number; uid?: string }): Annotation {
  const { words: _w, wordKeys: _k, uid: _u, anchor: _a, ...rest } = row as AnnotationRow & { uid?: string; anchor?: AnchorStatus; id: number };
  return rest as Annotation;
}

/** Annotations saved on a page (same normalised URL), oldest first. */
export async function annotationsForUrl(db: PressureDb, pageUrl: string): Promise<Annotation[]> {
  const url = normaliseUrl(pageUrl);
  const rows = await db.annotations.where('[url+savedAt]').between([url, -Infinity], [url, Infinity]).toArray();
  return rows.map((r) => publicAnnotation(r));
}

/**
 * Changes the note and tags of an annotation (and so its search words and their counts), within the limits of a saved
 * one. `rev` is the revision the editor loaded: when the stored note has been edited since (in another tab or
 * window), nothing is written and the error says so.
 */
export async function updateAnnotation(db: PressureDb, id: number, changes: { note?: string; tags?: string[] }, rev?: number): Promise<Annotation> {
  if (changes.note !== undefined && changes.note.length > ANNOTATION_LIMITS.note) throw new Error(`The note is longer than ${ANNOTATION_LIMITS.note.toLocaleString('en')} characters; nothing was saved.`);
  if (changes.tags && (changes.tags.length > ANNOTATION_LIMITS.tags || changes.tags.some((t) => t.length > ANNOTATION_LIMITS.tag))) {
    throw new Error(`At most ${ANNOTATION_LIMITS.tags} tags of ${ANNOTATION_LIMITS.tag} characters each; nothing was saved.`);
  }
  return db.transaction('rw', db.annotations, db.annotationCounts, async (tx) => {
    const annotations = txTable(tx, 'annotations');
    const row = await annotations.get(id);
    if (!row) throw new Error(`Annotation ${id} no longer exists.`);
    if (rev !== undefined && (row.rev ?? 0) !== rev) throw new Error('This note was changed in another tab or window since it was shown here; nothing was saved. Reload the list to see that change, then make yours.');
    const next = {
      ...row,
      note: changes.note !== undefined ? changes.note.trim() : row.note,
      tags: changes.tags !== undefined ? [...new Set(changes.tags.map((t) => t.trim()).filter(Boolean))] : row.tags,
    };
    Object.assign(next, searchFields(next));
    next.rev = (row.rev ?? 0) + 1;
    await annotations.put(next);
    await bumpCounts(tx, [...countsDelta(row, -1), ...countsDelta(next, 1)]);
    return publicAnnotation(next);
  });
}

/** Deletes annotations and returns the rows as they were, so that `restoreAnnotations` can undo it exactly. */
export async function deleteAnnotations(db: PressureDb, ids: number[]): Promise<AnnotationRow[]> {
  return db.transaction('rw', annotationTables(db), async (tx) => {
    const annotations = txTable(tx, 'annotations');
    const rows = (await annotations.bulkGet(ids)).filter((r): r is AnnotationRow => Boolean(r));
    await annotations.bulkDelete(rows.map((r) => r.id!));
    await countAnnotationRows(tx, rows, -1);
    return rows;
  });
}

/** Puts deleted rows back with their ids (undo). */
export async function restoreAnnotations(db: PressureDb, rows: AnnotationRow[]): Promise<void> {
  await db.transaction('rw', annotationTables(db), async (tx) => {
    const annotations = txTable(tx, 'annotations');
    const existing = await annotations.bulkGet(rows.map((r) => r.id!));
    const missing = rows.filter((_, i) => !existing[i]);
    await annotations.bulkPut(missing);
    await countAnnotationRows(tx, missing, 1);
  });
}

/** Annotations deleted or restored per transaction when many go at once: each step is a short task. */
export const BULK_STEP = 100;

/**
 * Deletes many annotations BULK_STEP at a time, each step one transaction that keeps the counters right, so the page
 * stays responsive and a failure part way leaves a consistent store. Returns the rows deleted, for restoreMany.
 */
export async function deleteMany(db: PressureDb, ids: number[], onProgress?: (done: number, total: number) => void): Promise<AnnotationRow[]> {
  const removed: AnnotationRow[] = [];
  for (let i = 0; i < ids.length; i += BULK_STEP) {
    removed.push(...(await deleteAnnotations(db, ids.slice(i, i + BULK_STEP))));
    onProgress?.(Math.min(ids.length, i + BULK_STEP), ids.length);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return removed;
}

/** Puts back what deleteMany removed, BULK_STEP at a time. */
export async function restoreMany(db: PressureDb, rows: AnnotationRow[], onProgress?: (done: number, total: number) => void): Promise<void> {
  for (let i = 0; i < rows.length; i += BULK_STEP) {
    await restoreAnnotations(db, rows.slice(i, i + BULK_STEP));
    onProgress?.(Math.min(rows.length, i + BULK_STEP), rows.length);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** Records how anchoring went on the user's last visit, so the dashboard can list orphans. */
export async function recordAnchoring(db: PressureDb, placedIds: number[], orphanIds: number[], now = Date.now()): Promise<void> {
  if (placedIds.length + orphanIds.length === 0) return;
  await db.transaction('rw', db.annotations, async () => {
    for (const id of placedIds) await db.annotations.update(id, { anchor: { at: now, placed: true } } as Partial<AnnotationRow>);
    for (const id of orphanIds) await db.annotations.update(id, { anchor: { at: now, placed: false } } as Partial<AnnotationRow>);
  });
}

/**
 * Counts of saved annotations per side and lever for this week and all time, from the tallies kept with every write:
 * two rows, whatever the number of annotations. `withWeeks` adds every weekly counter (for the charts), by
 * week saved or (`by: 'published'`) by week of publication.
 */
export async function savedTallies(
  db: PressureDb,
  now = Date.now(),
  options: { withWeeks?: boolean; by?: 'saved' | 'published' } = { withWeeks: true },
): Promise<{ week: SavedTally; allTime: SavedTally; weeks: { week: string; side: string; stance: string; lever: string; count: number }[] }> {
  const [allRow, weekRow] = await db.annotationTallies.bulkGet([ALL_TIME, weekOf(now)]);
  // Keyed by side and lever ids, which come from users and files: no prototype, so no id is special.
  const week = ownTally(weekRow?.tally ?? emptyTally());
  const allTime = ownTally(allRow?.tally ?? emptyTally());
  let weeks: { week: string; side: string; stance: string; lever: string; count: number }[] = [];
  if (options.withWeeks) {
    // Weeks saved are the keys that start with a digit; weeks of publication carry a prefix.
    const published = options.by === 'published';
    const rows = published ? await db.stats.where('week').startsWith(PUB_PREFIX).toArray() : await db.stats.where('week').between('0', ':', true, false).toArray();
    weeks = rows.map((r) => ({ week: published ? r.week.slice(PUB_PREFIX.length) : r.week, side: r.side, stance: r.stance, lever: r.lever, count: r.count }));
  }
  return { week, allTime, weeks };
}

/** Distinct sites with saved annotations, for the filter menus. */
export async function savedSites(db: PressureDb): Promise<string[]> {
  return distinctKeys(db, 'annotations', 'site');
}

/** Adds many annotations in one transaction (used by import and the store benchmark). Rows must carry uid. */
export async function bulkInsert(db: PressureDb, rows: (AnnotationRow & { uid: string })[], onProgress?: (done: number) => void, chunk = 2000): Promise<void> {
  await db.transaction('rw', annotationTables(db), async (tx) => {
    for (let i = 0; i < rows.length; i += chunk) {
      const part = rows.slice(i, i + chunk).map((r) => ({ ...r, ...searchFields(r) }));
      await txTable(tx, 'annotations').bulkAdd(part);
      await countAnnotationRows(tx, part, 1);
      onProgress?.(Math.min(rows.length, i + chunk));
    }
  });
}
