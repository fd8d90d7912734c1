/**
 * Reading saved annotations a page at a time, whatever their number: the first page comes from an index range that
 * stops once the page is full, and the total from the counters kept with every write (src/kb/annotation-counts.ts).
 *
 * - Filters that a counter answers (none, one of side, lever, category, stance, site, or side + lever; with or without
 *   dates) read their page from a compound index ending in the time saved and their total from the counters: whole
 *   weeks from the weekly ones, the days at either end of a date range from the index.
 * - Words are looked up in the full-text index, whose keys hold the time saved (wordKeys): the newest matches of a
 *   word are the end of its key range. The rarest word of the search drives; its matches are read in the order of the
 *   list and checked against the rest until the page is full. The total of one word alone is its counter.
 * - Whatever no counter holds (several filters, several words, orphans) gets `total: null`; countAnnotations then
 *   counts it in short steps that leave the page free between them.
 */
import Dexie, { type Collection } from 'dexie';
import { ALL_PERIOD, EVERYTHING, facetOf, splitRange, WORD_FACET } from './annotation-counts';
import { NO_SIDE_KEY, queryWords, wordKeyRange } from './annotation-index';
import type { StoredAnnotation } from './annotations';
import type { PressureDb } from './db';
import { distinctKeys } from './distinct-keys';

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
  /** Matches in all, or null when no counter holds it: countAnnotations counts it without holding up the page. */
  total: number | null;
}

/** Below this many candidates, rows are read and sorted in memory (and counted exactly on the way). */
const SMALL = 300;
/** Keys read from the full-text index per step while a page fills. */
const KEY_STEP = 256;
/** Rows read per step while a page fills, or while counting. */
const ROW_STEP = 200;

type Field = 'side' | 'lever' | 'category' | 'stance' | 'site';

/** A search word and the indexed words it stands for (itself, or every word it begins), with their counts. */
interface Term {
  word: string;
  prefix: boolean;
  expansions: { word: string; count: number }[];
  /** At most this many annotations hold it (the sum of its words' counts). */
  upper: number;
}

interface Plan {
  q: AnnotationQuery;
  eq: [Field, string][];
  noSide: boolean;
  from: number;
  to: number;
  dated: boolean;
  terms: Term[];
}

function equalities(q: AnnotationQuery): [Field, string][] {
  const eq: [Field, string][] = [];
  if (q.side !== undefined && q.side !== null && q.side !== NO_SIDE_KEY) eq.push(['side', q.side]);
  if (q.lever) eq.push(['lever', q.lever]);
  if (q.category) eq.push(['category', q.category]);
  if (q.stance) eq.push(['stance', q.stance]);
  if (q.site) eq.push(['site', q.site]);
  return eq;
}

/** Filters with a compound index ending in savedAt: the page comes straight from one key range. */
const COMPOUND: Record<string, string> = {
  '': 'savedAt',
  side: '[side+savedAt]',
  lever: '[lever+savedAt]',
  category: '[category+savedAt]',
  stance: '[stance+savedAt]',
  site: '[site+savedAt]',
  'lever,side': '[side+lever+savedAt]',
};

/** The annotations with these field values saved in [from, to], oldest first, from the compound index; null if none. */
function compoundRange(db: PressureDb, eq: [Field, string][], from: number, to: number): Collection<StoredAnnotation, number> | null {
  const index = COMPOUND[eq.map(([f]) => f).sort().join(',')];
  if (!index) return null;
  if (index === 'savedAt') return db.annotations.where('savedAt').between(from, to, true, true) as unknown as Collection<StoredAnnotation, number>;
  const values = [...eq].sort((a, b) => (a[0] === 'side' ? -1 : b[0] === 'side' ? 1 : 0)).map(([, v]) => v);
  return db.annotations.where(index).between([...values, from], [...values, to], true, true) as unknown as Collection<StoredAnnotation, number>;
}

function matchesFilters(row: StoredAnnotation, p: Plan): boolean {
  const q = p.q;
  if (p.noSide && row.side !== null) return false;
  for (const [f, v] of p.eq) if (row[f] !== v) return false;
  if (row.savedAt < p.from || row.savedAt > p.to) return false;
  if (q.orphansOnly && !(row.anchor && !row.anchor.placed)) return false;
  return true;
}

function hasTerm(row: StoredAnnotation, t: Term): boolean {
  const words = row.words ?? [];
  return t.prefix ? words.some((w) => w.startsWith(t.word)) : words.includes(t.word);
}

function matches(row: StoredAnnotation, p: Plan, skip?: Term): boolean {
  return matchesFilters(row, p) && p.terms.every((t) => t === skip || hasTerm(row, t));
}

function compareBy(sort: NonNullable<AnnotationQuery['sort']>): (a: StoredAnnotation, b: StoredAnnotation) => number {
  if (sort === 'site') return (a, b) => a.site.localeCompare(b.site) || b.savedAt - a.savedAt;
  if (sort === 'lever') return (a, b) => a.lever.localeCompare(b.lever) || b.savedAt - a.savedAt;
  if (sort === 'oldest') return (a, b) => a.savedAt - b.savedAt || a.id - b.id;
  return (a, b) => b.savedAt - a.savedAt || b.id - a.id;
}

/** The indexed words a search word stands for, from the per-word counters (the last word is a prefix). */
async function expand(db: PressureDb, word: string, prefix: boolean): Promise<Term> {
  const rows = prefix
    ? await db.annotationCounts.where('[facet+period]').between([`${WORD_FACET}${word}`, Dexie.minKey], [`${WORD_FACET}${word}\uffff`, Dexie.maxKey]).toArray()
    : await db.annotationCounts.where('[facet+period]').equals([`${WORD_FACET}${word}`, ALL_PERIOD]).toArray();
  const expansions = rows.filter((r) => r.period === ALL_PERIOD && r.count > 0).map((r) => ({ word: r.facet.slice(WORD_FACET.length), count: r.count }));
  return { word, prefix, expansions, upper: expansions.reduce((n, e) => n + e.count, 0) };
}

async function plan(db: PressureDb, q: AnnotationQuery): Promise<Plan> {
  const words = q.text ? queryWords(q.text) : [];
  const terms = await Promise.all(words.map((w, i) => expand(db, w, i === words.length - 1)));
  return {
    q,
    eq: equalities(q),
    noSide: q.side === null || q.side === NO_SIDE_KEY,
    from: q.from ?? -Infinity,
    to: q.to ?? Infinity,
    dated: q.from !== undefined || q.to !== undefined,
    terms,
  };
}

/** The facet counter that holds this query's total, when one does. */
function facetFor(p: Plan): string | null {
  if (p.q.orphansOnly) return null;
  const filter = { ...p.q, side: p.noSide ? null : p.q.side };
  if (p.terms.length === 0) return facetOf(filter);
  const onlyWord = p.terms.length === 1 && p.terms[0].expansions.length === 1 && !p.dated && facetOf(filter) === EVERYTHING;
  return onlyWord ? `${WORD_FACET}${p.terms[0].expansions[0].word}` : null;
}

/** The first and last time saved, to bound an open date range by weeks. */
async function savedSpan(db: PressureDb): Promise<[number, number] | null> {
  const [first, last] = await Promise.all([db.annotations.orderBy('savedAt').limit(1).keys(), db.annotations.orderBy('savedAt').reverse().limit(1).keys()]);
  return first.length ? [first[0] as number, last[0] as number] : null;
}

/** Annotations of one facet saved in [from, to] (between whole days, whole weeks from the counters). */
async function countFacet(db: PressureDb, facet: string, p: Plan): Promise<number> {
  if (!p.dated) return (await db.annotationCounts.get([facet, ALL_PERIOD]))?.count ?? 0;
  const span = await savedSpan(db);
  if (!span) return 0;
  const from = Math.max(p.from, span[0]);
  const to = Math.min(p.to, span[1]);
  const { weeks, edges } = splitRange(from, to);
  let total = 0;
  if (weeks) {
    const rows = await db.annotationCounts.where('[facet+period]').between([facet, weeks[0]], [facet, weeks[1]], true, true).toArray();
    for (const r of rows) total += r.count;
  }
  for (const [a, b] of edges) {
    if (p.noSide) total += await db.annotations.where('savedAt').between(a, b, true, true).filter((r) => r.side === null).count();
    else total += await compoundRange(db, p.eq, a, b)!.count();
  }
  return total;
}

/** Lets the page breathe between the steps of a long read. */
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The ids holding one of a term's words, in the order of the list (newest or oldest first), read KEY_STEP keys at a
 * time per word and merged by the time in the keys.
 */
async function* termIds(db: PressureDb, t: Term, newest: boolean, from: number, to: number): AsyncGenerator<number> {
  const streams = t.expansions.map((e) => ({ word: e.word, read: 0, buffer: [] as [string, number][], done: false }));
  const seen = new Set<number>();
  const fill = async (s: (typeof streams)[number]) => {
    const [lo, hi] = wordKeyRange(s.word, from, to);
    let coll = db.annotations.where('wordKeys').between(lo, hi, true, true);
    if (newest) coll = coll.reverse();
    const got: [string, number][] = [];
    await coll
      .offset(s.read)
      .limit(KEY_STEP)
      .eachKey((key, cursor) => {
        got.push([(key as string).slice(s.word.length + 1), cursor.primaryKey as number]);
      });
    s.read += got.length;
    s.buffer.push(...got);
    if (got.length < KEY_STEP) s.done = true;
  };
  const before = (a: [string, number], b: [string, number]) => (newest ? a[0] > b[0] || (a[0] === b[0] && a[1] > b[1]) : a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]));
  for (;;) {
    await Promise.all(streams.filter((s) => s.buffer.length === 0 && !s.done).map(fill));
    let best: (typeof streams)[number] | null = null;
    for (const s of streams) if (s.buffer.length && (!best || before(s.buffer[0], best.buffer[0]))) best = s;
    if (!best) return;
    const [, id] = best.buffer.shift()!;
    if (seen.has(id)) continue;
    if (streams.length > 1) seen.add(id);
    yield id;
  }
}

/** Every id holding one of a term's words (saved within [from, to]): keys only, one request per word. */
async function allTermIds(db: PressureDb, t: Term, from = -Infinity, to = Infinity): Promise<Set<number>> {
  const ids = new Set<number>();
  for (const e of t.expansions) {
    const [lo, hi] = wordKeyRange(e.word, from, to);
    for (const k of (await db.annotations.where('wordKeys').between(lo, hi, true, true).primaryKeys()) as number[]) ids.add(k);
  }
  return ids;
}

/** Reads rows by id, a step at a time, keeping those that match. */
async function matchingRows(db: PressureDb, ids: number[], p: Plan, skip?: Term): Promise<StoredAnnotation[]> {
  const out: StoredAnnotation[] = [];
  for (let i = 0; i < ids.length; i += ROW_STEP) {
    const rows = (await db.annotations.bulkGet(ids.slice(i, i + ROW_STEP))) as (StoredAnnotation | undefined)[];
    for (const r of rows) if (r && matches(r, p, skip)) out.push(r);
  }
  return out;
}

/** A page of annotations matching a query, and its total when a counter holds it. */
export async function queryAnnotations(db: PressureDb, q: AnnotationQuery = {}): Promise<AnnotationPage> {
  const limit = Math.max(1, Math.min(q.limit ?? 50, 1000));
  const offset = Math.max(0, q.offset ?? 0);
  const sort = q.sort ?? 'newest';
  const p = await plan(db, q);
  if (p.terms.some((t) => t.expansions.length === 0)) return { rows: [], total: 0 };
  const facet = facetFor(p);
  const total = facet ? countFacet(db, facet, p) : Promise.resolve(null);
  const byTime = sort === 'newest' || sort === 'oldest';

  // 1. Filters with a compound index, in time order: the page is a slice of one key range.
  if (p.terms.length === 0 && byTime && !p.noSide && !q.orphansOnly) {
    let coll = compoundRange(db, p.eq, p.from, p.to);
    if (coll) {
      if (sort === 'newest') coll = coll.reverse();
      const [rows, n] = await Promise.all([coll.offset(offset).limit(limit).toArray(), total]);
      return { rows, total: n };
    }
  }

  // 2. Few candidates (the rarest word's, or the smallest filter's): read them all, sort, count exactly.
  const driver = p.terms.length ? p.terms.reduce((a, b) => (b.upper < a.upper ? b : a)) : null;
  if (driver && driver.upper <= SMALL) {
    const rows = await matchingRows(db, [...(await allTermIds(db, driver, p.from, p.to))], p, driver);
    rows.sort(compareBy(sort));
    return { rows: rows.slice(offset, offset + limit), total: rows.length };
  }
  if (!driver && p.eq.length > 0) {
    const counts = await db.annotationCounts.bulkGet(p.eq.map(([f, v]) => [`${f}:${v}`, ALL_PERIOD]));
    const sizes = counts.map((c) => c?.count ?? 0);
    const best = sizes.indexOf(Math.min(...sizes));
    if (sizes[best] <= SMALL) {
      const rows = ((await compoundRange(db, [p.eq[best]], p.from, p.to)!.toArray()) as StoredAnnotation[]).filter((r) => matches(r, p));
      rows.sort(compareBy(sort));
      return { rows: rows.slice(offset, offset + limit), total: rows.length };
    }
  }

  // 3. Many candidates, listed by time: the driving word's keys in that order, checked until the page is full.
  if (driver && byTime) {
    const rows: StoredAnnotation[] = [];
    // The dates are in the key range already.
    const others = p.terms.length > 1 || p.eq.length > 0 || p.noSide || Boolean(q.orphansOnly);
    let batch: number[] = [];
    let skipped = 0;
    const take = async () => {
      const got = others ? await matchingRows(db, batch, p, driver) : ((await db.annotations.bulkGet(batch)) as StoredAnnotation[]).filter(Boolean);
      batch = [];
      for (const r of got) {
        if (skipped < offset) skipped++;
        else if (rows.length < limit) rows.push(r);
      }
    };
    for await (const id of termIds(db, driver, sort === 'newest', p.from, p.to)) {
      if (!others && skipped < offset) {
        skipped++;
        continue;
      }
      batch.push(id);
      if (batch.length >= (others ? ROW_STEP : limit - rows.length)) await take();
      if (rows.length >= limit) break;
    }
    if (batch.length && rows.length < limit) await take();
    return { rows, total: await total };
  }

  // 4. Otherwise walk the list's order and stop when the page is full.
  if (byTime) {
    const ordered = db.annotations.where('savedAt').between(p.from, p.to, true, true);
    const walk = (sort === 'newest' ? ordered.reverse() : ordered).filter((r) => matches(r as StoredAnnotation, p));
    const [rows, n] = await Promise.all([walk.offset(offset).limit(limit).toArray() as Promise<StoredAnnotation[]>, total]);
    return { rows, total: n };
  }
  // By site or lever, newest first within each: one value at a time, newest first through its compound index.
  const field = sort === 'site' ? 'site' : 'lever';
  const wanted = p.eq.find(([f]) => f === field)?.[1];
  const values = wanted !== undefined ? [wanted] : await distinctKeys(db, 'annotations', field);
  const rows: StoredAnnotation[] = [];
  let skipped = 0;
  for (const v of values) {
    const need = offset - skipped + limit - rows.length;
    const got = (await db.annotations
      .where(`[${field}+savedAt]`)
      .between([v, p.from], [v, p.to], true, true)
      .reverse()
      .filter((r) => matches(r as StoredAnnotation, p))
      .limit(need)
      .toArray()) as StoredAnnotation[];
    for (const r of got) {
      if (skipped < offset) skipped++;
      else rows.push(r);
    }
    if (rows.length >= limit) break;
  }
  return { rows, total: await total };
}

/**
 * The ids that may match a query, keys only (one request per word or index range): the driving word's, else the
 * smallest filter's in the dates, else everything in the dates.
 */
async function candidateIds(db: PressureDb, p: Plan): Promise<number[]> {
  if (p.terms.length) return [...(await allTermIds(db, p.terms.reduce((a, b) => (b.upper < a.upper ? b : a)), p.from, p.to))];
  let eq: [Field, string][] = [];
  if (p.eq.length > 0) {
    const counts = await db.annotationCounts.bulkGet(p.eq.map(([f, v]) => [`${f}:${v}`, ALL_PERIOD]));
    const sizes = counts.map((c) => c?.count ?? 0);
    eq = [p.eq[sizes.indexOf(Math.min(...sizes))]];
  }
  return (await compoundRange(db, eq, p.from, p.to)!.primaryKeys()) as number[];
}

/** Of these ids, the ones whose rows match, read ROW_STEP rows at a time with a pause between steps. */
async function keepMatching(db: PressureDb, ids: number[], p: Plan, stop: () => void): Promise<number[]> {
  const driver = p.terms.length ? p.terms.reduce((a, b) => (b.upper < a.upper ? b : a)) : undefined;
  const out: number[] = [];
  for (let i = 0; i < ids.length; i += ROW_STEP) {
    for (const r of await matchingRows(db, ids.slice(i, i + ROW_STEP), p, driver)) out.push(r.id);
    stop();
    await yieldToPage();
  }
  return out;
}

function stopper(signal?: AbortSignal): () => void {
  return () => {
    if (signal?.aborted) throw signal.reason ?? new Error('Stopped.');
  };
}

/** True when the candidates of candidateIds all match (nothing else to check). */
function candidatesMatch(p: Plan): boolean {
  if (p.terms.length) return p.terms.length === 1 && p.eq.length === 0 && !p.noSide && !p.q.orphansOnly;
  return p.eq.length <= 1 && !p.noSide && !p.q.orphansOnly;
}

/**
 * The exact number of annotations matching a query. From the counters when they hold it; otherwise the candidates'
 * keys are read at once and their rows checked ROW_STEP at a time, letting the page run between steps. `signal`
 * stops it.
 */
export async function countAnnotations(db: PressureDb, q: AnnotationQuery = {}, signal?: AbortSignal): Promise<number> {
  const p = await plan(db, q);
  if (p.terms.some((t) => t.expansions.length === 0)) return 0;
  const facet = facetFor(p);
  if (facet) return countFacet(db, facet, p);
  const ids = await candidateIds(db, p);
  if (candidatesMatch(p)) return ids.length;
  return (await keepMatching(db, ids, p, stopper(signal))).length;
}

/** The ids of every annotation matching a query (to delete them all), read like countAnnotations. */
export async function matchingIds(db: PressureDb, q: AnnotationQuery = {}, signal?: AbortSignal): Promise<number[]> {
  const p = await plan(db, q);
  if (p.terms.some((t) => t.expansions.length === 0)) return [];
  const ids = await candidateIds(db, p);
  if (candidatesMatch(p)) return ids;
  return keepMatching(db, ids, p, stopper(signal));
}
