/**
 * Saved annotations: every read and write the extension makes, in one place. Writes keep the search words and the
 * weekly counters (src/kb/annotation-index.ts) in step inside the same transaction, so reads never scan everything.
 */
import type { Annotation, NewAnnotation, SavedTally } from '../types/annotation';
import { normaliseUrl, siteOf } from '../types/url';
import { ALL_TIME, annotationStatsDelta, NO_SIDE_KEY, PUB_PREFIX, queryWords, searchWords, weekOf, type StatRow } from './annotation-index';
import type { AnnotationRow, PressureDb } from './db';
import { idRecord } from '../types/ids';
import { ANNOTATION_LIMITS } from '../types/limits';
import type { Stance } from '../types/annotation';

export type StoredAnnotation = Annotation & { uid: string; words?: string[]; anchor?: AnchorStatus };

/** How the annotation fared the last time its page was opened. */
export interface AnchorStatus {
  at: number;
  placed: boolean;
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
  const row: AnnotationRow & { uid: string } = { ...base, uid, words: searchWords(base) };
  return db.transaction('rw', db.annotations, db.stats, async () => {
    // Inside the transaction, so two deliveries of the same save cannot both miss the other (the unique uid index
    // would refuse the second add all the same).
    const earlier = await db.annotations.where('uid').equals(uid).first();
    if (earlier) return { annotation: publicAnnotation(earlier), created: false };
    const id = (await db.annotations.add(row)) as number;
    await bumpStats(db, annotationStatsDelta(row, 1));
    return { annotation: publicAnnotation({ ...row, id }), created: true };
  });
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

/**
 * Changes the note and tags of an annotation, within the limits of a saved one. `rev` is the revision the editor
 * loaded: when the stored note has been edited since (in another tab or window), nothing is written and the error
 * says so.
 */
export async function updateAnnotation(db: PressureDb, id: number, changes: { note?: string; tags?: string[] }, rev?: number): Promise<Annotation> {
  if (changes.note !== undefined && changes.note.length > ANNOTATION_LIMITS.note) throw new Error(`The note is longer than ${ANNOTATION_LIMITS.note.toLocaleString('en')} characters; nothing was saved.`);
  if (changes.tags && (changes.tags.length > ANNOTATION_LIMITS.tags || changes.tags.some((t) => t.length > ANNOTATION_LIMITS.tag))) {
    throw new Error(`At most ${ANNOTATION_LIMITS.tags} tags of ${ANNOTATION_LIMITS.tag} characters each; nothing was saved.`);
  }
  return db.transaction('rw', db.annotations, async () => {
    const row = await db.annotations.get(id);
    if (!row) throw new Error(`Annotation ${id} no longer exists.`);
    if (rev !== undefined && (row.rev ?? 0) !== rev) throw new Error('This note was changed in another tab or window since it was shown here; nothing was saved. Reload the list to see that change, then make yours.');
    const next = {
      ...row,
      note: changes.note !== undefined ? changes.note.trim() : row.note,
      tags: changes.tags !== undefined ? [...new Set(changes.tags.map((t) => t.trim()).filter(Boolean))] : row.tags,
    };
    next.words = searchWords(next);
    next.rev = (row.rev ?? 0) + 1;
    await db.annotations.put(next);
    return publicAnnotation(next);
  });
}

/** Deletes annotations and returns the rows as they were, so that `restoreAnnotations` can undo it exactly. */
export async function deleteAnnotations(db: PressureDb, ids: number[]): Promise<AnnotationRow[]> {
  return db.transaction('rw', db.annotations, db.stats, async () => {
    const rows = (await db.annotations.bulkGet(ids)).filter((r): r is AnnotationRow => Boolean(r));
    await db.annotations.bulkDelete(rows.map((r) => r.id!));
    await bumpStats(db, rows.flatMap((r) => annotationStatsDelta(r, -1)));
    return rows;
  });
}

/** Puts deleted rows back with their ids (undo). */
export async function restoreAnnotations(db: PressureDb, rows: AnnotationRow[]): Promise<void> {
  await db.transaction('rw', db.annotations, db.stats, async () => {
    const existing = await db.annotations.bulkGet(rows.map((r) => r.id!));
    const missing = rows.filter((_, i) => !existing[i]);
    await db.annotations.bulkPut(missing);
    await bumpStats(db, missing.flatMap((r) => annotationStatsDelta(r, 1)));
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
  stance?: Stance;
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

/** Below this many candidates, rows are read and sorted in memory; above it, an ordered index is walked. */
const SMALL = 4000;

type Field = 'side' | 'lever' | 'category' | 'stance' | 'site';
/** Filters that have a compound index ending in savedAt: the page and the count come straight from the index. */
const COMPOUND: Record<string, string> = {
  '': 'savedAt',
  side: '[side+savedAt]',
  lever: '[lever+savedAt]',
  category: '[category+savedAt]',
  stance: '[stance+savedAt]',
  site: '[site+savedAt]',
  'lever,side': '[side+lever+savedAt]',
};

function matches(row: StoredAnnotation, q: AnnotationQuery): boolean {
  if (q.side !== undefined && (q.side === null || q.side === NO_SIDE_KEY ? row.side !== null : row.side !== q.side)) return false;
  if (q.lever && row.lever !== q.lever) return false;
  if (q.category && row.category !== q.category) return false;
  if (q.stance && row.stance !== q.stance) return false;
  if (q.site && row.site !== q.site) return false;
  if (q.from !== undefined && row.savedAt < q.from) return false;
  if (q.to !== undefined && row.savedAt > q.to) return false;
  if (q.orphansOnly && !(row.anchor && !row.anchor.placed)) return false;
  return true;
}

function compareBy(sort: NonNullable<AnnotationQuery['sort']>): (a: StoredAnnotation, b: StoredAnnotation) => number {
  if (sort === 'site') return (a, b) => a.site.localeCompare(b.site) || b.savedAt - a.savedAt;
  if (sort === 'lever') return (a, b) => a.lever.localeCompare(b.lever) || b.savedAt - a.savedAt;
  if (sort === 'oldest') return (a, b) => a.savedAt - b.savedAt || a.id - b.id;
  return (a, b) => b.savedAt - a.savedAt || b.id - a.id;
}

/**
 * A page of annotations matching a query. Single filters (and side + lever) with date order are answered from a
 * compound index: the page and the total come from one key range, never reading the other rows. Text and other
 * combinations narrow down by index keys first, then read and sort in memory when few match, or walk the date index
 * until the page is full when many do.
 */
export async function queryAnnotations(db: PressureDb, q: AnnotationQuery = {}): Promise<AnnotationPage> {
  const limit = Math.max(1, Math.min(q.limit ?? 50, 1000));
  const offset = Math.max(0, q.offset ?? 0);
  const sort = q.sort ?? 'newest';
  const desc = sort === 'newest';
  const eq: [Field, string][] = [];
  if (q.side !== undefined && q.side !== null && q.side !== NO_SIDE_KEY) eq.push(['side', q.side]);
  if (q.lever) eq.push(['lever', q.lever]);
  if (q.category) eq.push(['category', q.category]);
  if (q.stance) eq.push(['stance', q.stance]);
  if (q.site) eq.push(['site', q.site]);
  const noSide = q.side === null || q.side === NO_SIDE_KEY;
  const from = q.from ?? -Infinity;
  const to = q.to ?? Infinity;

  // 1. Straight from a compound index.
  const compoundKey = eq.map(([f]) => f).sort().join(',');
  const compound = COMPOUND[compoundKey];
  if (!q.text && !q.orphansOnly && !noSide && compound && (sort === 'newest' || sort === 'oldest')) {
    const values = [...eq].sort((a, b) => (a[0] === 'side' ? -1 : b[0] === 'side' ? 1 : 0)).map(([, v]) => v);
    const everything = compound === 'savedAt' && q.from === undefined && q.to === undefined;
    let coll = everything
      ? db.annotations.orderBy('savedAt')
      : compound === 'savedAt'
        ? db.annotations.where('savedAt').between(from, to, true, true)
        : db.annotations.where(compound).between([...values, from], [...values, to], true, true);
    const total = everything ? await db.annotations.count() : await coll.clone().count();
    if (desc) coll = coll.reverse();
    const rows = (await coll.offset(offset).limit(limit).toArray()) as StoredAnnotation[];
    return { rows, total };
  }

  // 2. Narrow down by keys: the words of the search, else the most selective filter.
  let ids: Set<number> | null = null;
  const words = q.text ? queryWords(q.text) : [];
  if (q.text && words.length === 0) return { rows: [], total: 0 };
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const keys = i === words.length - 1 ? await db.annotations.where('words').startsWith(w).primaryKeys() : await db.annotations.where('words').equals(w).primaryKeys();
    ids = intersect(ids, keys as number[]);
    if (ids.size === 0) return { rows: [], total: 0 };
  }
  if (!ids && eq.length > 0) {
    const counts = await Promise.all(eq.map(([f, v]) => db.annotations.where(f).equals(v).count()));
    const best = counts.indexOf(Math.min(...counts));
    const [f, v] = eq[best];
    if (counts[best] <= SMALL) ids = new Set((await db.annotations.where(f).equals(v).primaryKeys()) as number[]);
  }

  // 3a. Few candidates: read them, filter and sort in memory.
  if (ids && ids.size <= SMALL) {
    const rows = ((await db.annotations.bulkGet([...ids])) as (StoredAnnotation | undefined)[]).filter((r): r is StoredAnnotation => Boolean(r) && matches(r!, q));
    rows.sort(compareBy(sort));
    return { rows: rows.slice(offset, offset + limit), total: rows.length };
  }

  // 3b. Many candidates: walk the order's index and stop when the page is full; count with keys only.
  const orderIndex = sort === 'site' ? 'site' : sort === 'lever' ? 'lever' : 'savedAt';
  // Dexie collections change in place (filter, offset, limit): build a fresh one for each read.
  const ordered = () => (desc ? db.annotations.orderBy(orderIndex).reverse() : db.annotations.orderBy(orderIndex));
  const candidates = ids;
  const pred = (row: StoredAnnotation) => (!candidates || candidates.has(row.id)) && matches(row, q);
  const rows = (await ordered().filter((r) => pred(r as StoredAnnotation)).offset(offset).limit(limit).toArray()) as StoredAnnotation[];
  let total: number;
  const onlyText = candidates && eq.length === 0 && !noSide && q.from === undefined && q.to === undefined && !q.orphansOnly;
  if (onlyText) total = candidates.size;
  else {
    let keys = candidates;
    for (const [f, v] of eq) keys = intersect(keys, (await db.annotations.where(f).equals(v).primaryKeys()) as number[]);
    if (q.from !== undefined || q.to !== undefined) keys = intersect(keys, (await db.annotations.where('savedAt').between(from, to, true, true).primaryKeys()) as number[]);
    if (noSide || q.orphansOnly || !keys) total = await ordered().filter((r) => pred(r as StoredAnnotation)).count();
    else total = keys.size;
  }
  return { rows, total };
}

/**
 * Counts of saved annotations per side and lever for this week and all time, from the counters: two index reads of
 * a few hundred rows, whatever the number of annotations. `withWeeks` adds every weekly counter (for the charts), by
 * week saved or (`by: 'published'`) by week of publication.
 */
export async function savedTallies(
  db: PressureDb,
  now = Date.now(),
  options: { withWeeks?: boolean; by?: 'saved' | 'published' } = { withWeeks: true },
): Promise<{ week: SavedTally; allTime: SavedTally; weeks: { week: string; side: string; stance: string; lever: string; count: number }[] }> {
  const thisWeek = weekOf(now);
  const [allRows, weekRows] = await Promise.all([db.stats.where('week').equals(ALL_TIME).toArray(), db.stats.where('week').equals(thisWeek).toArray()]);
  // Keyed by side and lever ids, which come from users and files: no prototype, so no id is special.
  const make = (): SavedTally => ({ total: 0, bySide: idRecord() });
  const add = (t: SavedTally, r: StatRow) => {
    t.total += r.count;
    const s = (t.bySide[r.side] ??= { count: 0, tighten: 0, relax: 0, neutral: 0, levers: idRecord() });
    s.count += r.count;
    s[r.stance] += r.count;
    s.levers[r.lever] = (s.levers[r.lever] ?? 0) + r.count;
  };
  const week = make();
  const allTime = make();
  for (const r of allRows) add(allTime, r);
  for (const r of weekRows) add(week, r);
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
  return (await db.annotations.orderBy('site').uniqueKeys()) as string[];
}

/** Adds many annotations in one transaction (used by import and the store benchmark). Rows must carry uid. */
export async function bulkInsert(db: PressureDb, rows: (AnnotationRow & { uid: string })[], onProgress?: (done: number) => void, chunk = 2000): Promise<void> {
  await db.transaction('rw', db.annotations, db.stats, async () => {
    for (let i = 0; i < rows.length; i += chunk) {
      const part = rows.slice(i, i + chunk).map((r) => ({ ...r, words: searchWords(r) }));
      await db.annotations.bulkAdd(part);
      await bumpStats(db, part.flatMap((r) => annotationStatsDelta(r, 1)));
      onProgress?.(Math.min(rows.length, i + chunk));
    }
  });
}
