/**
 * The reading log's rows and what is derived from them: the moves an article holds and its contribution to the
 * counters that the timeline, the charts and the popup read. Pure functions, shared by the repository
 * (src/kb/reading-log.ts), its import, the schema upgrade and the store benchmark.
 *
 * Counters ("log stats") are kept per scope, facet and period: one row holds the number of articles and their
 * mentions by side and stance (a Map), so every view reads a few hundred rows whatever the size of the log:
 * - `pub`     week of publication (dated articles): what the timeline draws, in all and per lever, category and site
 *             (the site facet since schema v5);
 * - `undated` week first read, for articles whose page gave no publication date (drawn apart, marked as such);
 * - `read`    week last read, in all and per lever: the popup's "this week" and the charts by date read;
 * - `month`   month last read, in all and per lever: the popup's "this month";
 * - `all`     everything in the log, in all and per lever.
 * The `facet` says what a row counts: `*` all mentions, `lever:<id>`, `category:<id>` or `site:<host>` only those.
 * The primary key is [scope, facet, period], so a facet's weeks are one key range; a second index on [scope, period]
 * gives one period.
 * Finer cuts (a lever and a site) are summed from the articles themselves, through their indexes.
 */
import { NO_SIDE_KEY } from '../types/annotation';
import { weekOf } from './periods';

export type { MoveStance, Stance } from '../types/annotation';
import type { MoveStance, Stance } from '../types/annotation';

/** One side's use of one lever in an article, by stance. */
export interface LogCount {
  /** Side id, or `none` when the article does not say whose it is. */
  side: string;
  lever: string;
  category: string;
  tighten: number;
  relax: number;
  neutral: number;
}

/** Where the publication date came from (see src/page/published-date.ts). */
export type PublishedSource = 'meta' | 'json-ld' | 'itemprop' | 'parsely' | 'dublin-core' | 'cms-meta' | 'time' | 'url';

/** One article in the log, keyed by its canonical address. */
export interface LogPageRow {
  url: string;
  title: string;
  site: string;
  /** Day of publication (YYYY-MM-DD), or null when the page did not say: the article is then "undated". */
  published: string | null;
  publishedSource: PublishedSource | null;
  firstRead: number;
  lastRead: number;
  /** Times it was opened (re-reading replaces the counts, it never adds to them). */
  reads: number;
  words: number;
  counts: LogCount[];
  /** Number of tighten and relax mentions (the moves stored for it). */
  moves: number;
}

/** A tighten or relax mention: one lever pulled one way by one side in one sentence of a logged article. */
export interface LogMoveRow {
  /** With `n`, the key: the article's address and the move's place among its moves (0, 1, …), so an article's moves
   * are one key range. */
  url: string;
  n: number;
  site: string;
  /** The article's timeline week (Monday, YYYY-MM-DD): of publication, or of the first read when undated. */
  week: string;
  /** The day behind `week`: the publication day, or the day first read when undated. */
  date: string;
  /** 1 when `date` is the publication day, 0 when it is the day first read. */
  dated: 0 | 1;
  side: string;
  lever: string;
  category: string;
  stance: MoveStance;
  /** The words of the lever as written. */
  text: string;
  sentence: string;
  /** Offsets of `text` in the article text that was analysed. */
  start: number;
  end: number;
}

export type LogScope = 'pub' | 'undated' | 'read' | 'month' | 'all';

export interface LogStatRow {
  scope: LogScope;
  facet: string;
  /** Week (YYYY-MM-DD Monday), month (YYYY-MM) or `all`. */
  period: string;
  /** Articles counted (for a lever or category facet: the articles that mention it). */
  articles: number;
  /** Mentions by side and stance, keyed by countKey(side, stance). */
  counts: Map<string, number>;
}

export const ALL_FACET = '*';
/** Prefix of the facets that count one site's articles and mentions on the timeline (schema v5). */
export const SITE_FACET = 'site:';
export const ALL_PERIOD = 'all';
/** The longest sentence kept with a move; longer ones are cut (a page without full stops is one "sentence"). */
export const MAX_SENTENCE = 1_000;
/** The most moves kept for one article. */
export const MAX_MOVES_PER_PAGE = 2_000;

const DAY = 86_400_000;

/** UTC day of a time, YYYY-MM-DD. */
export function dayOf(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** UTC month of a time, YYYY-MM. */
export function monthOf(time: number): string {
  return new Date(time).toISOString().slice(0, 7);
}

/** Epoch ms of a YYYY-MM-DD day (UTC midnight). */
export function dayTime(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

/** The day the timeline places an article on: its publication day, else the day it was first read. */
export function timelineDay(page: Pick<LogPageRow, 'published' | 'firstRead'>): string {
  return page.published ?? dayOf(page.firstRead);
}

export function timelineWeek(page: Pick<LogPageRow, 'published' | 'firstRead'>): string {
  return weekOf(dayTime(timelineDay(page)));
}

/** The primary key of a counter row. */
export type StatKey = [LogScope, string, string];

export function statKey(r: Pick<LogStatRow, 'scope' | 'facet' | 'period'>): StatKey {
  return [r.scope, r.facet, r.period];
}

/** The key of a side and stance in a counter row's counts. */
export function countKey(side: string, stance: Stance): string {
  return `${side}\u0000${stance}`;
}

/** A counts key back to its side and stance. */
export function splitCountKey(key: string): { side: string; stance: Stance } {
  const at = key.lastIndexOf('\u0000');
  return { side: key.slice(0, at), stance: key.slice(at + 1) as Stance };
}

/**
 * The counter changes an article brings (sign +1 when logged, -1 when forgotten or replaced). Articles that are
 * logged again are first taken out with -1, then put back with +1, so nothing is counted twice.
 */
export function logStatsDelta(page: LogPageRow, sign: 1 | -1): LogStatRow[] {
  const rows = new Map<string, LogStatRow>();
  const row = (scope: LogScope, facet: string, period: string): LogStatRow => {
    const key = `${scope}\u0000${facet}\u0000${period}`;
    let r = rows.get(key);
    if (!r) rows.set(key, (r = { scope, facet, period, articles: sign, counts: new Map() }));
    return r;
  };
  const timeline: LogScope = page.published ? 'pub' : 'undated';
  const week = timelineWeek(page);
  const readWeek = weekOf(page.lastRead);
  const month = monthOf(page.lastRead);
  // Every article counts in the `*` rows, even one without mentions left (it still was read).
  row(timeline, ALL_FACET, week);
  const site = `${SITE_FACET}${page.site}`;
  row(timeline, site, week);
  row('read', ALL_FACET, readWeek);
  row('month', ALL_FACET, month);
  row('all', ALL_FACET, ALL_PERIOD);
  const add = (r: LogStatRow, key: string, n: number) => r.counts.set(key, (r.counts.get(key) ?? 0) + sign * n);
  for (const c of page.counts) {
    for (const stance of ['tighten', 'relax', 'neutral'] as const) {
      const n = c[stance];
      if (!n) continue;
      const key = countKey(c.side, stance);
      const lever = `lever:${c.lever}`;
      add(row(timeline, ALL_FACET, week), key, n);
      add(row(timeline, lever, week), key, n);
      add(row(timeline, `category:${c.category}`, week), key, n);
      add(row(timeline, site, week), key, n);
      add(row('read', ALL_FACET, readWeek), key, n);
      add(row('read', lever, readWeek), key, n);
      add(row('month', ALL_FACET, month), key, n);
      add(row('month', lever, month), key, n);
      add(row('all', ALL_FACET, ALL_PERIOD), key, n);
      add(row('all', lever, ALL_PERIOD), key, n);
    }
  }
  return [...rows.values()];
}

/** Adds up counter changes with the same key (keyed by the JSON of the key). */
export function mergeStatDeltas(deltas: Iterable<LogStatRow>): Map<string, LogStatRow> {
  const merged = new Map<string, LogStatRow>();
  for (const d of deltas) {
    const key = JSON.stringify(statKey(d));
    const m = merged.get(key);
    if (!m) {
      merged.set(key, { ...d, counts: new Map(d.counts) });
      continue;
    }
    m.articles += d.articles;
    for (const [k, n] of d.counts) m.counts.set(k, (m.counts.get(k) ?? 0) + n);
  }
  return merged;
}

/** A counter row plus changes: zero counts dropped; null when nothing is left (the row is deleted). */
export function applyStatDelta(existing: LogStatRow | undefined, d: LogStatRow): LogStatRow | null {
  const counts = new Map(existing?.counts ?? []);
  for (const [k, n] of d.counts) {
    const v = (counts.get(k) ?? 0) + n;
    if (v > 0) counts.set(k, v);
    else counts.delete(k);
  }
  const articles = (existing?.articles ?? 0) + d.articles;
  if (articles <= 0 && counts.size === 0) return null;
  return { scope: d.scope, facet: d.facet, period: d.period, articles: Math.max(0, articles), counts };
}

/** What an analysis gives for one mention; the engine's Mention satisfies it. */
export interface MentionLike {
  lever: string;
  category: string;
  side: string | null;
  stance: Stance;
  text: string;
  sentence: string;
  start: number;
  end: number;
}

/** Per side and lever counts of mentions, in a stable order (side, then lever). */
export function countMentions(mentions: Iterable<Pick<MentionLike, 'lever' | 'category' | 'side' | 'stance'>>, into: LogCount[] = []): LogCount[] {
  const byKey = new Map<string, LogCount>();
  for (const c of into) byKey.set(`${c.side}\u0000${c.lever}`, { ...c });
  for (const m of mentions) {
    const side = m.side ?? NO_SIDE_KEY;
    const key = `${side}\u0000${m.lever}`;
    let c = byKey.get(key);
    if (!c) byKey.set(key, (c = { side, lever: m.lever, category: m.category, tighten: 0, relax: 0, neutral: 0 }));
    c[m.stance]++;
  }
  return [...byKey.values()].sort((a, b) => (a.side === b.side ? (a.lever < b.lever ? -1 : a.lever > b.lever ? 1 : 0) : a.side < b.side ? -1 : 1));
}

/** Words in a text: runs of letters or digits, with inner apostrophes and hyphens ("China's", "rare-earth", "2,000"). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:(?:['\u2019-]|(?<=\d)[.,](?=\d))[\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** The sentence as kept with a move: whitespace folded, cut at MAX_SENTENCE characters. */
export function keptSentence(sentence: string): string {
  const s = sentence.replace(/\s+/g, ' ').trim();
  return s.length > MAX_SENTENCE ? `${s.slice(0, MAX_SENTENCE - 1)}\u2026` : s;
}

/** The moves of an article: its tighten and relax mentions, at most MAX_MOVES_PER_PAGE, numbered from `from`. */
export function movesOf(page: Pick<LogPageRow, 'url' | 'site' | 'published' | 'firstRead'>, mentions: Iterable<MentionLike>, from = 0): LogMoveRow[] {
  const week = timelineWeek(page);
  const date = timelineDay(page);
  const dated: 0 | 1 = page.published ? 1 : 0;
  const out: LogMoveRow[] = [];
  for (const m of mentions) {
    if (m.stance !== 'tighten' && m.stance !== 'relax') continue;
    if (out.length >= MAX_MOVES_PER_PAGE) break;
    out.push({
      url: page.url,
      n: from + out.length,
      site: page.site,
      week,
      date,
      dated,
      side: m.side ?? NO_SIDE_KEY,
      lever: m.lever,
      category: m.category,
      stance: m.stance,
      text: m.text.slice(0, 200),
      sentence: keptSentence(m.sentence),
      start: m.start,
      end: m.end,
    });
  }
  return out;
}

/** Number of days in a retention setting that means "keep forever". */
export const KEEP_FOREVER = 0;
/** The retention settings offered, in days. */
export const RETENTION_CHOICES = [30, 90, 180, 365, 730, KEEP_FOREVER] as const;
export const DEFAULT_RETENTION_DAYS = 365;

/** The time before which articles last read are forgotten under a retention of `days` (null: keep everything). */
export function retentionCutoff(days: number, now: number): number | null {
  return days > 0 ? now - days * DAY : null;
}

/** Counts over the articles read in a period: per side, per stance and per lever, and the number of articles. */
export interface LogTally {
  articles: number;
  total: number;
  bySide: Record<string, { count: number; tighten: number; relax: number; neutral: number; levers: Record<string, number> }>;
}

function emptyTally(): LogTally {
  return { articles: 0, total: 0, bySide: Object.create(null) as LogTally['bySide'] };
}

function sideOf(t: LogTally, side: string) {
  return (t.bySide[side] ??= { count: 0, tighten: 0, relax: 0, neutral: 0, levers: Object.create(null) as Record<string, number> });
}

/** A tally from counter rows: the `*` row gives articles, sides and stances; lever rows the levers per side. */
export function tallyFrom(rows: LogStatRow[]): LogTally {
  const t = emptyTally();
  for (const r of rows) {
    const lever = r.facet.startsWith('lever:') ? r.facet.slice('lever:'.length) : null;
    if (r.facet === ALL_FACET) t.articles += r.articles;
    else if (!lever) continue;
    for (const [key, n] of r.counts) {
      const { side, stance } = splitCountKey(key);
      const s = sideOf(t, side);
      if (lever) s.levers[lever] = (s.levers[lever] ?? 0) + n;
      else {
        t.total += n;
        s.count += n;
        s[stance] += n;
      }
    }
  }
  return t;
}
