/**
 * The timeline's numbers from the reading log's counters (log-index.ts): moves per week of publication, side and
 * stance, for no filter, a lever, a category or a site, with the side filter applied. Pure: the repository
 * (reading-log.ts timelineCounts) gives it the counter rows of the facet, for publication weeks and for undated
 * articles.
 */
import { ALL_FACET, SITE_FACET, splitCountKey, type LogStatRow, type MoveStance } from './log-index';

export interface TimelineFilter {
  side?: string;
  lever?: string;
  category?: string;
  site?: string;
}

export interface TimelineCount {
  week: string;
  side: string;
  stance: MoveStance;
  /** False for articles without a publication date, placed at the week first read. */
  dated: boolean;
  count: number;
}

export interface TimelineData {
  counts: TimelineCount[];
  /** Articles per week (dated and undated together; with a lever or category, those that mention it); null when the
   * counts do not say (a side or a site chosen). */
  articles: Map<string, number> | null;
}

/** The counters' facet that answers a filter, or null when they cannot (two of lever, category and site). */
export function facetFor(f: TimelineFilter): string | null {
  if ([f.lever, f.category, f.site].filter(Boolean).length > 1) return null;
  if (f.site) return `${SITE_FACET}${f.site}`;
  if (f.lever) return `lever:${f.lever}`;
  if (f.category) return `category:${f.category}`;
  return ALL_FACET;
}

/**
 * The timeline from a facet's counters (`pub` and `undated` rows). `sorted: false` leaves the counts in the rows' order
 * (the chart's series does not depend on it; a page drawing it need not sort thousands of them).
 */
export function countersTimeline(pub: LogStatRow[], undated: LogStatRow[], filter: TimelineFilter, sorted = true): TimelineData {
  const counts: TimelineCount[] = [];
  const articles = new Map<string, number>();
  for (const [rows, dated] of [[pub, true], [undated, false]] as const) {
    for (const r of rows) {
      if (!filter.side) articles.set(r.period, (articles.get(r.period) ?? 0) + r.articles);
      for (const [key, n] of r.counts) {
        const { side, stance } = splitCountKey(key);
        if (stance === 'neutral' || (filter.side && side !== filter.side)) continue;
        counts.push({ week: r.period, side, stance, dated, count: n });
      }
    }
  }
  return { counts: sorted ? sortCounts(counts) : counts, articles: filter.side ? null : articles };
}

/**
 * A counter row packed for the timeline: its counts of moves only (a counter row also counts neutral mentions, which
 * the timeline never draws), each as two numbers, the slot and the count. A slot is the side's place in the packed
 * rows' `keys` times two, plus 0 for tightening or 1 for relaxing.
 */
export interface PackedCounterRow {
  period: string;
  articles: number;
  counts: number[];
}

/**
 * A facet's counter rows as the background keeps and sends them for the timeline's first chart (packCounters): about
 * a sixth of the rows' size as JSON (numbers, not a `side\u0000stance` string per count), and read back without
 * splitting a key per count.
 */
export interface PackedCounters {
  /** The sides counted, as the counts name them (NO_SIDE_KEY for moves of no side), in order of first appearance. */
  keys: string[];
  pub: PackedCounterRow[];
  undated: PackedCounterRow[];
}

/** Packs a facet's `pub` and `undated` counter rows (see PackedCounters); packedTimeline reads them back. */
export function packCounters(pub: LogStatRow[], undated: LogStatRow[]): PackedCounters {
  const keys: string[] = [];
  const at = new Map<string, number>();
  const pack = (r: LogStatRow): PackedCounterRow => {
    const counts: number[] = [];
    for (const [key, n] of r.counts) {
      const { side, stance } = splitCountKey(key);
      if (stance === 'neutral') continue;
      let i = at.get(side);
      if (i === undefined) {
        at.set(side, (i = keys.length));
        keys.push(side);
      }
      counts.push(i * 2 + (stance === 'tighten' ? 0 : 1), n);
    }
    return { period: r.period, articles: r.articles, counts };
  };
  return { keys, pub: pub.map(pack), undated: undated.map(pack) };
}

/**
 * The timeline from packed counters: the same counts, in the same order, as countersTimeline(pub, undated, filter,
 * false) gives from the rows they were packed from.
 */
export function packedTimeline(packed: PackedCounters, filter: TimelineFilter): TimelineData {
  const counts: TimelineCount[] = [];
  const articles = new Map<string, number>();
  for (const [rows, dated] of [[packed.pub, true], [packed.undated, false]] as const) {
    for (const r of rows) {
      if (!filter.side) articles.set(r.period, (articles.get(r.period) ?? 0) + r.articles);
      const c = r.counts;
      for (let i = 0; i + 1 < c.length; i += 2) {
        const side = packed.keys[c[i] >> 1];
        if (filter.side && side !== filter.side) continue;
        counts.push({ week: r.period, side, stance: c[i] & 1 ? 'relax' : 'tighten', dated, count: c[i + 1] });
      }
    }
  }
  return { counts, articles: filter.side ? null : articles };
}

/**
 * Week, side, stance, dated first: the same counts always in the same order. Sorted on one string key each (a few
 * thousand counts: one comparison of two strings each, not four field by field).
 */
export function sortCounts(counts: TimelineCount[]): TimelineCount[] {
  const keyed = counts.map((c): [string, TimelineCount] => [`${c.week}\u0000${c.side}\u0000${c.stance}\u0000${c.dated ? 0 : 1}`, c]);
  keyed.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return keyed.map(([, c]) => c);
}
