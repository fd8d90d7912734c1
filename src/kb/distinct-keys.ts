/**
 * The distinct values of a string index, in order, one step per value: a key cursor that jumps past each value's
 * entries (continue(value + "\0"), the least string after it). IndexedDB's own 'nextunique' direction (Dexie's
 * uniqueKeys) reads every entry of the index in the browser's database thread: with 100,000 annotations on 200 sites it
 * took 1.2 s there for the site menu (the reading log's 20,000 articles: 0.3 s), in steps that held the extension's
 * database a few milliseconds each, behind which the background's and the pages' reads waited; jumping took 65 ms.
 *
 * Inside a Dexie transaction the cursor runs in it (the table must be in its scope); otherwise in a read-only
 * transaction of its own on the database's connection.
 */
import Dexie, { type Transaction } from 'dexie';

export async function distinctKeys(db: Dexie, table: string, index: string): Promise<string[]> {
  const current = Dexie.currentTransaction as (Transaction & { idbtrans?: IDBTransaction }) | null;
  let tx = current?.idbtrans ?? null;
  if (!tx) {
    if (!db.isOpen()) await db.open();
    tx = db.backendDB().transaction(table, 'readonly');
  }
  const source = tx.objectStore(table).index(index);
  return new Promise((resolve, reject) => {
    const out: string[] = [];
    const request = source.openKeyCursor();
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) return resolve(out);
      const value = cursor.key as string;
      out.push(value);
      cursor.continue(`${value}\u0000`);
    };
    request.onerror = () => reject(request.error);
  });
}
