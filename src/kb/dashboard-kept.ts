/**
 * The dashboard's first reads, straight from the kept rows with plain IndexedDB (kept-rows.ts) while Dexie loads and
 * opens: the names of levers and sides for the labels, and the timeline's counters for its first chart. Each gives
 * null when it cannot answer (no database, an older one, a filter the counters do not hold); the caller then reads
 * through the repositories.
 */
import { DB_NAME, readKept, request } from './kept-rows';
import type { LogStatRow } from './log-index';
import { countersTimeline, facetFor, type TimelineData, type TimelineFilter } from './timeline-counters';
import type { CategoryId } from '../types/knowledge';

export interface LabelRows {
  levers: { id: string; name: string; category: CategoryId }[];
  sides: { id: string; name: string; color: string }[];
}

/** The levers and sides as stored (the reader's edits included). */
export function readKeptLabelRows(name = DB_NAME, factory: IDBFactory | undefined = globalThis.indexedDB): Promise<LabelRows | null> {
  return readKept(
    ['levers', 'sides'],
    async (tx) => {
      const [levers, sides] = await Promise.all([
        request(tx.objectStore('levers').getAll() as IDBRequest<LabelRows['levers']>),
        request(tx.objectStore('sides').getAll() as IDBRequest<LabelRows['sides']>),
      ]);
      return { levers, sides };
    },
    factory,
    name,
  );
}

/** The timeline for a filter the counters answer (as reading-log.ts timelineCounts), from its facet's rows. */
export async function readKeptTimeline(filter: TimelineFilter, name = DB_NAME, factory: IDBFactory | undefined = globalThis.indexedDB): Promise<TimelineData | null> {
  const facet = facetFor(filter);
  if (facet === null || !factory) return null;
  return readKept(
    ['logStats'],
    async (tx) => {
      const stats = tx.objectStore('logStats');
      // The primary key is [scope, facet, period]: a facet's periods lie between [scope, facet] and [scope, facet, []]
      // (an array sorts after every string).
      const rows = (scope: string) => request(stats.getAll(IDBKeyRange.bound([scope, facet], [scope, facet, []])) as IDBRequest<LogStatRow[]>);
      const [pub, undated] = await Promise.all([rows('pub'), rows('undated')]);
      return countersTimeline(pub, undated, filter);
    },
    factory,
    name,
  );
}
