/**
 * A save is keyed by the uid the content script makes for it: delivered twice (the service worker stopped after
 * writing, and the card tried again), it is stored once and counted once.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type PressureDb } from '../../src/kb/db';
import { saveAnnotation, savedTallies, updateAnnotation } from '../../src/kb/annotations';
import type { NewAnnotation } from '../../src/types/annotation';

let db: PressureDb;
afterEach(async () => {
  db?.close();
  await db?.delete();
});

const input = (uid: string): NewAnnotation => ({
  uid,
  title: 'Beijing curbs gallium',
  lever: 'gallium-germanium',
  category: 'critical-minerals',
  side: 'china',
  stance: 'tighten',
  quote: { exact: 'export controls on gallium', prefix: 'imposed ', suffix: ' on Monday' },
  position: { start: 10, end: 36 },
  sentence: 'Beijing imposed export controls on gallium on Monday.',
  note: 'first',
  tags: [],
});

describe('saving with an idempotency key', () => {
  it('stores a uid once, however often it arrives, and answers with the first annotation', async () => {
    db = openDb(`save-once-${process.pid}`);
    const url = 'https://news.example/story?utm_source=mail';
    const uid = '0b7f3f8e-1c2d-4e5f-8a9b-0c1d2e3f4a5b';
    const now = Date.UTC(2025, 5, 4);
    const [a, b, c] = await Promise.all([saveAnnotation(db, input(uid), url, now), saveAnnotation(db, { ...input(uid), note: 'retry' }, url, now + 1), saveAnnotation(db, input(uid), url, now + 2)]);
    expect([a, b, c].filter((r) => r.created)).toHaveLength(1);
    const first = [a, b, c].find((r) => r.created)!.annotation;
    for (const r of [a, b, c]) expect(r.annotation).toEqual(first);
    expect(await db.annotations.count()).toBe(1);
    expect((await savedTallies(db, now)).allTime.total).toBe(1);
    // Another save is another key.
    expect((await saveAnnotation(db, input('5a0b7c9d-2e3f-4a5b-9c8d-7e6f5a4b3c2d'), url, now)).created).toBe(true);
    expect(await db.annotations.count()).toBe(2);
    expect(first.url).toBe('https://news.example/story');
  });
});

describe('two editors of the same note', () => {
  it('refuses the second edit made on the revision both loaded, and keeps the first', async () => {
    db = openDb(`note-rev-${process.pid}`);
    const { annotation } = await saveAnnotation(db, input('7c9e6679-7425-40de-944b-e07fc1f90ae7'), 'https://news.example/a');
    const loaded = annotation.rev ?? 0;
    const first = await updateAnnotation(db, annotation.id, { note: 'first tab' }, loaded);
    await expect(updateAnnotation(db, annotation.id, { note: 'second tab' }, loaded)).rejects.toThrow(/changed in another tab or window/);
    expect((await db.annotations.get(annotation.id))!.note).toBe('first tab');
    expect((await updateAnnotation(db, annotation.id, { note: 'second, after reloading' }, first.rev)).note).toBe('second, after reloading');
    await expect(updateAnnotation(db, annotation.id, { note: 'x'.repeat(20_001) })).rejects.toThrow(/longer than 20,000/);
  });
});
