/**
 * Reads kept in memory until a table they read is written (src/kb/kept-reads.ts): what the background answers the popup
 * from. A write through another connection to the same database (as the dashboard's, in another context) empties
 * them as well as one through the reader's own.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { KeptReads } from '../../src/kb/kept-reads';
import { openDb } from '../../src/kb/db';
import { freshDbs } from './fresh-db';

const dbs = freshDbs('kept-reads');

function counter() {
  let reads = 0;
  return {
    read: async () => ++reads,
    get reads() {
      return reads;
    },
  };
}

describe('kept reads', () => {
  it('reads once, then again only after a write to a table it reads, from this connection or another', async () => {
    const { db, name } = dbs.open();
    await db.open();
    const kept = new KeptReads(name, { refreshMs: null });
    const c = counter();
    expect(await kept.get('k', ['annotationTallies'], c.read)).toBe(1);
    expect(await kept.get('k', ['annotationTallies'], c.read)).toBe(1);

    await db.annotationTallies.put({ period: 'all', tally: { total: 0, bySide: new Map() } } as never);
    expect(await kept.get('k', ['annotationTallies'], c.read)).toBe(2);
    expect(await kept.get('k', ['annotationTallies'], c.read)).toBe(2);

    // A write to a table it does not read leaves it.
    await db.meta.put({ key: 'x', value: 1 });
    expect(await kept.get('k', ['annotationTallies'], c.read)).toBe(2);

    // Another connection (the dashboard's, in the extension) writing the same database.
    const other = openDb(name);
    try {
      await other.annotationTallies.delete('all');
      expect(await kept.get('k', ['annotationTallies'], c.read)).toBe(3);
    } finally {
      other.close();
    }
  });

  it('does not keep a read that a change overtook, nor one that failed', async () => {
    let fire: (parts: Record<string, unknown>) => void = () => undefined;
    const kept = new KeptReads('db', { subscribe: (l) => (fire = l), refreshMs: null });
    let release: (n: number) => void = () => undefined;
    const slow = kept.get('k', ['logStats'], () => new Promise<number>((r) => (release = r)));
    fire({ 'idb://db/logStats/': {} });
    release(1);
    expect(await slow).toBe(1);
    expect(await kept.get('k', ['logStats'], async () => 2)).toBe(2);

    // Changes to other tables or databases leave it; a change naming no table ("all") does not.
    fire({ 'idb://db/annotations/': {}, 'idb://other/logStats/': {} });
    expect(await kept.get('k', ['logStats'], async () => 3)).toBe(2);
    fire({ all: {} });
    expect(await kept.get('k', ['logStats'], async () => 4)).toBe(4);

    const failing = kept.get('f', ['logStats'], () => Promise.reject(new Error('no')));
    await expect(failing).rejects.toThrow('no');
    expect(await kept.get('f', ['logStats'], async () => 5)).toBe(5);
  });

  it('reads again, unasked, once a run of changes has stopped for refreshMs', async () => {
    let fire: (parts: Record<string, unknown>) => void = () => undefined;
    const kept = new KeptReads('db', { subscribe: (l) => (fire = l), refreshMs: 20 });
    const c = counter();
    expect(await kept.get('k', ['logStats'], c.read)).toBe(1);
    for (let i = 0; i < 5; i++) {
      fire({ 'idb://db/logStats/': {} });
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(c.reads).toBe(1);
    await new Promise((r) => setTimeout(r, 60));
    // One read after the last change, and the next caller gets it.
    expect(c.reads).toBe(2);
    expect(await kept.get('k', ['logStats'], async () => -1)).toBe(2);
  });
});
