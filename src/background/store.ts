/**
 * Everything the background does with the database, evaluated only when a request needs it (see on-demand.ts): Dexie,
 * the schema, the repositories and the shipped seed are not part of waking up to answer a page.
 */
import { applySeed, loadKnowledgeBase, openDb, type PressureDb } from '../kb/db';
import { seed } from '../kb/seed/index';

import { popupCountsFrom, popupKeys, type PopupCounts } from '../kb/popup-counts';

export { annotationsForUrl, recordAnchoring, saveAnnotation, savedTallies } from '../kb/annotations';
export { applyRetention, logPeriodTotals, logReading } from '../kb/reading-log';
export { applySeed, loadKnowledgeBase, openDb, type PressureDb };

/**
 * What the popup shows from the database (src/kb/popup-counts.ts), in one read-only transaction: the popup reads the same
 * rows itself, and asks here only when it cannot (no database yet, or one this build has still to upgrade).
 */
export async function popupCounts(db: PressureDb, now: number): Promise<PopupCounts> {
  const keys = popupKeys(now);
  return db.transaction('r', [db.levers, db.sides, db.annotationTallies, db.logStats], async () => {
    const [levers, sides, [allTime, week], readWeek, readMonth] = await Promise.all([
      db.levers.toArray(),
      db.sides.toArray(),
      db.annotationTallies.bulkGet([keys.allTime, keys.week]),
      db.logStats.where('[scope+period]').equals(keys.readWeek).toArray(),
      db.logStats.where('[scope+period]').equals(keys.readMonth).toArray(),
    ]);
    return popupCountsFrom({ levers, sides, allTime, week, readWeek, readMonth });
  });
}

/**
 * True when the stored knowledge base is the shipped seed as it is: no lever or side edited or added by the reader,
 * every row from the current seed version. The knowledge built from the seed at build time then applies.
 */
export async function isShippedSeed(db: PressureDb): Promise<boolean> {
  const [levers, sides] = await Promise.all([db.levers.toArray(), db.sides.toArray()]);
  const pristine = (rows: { origin: string; edited: boolean; seedVersion: number }[], count: number) =>
    rows.length === count && rows.every((r) => r.origin === 'seed' && !r.edited && r.seedVersion === seed.version);
  return pristine(levers, seed.levers.length) && pristine(sides, seed.sides.length);
}
