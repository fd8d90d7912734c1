import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bulkInsert, queryAnnotations, savedTallies, type AnnotationQuery, type StoredAnnotation } from '../../src/kb/annotations';
import { openDb, type AnnotationRow, type PressureDb } from '../../src/kb/db';
import { searchWords, weekOf } from '../../src/kb/annotation-index';

/**
 * queryAnnotations answers from different paths (compound index, few candidates in memory, ordered walk); each is
 * checked against a brute-force answer over every row.
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
      tags: i % 3 === 0 ? ['watch'] : [],
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

const queries: [string, AnnotationQuery][] = [
  ['everything, newest first', {}],
  ['everything, oldest, second page', { sort: 'oldest', offset: 50 }],
  ['one side (compound index)', { side: 'china' }],
  ['side and lever (compound index), a later page', { side: 'us', lever: 'tariffs', offset: 100, limit: 25 }],
  ['stance within dates', { stance: 'relax', from: Date.UTC(2025, 3, 1), to: Date.UTC(2025, 8, 1) }],
  ['no side', { side: null, limit: 30 }],
  ['a common word (ordered walk)', { text: 'ledger' }],
  ['a common word and a side', { text: 'truce', side: 'eu' }],
  ['a rare word (in memory)', { text: 'zephyrine' }],
  ['a word prefix', { text: 'quar' }],
  ['site and lever, sorted by lever', { site: 'site3.example', lever: 'sanctions', sort: 'lever' }],
  ['orphans only', { orphansOnly: true }],
  ['side and stance, sorted by site', { side: 'china', stance: 'tighten', sort: 'site', offset: 20 }],
];

describe('queryAnnotations gives what a full scan gives', () => {
  for (const [name, q] of queries) {
    it(name, async () => {
      const got = await queryAnnotations(db, q);
      const want = brute(q);
      expect(got.total).toBe(want.total);
      expect(got.rows.map((r) => r.id)).toEqual(want.ids);
    });
  }

  it('keeps this week and all-time counters that match the rows', async () => {
    const now = all[all.length - 1].savedAt;
    const t = await savedTallies(db, now, { withWeeks: true });
    expect(t.allTime.total).toBe(N);
    expect(t.week.total).toBe(all.filter((r) => weekOf(r.savedAt) === weekOf(now)).length);
    expect(t.allTime.bySide.china.count).toBe(all.filter((r) => r.side === 'china').length);
    expect(t.weeks.reduce((n, w) => n + w.count, 0)).toBe(N);
  });
});
