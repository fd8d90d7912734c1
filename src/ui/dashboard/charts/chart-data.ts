/**
 * The numbers behind the dashboard's charts, from the weekly counters (savedTallies): pure functions, no DOM.
 */
import { byCountDesc } from '../../../engine/tally';
import type { SavedTally } from '../../../messaging/protocol';

export interface WeekCount {
  week: string;
  side: string;
  stance: string;
  count: number;
}

const DAY = 86_400_000;

function mondayTime(week: string): number {
  const [y, m, d] = week.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

/**
 * Every Monday from the first week with data to the last: at most the last `max` of them, and at least `min` (weeks
 * before the first are added), so that a few weeks of data still read as a time line.
 */
export function weekRange(weeks: string[], max = 26, min = 8): string[] {
  if (weeks.length === 0) return [];
  const times = weeks.map(mondayTime);
  const last = Math.max(...times);
  const first = Math.min(Math.max(Math.min(...times), last - (max - 1) * 7 * DAY), last - (Math.min(min, max) - 1) * 7 * DAY);
  const out: string[] = [];
  for (let t = first; t <= last; t += 7 * DAY) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

export interface SideSeries {
  weeks: string[];
  /** Sides with anything in the range, most pressure points first. */
  sides: string[];
  /** side -> count per week (aligned with weeks). */
  values: Record<string, number[]>;
  /** Highest weekly total (all sides stacked). */
  max: number;
}

/** Pressure points saved per week and side (all stances). */
export function sideSeries(rows: WeekCount[], maxWeeks = 26): SideSeries {
  const weeks = weekRange(rows.map((r) => r.week), maxWeeks);
  const at = new Map(weeks.map((w, i) => [w, i]));
  const values: Record<string, number[]> = {};
  const totals: Record<string, number> = {};
  for (const r of rows) {
    const i = at.get(r.week);
    if (i === undefined || r.count <= 0) continue;
    (values[r.side] ??= weeks.map(() => 0))[i] += r.count;
    totals[r.side] = (totals[r.side] ?? 0) + r.count;
  }
  const sides = byCountDesc(totals).map(([s]) => s);
  const max = Math.max(0, ...weeks.map((_, i) => sides.reduce((n, s) => n + values[s][i], 0)));
  return { weeks, sides, values, max };
}

export interface StanceSeries {
  weeks: string[];
  tighten: number[];
  relax: number[];
  neutral: number[];
  max: number;
}

/** Tightening, relaxing and neutral mentions saved per week (all sides). */
export function stanceSeries(rows: WeekCount[], maxWeeks = 26): StanceSeries {
  const weeks = weekRange(rows.map((r) => r.week), maxWeeks);
  const at = new Map(weeks.map((w, i) => [w, i]));
  const out: StanceSeries = { weeks, tighten: weeks.map(() => 0), relax: weeks.map(() => 0), neutral: weeks.map(() => 0), max: 0 };
  for (const r of rows) {
    const i = at.get(r.week);
    if (i === undefined || r.count <= 0) continue;
    if (r.stance === 'tighten' || r.stance === 'relax' || r.stance === 'neutral') out[r.stance][i] += r.count;
  }
  out.max = Math.max(0, ...out.tighten, ...out.relax);
  return out;
}

export interface SideLevers {
  side: string;
  total: number;
  levers: [string, number][];
}

/** Each side's most saved levers, sides with the most pressure points first. */
export function topLevers(allTime: SavedTally, n = 5): SideLevers[] {
  return byCountDesc(allTime.bySide, (s) => s.count)
    .filter(([, s]) => s.count > 0)
    .map(([side, s]) => ({ side, total: s.count, levers: byCountDesc(s.levers).filter(([, c]) => c > 0).slice(0, n) }));
}

/** Round tick values from 0 to at least `max` (whole numbers: these are counts). */
export function niceTicks(max: number, target = 4): number[] {
  if (max <= 0) return [0, 1];
  const raw = max / target;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? 10 * magnitude);
  const whole = Math.ceil(step);
  const ticks: number[] = [];
  for (let v = 0; v < max + whole; v += whole) {
    ticks.push(v);
    if (v >= max) break;
  }
  return ticks;
}
