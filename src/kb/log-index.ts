/**
 * The reading log's rows and what is derived from them: the moves an article holds and its contribution to the
 * counters that the timeline, the charts and the popup read. Pure functions, shared by the repository
 * (src/kb/reading-log.ts), its import, the schema upgrade and the store benchmark.
 *
 * Counters ("log stats") are kept per scope and period, so every view reads a few hundred or thousand rows whatever
 * the size of the log:
 * - `pub`     week of publication (dated articles): what the timeline draws, in all and per lever and category;
 * - `undated` week first read, for articles whose page gave no publication date (drawn apart, marked as such);
 * - `read`    week last read, in all: the popup's "this week" per side and the charts by date read;
 * - `month`   month last read, per lever: the popup's "this month";
 * - `all`     everything in the log, per lever.
 * Within a scope and period, a `facet` says what the row counts: `*` all mentions, `lever:<id>`, `category:<id>`, or
 * `#` the number of articles. The primary key is [scope, facet, period, side, stance], so a facet's weeks are one key
 * range; a second index on [scope, period] gives one period's rows.
 * Finer cuts (one site, a lever and a site) are summed from the articles themselves, through their indexes.
 */
import { NO_SIDE_KEY, weekOf } from './annotation-index';

export type Stance = 'tighten' | 'relax' | 'neutral';
export type MoveStance = 'tighten' | 'relax';

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
  id?: number;
  url: string;
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
  /** Week (YYYY-MM-DD Monday), month (YYYY-MM) or `all`. */
  period: string;
  facet: string;
  /** Side id or `none`; empty for article counts. */
  side: string;
  /** Empty for article counts. */
  stance: Stance | '';
  count: number;
}

export const ALL_FACET = '*';
export const ARTICLES_FACET = '#';
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
export type StatKey = [LogScope, string, string, string, Stance | ''];

export function statKey(r: Pick<LogStatRow, 'scope' | 'facet' | 'period' | 'side' | 'stance'>): StatKey {
  return [r.scope, r.facet, r.period, r.side, r.stance];
}

/**
 * The counter changes an article brings (sign +1 when logged, -1 when forgotten or replaced). Articles that are
 * logged again are first taken out with -1, then put back with +1, so nothing is counted twice.
 */
export function logStatsDelta(page: LogPageRow, sign: 1 | -1): LogStatRow[] {
  const out: LogStatRow[] = [];
  const week = timelineWeek(page);
  const timeline: LogScope = page.published ? 'pub' : 'undated';
  const readWeek = weekOf(page.lastRead);
  const month = monthOf(page.lastRead);
  const push = (scope: LogScope, period: string, facet: string, side: string, stance: Stance | '', count: number) => {
    if (count !== 0) out.push({ scope, period, facet, side, stance, count: sign * count });
  };
  for (const c of page.counts) {
    for (const stance of ['tighten', 'relax', 'neutral'] as const) {
      const n = c[stance];
      if (!n) continue;
      const lever = `lever:${c.lever}`;
      push(timeline, week, ALL_FACET, c.side, stance, n);
      push(timeline, week, lever, c.side, stance, n);
      push(timeline, week, `category:${c.category}`, c.side, stance, n);
      push('read', readWeek, ALL_FACET, c.side, stance, n);
      push('month', month, lever, c.side, stance, n);
      push('all', ALL_PERIOD, lever, c.side, stance, n);
    }
  }
  push(timeline, week, ARTICLES_FACET, '', '', 1);
  push('read', readWeek, ARTICLES_FACET, '', '', 1);
  push('month', month, ARTICLES_FACET, '', '', 1);
  push('all', ALL_PERIOD, ARTICLES_FACET, '', '', 1);
  return out;
}

/** Adds up counter changes with the same key (keyed by the JSON of the key). */
export function mergeStatDeltas(deltas: Iterable<LogStatRow>): Map<string, LogStatRow> {
  const merged = new Map<string, LogStatRow>();
  for (const d of deltas) {
    const key = JSON.stringify(statKey(d));
    const m = merged.get(key);
    if (m) m.count += d.count;
    else merged.set(key, { ...d });
  }
  return merged;
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

/** The moves of an article: its tighten and relax mentions, at most MAX_MOVES_PER_PAGE. */
export function movesOf(page: Pick<LogPageRow, 'url' | 'site' | 'published' | 'firstRead'>, mentions: Iterable<MentionLike>): LogMoveRow[] {
  const week = timelineWeek(page);
  const date = timelineDay(page);
  const dated: 0 | 1 = page.published ? 1 : 0;
  const out: LogMoveRow[] = [];
  for (const m of mentions) {
    if (m.stance !== 'tighten' && m.stance !== 'relax') continue;
    if (out.length >= MAX_MOVES_PER_PAGE) break;
    out.push({
      url: page.url,
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
