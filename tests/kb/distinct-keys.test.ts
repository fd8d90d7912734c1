import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distinctKeys } from '../../src/kb/distinct-keys';
import { freshDbs } from './fresh-db';

const dbs = freshDbs('distinct-keys');

/** Rows of logPages (indexed by site) with these sites. */
const pages = (sites: string[]) => sites.map((site, i) => ({ url: `https://${i}.example/`, site, lastRead: i, firstRead: i, published: null }));

describe('distinctKeys', () => {
  it('lists the distinct values of an index in order, as IndexedDB\'s own unique cursor does', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(fc.constantFrom('a', 'a\u0000', 'a\u0000b', 'ab', 'b', ''), fc.string({ maxLength: 4 })), { maxLength: 40 }), async (sites) => {
        const { db } = dbs.open();
        await db.logPages.bulkPut(pages(sites) as never[]);
        const unique = (await db.logPages.orderBy('site').uniqueKeys()) as string[];
        expect(await distinctKeys(db, 'logPages', 'site')).toEqual(unique);
        expect(unique).toEqual([...new Set(sites)].sort());
        db.close();
      }),
      { numRuns: 30 },
    );
  });

  it('runs inside the caller\'s Dexie transaction, even one that writes the table', async () => {
    const { db } = dbs.open();
    await db.open();
    const seen = await db.transaction('rw', db.logPages, async () => {
      await db.logPages.bulkPut(pages(['b.example', 'a.example', 'b.example']) as never[]);
      const inside = await distinctKeys(db, 'logPages', 'site');
      await db.logPages.put(pages(['c.example'])[0] as never);
      return inside;
    });
    expect(seen).toEqual(['a.example', 'b.example']);
    expect(await distinctKeys(db, 'logPages', 'site')).toEqual(['a.example', 'b.example', 'c.example']);
  });
});
