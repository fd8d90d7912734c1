/**
 * The numbers behind the timeline, from the reading log's counts (timelineCounts): pure functions, no DOM.
 * Weeks run Monday to Sunday (UTC), like every counter in the extension.
 */
import { weekOf } from '../../../kb/periods';
import type { TimelineCount } from '../../../kb/reading-log';
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

/** The first and last week of the range: the data's own span for "all", else the last n weeks up to `now`. */
export function rangeWeeks(counts: TimelineCount[], range: TimelineRange, now = Date.now()): string[] {
  let first: number;
  let last: number;
  if (range === 'all') {
    if (counts.length === 0) return [];
    // YYYY-MM-DD strings sort as the days they name.
    let lo = counts[0].week;
    let hi = lo;
    for (const c of counts) {
      if (c.week < lo) lo = c.week;
      else if (c.week > hi) hi = c.week;
    }
    first = mondayTime(lo);
    last = mondayTime(hi);
  } else {
    last = mondayTime(weekOf(now));
    first = last - (range - 1) * WEEK;
  }
  const out: string[] = [];
  for (let t = first; t <= last; t += WEEK) out.push(weekString(t));
  return out;
}

/** The default range: everything, unless the log spans more than twenty years. */
export function defaultRange(counts: TimelineCount[]): TimelineRange {
  return rangeWeeks(counts, 'all').length > MAX_DEFAULT_WEEKS ? 104 : 'all';
}

export function timelineSeries(counts: TimelineCount[], range: TimelineRange, articles: Map<string, number> | null = null, now = Date.now()): TimelineSeries {
  const weeks = rangeWeeks(counts, range, now);
  const at = new Map(weeks.map((w, i) => [w, i]));
  // Each side gets a number as first seen; a week's segments sit at that number times two, plus 0 for tightening or 1
  // for relaxing (thousands of counts: no key string made and looked up per count).
  const sideAt = new Map<string, number>();
  const seen: string[] = [];
  const totals: number[] = [];
  const cells: Segment[][] = weeks.map(() => []);
  let undated = 0;
  for (const c of counts) {
    const i = at.get(c.week);
    if (i === undefined || c.count <= 0) continue;
    let s = sideAt.get(c.side);
    if (s === undefined) {
      sideAt.set(c.side, (s = seen.length));
      seen.push(c.side);
      totals.push(0);
    }
    const slot = s * 2 + (c.stance === 'tighten' ? 0 : 1);
    let seg = cells[i][slot];
    if (!seg) cells[i][slot] = seg = { side: c.side, stance: c.stance, dated: 0, undated: 0 };
    if (c.dated) seg.dated += c.count;
    else {
      seg.undated += c.count;
      undated += c.count;
    }
    totals[s] += c.count;
  }
  const order = seen.map((_, s) => s).sort((a, b) => totals[b] - totals[a] || (seen[a] < seen[b] ? -1 : 1));
  const sides = order.map((s) => seen[s]);
  let max = 0;
  let tighten = 0;
  let relax = 0;
  const columns = weeks.map((week, i): WeekColumn => {
    // The segments in the sides' stacking order.
    const up: Segment[] = [];
    const down: Segment[] = [];
    let t = 0;
    let r = 0;
    const cell = cells[i];
    if (cell.length) {
      for (const s of order) {
        const u = cell[s * 2];
        const d = cell[s * 2 + 1];
        if (u) {
          up.push(u);
          t += u.dated + u.undated;
        }
        if (d) {
          down.push(d);
          r += d.dated + d.undated;
        }
      }
    }
    max = Math.max(max, t, r);
    tighten += t;
    relax += r;
    return { week, up, down, tighten: t, relax: r, articles: articles ? (articles.get(week) ?? 0) : null };
  });
  return { weeks, columns, sides, max, tighten, relax, undated };
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
