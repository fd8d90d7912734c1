/**
 * Everything the background does with the database, evaluated only when a request needs it (see on-demand.ts): Dexie,
 * the schema, the repositories and the shipped seed are not part of waking up to answer a page.
 */
import { applySeed, loadKnowledgeBase, openDb, type PressureDb } from '../kb/db';
import { seed } from '../kb/seed/index';

import { KeptReads } from '../kb/kept-reads';
import { popupCountsFrom, popupKeys, type PopupCounts } from '../kb/popup-counts';

export { annotationsForUrl, recordAnchoring, saveAnnotation, savedTallies } from '../kb/annotations';
export { applyRetention, logPeriodTotals, logReading } from '../kb/reading-log';
import { facetRows } from '../kb/reading-log';
import { packCounters } from '../kb/timeline-counters';
import type { FirstAnnotations, TimelineCounters } from '../messaging/protocol';
import { queryAnnotations } from '../kb/annotations';
export { applySeed, loadKnowledgeBase, openDb, type PressureDb };

/** Kept reads per database, each forgotten and read again after a write to the tables it reads (src/kb/kept-reads.ts). */
const kept = new Map<string, KeptReads>();

function keptFor(db: PressureDb): KeptReads {
  let k = kept.get(db.name);
  if (!k) kept.set(db.name, (k = new KeptReads(db.name)));
  return k;
}

/**
 * What the popup shows from the database (src/kb/popup-counts.ts): the rows read in one read-only transaction, kept in
 * memory for the next opening until one of them is written, here or in another of the extension's contexts. `fresh`
 * reads them again whatever is kept.
 */
export function popupCounts(db: PressureDb, now: number, fresh = false): Promise<PopupCounts> {
  const keys = popupKeys(now);
  if (fresh) keptFor(db).clear();
  return keptFor(db).get(`popup ${JSON.stringify(keys)}`, ['levers', 'sides', 'annotationTallies', 'logStats'], () => readPopupCounts(db, keys));
}

async function readPopupCounts(db: PressureDb, keys: ReturnType<typeof popupKeys>): Promise<PopupCounts> {
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
 * A timeline facet's counters and the sides' names (see the getTimelineCounters message), kept like the popup's until
 * the counters or the sides are written.
 */
export function timelineCounters(db: PressureDb, facet: string): Promise<TimelineCounters> {
  return keptFor(db).get(`timeline ${facet}`, ['logStats', 'sides'], () =>
    db.transaction('r', [db.logStats, db.sides], async () => {
      const [pub, undated, sides] = await Promise.all([facetRows(db, 'pub', facet), facetRows(db, 'undated', facet), db.sides.toArray()]);
      return { ...packCounters(pub, undated), sides: sides.map((s) => ({ id: s.id, name: s.name, color: s.color })) };
    }),
  );
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

/**
 * The names of levers and sides, as the dashboard's list labels its rows: kept like the popup's counters until a lever
 * or a side is written. Read for each first page, they were most of its wait: the levers' rows (context, facts and
 * aliases, some 90 KB for the shipped seed) read and parsed again each time, for a name and a category each.
 */
function names(db: PressureDb): Promise<Pick<FirstAnnotations, 'levers' | 'sides'>> {
  return keptFor(db).get('names', ['levers', 'sides'], () =>
    db.transaction('r', [db.levers, db.sides], async () => {
      const [levers, sides] = await Promise.all([db.levers.toArray(), db.sides.toArray()]);
      return {
        levers: levers.map((l) => ({ id: l.id, name: l.name, category: l.category })),
        sides: sides.map((s) => ({ id: s.id, name: s.name, color: s.color })),
      };
    }),
  );
}

/**
 * The first page of every saved annotation, newest first (the dashboard list's opening query), without the rows'
 * search keys, and the names of levers and sides. The rows are read afresh each time (not kept): they are what the list
 * shows and edits, and a write that did not go through Dexie (a test's, or a tool's) must show at the next opening.
 */
export async function firstAnnotations(db: PressureDb, limit: number): Promise<FirstAnnotations> {
  const [page, { levers, sides }] = await Promise.all([queryAnnotations(db, { sort: 'newest', offset: 0, limit }), names(db)]);
  return { page: { rows: page.rows.map(({ words: _w, wordKeys: _k, ...row }) => row), total: page.total }, levers, sides };
}
