/**
 * The periods every counter is kept by: weeks from Monday (UTC) and all time. A module of its own, free of the search
 * index's word lists, so that the popup's read of the kept rows (popup-counts.ts) carries nothing else.
 */

/** The period of the all-time counters and tallies, kept beside the weekly ones. */
export const ALL_TIME = 'all';

/** Monday (UTC) of the week holding a time. */
export function weekOf(time: number): string {
  const d = new Date(time);
  const day = (d.getUTCDay() + 6) % 7;
  const monday = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - day));
  return monday.toISOString().slice(0, 10);
}
