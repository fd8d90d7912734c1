/**
 * Saved annotations: every read and write the extension makes, in one place. Writes keep the search words and the
 * weekly counters (src/kb/annotation-index.ts) in step inside the same transaction, so reads never scan everything.
 */
import type { Annotation, NewAnnotation, SavedTally } from '../messaging/protocol';
import { normaliseUrl, siteOf } from '../page/url';
import { NO_SIDE_KEY, queryWords, searchWords, statsDelta, weekOf, type StatRow } from './annotation-index';
import type { AnnotationRow, PressureDb } from './db';

export type StoredAnnotation = Annotation & { uid: string; words?: string[]; anchor?: AnchorStatus };

/** How the annotation fared the last time its page was opened. */
export interface AnchorStatus {
  at: number;
  placed: boolean;
}

function newUid(): string {
  return globalThis.crypto?.randomUUID?.() ?? `pp-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

/** Adds counter changes to the weekly stats; call inside a transaction over `stats` (used by import too). */
export async function bumpStats(db: PressureDb, deltas: StatRow[]): Promise<void> {
  if (deltas.length === 0) return;
  const merged = new Map<string, StatRow>();
  for (const d of deltas) {
    const m = merged.get(d.key);
    if (m) m.count += d.count;
    else merged.set(d.key, { ...d });
  }
  const existing = await db.stats.bulkGet([...merged.keys()]);
  const puts: StatRow[] = [];
  const deletes: string[] = [];
  [...merged.values()].forEach((d, i) => {
    const count = (existing[i]?.count ?? 0) + d.count;
    if (count > 0) puts.push({ ...d, count });
    else deletes.push(d.key);
  });
  if (puts.length) await db.stats.bulkPut(puts);
  if (deletes.length) await db.stats.bulkDelete(deletes);
}

/** Stores a new annotation for a page; the URL is normalised (no tracking parameters, no fragment). */
export async function saveAnnotation(db: PressureDb, input: NewAnnotation, now = Date.now()): Promise<Annotation> {
  const url = normaliseUrl(input.pageUrl);
  if (input.position.end <= input.position.start) throw new Error('The quote is empty: nothing to save.');
  const { pageUrl: _ignored, ...rest } = input;
  const base = {
    ...rest,
    url,
    site: siteOf(url),
    savedAt: now,
    note: input.note.trim(),
    tags: [...new Set(input.tags.map((t) => t.trim()).filter(Boolean))],
  };
  const row: AnnotationRow & { uid: string } = { ...base, uid: newUid(), words: searchWords(base) };
  const id = await db.transaction('rw', db.annotations, db.stats, async () => {
    const key = await db.annotations.add(row);
    await bumpStats(db, statsDelta(row, 1));
    return key;
  });
  return publicAnnotation({ ...row, id: id as number });
}

/** The row without its index fields. */
export function publicAnnotation(row: AnnotationRow & { id?: number; uid?: string }): Annotation {
  const { words: _w, uid: _u, anchor: _a, ...rest } = row as AnnotationRow & { uid?: string; anchor?: AnchorStatus; id: number };
  return rest as Annotation;
}

/** Annotations saved on a page (same normalised URL), oldest first. */
export async function annotationsForUrl(db: PressureDb, pageUrl: string): Promise<Annotation[]> {
  const url = normaliseUrl(pageUrl);
  const rows = await db.annotations.where('[url+savedAt]').between([url, -Infinity], [url, Infinity]).toArray();
  return rows.map((r) => publicAnnotation(r));
}

/** Changes the note and tags of an annotation. */
export async function updateAnnotation(db: PressureDb, id: number, changes: { note?: string; tags?: string[] }): Promise<Annotation> {
  return db.transaction('rw', db.annotations, async () => {
    const row = await db.annotations.get(id);
    if (!row) throw new Error(`Annotation ${id} no longer exists.`);
    const next = {
      ...row,
      note: changes.note !== undefined ? changes.note.trim() : row.note,
      tags: changes.tags !== undefined ? [...new Set(changes.tags.map((t) => t.trim()).filter(Boolean))] : row.tags,
    };
    next.words = searchWords(next);
    await db.annotations.put(next);
    return publicAnnotation(next);
  });
}

/** Deletes annotations and returns the rows as they were, so that `restoreAnnotations` can undo it exactly. */
export async function deleteAnnotations(db: PressureDb, ids: number[]): Promise<AnnotationRow[]> {
  return db.transaction('rw', db.annotations, db.stats, async () => {
    const rows = (await db.annotations.bulkGet(ids)).filter((r): r is AnnotationRow => Boolean(r));
    await db.annotations.bulkDelete(rows.map((r) => r.id!));
    await bumpStats(db, rows.flatMap((r) => statsDelta(r, -1)));
    return rows;
  });
}

/** Puts deleted rows back with their ids (undo). */
export async function restoreAnnotations(db: PressureDb, rows: AnnotationRow[]): Promise<void> {
  await db.transaction('rw', db.annotations, db.stats, async () => {
    const existing = await db.annotations.bulkGet(rows.map((r) => r.id!));
    const missing = rows.filter((_, i) => !existing[i]);
    await db.annotations.bulkPut(missing);
    await bumpStats(db, missing.flatMap((r) => statsDelta(r, 1)));
  });
}

/** Records how anchoring went on the user's last visit, so the dashboard can list orphans. */
export async function recordAnchoring(db: PressureDb, placedIds: number[], orphanIds: number[], now = Date.now()): Promise<void> {
  if (placedIds.length + orphanIds.length === 0) return;
  await db.transaction('rw', db.annotations, async () => {
    for (const id of placedIds) await db.annotations.update(id, { anchor: { at: now, placed: true } } as Partial<AnnotationRow>);
    for (const id of orphanIds) await db.annotations.update(id, { anchor: { at: now, placed: false } } as Partial<AnnotationRow>);
  });
}

export interface AnnotationQuery {
  /** Words to find in quote, note, tags and title (all must match; the last one as a prefix). */
  text?: string;
  side?: string | null;
  lever?: string;
  category?: string;
  stance?: 'tighten' | 'relax' | 'neutral';
  site?: string;
  /** Saved at or after / before, epoch ms. */
  from?: number;
  to?: number;
  /** Only annotations that could not be placed on their page at the last visit. */
  orphansOnly?: boolean;
  sort?: 'newest' | 'oldest' | 'site' | 'lever';
  offset?: number;
  limit?: number;
}

export interface AnnotationPage {
  rows: StoredAnnotation[];
  total: number;
}

function intersect(a: Set<number> | null, b: Iterable<number>): Set<number> {
  if (!a) return new Set(b);
  const out = new Set<number>();
  for (const x of b) if (a.has(x)) out.add(x);
  return out;
}

/**
 * A page of annotations matching a query. Every condition is answered from an index (primary keys only); rows are
 * read for the requested page alone, so the cost does not grow with the rows returned.
 */
export async function queryAnnotations(db: PressureDb, q: AnnotationQuery = {}): Promise<AnnotationPage> {
  const limit = Math.max(1, Math.min(q.limit ?? 50, 1000));
  const offset = Math.max(0, q.offset ?? 0);
  const sort = q.sort ?? 'newest';
  let ids: Set<number> | null = null;
  const words = q.text ? queryWords(q.text) : [];
  if (q.text && words.length === 0) return { rows: [], total: 0 };
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const keys = i === words.length - 1 ? await db.annotations.where('words').startsWith(w).primaryKeys() : await db.annotations.where('words').equals(w).primaryKeys();
    ids = intersect(ids, keys as number[]);
    if (ids.size === 0) return { rows: [], total: 0 };
  }
  const eq = async (index: string, value: string) => {
    ids = intersect(ids, (await db.annotations.where(index).equals(value).primaryKeys()) as number[]);
  };
  if (q.side !== undefined) {
    // Rows without a side store null, which IndexedDB does not index: those come from a scan of the side index's
    // complement only when asked for.
    if (q.side === null || q.side === NO_SIDE_KEY) {
      const withSide = new Set((await db.annotations.orderBy('side').primaryKeys()) as number[]);
      const all = (await db.annotations.toCollection().primaryKeys()) as number[];
      ids = intersect(ids, all.filter((k) => !withSide.has(k)));
    } else await eq('side', q.side);
  }
  if (q.lever) await eq('lever', q.lever);
  if (q.category) await eq('category', q.category);
  if (q.stance) await eq('stance', q.stance);
  if (q.site) await eq('site', q.site);
  if (q.from !== undefined || q.to !== undefined) {
    ids = intersect(ids, (await db.annotations.where('savedAt').between(q.from ?? -Infinity, q.to ?? Infinity, true, true).primaryKeys()) as number[]);
  }
  const orderIndex = sort === 'site' ? 'site' : sort === 'lever' ? 'lever' : 'savedAt';
  const descending = sort === 'newest';
  if (ids === null && !q.orphansOnly) {
    // Nothing to filter: the index gives the page directly.
    let coll = db.annotations.orderBy(orderIndex);
    if (descending) coll = coll.reverse();
    const [rows, total] = await Promise.all([coll.offset(offset).limit(limit).toArray(), db.annotations.count()]);
    return { rows: rows as StoredAnnotation[], total };
  }
  let ordered = (await db.annotations.orderBy(orderIndex).primaryKeys()) as number[];
  if (descending) ordered = ordered.reverse();
  const matching = ids === null ? ordered : ordered.filter((k) => (ids as Set<number>).has(k));
  if (q.orphansOnly) {
    // Orphans are few; their status is not indexed, so read the matching rows' anchor field in one pass.
    const rows = (await db.annotations.bulkGet(matching)) as (StoredAnnotation | undefined)[];
    const orphans = rows.filter((r): r is StoredAnnotation => Boolean(r && r.anchor && !r.anchor.placed));
    return { rows: orphans.slice(offset, offset + limit), total: orphans.length };
  }
  const pageIds = matching.slice(offset, offset + limit);
  const rows = (await db.annotations.bulkGet(pageIds)).filter(Boolean) as StoredAnnotation[];
  return { rows, total: matching.length };
}


/** Counts of saved annotations per side and lever, for one week (Monday, YYYY-MM-DD) or all time, from the counters. */
export async function savedTallies(db: PressureDb, now = Date.now()): Promise<{ week: SavedTally; allTime: SavedTally; weeks: { week: string; side: string; stance: string; count: number }[] }> {
  const rows = await db.stats.toArray();
  const thisWeek = weekOf(now);
  const make = (): SavedTally => ({ total: 0, bySide: {} });
  const week = make();
  const allTime = make();
  const add = (t: SavedTally, r: StatRow) => {
    t.total += r.count;
    const s = (t.bySide[r.side] ??= { count: 0, tighten: 0, relax: 0, neutral: 0, levers: {} });
    s.count += r.count;
    s[r.stance] += r.count;
    s.levers[r.lever] = (s.levers[r.lever] ?? 0) + r.count;
  };
  for (const r of rows) {
    add(allTime, r);
    if (r.week === thisWeek) add(week, r);
  }
  return { week, allTime, weeks: rows.map((r) => ({ week: r.week, side: r.side, stance: r.stance, count: r.count })) };
}

/** Distinct sites with saved annotations, for the filter menus. */
export async function savedSites(db: PressureDb): Promise<string[]> {
  return (await db.annotations.orderBy('site').uniqueKeys()) as string[];
}

/** Adds many annotations in one transaction (used by import and the store benchmark). Rows must carry uid. */
export async function bulkInsert(db: PressureDb, rows: (AnnotationRow & { uid: string })[], onProgress?: (done: number) => void, chunk = 2000): Promise<void> {
  await db.transaction('rw', db.annotations, db.stats, async () => {
    for (let i = 0; i < rows.length; i += chunk) {
      const part = rows.slice(i, i + chunk).map((r) => ({ ...r, words: searchWords(r) }));
      await db.annotations.bulkAdd(part);
      await bumpStats(db, part.flatMap((r) => statsDelta(r, 1)));
      onProgress?.(Math.min(rows.length, i + chunk));
    }
  });
}
