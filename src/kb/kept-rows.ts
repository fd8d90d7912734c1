/**
 * Reading kept rows with plain IndexedDB, for an extension page's first view: the popup's figures (popup-counts.ts),
 * the dashboard's labels and the timeline's first chart (timeline-kept.ts). An extension page shares the extension's
 * origin, so its database; reading a few hundred kept rows this way does not wait for Dexie to load and open, which
 * was most of an opening's time with a heavy reader's store. Writes and everything else stay with the repositories.
 *
 * Never creates the database (an open that would create it is aborted) and never reads one older than the schema
 * the caller understands: both give null, and the caller goes through Dexie, which creates or upgrades it. The
 * connection is closed as soon as the rows are read, and at once if another connection needs to upgrade meanwhile.
 */

/** The database's name (as src/kb/db.ts; not imported from there, which would bring Dexie and the seed along). */
export const DB_NAME = 'pressure-points';
/** Dexie opens schema version n as IndexedDB version 10n: schema v5 (the kept tallies, the log's site facets) is 50. */
export const KEPT_ROWS_SINCE = 50;

export function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/**
 * Runs `read` in one read-only transaction over `stores`; null when the database does not exist, is older than
 * KEPT_ROWS_SINCE or lacks one of the stores.
 */
export async function readKept<T>(stores: string[], read: (tx: IDBTransaction) => Promise<T>, factory: IDBFactory | undefined = globalThis.indexedDB, name = DB_NAME): Promise<T | null> {
  if (!factory) return null;
  const db = await new Promise<IDBDatabase | null>((resolve, reject) => {
    const open = factory.open(name);
    let creating = false;
    open.onupgradeneeded = () => {
      // No database yet: not ours to create (the background creates it with its schema and seed).
      creating = true;
      open.transaction?.abort();
    };
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => {
      if (creating) resolve(null);
      else reject(open.error ?? new Error('could not open the database'));
    };
    open.onblocked = () => resolve(null);
  });
  if (!db) return null;
  try {
    db.onversionchange = () => db.close();
    if (db.version < KEPT_ROWS_SINCE || stores.some((s) => !db.objectStoreNames.contains(s))) return null;
    return await read(db.transaction(stores, 'readonly'));
  } finally {
    db.close();
  }
}
