/**
 * Everything the background does with the database, evaluated only when a request needs it (see on-demand.ts): Dexie,
 * the schema, the repositories and the shipped seed are not part of waking up to answer a page.
 */
import { idRecordFrom } from '../types/ids';
import { applySeed, loadKnowledgeBase, openDb, type PressureDb } from '../kb/db';
import { seed } from '../kb/seed/index';

import { savedTallies } from '../kb/annotations';
import { logPeriodTotals } from '../kb/reading-log';

export { annotationsForUrl, recordAnchoring, saveAnnotation, savedTallies } from '../kb/annotations';
export { applyRetention, logPeriodTotals, logReading } from '../kb/reading-log';
export { applySeed, loadKnowledgeBase, openDb, type PressureDb };

/** The names of the levers and sides (and the sides' colours), for the popup's labels. */
export async function knowledgeNames(db: PressureDb): Promise<{ levers: Record<string, string>; sides: Record<string, { id: string; name: string; color: string }> }> {
  const [levers, sides] = await db.transaction('r', db.levers, db.sides, () => Promise.all([db.levers.toArray(), db.sides.toArray()]));
  return {
    // Keyed by ids, which come from users and files: no prototype, so no id is special.
    levers: idRecordFrom(levers.map((l) => [l.id, l.name])),
    sides: idRecordFrom(sides.map((s) => [s.id, { id: s.id, name: s.name, color: s.color }])),
  };
}

/**
 * What the popup shows from the database, in one read-only transaction: the names (only: compiling the knowledge base
 * would delay the popup), the two kept tallies of saved annotations and the reading log's counters of this week and
 * this month. A few hundred rows, whatever the size of the store.
 */
export async function popupCounts(db: PressureDb, now: number) {
  return db.transaction('r', [db.levers, db.sides, db.annotationTallies, db.logStats], async () => {
    const [names, tallies, logTotals] = await Promise.all([knowledgeNames(db), savedTallies(db, now, { withWeeks: false }), logPeriodTotals(db, now)]);
    return { names, tallies, logTotals };
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
