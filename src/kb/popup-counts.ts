/**
 * What the popup shows from the database: the names of levers and sides, the kept tallies of saved annotations (this
 * week, all time) and the reading log's counters of this week and this month. A few hundred rows, whatever the size of
 * the store, all of them kept up to date in the same transaction as every write (annotation-tallies.ts, log-index.ts);
 * the background reads them in one transaction (src/background/store.ts popupCounts) and assembles them here.
 */
import { idRecordFrom } from '../types/ids';
import type { SavedTally } from '../types/annotation';
import { ALL_TIME, weekOf } from './periods';
import { emptyTally, ownTally, type TallyRow } from './annotation-tallies';
import { monthOf, tallyFrom, type LogStatRow, type LogTally } from './log-index';

export interface PopupCounts {
  names: { levers: Record<string, string>; sides: Record<string, { id: string; name: string; color: string }> };
  tallies: { week: SavedTally; allTime: SavedTally };
  logTotals: { week: LogTally; month: LogTally };
}

/** The kept rows the popup's figures come from. */
export interface PopupRows {
  levers: { id: string; name: string }[];
  sides: { id: string; name: string; color: string }[];
  /** The saved annotations' tallies of all time and of this week (undefined when none). */
  allTime: TallyRow | undefined;
  week: TallyRow | undefined;
  /** The log's counters of the week and the month last read. */
  readWeek: LogStatRow[];
  readMonth: LogStatRow[];
}

/** The keys of the rows for a time: the tallies' periods and the log's [scope, period] pairs. */
export function popupKeys(now: number): { allTime: string; week: string; readWeek: [string, string]; readMonth: [string, string] } {
  return { allTime: ALL_TIME, week: weekOf(now), readWeek: ['read', weekOf(now)], readMonth: ['month', monthOf(now)] };
}

export function popupCountsFrom(rows: PopupRows): PopupCounts {
  return {
    // Keyed by ids, which come from users and files: no prototype, so no id is special.
    names: {
      levers: idRecordFrom(rows.levers.map((l) => [l.id, l.name])),
      sides: idRecordFrom(rows.sides.map((s) => [s.id, { id: s.id, name: s.name, color: s.color }])),
    },
    tallies: { week: ownTally(rows.week?.tally ?? emptyTally()), allTime: ownTally(rows.allTime?.tally ?? emptyTally()) },
    logTotals: { week: tallyFrom(rows.readWeek), month: tallyFrom(rows.readMonth) },
  };
}
