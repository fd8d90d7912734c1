/**
 * The popup's tallies of saved annotations, kept whole (schema v5): one row for all time and one per week saved, each
 * holding the counts per side, stance and lever. Updated in the same transaction as every write, so the popup reads
 * two rows instead of the thousands of weekly counters they sum (src/kb/annotation-index.ts StatRow).
 */
import type { SideTally as PageSideTally } from '../engine/types';
import { idRecord, idRecordFrom } from '../types/ids';
import { NO_SIDE_KEY } from '../types/annotation';
import { ALL_TIME, weekOf } from './periods';

/** One side's saved annotations: as a page's tally counts them, without the categories. */
export type SideTally = Omit<PageSideTally, 'categories'>;

/** Saved annotations counted per side (the shape of the popup's SavedTally). */
export interface Tally {
  total: number;
  bySide: Record<string, SideTally>;
}

export interface TallyRow {
  /** `all`, or the Monday (UTC) of the week saved. */
  period: string;
  tally: Tally;
}

export function emptyTally(): Tally {
  return { total: 0, bySide: idRecord() };
}

/**
 * A tally as read from the database, its records keyed by side and lever ids made prototype-free (ids come from users
 * and files: no id may be special).
 */
export function ownTally(t: Tally): Tally {
  const bySide = idRecord<SideTally>();
  for (const [side, s] of Object.entries(t.bySide)) bySide[side] = { ...s, levers: idRecordFrom(Object.entries(s.levers)) };
  return { total: t.total, bySide };
}

type Tallied = { savedAt: number; side: string | null; lever: string; stance: 'tighten' | 'relax' | 'neutral' };

/** Adds (sign 1) or takes away (-1) annotations from the tallies by period, in place; returns the periods touched. */
export function addToTallies(tallies: Map<string, Tally>, rows: Iterable<Tallied>, sign: 1 | -1): Map<string, Tally> {
  for (const row of rows) {
    for (const period of [ALL_TIME, weekOf(row.savedAt)]) {
      let t = tallies.get(period);
      if (!t) tallies.set(period, (t = emptyTally()));
      const side = row.side ?? NO_SIDE_KEY;
      const s = (t.bySide[side] ??= { count: 0, tighten: 0, relax: 0, neutral: 0, levers: idRecord() });
      t.total += sign;
      s.count += sign;
      s[row.stance] += sign;
      s.levers[row.lever] = (s.levers[row.lever] ?? 0) + sign;
      if (!s.levers[row.lever]) delete s.levers[row.lever];
      if (s.count === 0) delete t.bySide[side];
    }
  }
  return tallies;
}

/** Every tally of a set of annotations, from nothing (the schema upgrade, the benchmark's data). */
export function talliesOf(rows: Iterable<Tallied>): TallyRow[] {
  return [...addToTallies(new Map(), rows, 1)].map(([period, tally]) => ({ period, tally }));
}
