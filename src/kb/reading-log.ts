/**
 * The reading log: every article read where levers were found, its per-side per-lever counts and its moves (the
 * tighten and relax mentions), kept locally so the timeline, the charts and the popup can show each side's moves
 * across everything read, without the reader saving anything.
 *
 * One entry per canonical address: reading an article again replaces its counts and moves (never adds to them), and
 * every write keeps the counters of src/kb/log-index.ts in step inside the same transaction, so views read counters,
 * never the whole log. Forgetting (a page, a site, everything, or what is older than the retention) takes the
 * counters down with it.
 */
import Dexie, { type Transaction } from 'dexie';
import { txTable } from './tx-tables';
import { normaliseUrl, siteOf } from '../types/url';
import { NO_SIDE_KEY, weekOf } from './annotation-index';
import type { PressureDb } from './db';
import {
  ALL_FACET,
  ALL_PERIOD,
  applyStatDelta,
  countMentions,
  dayOf,
  logStatsDelta,
  MAX_MOVES_PER_PAGE,
  mergeStatDeltas,
  monthOf,
  dayTime,
  movesOf,
  retentionCutoff,
  splitCountKey,
  statKey,
  tallyFrom,
  timelineDay,
  timelineWeek,
  type LogCount,
  type LogMoveRow,
  type LogPageRow,
  type LogScope,
  type LogStatRow,
  type LogTally,
  type MentionLike,
  type MoveStance,
  type PublishedSource,
  type StatKey,
} from './log-index';

export type { LogCount, LogMoveRow, LogPageRow, LogTally, MoveStance, PublishedSource } from './log-index';
export type { TimelineCount, TimelineData, TimelineFilter } from './timeline-counters';
import { countersTimeline, facetFor, sortCounts, type TimelineCount, type TimelineData, type TimelineFilter } from './timeline-counters';
import { distinctKeys } from './distinct-keys';

/** What the background logs for one analysed page (or a fragment of text added to it). */
export interface ReadingInput {
  /** The page's canonical address (normalised again here). */
  url: string;
  title: string;
  published: { date: string; source: PublishedSource } | null;
  words: number;
  mentions: MentionLike[];
}

/** Opening the same article again within this long is the same reading, not another one. */
export const SAME_VISIT_MS = 30 * 60_000;
const MAX_TITLE = 500;
/** Articles forgotten per transaction when many go at once (a site, the retention): the page stays responsive. */
const FORGET_CHUNK = 200;
const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** The moves of one article: a range of the primary key. */
export function movesOfUrl(logMoves: PressureDb['logMoves'], url: string) {
  return logMoves.where('[url+n]').between([url, Dexie.minKey], [url, Dexie.maxKey]);
}

/** Adds counter changes to the log's counters, inside `tx` (over `logStats`). */
export async function bumpLogStats(tx: Transaction, deltas: Iterable<LogStatRow>): Promise<void> {
  const merged = [...mergeStatDeltas(deltas).values()];
  if (merged.length === 0) return;
  const logStats = txTable(tx, 'logStats');
  const existing = await logStats.bulkGet(merged.map(statKey));
  const puts: LogStatRow[] = [];
  const deletes: StatKey[] = [];
  merged.forEach((d, i) => {
    const next = applyStatDelta(existing[i], d);
    if (next) puts.push(next);
    else deletes.push(statKey(d));
  });
  if (puts.length) await logStats.bulkPut(puts);
  if (deletes.length) await logStats.bulkDelete(deletes);
}

/**
 * Logs an analysed article. Nothing is logged when no lever was found. A full reading replaces what the log held for
 * the address; a fragment (text the page added later, `fragment: true`) adds its mentions to the same reading.
 * Returns the entry as stored, or null when nothing was logged.
 */
export async function logReading(db: PressureDb, input: ReadingInput, options: { now?: number; fragment?: boolean } = {}): Promise<LogPageRow | null> {
  if (input.mentions.length === 0) return null;
  const now = options.now ?? Date.now();
  const url = normaliseUrl(input.url);
  const site = siteOf(url);
  const published = input.published && DAY_PATTERN.test(input.published.date) ? input.published : null;
  return db.transaction('rw', db.logPages, db.logMoves, db.logStats, async (tx) => {
    const old = await db.logPages.get(url);
    const adding = Boolean(options.fragment && old);
    const base = {
      url,
      site,
      published: published?.date ?? old?.published ?? null,
      publishedSource: published?.source ?? old?.publishedSource ?? null,
      firstRead: Math.min(old?.firstRead ?? now, now),
    };
    let counts: LogCount[];
    let moves: LogMoveRow[];
    let kept = 0;
    if (adding && old) {
      counts = countMentions(input.mentions, old.counts);
      kept = old.moves;
      moves = movesOf(base, input.mentions, kept).slice(0, Math.max(0, MAX_MOVES_PER_PAGE - kept));
      if (timelineWeek(old) !== timelineWeek(base) || timelineDay(old) !== timelineDay(base)) {
        const week = timelineWeek(base);
        const date = timelineDay(base);
        const dated: 0 | 1 = base.published ? 1 : 0;
        await movesOfUrl(db.logMoves, url).modify({ week, date, dated });
      }
    } else {
      counts = countMentions(input.mentions);
      moves = movesOf(base, input.mentions);
      if (old) await movesOfUrl(db.logMoves, url).delete();
    }
    const newVisit = !old || (!adding && now - old.lastRead > SAME_VISIT_MS);
    const row: LogPageRow = {
      ...base,
      title: (input.title.trim() || old?.title || url).slice(0, MAX_TITLE),
      lastRead: Math.max(old?.lastRead ?? now, now),
      reads: (old?.reads ?? 0) + (newVisit ? 1 : 0),
      words: adding && old ? old.words + input.words : input.words,
      counts,
      moves: kept + moves.length,
    };
    await db.logPages.put(row);
    if (moves.length) await db.logMoves.bulkAdd(moves);
    await bumpLogStats(tx, [...(old ? logStatsDelta(old, -1) : []), ...logStatsDelta(row, 1)]);
    return row;
  });
}

/** Forgets articles by address, in one transaction. Returns how many were in the log. */
export async function forgetPages(db: PressureDb, urls: string[]): Promise<number> {
  if (urls.length === 0) return 0;
  return db.transaction('rw', db.logPages, db.logMoves, db.logStats, async (tx) => {
    const pages = (await db.logPages.bulkGet(urls)).filter((p): p is LogPageRow => Boolean(p));
    if (pages.length === 0) return 0;
    const keys = pages.map((p) => p.url);
    await Promise.all(keys.map((url) => movesOfUrl(db.logMoves, url).delete()));
    await db.logPages.bulkDelete(keys);
    await bumpLogStats(tx, pages.flatMap((p) => logStatsDelta(p, -1)));
    return pages.length;
  });
}

/** Forgets one article (its address is normalised like when it was logged). */
export async function forgetPage(db: PressureDb, url: string): Promise<boolean> {
  return (await forgetPages(db, [normaliseUrl(url)])) > 0;
}

/** Forgets in chunks of FORGET_CHUNK articles, each chunk one transaction (counters consistent after each). */
async function forgetInChunks(db: PressureDb, keys: string[], onProgress?: (done: number, total: number) => void): Promise<number> {
  let removed = 0;
  for (let i = 0; i < keys.length; i += FORGET_CHUNK) {
    removed += await forgetPages(db, keys.slice(i, i + FORGET_CHUNK));
    onProgress?.(Math.min(keys.length, i + FORGET_CHUNK), keys.length);
  }
  return removed;
}

/** Forgets every article of a site. */
export async function forgetSite(db: PressureDb, site: string, onProgress?: (done: number, total: number) => void): Promise<number> {
  const keys = (await db.logPages.where('site').equals(site).primaryKeys()) as string[];
  return forgetInChunks(db, keys, onProgress);
}

/** Empties the log: articles, moves and counters, in one transaction (IndexedDB clears each store at once). */
export async function clearLog(db: PressureDb): Promise<void> {
  await db.transaction('rw', db.logPages, db.logMoves, db.logStats, async () => {
    await Promise.all([db.logPages.clear(), db.logMoves.clear(), db.logStats.clear()]);
  });
}

/** Forgets articles last read more than `days` days before `now` (0 keeps everything). Returns how many went. */
export async function applyRetention(db: PressureDb, days: number, now = Date.now()): Promise<number> {
  const cutoff = retentionCutoff(days, now);
  if (cutoff === null) return 0;
  const keys = (await db.logPages.where('lastRead').below(cutoff).primaryKeys()) as string[];
  return forgetInChunks(db, keys);
}

// ---------------------------------------------------------------------------------------------------------------
// Reads

/** Totals over the articles last read this week and this calendar month (UTC, like the other counters). */
export async function logPeriodTotals(db: PressureDb, now = Date.now()): Promise<{ week: LogTally; month: LogTally }> {
  const [week, month] = await Promise.all([
    db.logStats.where('[scope+period]').equals(['read', weekOf(now)]).toArray(),
    db.logStats.where('[scope+period]').equals(['month', monthOf(now)]).toArray(),
  ]);
  return { week: tallyFrom(week), month: tallyFrom(month) };
}

/** The counter rows of a timeline facet (facetFor) in one scope: by week of publication (`pub`) or `undated`. */
export async function facetRows(db: PressureDb, scope: LogScope, facet: string): Promise<LogStatRow[]> {
  return db.logStats.where(':id').between([scope, facet, Dexie.minKey], [scope, facet, Dexie.maxKey]).toArray();
}

function matchesMove(m: LogMoveRow, f: TimelineFilter & { week?: string; stance?: MoveStance }): boolean {
  return (
    (!f.side || m.side === f.side) &&
    (!f.lever || m.lever === f.lever) &&
    (!f.category || m.category === f.category) &&
    (!f.site || m.site === f.site) &&
    (!f.week || m.week === f.week) &&
    (!f.stance || m.stance === f.stance)
  );
}

/**
 * The narrowest index for a moves query, as a fresh collection in week order, and whether conditions are left for a
 * filter (an index-only collection counts without reading rows).
 */
function movesCollection(db: PressureDb, f: TimelineFilter & { week?: string; stance?: MoveStance }) {
  let coll;
  const rest = { ...f, week: undefined as string | undefined };
  if (f.lever) {
    coll = f.week ? db.logMoves.where('[lever+week]').equals([f.lever, f.week]) : db.logMoves.where('[lever+week]').between([f.lever, Dexie.minKey], [f.lever, Dexie.maxKey]);
    rest.lever = undefined;
  } else if (f.week) {
    coll = db.logMoves.where('week').equals(f.week);
  } else {
    coll = db.logMoves.orderBy('week');
  }
  const filtered = Boolean(rest.side || rest.lever || rest.category || rest.site || rest.stance);
  return filtered ? coll.filter((m) => matchesMove(m, rest)) : coll;
}

/**
 * Moves per week of publication, side and stance. No filter, a lever, a category or a site is answered from the
 * counters; a site with a lever or a category from the site's articles' own counts (through the site index); a lever
 * and a category together from the lever's moves. The side filter applies to all.
 */
export async function timelineCounts(db: PressureDb, filter: TimelineFilter = {}): Promise<TimelineData> {
  const facet = facetFor(filter);
  if (facet !== null) {
    const [pub, undated] = await Promise.all([facetRows(db, 'pub', facet), facetRows(db, 'undated', facet)]);
    return countersTimeline(pub, undated, filter);
  }
  const byKey = new Map<string, TimelineCount>();
  const add = (week: string, side: string, stance: MoveStance, dated: boolean, n: number) => {
    if (n <= 0 || (filter.side && side !== filter.side)) return;
    const key = `${week}|${side}|${stance}|${dated}`;
    const c = byKey.get(key);
    if (c) c.count += n;
    else byKey.set(key, { week, side, stance, dated, count: n });
  };
  if (filter.site) {
    await db.logPages
      .where('[site+lastRead]')
      .between([filter.site, Dexie.minKey], [filter.site, Dexie.maxKey])
      .each((p) => {
        const week = timelineWeek(p);
        for (const c of p.counts) {
          if ((filter.lever && c.lever !== filter.lever) || (filter.category && c.category !== filter.category)) continue;
          add(week, c.side, 'tighten', p.published !== null, c.tighten);
          add(week, c.side, 'relax', p.published !== null, c.relax);
        }
      });
  } else {
    await movesCollection(db, filter).each((m) => add(m.week, m.side, m.stance, m.dated === 1, 1));
  }
  return { counts: sortCounts([...byKey.values()]), articles: null };
}

/** A move with what the list shows of its article. */
export interface MoveItem extends LogMoveRow {
  title: string;
  published: string | null;
  firstRead: number;
}

export interface MoveQuery extends TimelineFilter {
  week?: string;
  stance?: MoveStance;
  offset?: number;
  limit?: number;
}

/**
 * A page of moves, newest week first (within a week and a page, article by article in the order of the text), with
 * their articles' titles and dates. Walks the narrowest index and stops when the page is full.
 */
export async function listMoves(db: PressureDb, q: MoveQuery = {}): Promise<{ rows: MoveItem[]; total: number }> {
  const limit = Math.max(1, Math.min(q.limit ?? 50, 500));
  const offset = Math.max(0, q.offset ?? 0);
  const coll = () => movesCollection(db, q).reverse();
  const [moves, total] = await Promise.all([coll().offset(offset).limit(limit).toArray(), coll().count()]);
  // Newest week first (the index's order); within a week, article by article in the order of their text.
  const weekOrder = new Map<string, number>();
  moves.forEach((m, i) => weekOrder.set(m.week, weekOrder.get(m.week) ?? i));
  moves.sort((a, b) => weekOrder.get(a.week)! - weekOrder.get(b.week)! || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0) || a.n - b.n);
  const urls = [...new Set(moves.map((m) => m.url))];
  const pages = new Map((await db.logPages.bulkGet(urls)).filter((p): p is LogPageRow => Boolean(p)).map((p) => [p.url, p]));
  const rows = moves.map((m) => {
    const p = pages.get(m.url);
    return { ...m, title: p?.title ?? m.url, published: p?.published ?? null, firstRead: p?.firstRead ?? 0 };
  });
  return { rows, total };
}

export interface MovedLever {
  lever: string;
  count: number;
  /** The articles behind it, most moves first. */
  articles: { url: string; title: string; count: number }[];
}

export interface SideMoves {
  side: string;
  tightened: MovedLever[];
  relaxed: MovedLever[];
  total: number;
}

export interface WhatMoved {
  /** First and last day covered (YYYY-MM-DD, UTC). */
  from: string;
  to: string;
  sides: SideMoves[];
  articles: number;
}

const DAY = 86_400_000;

/**
 * What each side tightened and relaxed over the last `days` days: the moves of articles published then (or, for
 * articles without a date, first read then), per side and lever, with counts and the articles behind them. Read from
 * the articles' own counts, found through their publication day and first reading (schema v5 indexes): a few hundred
 * articles, not the thousands of moves they hold.
 */
export async function whatMoved(db: PressureDb, now = Date.now(), days = 7): Promise<WhatMoved> {
  const from = dayOf(now - (days - 1) * DAY);
  const to = dayOf(now);
  const [dated, firstRead] = await Promise.all([
    db.logPages.where('published').between(from, to, true, true).toArray(),
    db.logPages.where('firstRead').between(dayTime(from), dayTime(to) + DAY, true, false).toArray(),
  ]);
  const pages = [...dated, ...firstRead.filter((p) => p.published === null)];
  type Acc = { count: number; articles: Map<string, number> };
  const sides = new Map<string, { tighten: Map<string, Acc>; relax: Map<string, Acc>; total: number }>();
  const titles = new Map<string, string>();
  for (const p of pages) {
    let moved = false;
    for (const c of p.counts) {
      for (const stance of ['tighten', 'relax'] as const) {
        const n = c[stance];
        if (!n) continue;
        moved = true;
        let s = sides.get(c.side);
        if (!s) sides.set(c.side, (s = { tighten: new Map(), relax: new Map(), total: 0 }));
        let a = s[stance].get(c.lever);
        if (!a) s[stance].set(c.lever, (a = { count: 0, articles: new Map() }));
        a.count += n;
        a.articles.set(p.url, (a.articles.get(p.url) ?? 0) + n);
        s.total += n;
      }
    }
    if (moved) titles.set(p.url, p.title);
  }
  const levers = (byLever: Map<string, Acc>): MovedLever[] =>
    [...byLever]
      .map(([lever, a]) => ({
        lever,
        count: a.count,
        articles: [...a.articles].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map(([url, count]) => ({ url, title: titles.get(url) ?? url, count })),
      }))
      .sort((x, y) => y.count - x.count || (x.lever < y.lever ? -1 : 1));
  const out = [...sides]
    .map(([side, s]) => ({ side, tightened: levers(s.tighten), relaxed: levers(s.relax), total: s.total }))
    .sort((a, b) => b.total - a.total || (a.side === NO_SIDE_KEY ? 1 : b.side === NO_SIDE_KEY ? -1 : a.side < b.side ? -1 : 1));
  return { from, to, sides: out, articles: titles.size };
}

/** Counts for the charts: per week and side (and stance), and all-time per side and lever, from the counters. */
export async function logChartData(
  db: PressureDb,
  by: 'published' | 'read',
): Promise<{ weeks: { week: string; side: string; stance: string; count: number }[]; allTime: LogTally }> {
  const scopes: LogScope[] = by === 'published' ? ['pub', 'undated'] : ['read'];
  const rows = (await Promise.all(scopes.map((s) => facetRows(db, s, ALL_FACET)))).flat();
  const weeks = new Map<string, { week: string; side: string; stance: string; count: number }>();
  for (const r of rows) {
    for (const [key, n] of r.counts) {
      const w = weeks.get(`${r.period}\u0000${key}`);
      if (w) w.count += n;
      else weeks.set(`${r.period}\u0000${key}`, { week: r.period, ...splitCountKey(key), count: n });
    }
  }
  const all = await db.logStats.where('[scope+period]').equals(['all', ALL_PERIOD]).toArray();
  return { weeks: [...weeks.values()], allTime: tallyFrom(all) };
}

export interface LogPageQuery {
  site?: string;
  offset?: number;
  limit?: number;
}

/** A page of logged articles, most recently read first. */
export async function listLogPages(db: PressureDb, q: LogPageQuery = {}): Promise<{ rows: LogPageRow[]; total: number }> {
  const limit = Math.max(1, Math.min(q.limit ?? 50, 500));
  const offset = Math.max(0, q.offset ?? 0);
  const coll = () =>
    q.site ? db.logPages.where('[site+lastRead]').between([q.site, Dexie.minKey], [q.site, Dexie.maxKey]).reverse() : db.logPages.orderBy('lastRead').reverse();
  const [rows, total] = await Promise.all([coll().offset(offset).limit(limit).toArray(), coll().count()]);
  return { rows, total };
}

/** Sites with logged articles, for the filter menus. */
export async function logSites(db: PressureDb): Promise<string[]> {
  return distinctKeys(db, 'logPages', 'site');
}

/** How big the log is: articles and moves (from the all-time counters and the moves store). */
export async function logSize(db: PressureDb): Promise<{ articles: number; moves: number }> {
  const [articles, moves] = await Promise.all([db.logPages.count(), db.logMoves.count()]);
  return { articles, moves };
}
