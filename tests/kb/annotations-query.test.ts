import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bulkInsert, countAnnotations, deleteMany, matchingIds, queryAnnotations, restoreMany, savedTallies, updateAnnotation, type AnnotationQuery, type StoredAnnotation } from '../../src/kb/annotations';
import { countsOf } from '../../src/kb/annotation-counts';
import { talliesOf } from '../../src/kb/annotation-tallies';
import { openDb, type AnnotationRow, type PressureDb } from '../../src/kb/db';
import { searchWords, weekOf } from '../../src/kb/annotation-index';

/**
 * queryAnnotations answers from different paths (compound index, few candidates in memory, the full-text index in
 * time order, ordered walk) and countAnnotations counts what no counter holds; each is checked against a brute-force
 * answer over every row, and the kept counters against counters made afresh from the rows.
 */
const N = 6000;
let db: PressureDb;
let all: StoredAnnotation[] = [];
const SIDES = ['us', 'china', 'eu', null];
const LEVERS = ['tariffs', 'rare-earths', 'entity-list', 'sanctions', 'farm-purchases'];
const WORDS = ['gallium', 'soybean', 'truce', 'licence', 'harbour', 'ledger', 'quarantine', 'zephyr'];

function rand(seed: number): () => number {
  let x = seed;
  return () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648);
}

beforeAll(async () => {
  db = openDb(`query-test-${Date.now()}`);
  const r = rand(7);
  const rows: (AnnotationRow & { uid: string })[] = [];
  for (let i = 0; i < N; i++) {
    const w = WORDS[Math.floor(r() * WORDS.length)];
    rows.push({
      uid: `u-${i}`,
      url: `https://site${i % 13}.example/p/${i % 500}`,
      title: `Page ${i % 500}`,
      site: `site${i % 13}.example`,
      savedAt: Date.UTC(2025, 0, 1) + Math.floor(r() * 400) * 86_400_000 + i,
      lever: LEVERS[Math.floor(r() * LEVERS.length)],
      category: 'tariffs-remedies',
      side: SIDES[Math.floor(r() * SIDES.length)],
      stance: (['tighten', 'relax', 'neutral'] as const)[Math.floor(r() * 3)],
      quote: { exact: `the ${w} clause ${i}`, prefix: '', suffix: '' },
      position: { start: 0, end: 10 },
      sentence: '',
      note: i % 997 === 0 ? 'zephyrine rarity' : '',
      tags: [...(i % 3 === 0 ? ['watch'] : []), ...(i % 4 === 0 ? ['watchlist'] : [])],
      ...(i % 50 === 0 ? { anchor: { at: 1, placed: false } } : {}),
    });
  }
  await bulkInsert(db, rows);
  all = (await db.annotations.toArray()) as StoredAnnotation[];
}, 120_000);

afterAll(async () => {
  db.close();
  await db.delete();
});

function brute(q: AnnotationQuery): { ids: number[]; total: number } {
  const words = (q.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const rows = all.filter((row) => {
    const ws = row.words ?? searchWords(row);
    if (words.some((w, i) => (i === words.length - 1 ? !ws.some((x) => x.startsWith(w)) : !ws.includes(w)))) return false;
    if (q.side !== undefined && (q.side === null ? row.side !== null : row.side !== q.side)) return false;
    if (q.lever && row.lever !== q.lever) return false;
    if (q.stance && row.stance !== q.stance) return false;
    if (q.site && row.site !== q.site) return false;
    if (q.from !== undefined && row.savedAt < q.from) return false;
    if (q.to !== undefined && row.savedAt > q.to) return false;
    if (q.orphansOnly && !(row.anchor && !row.anchor.placed)) return false;
    return true;
  });
  const sort = q.sort ?? 'newest';
  rows.sort((a, b) =>
    sort === 'oldest' ? a.savedAt - b.savedAt || a.id - b.id
      : sort === 'site' ? a.site.localeCompare(b.site) || b.savedAt - a.savedAt
        : sort === 'lever' ? a.lever.localeCompare(b.lever) || b.savedAt - a.savedAt
          : b.savedAt - a.savedAt || b.id - a.id);
  const offset = q.offset ?? 0;
  return { ids: rows.slice(offset, offset + (q.limit ?? 50)).map((r) => r.id), total: rows.length };
}

/** Each query, and whether its total must come with the page (from the counters, or counted among few candidates). */
const queries: [string, AnnotationQuery, 'kept' | 'counted'][] = [
  ['everything, newest first', {}, 'kept'],
  ['everything, oldest, second page', { sort: 'oldest', offset: 50 }, 'kept'],
  ['one side (compound index)', { side: 'china' }, 'kept'],
  ['one site', { site: 'site4.example', offset: 50 }, 'kept'],
  ['side and lever (compound index), a later page', { side: 'us', lever: 'tariffs', offset: 100, limit: 25 }, 'kept'],
  ['stance within dates', { stance: 'relax', from: Date.UTC(2025, 3, 1), to: Date.UTC(2025, 8, 1) }, 'kept'],
  ['dates that start and end mid-week', { from: Date.UTC(2025, 3, 2, 13), to: Date.UTC(2025, 5, 19, 7) }, 'kept'],
  ['dates within one week', { from: Date.UTC(2025, 3, 8), to: Date.UTC(2025, 3, 10) }, 'kept'],
  ['only a start date', { lever: 'sanctions', from: Date.UTC(2025, 10, 20) }, 'kept'],
  ['no side', { side: null, limit: 30 }, 'kept'],
  ['no side within dates', { side: null, from: Date.UTC(2025, 1, 5), to: Date.UTC(2025, 2, 5) }, 'kept'],
  ['a word in few (in memory)', { text: 'ledger' }, 'kept'],
  ['a word in few and a side', { text: 'truce', side: 'eu' }, 'counted'],
  ['a rare word (in memory)', { text: 'zephyrine' }, 'kept'],
  ['a word prefix', { text: 'quar' }, 'kept'],
  ['a word in every annotation (newest of its key range)', { text: 'page' }, 'kept'],
  ['a word in every annotation, oldest first, a later page', { text: 'page', sort: 'oldest', offset: 120 }, 'kept'],
  ['a word in every annotation and a side', { text: 'page', side: 'eu', offset: 60 }, 'counted'],
  ['a word in every annotation within dates', { text: 'page', from: Date.UTC(2025, 3, 1), to: Date.UTC(2025, 4, 1) }, 'counted'],
  ['a prefix of two common words (merged in time order)', { text: 'watc', offset: 30 }, 'counted'],
  ['two words', { text: 'page quarantine', limit: 20 }, 'counted'],
  ['two common words', { text: 'watch page', offset: 50 }, 'counted'],
  ['a word sorted by site', { text: 'page', sort: 'site', offset: 10 }, 'kept'],
  ['site and lever, sorted by lever', { site: 'site3.example', lever: 'sanctions', sort: 'lever' }, 'counted'],
  ['orphans only', { orphansOnly: true }, 'counted'],
  ['side and stance, sorted by site', { side: 'china', stance: 'tighten', sort: 'site', offset: 20 }, 'counted'],
  ['a word that is nowhere', { text: 'page nowhere' }, 'kept'],
];

describe('queryAnnotations gives what a full scan gives', () => {
  for (const [name, q, how] of queries) {
    it(name, async () => {
      const got = await queryAnnotations(db, q);
      const want = brute(q);
      expect(got.rows.map((r) => r.id)).toEqual(want.ids);
      if (how === 'kept') expect(got.total).toBe(want.total);
      else expect(got.total ?? (await countAnnotations(db, q))).toBe(want.total);
      expect(await countAnnotations(db, q)).toBe(want.total);
      const { offset: _o, limit: _l, ...all } = q;
      expect((await matchingIds(db, all)).sort((a, b) => a - b)).toEqual(brute({ ...all, limit: N }).ids.sort((a, b) => a - b));
    });
  }

  it('keeps exact counts that match counts made afresh from the rows, through edits, deletes and undo', async () => {
    // Key order aside: the same counts per side, stance and lever.
    const canonical = (v: unknown): string =>
      v && typeof v === 'object' ? `{${Object.keys(v).sort().map((k) => `${k}:${canonical((v as Record<string, unknown>)[k])}`).join(',')}}` : String(v);
    const fresh = async () => {
      const rows = await db.annotations.toArray();
      return [...countsOf(rows).map((c) => `${c.facet} ${c.period} ${c.count}`), ...talliesOf(rows).map((t) => `${t.period} ${canonical(t.tally)}`)].sort();
    };
    const kept = async () =>
      [...(await db.annotationCounts.toArray()).map((c) => `${c.facet} ${c.period} ${c.count}`), ...(await db.annotationTallies.toArray()).map((t) => `${t.period} ${canonical(t.tally)}`)].sort();
    expect(await kept()).toEqual(await fresh());
    const ids = all.filter((r) => r.site === 'site5.example').map((r) => r.id);
    await updateAnnotation(db, ids[0], { note: 'a brand-new wordling here', tags: ['fresh'] });
    expect((await queryAnnotations(db, { text: 'wordling' })).total).toBe(1);
    const progress: number[] = [];
    const removed = await deleteMany(db, ids, (done) => progress.push(done));
    expect(removed).toHaveLength(ids.length);
    expect(progress.at(-1)).toBe(ids.length);
    expect((await queryAnnotations(db, { site: 'site5.example' })).total).toBe(0);
    expect(await kept()).toEqual(await fresh());
    await restoreMany(db, removed);
    expect((await queryAnnotations(db, { site: 'site5.example' })).total).toBe(ids.length);
    expect(await kept()).toEqual(await fresh());
    await updateAnnotation(db, ids[0], { note: '', tags: [] });
    expect((await queryAnnotations(db, { text: 'wordling' })).total).toBe(0);
    expect(await kept()).toEqual(await fresh());
  });

  it('keeps this week and all-time counters that match the rows', async () => {
    const now = all[all.length - 1].savedAt;
    const t = await savedTallies(db, now, { withWeeks: true });
    expect(t.allTime.total).toBe(N);
    expect(t.week.total).toBe(all.filter((r) => weekOf(r.savedAt) === weekOf(now)).length);
    expect(t.allTime.bySide.china.count).toBe(all.filter((r) => r.side === 'china').length);
    expect(t.weeks.reduce((n, w) => n + w.count, 0)).toBe(N);
  });
});
