import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type PressureDb } from '../../src/kb/db';
import { saveAnnotation } from '../../src/kb/annotations';
import { storageError } from '../../src/kb/storage-errors';

let db: PressureDb;
afterEach(async () => {
  db?.close();
  await db?.delete();
});

const input = (uid: string) => ({
  uid,
  title: 'T',
  lever: 'tariffs',
  category: 'tariffs-remedies' as const,
  side: null,
  stance: 'neutral' as const,
  quote: { exact: 'tariffs', prefix: '', suffix: '' },
  position: { start: 0, end: 7 },
  sentence: 'Tariffs.',
  note: '',
  tags: [],
});

describe('a database that refuses writes', () => {
  it('says the disk is full, saves nothing and keeps what was saved before', async () => {
    db = openDb(`quota-${process.pid}`);
    const kept = await saveAnnotation(db, input('9f1c2b3a-4d5e-4f60-8a7b-1c2d3e4f5a6b'), 'https://news.example/a');
    const add = IDBObjectStore.prototype.add;
    IDBObjectStore.prototype.add = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    let failure: unknown;
    try {
      await saveAnnotation(db, input('0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d'), 'https://news.example/a');
    } catch (err) {
      failure = err;
    } finally {
      IDBObjectStore.prototype.add = add;
    }
    expect(failure).toBeDefined();
    expect(storageError(failure, 'the annotation').message).toMatch(/^The browser has no room left for the extension's data, so the annotation was not saved\..*everything saved before is kept\.$/);
    expect((await db.annotations.toArray()).map((a) => a.uid)).toEqual([kept.annotation ? '9f1c2b3a-4d5e-4f60-8a7b-1c2d3e4f5a6b' : '']);
    expect(await db.stats.count()).toBe(3);
  });

  it('names a broken database, and leaves other errors as they are', () => {
    expect(storageError(new Dexie.DatabaseClosedError(), 'the note').message).toMatch(/could not write the note \(DatabaseClosedError\); nothing was changed/);
    const other = new Error('The quote is empty: nothing to save.');
    expect(storageError(other, 'the annotation')).toBe(other);
  });
});
