import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import { countsOf, type CountKey, type CountRow } from './annotation-counts';
import { talliesOf, type TallyRow } from './annotation-tallies';
import { pubStatsDelta, searchFields, searchWords, statsDelta, type StatRow } from './annotation-index';
import { logStatsDelta, mergeStatDeltas, SITE_FACET, type LogMoveRow, type LogPageRow, type LogStatRow, type StatKey } from './log-index';
import { seed as shippedSeed } from './seed/index';
import type { KnowledgeBase, Lever, Side } from '../types/knowledge';
import type { Stance } from '../types/annotation';

/**
 * The extension's database. It lives in the extension origin (background and extension pages): a content script
 * that opened it would be writing into the news site's IndexedDB.
 *
 * Every schema version stays below, in order, with its upgrade. Never edit a released version: add a new one.
 */

/** A lever as stored: the seed's row plus where it came from and whether the user changed it. */
export interface LeverRow extends Lever {
  origin: 'seed' | 'user';
  /** The user edited this row; a newer seed must not overwrite it. */
  edited: boolean;
  /** Seed version the row was last written from (0 for the user's own levers). */
  seedVersion: number;
  /** Bumped by every write: an editor that loaded another revision is told instead of overwriting (no index). */
  rev?: number;
}

export interface SideRow extends Side {
  origin: 'seed' | 'user';
  edited: boolean;
  seedVersion: number;
  /** As LeverRow.rev. */
  rev?: number;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

/** A saved annotation as stored (see Annotation in src/messaging/protocol.ts). */
export interface AnnotationRow {
  id?: number;
  url: string;
  title: string;
  site: string;
  savedAt: number;
  lever: string;
  category: string;
  side: string | null;
  stance: Stance;
  quote: { exact: string; prefix: string; suffix: string };
  position: { start: number; end: number };
  sentence: string;
  note: string;
  tags: string[];
  /** Lower-case words of quote, note, tags and title (schema v3; indexed until v4). */
  words?: string[];
  /** The full-text index: one key per word, with the time saved (schema v5; see wordKeys). */
  wordKeys?: string[];
  /** Stable identity across export and import (schema v3). */
  uid?: string;
  /** How anchoring went at the last visit of the page (schema v3). */
  anchor?: { at: number; placed: boolean };
  /** The page's publication day, YYYY-MM-DD, when known (schema v4; absent or null: unknown). */
  published?: string | null;
  /** Bumped by every edit of the note or tags: an editor that loaded another revision is told (no index). */
  rev?: number;
}

export type PressureDb = Dexie & {
  levers: EntityTable<LeverRow, 'id'>;
  sides: EntityTable<SideRow, 'id'>;
  meta: EntityTable<MetaRow, 'key'>;
  annotations: EntityTable<AnnotationRow, 'id'>;
  stats: EntityTable<StatRow, 'key'>;
  logPages: EntityTable<LogPageRow, 'url'>;
  logMoves: Table<LogMoveRow, [string, number]>;
  logStats: Table<LogStatRow, StatKey>;
  annotationCounts: Table<CountRow, CountKey>;
  annotationTallies: Table<TallyRow, string>;
};

export const DB_NAME = 'pressure-points';

/** Schema versions, oldest first. Tests open each older version, write to it, then open the newest. */
export const SCHEMA_VERSIONS: { version: number; stores: Record<string, string>; upgrade?: (tx: Transaction) => Promise<void> }[] = [
  {
    version: 1,
    stores: {
      levers: 'id, category, origin, *holders',
      sides: 'id, origin',
      meta: 'key',
    },
  },
  {
    // v2: saved annotations. Nothing existing changes shape.
    version: 2,
    stores: {
      annotations: '++id, url, site, savedAt, lever, side, category, stance, *tags, [url+savedAt]',
    },
  },
  {
    // v3: full-text search words on each annotation, and counts per week, side, lever and stance kept up to date
    // with every write, so the popup and dashboard never scan all annotations. The upgrade fills both in.
    version: 3,
    stores: {
      annotations:
        '++id, &uid, url, site, savedAt, lever, side, category, stance, *tags, [url+savedAt], *words, ' +
        '[side+savedAt], [lever+savedAt], [category+savedAt], [stance+savedAt], [site+savedAt], [side+lever+savedAt]',
      stats: 'key, week, side, lever',
    },
    upgrade: async (tx) => {
      const stats = new Map<string, StatRow>();
      await tx
        .table('annotations')
        .toCollection()
        .modify((row: AnnotationRow) => {
          row.words = searchWords(row);
          row.uid ??= globalThis.crypto?.randomUUID?.() ?? `pp-${row.id}-${row.savedAt}`;
          for (const d of statsDelta(row, 1)) {
            const s = stats.get(d.key);
            if (s) s.count += d.count;
            else stats.set(d.key, { ...d });
          }
        });
      await tx.table('stats').bulkPut([...stats.values()]);
    },
  },
  {
    // v4: the reading log (src/kb/reading-log.ts): one row per article read, its moves, and counters by week of
    // publication, week and month read. Saved annotations gain counters by week of publication; the ones saved
    // before have no known publication day, so the upgrade counts them at the week they were saved.
    version: 4,
    stores: {
      logPages: 'url, site, lastRead, [site+lastRead]',
      logMoves: '[url+n], week, [lever+week]',
      logStats: '[scope+facet+period], [scope+period]',
    },
    upgrade: async (tx) => {
      const stats = new Map<string, StatRow>();
      await tx
        .table('annotations')
        .toCollection()
        .each((row: AnnotationRow) => {
          for (const d of pubStatsDelta(row, 1)) {
            const s = stats.get(d.key);
            if (s) s.count += d.count;
            else stats.set(d.key, { ...d });
          }
        });
      await tx.table('stats').bulkPut([...stats.values()]);
    },
  },
  {
    // v5: a heavy reader's store stays instant (issue 12). The full-text index keys each word with the time saved, so
    // the newest matches of a word are the end of one key range; exact counts per facet and week, and per search word,
    // are kept with every write (src/kb/annotation-counts.ts), and so are the popup's tallies (annotation-tallies.ts); the reading log's counters gain a facet per site, and
    // its articles indexes by publication day and first reading (what moved this week reads a few hundred articles).
    version: 5,
    stores: {
      annotations:
        '++id, &uid, url, site, savedAt, lever, side, category, stance, *tags, [url+savedAt], *wordKeys, ' +
        '[side+savedAt], [lever+savedAt], [category+savedAt], [stance+savedAt], [site+savedAt], [side+lever+savedAt]',
      annotationCounts: '[facet+period]',
      annotationTallies: 'period',
      logPages: 'url, site, lastRead, [site+lastRead], published, firstRead',
    },
    upgrade: async (tx) => {
      const rows: AnnotationRow[] = [];
      await tx
        .table('annotations')
        .toCollection()
        .modify((row: AnnotationRow) => {
          Object.assign(row, searchFields(row));
          rows.push(row);
        });
      await tx.table('annotationCounts').bulkPut(countsOf(rows));
      await tx.table('annotationTallies').bulkPut(talliesOf(rows));
      const siteStats: LogStatRow[] = [];
      await tx
        .table('logPages')
        .toCollection()
        .each((page: LogPageRow) => {
          for (const d of logStatsDelta(page, 1)) if (d.facet.startsWith(SITE_FACET)) siteStats.push(d);
        });
      await tx.table('logStats').bulkPut([...mergeStatDeltas(siteStats).values()]);
    },
  },
];

export function openDb(name = DB_NAME, options?: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange; upTo?: number }): PressureDb {
  const db = new Dexie(name, options?.indexedDB ? { indexedDB: options.indexedDB, IDBKeyRange: options.IDBKeyRange } : undefined) as PressureDb;
  for (const v of SCHEMA_VERSIONS) {
    if (options?.upTo !== undefined && v.version > options.upTo) break;
    const version = db.version(v.version).stores(v.stores);
    if (v.upgrade) version.upgrade(v.upgrade);
  }
  db.on('populate', (tx) => {
    // First install: the shipped seed becomes the user's knowledge base.
    const levers = tx.table('levers');
    const sides = tx.table('sides');
    const meta = tx.table('meta');
    levers.bulkAdd(shippedSeed.levers.map((l) => seedLeverRow(l, shippedSeed.version)));
    sides.bulkAdd(shippedSeed.sides.map((s) => seedSideRow(s, shippedSeed.version)));
    meta.put({ key: 'seedVersion', value: shippedSeed.version });
  });
  return db;
}

export function seedLeverRow(lever: Lever, version: number): LeverRow {
  return { ...structuredClone(lever), origin: 'seed', edited: false, seedVersion: version };
}

export function seedSideRow(side: Side, version: number): SideRow {
  return { ...structuredClone(side), origin: 'seed', edited: false, seedVersion: version };
}

/**
 * Brings the stored knowledge base up to a newer shipped seed: levers and sides the user has not edited are replaced,
 * new ones are added, edited rows and the user's own rows are kept as they are. Returns what changed.
 */
export async function applySeed(db: PressureDb, kb: KnowledgeBase = shippedSeed): Promise<{ updated: number; added: number; kept: number }> {
  return db.transaction('rw', db.levers, db.sides, db.meta, async () => {
    const current = (await db.meta.get('seedVersion'))?.value as number | undefined;
    if (current !== undefined && current >= kb.version) return { updated: 0, added: 0, kept: 0 };
    let updated = 0;
    let added = 0;
    let kept = 0;
    for (const lever of kb.levers) {
      const row = await db.levers.get(lever.id);
      if (!row) {
        await db.levers.add(seedLeverRow(lever, kb.version));
        added++;
      } else if (row.edited || row.origin === 'user') {
        kept++;
      } else {
        await db.levers.put(seedLeverRow(lever, kb.version));
        updated++;
      }
    }
    for (const side of kb.sides) {
      const row = await db.sides.get(side.id);
      if (!row) await db.sides.add(seedSideRow(side, kb.version));
      else if (!row.edited && row.origin === 'seed') await db.sides.put(seedSideRow(side, kb.version));
    }
    await db.meta.put({ key: 'seedVersion', value: kb.version });
    return { updated, added, kept };
  });
}

/** The knowledge base as the engine reads it, from the stored rows (the user's edits included). */
export async function loadKnowledgeBase(db: PressureDb): Promise<KnowledgeBase> {
  const [levers, sides, version] = await Promise.all([
    db.levers.toArray(),
    db.sides.toArray(),
    db.meta.get('seedVersion'),
  ]);
  return {
    version: (version?.value as number | undefined) ?? 0,
    levers: levers.map(({ origin: _o, edited: _e, seedVersion: _s, rev: _r, ...lever }) => lever),
    sides: sides.map(({ origin: _o, edited: _e, seedVersion: _s, rev: _r, ...side }) => side),
  };
}
