/**
 * Counters keyed by ids that a database written before ids were checked may hold (`__proto__`, `constructor`): the
 * popup's and the charts' tallies read them as ordinary keys, and nothing leaks onto Object.prototype.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type PressureDb } from '../../src/kb/db';
import { annotationTables, countAnnotationRows, savedTallies } from '../../src/kb/annotations';
import type { AnnotationRow } from '../../src/kb/db';

let db: PressureDb;
afterEach(async () => {
  db?.close();
  await db?.delete();
});

describe('saved tallies with hostile ids', () => {
  it('count a side "__proto__" and a lever "constructor" like any other', async () => {
    db = openDb(`hostile-ids-${process.pid}`);
    await db.open();
    const now = Date.UTC(2025, 5, 4);
    const rows = [
      { savedAt: now, side: '__proto__', lever: 'constructor', category: 'security', stance: 'tighten' as const, site: 'a.example', words: [] },
      { savedAt: now, side: '__proto__', lever: 'toString', category: 'security', stance: 'relax' as const, site: 'a.example', words: [] },
      { savedAt: now, side: 'china', lever: '__proto__', category: 'security', stance: 'neutral' as const, site: 'a.example', words: [] },
    ] as unknown as AnnotationRow[];
    // Every counter the writes keep: the charts' weekly rows, the exact counts and the popup's kept tallies.
    await db.transaction('rw', annotationTables(db), (tx) => countAnnotationRows(tx, rows, 1));
    const { week, allTime, weeks } = await savedTallies(db, now);
    for (const t of [week, allTime]) {
      expect(t.total).toBe(3);
      expect(Object.hasOwn(t.bySide, '__proto__')).toBe(true);
      expect(t.bySide['__proto__']).toMatchObject({ count: 2, tighten: 1, relax: 1, neutral: 0 });
      expect(Object.hasOwn(t.bySide['__proto__'].levers, 'constructor')).toBe(true);
      expect(t.bySide['__proto__'].levers.constructor).toBe(1);
      expect(t.bySide.china.levers['__proto__']).toBe(1);
    }
    expect(weeks.length).toBeGreaterThan(0);
    expect(Object.prototype).not.toHaveProperty('count');
    expect(Object.prototype).not.toHaveProperty('tighten');
  });
});
