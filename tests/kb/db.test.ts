import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { applySeed, loadKnowledgeBase, openDb, SCHEMA_VERSIONS, type PressureDb } from '../../src/kb/db';
import { seed } from '../../src/kb/seed/index';
import { annotateText } from '../../src/engine/index';
import { deleteAnnotations, queryAnnotations, saveAnnotation, savedTallies } from '../../src/kb/annotations';
import { countsOf } from '../../src/kb/annotation-counts';
import { searchWords } from '../../src/kb/annotation-index';
import { logStatsDelta, mergeStatDeltas, type LogPageRow, type LogStatRow } from '../../src/kb/log-index';
import { logReading, timelineCounts, whatMoved } from '../../src/kb/reading-log';

let counter = 0;
const opened: PressureDb[] = [];
function freshDb(upTo?: number, name = `kb-test-${++counter}`) {
  const db = openDb(name, { upTo });
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

describe('knowledge-base database', () => {
  it('loads the shipped seed on first open', async () => {
    const db = freshDb();
    await db.open();
    expect(await db.levers.count()).toBe(seed.levers.length);
    expect(await db.sides.count()).toBe(seed.sides.length);
    const kb = await loadKnowledgeBase(db);
    expect(kb.version).toBe(seed.version);
    expect(kb.levers.find((l) => l.id === 'rare-earths')?.holders).toEqual(['china']);
  });

  it('gives the engine the same results from stored rows as from the seed in memory', async () => {
    const db = freshDb();
    const kb = await loadKnowledgeBase(db);
    const text = "Beijing tightened export controls on gallium, and Washington added firms to the Entity List.";
    expect(annotateText(text, kb).mentions).toEqual(annotateText(text, seed).mentions);
  });

  it('a user edit to an alias takes effect in the engine', async () => {
    const db = freshDb();
    await db.levers.update('rare-earths', { aliases: [...seed.levers.find((l) => l.id === 'rare-earths')!.aliases, 'lanthanide sludge'], edited: true });
    const kb = await loadKnowledgeBase(db);
    const found = annotateText('China restricted lanthanide sludge exports.', kb).mentions.map((m) => m.lever);
    expect(found).toContain('rare-earths');
  });

  it('a newer seed updates unedited levers, keeps edited and user levers, adds new ones', async () => {
    const db = freshDb();
    await db.open();
    await db.levers.update('graphite', { context: 'My own words.', edited: true });
    await db.levers.add({ ...seed.levers[0], id: 'my-lever', name: 'Mine', origin: 'user', edited: true, seedVersion: 0 });
    const next = structuredClone(seed);
    next.version = seed.version + 1;
    next.levers.find((l) => l.id === 'gallium-germanium')!.context = 'Updated context.';
    next.levers.find((l) => l.id === 'graphite')!.context = 'Seed overwrite attempt.';
    next.levers.push({ ...next.levers[0], id: 'brand-new', name: 'Brand new' });
    const result = await applySeed(db, next);
    expect(result.added).toBe(1);
    expect(result.kept).toBe(1);
    expect((await db.levers.get('gallium-germanium'))?.context).toBe('Updated context.');
    expect((await db.levers.get('graphite'))?.context).toBe('My own words.');
    expect(await db.levers.get('my-lever')).toBeTruthy();
    expect(await db.levers.get('brand-new')).toBeTruthy();
    // Applying the same seed again changes nothing.
    expect(await applySeed(db, next)).toEqual({ updated: 0, added: 0, kept: 0 });
  });

  it('every schema version opens and upgrades to the newest without losing rows', async () => {
    const name = `kb-upgrade-${++counter}`;
    for (const v of SCHEMA_VERSIONS) {
      const db = openDb(name, { upTo: v.version });
      await db.open();
      await db.meta.put({ key: `written-at-v${v.version}`, value: v.version });
      await db.levers.update('tariffs', { name: `Tariffs v${v.version}`, edited: true });
      db.close();
    }
    const db = freshDb(undefined, name);
    await db.open();
    for (const v of SCHEMA_VERSIONS) expect((await db.meta.get(`written-at-v${v.version}`))?.value).toBe(v.version);
    expect((await db.levers.get('tariffs'))?.name).toBe(`Tariffs v${SCHEMA_VERSIONS.at(-1)!.version}`);
    expect(await db.levers.count()).toBe(seed.levers.length);
  });

  it('v2 annotations survive the v3 upgrade and gain search words, a uid and counters', async () => {
    const name = `kb-upgrade-annotations-${++counter}`;
    const v2 = openDb(name, { upTo: 2 });
    await v2.open();
    const base = {
      url: 'https://news.example/a', title: 'Beijing curbs gallium', site: 'news.example', lever: 'gallium-germanium',
      category: 'critical-minerals', side: 'china', stance: 'tighten' as const,
      quote: { exact: 'export controls on gallium', prefix: 'imposed ', suffix: ' on Monday' }, position: { start: 10, end: 36 },
      sentence: 'Beijing imposed export controls on gallium on Monday.', note: 'Watch the germanium price', tags: ['minerals'],
    };
    await v2.table('annotations').bulkAdd([
      { ...base, savedAt: Date.UTC(2025, 6, 2) },
      { ...base, savedAt: Date.UTC(2025, 6, 3), side: null, stance: 'neutral' as const, note: '' },
    ]);
    v2.close();
    const db = freshDb(3, name);
    await db.open();
    const rows = await db.annotations.toArray();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ ...base, savedAt: Date.UTC(2025, 6, 2) });
    expect(rows[0].words).toEqual(expect.arrayContaining(['gallium', 'germanium', 'minerals', 'beijing']));
    expect(new Set(rows.map((r) => r.uid)).size).toBe(2);
    const stats = await db.stats.toArray();
    // One weekly and one all-time counter per annotation.
    expect(stats.reduce((n, s) => n + s.count, 0)).toBe(4);
    expect(stats.map((s) => s.key).sort()).toEqual([
      '2025-06-30|china|gallium-germanium|tighten', '2025-06-30|none|gallium-germanium|neutral',
      'all|china|gallium-germanium|tighten', 'all|none|gallium-germanium|neutral',
    ]);
  });

  it('v3 annotations and counters survive the v4 upgrade, gain counters by week of publication, and the log starts empty', async () => {
    const name = `kb-upgrade-v4-${++counter}`;
    const v3 = openDb(name, { upTo: 3 });
    await v3.open();
    const input = {
      pageUrl: 'https://news.example/2019/03/14/story', title: 'Beijing curbs gallium', lever: 'gallium-germanium', category: 'critical-minerals' as const,
      side: 'china', stance: 'tighten' as const, quote: { exact: 'export controls on gallium', prefix: 'imposed ', suffix: ' on Monday' },
      position: { start: 10, end: 36 }, sentence: 'Beijing imposed export controls on gallium on Monday.', note: 'Watch germanium', tags: ['minerals'],
    };
    // Written by the v3 code path: the repository of the time wrote exactly these counters.
    await v3.table('annotations').add({
      url: 'https://news.example/2019/03/14/story', title: input.title, site: 'news.example', savedAt: Date.UTC(2025, 6, 2), lever: input.lever,
      category: input.category, side: 'china', stance: 'tighten', quote: input.quote, position: input.position, sentence: input.sentence,
      note: input.note, tags: input.tags, words: ['beijing', 'curbs', 'gallium'], uid: '00000000-0000-4000-8000-000000000001',
    });
    await v3.table('stats').bulkPut([
      { key: '2025-06-30|china|gallium-germanium|tighten', week: '2025-06-30', side: 'china', lever: 'gallium-germanium', category: 'critical-minerals', stance: 'tighten', count: 1 },
      { key: 'all|china|gallium-germanium|tighten', week: 'all', side: 'china', lever: 'gallium-germanium', category: 'critical-minerals', stance: 'tighten', count: 1 },
    ]);
    const before = await v3.table('annotations').toArray();
    v3.close();

    const v4 = freshDb(4, name);
    await v4.open();
    expect(v4.verno).toBe(4);
    expect(await v4.annotations.toArray()).toEqual(before);
    expect((await v4.stats.toArray()).map((s) => `${s.key} ${s.count}`).sort()).toEqual([
      '2025-06-30|china|gallium-germanium|tighten 1', 'all|china|gallium-germanium|tighten 1',
      // Saved before publication days were known: counted at the week saved.
      'p:2025-06-30|china|gallium-germanium|tighten 1',
    ]);
    expect([await v4.logPages.count(), await v4.logMoves.count(), await v4.logStats.count()]).toEqual([0, 0, 0]);
    v4.close();

    // The charts read the same weeks either way for it; a new annotation with a publication day is charted there.
    const db = freshDb(undefined, name);
    expect((await savedTallies(db, Date.UTC(2025, 6, 2))).weeks.map((w) => w.week)).toEqual(['2025-06-30']);
    const { pageUrl, ...fields } = input;
    await saveAnnotation(db, { ...fields, uid: crypto.randomUUID() }, pageUrl, Date.UTC(2025, 6, 3), '2019-03-14');
    const byPub = await savedTallies(db, Date.UTC(2025, 6, 3), { withWeeks: true, by: 'published' });
    expect(byPub.weeks.map((w) => `${w.week} ${w.count}`).sort()).toEqual(['2019-03-11 1', '2025-06-30 1']);
    const bySaved = await savedTallies(db, Date.UTC(2025, 6, 3));
    expect(bySaved.weeks.map((w) => `${w.week} ${w.count}`)).toEqual(['2025-06-30 2']);
    expect(bySaved.allTime.total).toBe(2);

    // And the upgraded database logs reading.
    await logReading(db, { url: input.pageUrl, title: input.title, published: { date: '2019-03-14', source: 'url' }, words: 300, mentions: [{ ...input, text: 'gallium', start: 0, end: 7 }] });
    expect((await timelineCounts(db)).counts).toEqual([{ week: '2019-03-11', side: 'china', stance: 'tighten', dated: true, count: 1 }]);
  });

  it('v4 annotations and reading log survive the v5 upgrade; exact counts, the full-text index and site counters are right', async () => {
    const name = `kb-upgrade-v5-${++counter}`;
    const v4 = openDb(name, { upTo: 4 });
    await v4.open();
    // Written as the v4 code wrote them: rows with search words, weekly counters; a log page with its counters.
    const base = {
      url: 'https://news.example/a', title: 'Beijing curbs gallium', site: 'news.example', lever: 'gallium-germanium', category: 'critical-minerals',
      stance: 'tighten' as const, quote: { exact: 'export controls on gallium', prefix: '', suffix: '' }, position: { start: 0, end: 26 }, sentence: '', tags: [],
    };
    const v4Rows = [
      { ...base, side: 'china', savedAt: Date.UTC(2025, 6, 2), note: 'watch germanium', uid: 'u1' },
      { ...base, side: null, savedAt: Date.UTC(2025, 6, 9), note: '', uid: 'u2', site: 'wire.example', url: 'https://wire.example/b', title: 'Tariff truce holds' },
      { ...base, side: 'us', lever: 'tariffs', category: 'tariffs-remedies', savedAt: Date.UTC(2025, 6, 10), note: 'germanium again', uid: 'u3', published: '2025-07-08' },
    ].map((r) => ({ ...r, words: searchWords(r) }));
    await v4.table('annotations').bulkAdd(v4Rows);
    const page: LogPageRow = {
      url: 'https://news.example/a', title: 'Beijing curbs gallium', site: 'news.example', published: '2025-07-01', publishedSource: 'meta',
      firstRead: Date.UTC(2025, 6, 2), lastRead: Date.UTC(2025, 6, 2), reads: 1, words: 500, moves: 0,
      counts: [{ side: 'china', lever: 'gallium-germanium', category: 'critical-minerals', tighten: 2, relax: 0, neutral: 1 }],
    };
    const v4Stats = logStatsDelta(page, 1).filter((d) => !d.facet.startsWith('site:'));
    await v4.table('logPages').add(page);
    await v4.table('logStats').bulkPut([...mergeStatDeltas(v4Stats).values()]);
    const before = await v4.table('annotations').toArray();
    v4.close();

    const db = freshDb(undefined, name);
    await db.open();
    expect(db.verno).toBe(5);
    const after = await db.annotations.toArray();
    // Nothing lost: each row as it was, with its full-text keys added.
    expect(after.map(({ wordKeys: _k, ...r }) => r)).toEqual(before);
    expect(after.every((r) => r.wordKeys!.length === r.words!.length && r.wordKeys!.every((k, i) => k.startsWith(`${r.words![i]}\u0000`)))).toBe(true);
    const counts = (await db.annotationCounts.toArray()).map((c) => `${c.facet} ${c.period} ${c.count}`).sort();
    expect(counts).toEqual(countsOf(after).map((c) => `${c.facet} ${c.period} ${c.count}`).sort());
    expect((await db.annotationCounts.get(['*', 'all']))?.count).toBe(3);
    expect((await db.annotationCounts.get(['side:none', 'all']))?.count).toBe(1);
    expect((await db.annotationCounts.get(['word:germanium', 'all']))?.count).toBe(2);
    expect((await db.annotationCounts.get(['site:news.example', '2025-06-30']))?.count).toBe(1);
    // The popup's tallies, kept whole.
    const tallies = await savedTallies(db, Date.UTC(2025, 6, 10), { withWeeks: false });
    expect(tallies.allTime.total).toBe(3);
    expect(tallies.allTime.bySide.china).toEqual({ count: 1, tighten: 1, relax: 0, neutral: 0, levers: { 'gallium-germanium': 1 } });
    expect(tallies.week.total).toBe(2);
    expect(Object.keys(tallies.week.bySide).sort()).toEqual(['none', 'us']);
    // Search, counts and deletes work on the upgraded rows.
    expect((await queryAnnotations(db, { text: 'germanium' })).rows.map((r) => r.uid)).toEqual(['u3', 'u1']);
    expect((await queryAnnotations(db, { site: 'news.example' })).total).toBe(2);
    await deleteAnnotations(db, [after.find((r) => r.uid === 'u3')!.id!]);
    expect((await queryAnnotations(db, { text: 'germanium' })).total).toBe(1);
    // The log keeps its rows and gains its site counters, as logging the page afresh would have made them.
    expect(await db.logPages.toArray()).toEqual([page]);
    const key = (r: LogStatRow) => `${r.scope}|${r.facet}|${r.period}|${r.articles}|${[...r.counts].sort().join(',')}`;
    expect((await db.logStats.toArray()).map(key).sort()).toEqual([...mergeStatDeltas(logStatsDelta(page, 1)).values()].map(key).sort());
    expect((await timelineCounts(db, { site: 'news.example' })).counts).toEqual([{ week: '2025-06-30', side: 'china', stance: 'tighten', dated: true, count: 2 }]);
    // The new indexes on the log's articles find it for what moved this week.
    const moved = await whatMoved(db, Date.UTC(2025, 6, 3));
    expect(moved.sides).toEqual([
      { side: 'china', tightened: [{ lever: 'gallium-germanium', count: 2, articles: [{ url: page.url, title: page.title, count: 2 }] }], relaxed: [], total: 2 },
    ]);
  });
});
