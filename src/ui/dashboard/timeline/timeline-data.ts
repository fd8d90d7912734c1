/**
 * The numbers behind the timeline, from the reading log's counts (timelineCounts): pure functions, no DOM.
 * Weeks run Monday to Sunday (UTC), like every counter in the extension.
 */
import { weekOf } from '../../../kb/periods';
import type { PackedCounters, TimelineCount, TimelineData, TimelineFilter } from '../../../kb/timeline-counters';
import type { MoveStance } from '../../../types/annotation';

const WEEK = 7 * 86_400_000;

/** How much of the timeline to draw: everything, or the last n weeks up to this one. */
export type TimelineRange = 'all' | 13 | 26 | 52 | 104 | 260;
export const RANGES: [TimelineRange, string][] = [
  ['all', 'Everything'],
  [260, 'Last 5 years'],
  [104, 'Last 2 years'],
  [52, 'Last year'],
  [26, 'Last 26 weeks'],
  [13, 'Last 13 weeks'],
];
/**
 * Drawn as "everything" by default up to this many weeks (twenty years: a reader of archives sees them too, in bars of
 * a pixel or so); a longer log starts on the last two years.
 */
export const MAX_DEFAULT_WEEKS = 1040;

function mondayTime(week: string): number {
  return Date.parse(`${week}T00:00:00Z`);
}

function weekString(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** One stacked segment of a week's bar: a side's tightening (above the line) or relaxing (below) moves. */
export interface Segment {
  side: string;
  stance: MoveStance;
  dated: number;
  /** Moves of articles without a publication date, placed at the week first read. */
  undated: number;
}

export interface WeekColumn {
  week: string;
  up: Segment[];
  down: Segment[];
  tighten: number;
  relax: number;
  /** Articles with moves or mentions that week (null when the counts were filtered and do not say). */
  articles: number | null;
}

export interface TimelineSeries {
  /** Every Monday of the range, oldest first. */
  weeks: string[];
  columns: WeekColumn[];
  /** Sides with moves in the range, most moves first (the stacking order). */
  sides: string[];
  /** Highest tightening or relaxing total of a week. */
  max: number;
  /** Totals over the range. */
  tighten: number;
  relax: number;
  undated: number;
}

/** The weeks from `first` to `last` (Mondays, YYYY-MM-DD) for "all", else the last n weeks up to `now`. */
function weeksOf(first: string | undefined, last: string | undefined, range: TimelineRange, now: number): string[] {
  let from: number;
  let to: number;
  if (range === 'all') {
    if (first === undefined || last === undefined) return [];
    from = mondayTime(first);
    to = mondayTime(last);
  } else {
    to = mondayTime(weekOf(now));
    from = to - (range - 1) * WEEK;
  }
  const out: string[] = [];
  for (let t = from; t <= to; t += WEEK) out.push(weekString(t));
  return out;
}

/** The earliest and latest of some weeks (YYYY-MM-DD strings sort as the days they name). */
function spanOf(weeks: Iterable<string>): [string | undefined, string | undefined] {
  let lo: string | undefined;
  let hi: string | undefined;
  for (const w of weeks) {
    if (lo === undefined || w < lo) lo = w;
    if (hi === undefined || w > hi) hi = w;
  }
  return [lo, hi];
}

/** The first and last week of the range: the data's own span for "all", else the last n weeks up to `now`. */
export function rangeWeeks(counts: TimelineCount[], range: TimelineRange, now = Date.now()): string[] {
  const [first, last] = range === 'all' ? spanOf(counts.map((c) => c.week)) : [undefined, undefined];
  return weeksOf(first, last, range, now);
}

/** The default range: everything, unless the log spans more than twenty years. */
export function defaultRange(counts: TimelineCount[]): TimelineRange {
  return rangeWeeks(counts, 'all').length > MAX_DEFAULT_WEEKS ? 104 : 'all';
}

/**
 * The moves of each side per week, in flat arrays: side s's cell for week w and stance (0 tightening, 1 relaxing) is
 * at w * 2 + stance of dated[s] and undated[s]. Adding up ten thousand counts is then a few array reads and an add each
 * (a page draws the first chart with freshly loaded code, so every operation per count shows); objects are made only
 * for the cells with moves, at the end.
 */
class Grid {
  readonly sides: string[] = [];
  readonly dated: Float64Array[] = [];
  readonly undated: Float64Array[] = [];
  constructor(readonly weeks: string[]) {}

  /** The side's number, its cells made when first met. */
  side(id: string): number {
    this.sides.push(id);
    this.dated.push(new Float64Array(this.weeks.length * 2));
    this.undated.push(new Float64Array(this.weeks.length * 2));
    return this.sides.length - 1;
  }

  /** The series: sides with moves in the range, most moves first, and each week's segments in that order. */
  series(articles: Map<string, number> | null): TimelineSeries {
    const { weeks, sides, dated, undated } = this;
    const totals = sides.map((_, s) => {
      const ds = dated[s];
      const us = undated[s];
      let n = 0;
      for (let i = 0; i < ds.length; i++) n += ds[i] + us[i];
      return n;
    });
    const order = sides
      .map((_, s) => s)
      .filter((s) => totals[s] > 0)
      .sort((a, b) => totals[b] - totals[a] || (sides[a] < sides[b] ? -1 : 1));
    let max = 0;
    let tighten = 0;
    let relax = 0;
    let undatedTotal = 0;
    const columns = weeks.map((week, w): WeekColumn => {
      const up: Segment[] = [];
      const down: Segment[] = [];
      let t = 0;
      let r = 0;
      for (let o = 0; o < order.length; o++) {
        const s = order[o];
        const ds = dated[s];
        const us = undated[s];
        const dt = ds[w * 2];
        const ut = us[w * 2];
        if (dt + ut > 0) {
          up.push({ side: sides[s], stance: 'tighten', dated: dt, undated: ut });
          t += dt + ut;
          undatedTotal += ut;
        }
        const dr = ds[w * 2 + 1];
        const ur = us[w * 2 + 1];
        if (dr + ur > 0) {
          down.push({ side: sides[s], stance: 'relax', dated: dr, undated: ur });
          r += dr + ur;
          undatedTotal += ur;
        }
      }
      max = Math.max(max, t, r);
      tighten += t;
      relax += r;
      return { week, up, down, tighten: t, relax: r, articles: articles ? (articles.get(week) ?? 0) : null };
    });
    return { weeks, columns, sides: order.map((s) => sides[s]), max, tighten, relax, undated: undatedTotal };
  }
}

export function timelineSeries(counts: TimelineCount[], range: TimelineRange, articles: Map<string, number> | null = null, now = Date.now()): TimelineSeries {
  const grid = new Grid(rangeWeeks(counts, range, now));
  const at = new Map(grid.weeks.map((w, i) => [w, i]));
  const sideAt = new Map<string, number>();
  for (const c of counts) {
    const w = at.get(c.week);
    if (w === undefined || c.count <= 0) continue;
    let s = sideAt.get(c.side);
    if (s === undefined) sideAt.set(c.side, (s = grid.side(c.side)));
    (c.dated ? grid.dated : grid.undated)[s][w * 2 + (c.stance === 'tighten' ? 0 : 1)] += c.count;
  }
  return grid.series(articles);
}

/** Where a chart's series comes from: the counts read from the page's database, or the background's packed counters. */
export interface SeriesSource {
  defaultRange(): TimelineRange;
  series(range: TimelineRange, now?: number): TimelineSeries;
}

export function countsSource(data: TimelineData): SeriesSource {
  return {
    defaultRange: () => defaultRange(data.counts),
    series: (range, now) => timelineSeries(data.counts, range, data.articles, now),
  };
}

/**
 * The series straight from the background's packed counters (src/kb/timeline-counters.ts PackedCounters): the same as
 * timelineSeries of packedTimeline(packed, filter), without a count object per count, nor a week or side looked up per
 * count (a row is one week; a count's slot is its side's number and stance).
 */
export function packedSource(packed: PackedCounters, filter: TimelineFilter): SeriesSource {
  const keep = packed.keys.map((side) => !filter.side || side === filter.side);
  const rows = [...packed.pub.map((r) => ({ r, dated: true })), ...packed.undated.map((r) => ({ r, dated: false }))];
  /** Weeks of the rows that count a kept side (with any number): the span of "all", as packedTimeline's counts have. */
  const counted = rows.filter(({ r }) => {
    for (let i = 0; i + 1 < r.counts.length; i += 2) if (keep[r.counts[i] >> 1]) return true;
    return false;
  });
  const [first, last] = spanOf(counted.map(({ r }) => r.period));
  let articles: Map<string, number> | null = null;
  if (!filter.side) {
    articles = new Map();
    for (const { r } of rows) articles.set(r.period, (articles.get(r.period) ?? 0) + r.articles);
  }
  return {
    defaultRange: () => (weeksOf(first, last, 'all', 0).length > MAX_DEFAULT_WEEKS ? 104 : 'all'),
    series(range, now = Date.now()) {
      const grid = new Grid(weeksOf(first, last, range, now));
      const at = new Map(grid.weeks.map((w, i) => [w, i]));
      // The packed sides' numbers to the grid's, given as a side is first met.
      const sideOf = new Int32Array(packed.keys.length).fill(-1);
      for (const { r, dated } of counted) {
        const w = at.get(r.period);
        if (w === undefined) continue;
        const c = r.counts;
        for (let i = 0; i + 1 < c.length; i += 2) {
          const k = c[i] >> 1;
          const n = c[i + 1];
          if (!keep[k] || n <= 0) continue;
          let s = sideOf[k];
          if (s < 0) s = sideOf[k] = grid.side(packed.keys[k]);
          (dated ? grid.dated : grid.undated)[s][w * 2 + (c[i] & 1)] += n;
        }
      }
      return grid.series(articles);
    },
  };
}

/** Per side, a week's moves: tightening and relaxing (dated and undated together). */
export function weekSides(column: WeekColumn): { side: string; tighten: number; relax: number }[] {
  const by = new Map<string, { side: string; tighten: number; relax: number }>();
  for (const s of [...column.up, ...column.down]) {
    const e = by.get(s.side) ?? { side: s.side, tighten: 0, relax: 0 };
    e[s.stance] += s.dated + s.undated;
    by.set(s.side, e);
  }
  return [...by.values()];
}
