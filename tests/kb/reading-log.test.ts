import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type PressureDb } from '../../src/kb/db';
import { applyStatDelta, countWords, logStatsDelta, mergeStatDeltas, statKey, type MentionLike } from '../../src/kb/log-index';
import {
  applyRetention,
  clearLog,
  forgetPage,
  forgetSite,
  listLogPages,
  listMoves,
  logChartData,
  logPeriodTotals,
  logReading,
  logSites,
  timelineCounts,
  whatMoved,
  type ReadingInput,
} from '../../src/kb/reading-log';

let counter = 0;
const opened: PressureDb[] = [];
function freshDb(): PressureDb {
  const db = openDb(`log-test-${process.pid}-${++counter}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

const DAY = 86_400_000;
/** Wednesday 2025-06-11 12:00 UTC. */
const NOW = Date.UTC(2025, 5, 11, 12);

function mention(lever: string, side: string | null, stance: MentionLike['stance'], sentence = `A sentence about ${lever}.`, category = 'critical-minerals'): MentionLike {
  return { lever, category, side, stance, text: lever, sentence, start: 0, end: lever.length };
}

function reading(url: string, mentions: MentionLike[], published: string | null = '2025-06-02', title = 'A story'): ReadingInput {
  return { url, title, published: published ? { date: published, source: 'meta' } : null, words: 500, mentions };
}

const CHINA_CURBS = [
  mention('rare-earths', 'china', 'tighten', 'Beijing curbed rare earth exports.'),
  mention('rare-earths', 'china', 'tighten', 'The curbs on rare earths widened.'),
  mention('tariffs', 'us', 'relax', 'Washington paused tariffs.', 'tariffs-remedies'),
  mention('tariffs', 'us', 'neutral', 'Tariffs were discussed.', 'tariffs-remedies'),
];

/** The counters recomputed from the stored articles must equal the stored counters, key by key. */
async function expectCountersConsistent(db: PressureDb): Promise<void> {
  const pages = await db.logPages.toArray();
  const expected = new Map(
    [...mergeStatDeltas(pages.flatMap((p) => logStatsDelta(p, 1))).values()].map((d) => applyStatDelta(undefined, d)).filter((r) => r !== null).map((r) => [JSON.stringify(statKey(r)), r]),
  );
  const stored = new Map((await db.logStats.toArray()).map((r) => [JSON.stringify(statKey(r)), r]));
  expect(stored).toEqual(expected);
  // And the moves stored per article are the ones it says it has.
  for (const p of pages) expect(await db.logMoves.where('url').equals(p.url).count()).toBe(p.moves);
}

describe('reading log: logging', () => {
  it('does not log a page where nothing was found', async () => {
    const db = freshDb();
    expect(await logReading(db, reading('https://news.example/a', []), { now: NOW })).toBeNull();
    expect(await db.logPages.count()).toBe(0);
  });

  it('logs an article: address, site, publication day, reads, per-side counts and its moves', async () => {
    const db = freshDb();
    const row = await logReading(db, reading('https://www.news.example/a?utm_source=x#top', CHINA_CURBS), { now: NOW });
    expect(row).toMatchObject({
      url: 'https://www.news.example/a',
      site: 'news.example',
      published: '2025-06-02',
      publishedSource: 'meta',
      firstRead: NOW,
      lastRead: NOW,
      reads: 1,
      words: 500,
      moves: 3,
    });
    expect(row!.counts).toEqual([
      { side: 'china', lever: 'rare-earths', category: 'critical-minerals', tighten: 2, relax: 0, neutral: 0 },
      { side: 'us', lever: 'tariffs', category: 'tariffs-remedies', tighten: 0, relax: 1, neutral: 1 },
    ]);
    const moves = await db.logMoves.toArray();
    // Only tighten and relax mentions are moves, filed under the week of publication.
    expect(moves.map((m) => [m.side, m.lever, m.stance, m.week, m.date, m.dated])).toEqual([
      ['china', 'rare-earths', 'tighten', '2025-06-02', '2025-06-02', 1],
      ['china', 'rare-earths', 'tighten', '2025-06-02', '2025-06-02', 1],
      ['us', 'tariffs', 'relax', '2025-06-02', '2025-06-02', 1],
    ]);
    await expectCountersConsistent(db);
  });

  it('re-reading replaces the counts and moves: the same article never counts twice', async () => {
    const db = freshDb();
    await logReading(db, reading('https://news.example/a', CHINA_CURBS), { now: NOW });
    await logReading(db, reading('https://news.example/a?utm_medium=email', CHINA_CURBS), { now: NOW + 2 * DAY });
    expect(await db.logPages.count()).toBe(1);
    expect(await db.logMoves.count()).toBe(3);
    const totals = await logPeriodTotals(db, NOW + 2 * DAY);
    expect(totals.week.articles).toBe(1);
    expect(totals.week.bySide.china.tighten).toBe(2);
    const page = await db.logPages.get('https://news.example/a');
    expect(page).toMatchObject({ firstRead: NOW, lastRead: NOW + 2 * DAY, reads: 2 });
    // The page changed since: the new reading is what counts.
    await logReading(db, reading('https://news.example/a', [mention('rare-earths', 'china', 'relax')]), { now: NOW + 3 * DAY });
    const after = await timelineCounts(db);
    expect(after.counts).toEqual([{ week: '2025-06-02', side: 'china', stance: 'relax', dated: true, count: 1 }]);
    await expectCountersConsistent(db);
  });

  it('opening the article again within half an hour is the same reading', async () => {
    const db = freshDb();
    await logReading(db, reading('https://news.example/a', CHINA_CURBS), { now: NOW });
    await logReading(db, reading('https://news.example/a', CHINA_CURBS), { now: NOW + 60_000 });
    expect((await db.logPages.get('https://news.example/a'))?.reads).toBe(1);
  });

  it('adds the mentions of text the page added later to the same reading', async () => {
    const db = freshDb();
    await logReading(db, reading('https://news.example/a', CHINA_CURBS), { now: NOW });
    await logReading(db, { ...reading('https://news.example/a', [mention('soybeans', 'china', 'tighten', 'China halted soybean purchases.', 'agriculture-energy')]), words: 80 }, { now: NOW + 1000, fragment: true });
    const page = (await db.logPages.get('https://news.example/a'))!;
    expect(page).toMatchObject({ moves: 4, words: 580, reads: 1 });
    expect(page.counts.map((c) => c.lever)).toEqual(['rare-earths', 'soybeans', 'tariffs']);
    await expectCountersConsistent(db);
  });

  it('files an article without a publication date under the week first read, marked undated', async () => {
    const db = freshDb();
    await logReading(db, reading('https://news.example/b', CHINA_CURBS, null), { now: NOW });
    const { counts } = await timelineCounts(db);
    expect(new Set(counts.map((c) => `${c.week} ${c.dated}`))).toEqual(new Set(['2025-06-09 false']));
    // A later reading that finds the date moves it to its week of publication, moves and counters alike.
    await logReading(db, reading('https://news.example/b', CHINA_CURBS, '2019-03-14'), { now: NOW + DAY });
    const moved = await timelineCounts(db);
    expect(new Set(moved.counts.map((c) => `${c.week} ${c.dated}`))).toEqual(new Set(['2019-03-11 true']));
    expect(new Set((await db.logMoves.toArray()).map((m) => m.week))).toEqual(new Set(['2019-03-11']));
    // A reading that finds no date keeps the one found before.
    await logReading(db, reading('https://news.example/b', CHINA_CURBS, null), { now: NOW + 2 * DAY });
    expect((await db.logPages.get('https://news.example/b'))?.published).toBe('2019-03-14');
    await expectCountersConsistent(db);
  });

  it('keeps a sentence short and stores no more than a page can reasonably hold', async () => {
    const db = freshDb();
    const long = 'word '.repeat(2000);
    const many = Array.from({ length: 2500 }, () => mention('tariffs', 'us', 'tighten', long));
    const row = await logReading(db, reading('https://news.example/huge', many), { now: NOW });
    expect(row!.moves).toBe(2000);
    expect(row!.counts[0].tighten).toBe(2500);
    const move = await db.logMoves.limit(1).first();
    expect(move!.sentence.length).toBeLessThanOrEqual(1000);
  });
});

describe('reading log: forgetting', () => {
  async function three(db: PressureDb) {
    await logReading(db, reading('https://news.example/a', CHINA_CURBS), { now: NOW - 400 * DAY });
    await logReading(db, reading('https://news.example/b', CHINA_CURBS, '2025-05-01'), { now: NOW - 10 * DAY });
    await logReading(db, reading('https://other.example/c', CHINA_CURBS, null), { now: NOW });
  }

  it('forgets one page, its moves and its counts', async () => {
    const db = freshDb();
    await three(db);
    expect(await forgetPage(db, 'https://news.example/b?utm_source=x')).toBe(true);
    expect(await forgetPage(db, 'https://news.example/nothing')).toBe(false);
    expect((await db.logPages.toArray()).map((p) => p.url).sort()).toEqual(['https://news.example/a', 'https://other.example/c']);
    expect(await db.logMoves.where('url').equals('https://news.example/b').count()).toBe(0);
    await expectCountersConsistent(db);
  });

  it('forgets a site', async () => {
    const db = freshDb();
    await three(db);
    expect(await forgetSite(db, 'news.example')).toBe(2);
    expect(await logSites(db)).toEqual(['other.example']);
    await expectCountersConsistent(db);
  });

  it('forgets what was last read before the retention period, and nothing with retention 0', async () => {
    const db = freshDb();
    await three(db);
    expect(await applyRetention(db, 0, NOW)).toBe(0);
    expect(await applyRetention(db, 365, NOW)).toBe(1);
    expect((await db.logPages.toArray()).map((p) => p.url).sort()).toEqual(['https://news.example/b', 'https://other.example/c']);
    expect(await applyRetention(db, 7, NOW)).toBe(1);
    await expectCountersConsistent(db);
  });

  it('clears everything, counters included', async () => {
    const db = freshDb();
    await three(db);
    await clearLog(db);
    expect([await db.logPages.count(), await db.logMoves.count(), await db.logStats.count()]).toEqual([0, 0, 0]);
    // Forgetting everything one by one ends with no counters either.
    await three(db);
    for (const p of await db.logPages.toArray()) await forgetPage(db, p.url);
    expect(await db.logStats.count()).toBe(0);
  });
});

describe('reading log: reads', () => {
  async function sample(db: PressureDb) {
    await logReading(db, reading('https://news.example/a', CHINA_CURBS, '2025-06-02', 'Rare earth curbs'), { now: NOW });
    await logReading(db, reading('https://news.example/b', [mention('chips', 'us', 'tighten', 'Washington tightened chip controls.', 'semiconductors-tech')], '2025-05-20', 'Chip controls'), { now: NOW - DAY });
    await logReading(db, reading('https://other.example/c', [mention('rare-earths', 'china', 'relax', 'Beijing eased rare earth licences.')], '2025-06-10', 'Licences eased'), { now: NOW - 5 * DAY });
  }

  it('totals this week and this month over the articles read then, with the number of articles', async () => {
    const db = freshDb();
    await sample(db);
    const { week, month } = await logPeriodTotals(db, NOW);
    expect(week.articles).toBe(2);
    expect(week.bySide.china).toEqual({ count: 2, tighten: 2, relax: 0, neutral: 0, levers: { 'rare-earths': 2 } });
    expect(week.bySide.us).toMatchObject({ count: 3, tighten: 1, relax: 1, neutral: 1 });
    // Five days ago is last week, but still June.
    expect(month.articles).toBe(3);
    expect(month.bySide.china.relax).toBe(1);
    // Object keys from the data cannot reach a prototype.
    expect(Object.getPrototypeOf(week.bySide)).toBeNull();
  });

  it('counts moves per week of publication with any one filter, and with several', async () => {
    const db = freshDb();
    await sample(db);
    const all = await timelineCounts(db);
    const key = (c: { week: string; side: string; stance: string; count: number }) => `${c.week} ${c.side} ${c.stance} ${c.count}`;
    expect(all.counts.map(key).sort()).toEqual(['2025-05-19 us tighten 1', '2025-06-02 china tighten 2', '2025-06-02 us relax 1', '2025-06-09 china relax 1']);
    expect(Object.fromEntries(all.articles!)).toEqual({ '2025-05-19': 1, '2025-06-02': 1, '2025-06-09': 1 });
    expect((await timelineCounts(db, { side: 'china' })).counts.map(key).sort()).toEqual(['2025-06-02 china tighten 2', '2025-06-09 china relax 1']);
    expect((await timelineCounts(db, { lever: 'rare-earths' })).counts.map(key).sort()).toEqual(['2025-06-02 china tighten 2', '2025-06-09 china relax 1']);
    expect((await timelineCounts(db, { category: 'semiconductors-tech' })).counts.map(key)).toEqual(['2025-05-19 us tighten 1']);
    expect((await timelineCounts(db, { site: 'other.example' })).counts.map(key)).toEqual(['2025-06-09 china relax 1']);
    // Two filters: counted from the moves, the same numbers.
    expect((await timelineCounts(db, { lever: 'rare-earths', site: 'news.example' })).counts.map(key)).toEqual(['2025-06-02 china tighten 2']);
    expect((await timelineCounts(db, { category: 'critical-minerals', site: 'other.example', side: 'china' })).counts.map(key)).toEqual(['2025-06-09 china relax 1']);
  });

  it('lists the moves of a week or a lever with their articles, newest first, in pages', async () => {
    const db = freshDb();
    await sample(db);
    const week = await listMoves(db, { week: '2025-06-02' });
    expect(week.total).toBe(3);
    expect(week.rows.map((m) => [m.title, m.published, m.side, m.lever, m.stance])).toEqual(
      expect.arrayContaining([
        ['Rare earth curbs', '2025-06-02', 'china', 'rare-earths', 'tighten'],
        ['Rare earth curbs', '2025-06-02', 'us', 'tariffs', 'relax'],
      ]),
    );
    const lever = await listMoves(db, { lever: 'rare-earths' });
    expect(lever.rows.map((m) => m.week)).toEqual(['2025-06-09', '2025-06-02', '2025-06-02']);
    expect(lever.rows[0].sentence).toBe('Beijing eased rare earth licences.');
    const paged = await listMoves(db, { lever: 'rare-earths', offset: 1, limit: 1 });
    expect([paged.total, paged.rows.length, paged.rows[0].week]).toEqual([3, 1, '2025-06-02']);
    expect((await listMoves(db, { lever: 'rare-earths', stance: 'relax' })).total).toBe(1);
    expect((await listMoves(db, { side: 'us', week: '2025-05-19' })).rows.map((m) => m.lever)).toEqual(['chips']);
    expect((await listMoves(db, {})).total).toBe(5);
  });

  it('says what moved in the last seven days, per side, with the articles behind it', async () => {
    const db = freshDb();
    await sample(db);
    const moved = await whatMoved(db, NOW);
    expect([moved.from, moved.to]).toEqual(['2025-06-05', '2025-06-11']);
    // Only the story published on 10 June is inside the seven days.
    expect(moved.sides).toEqual([
      { side: 'china', tightened: [], relaxed: [{ lever: 'rare-earths', count: 1, articles: [{ url: 'https://other.example/c', title: 'Licences eased', count: 1 }] }], total: 1 },
    ]);
    expect(moved.articles).toBe(1);
    const later = await whatMoved(db, NOW - 6 * DAY);
    expect(later.sides.map((s) => s.side)).toEqual(['china', 'us']);
  });

  it('gives the charts weekly and all-time counts, by publication or by reading', async () => {
    const db = freshDb();
    await sample(db);
    const byPub = await logChartData(db, 'published');
    expect(byPub.weeks.filter((w) => w.side === 'china').map((w) => `${w.week} ${w.stance} ${w.count}`).sort()).toEqual(['2025-06-02 tighten 2', '2025-06-09 relax 1']);
    const byRead = await logChartData(db, 'read');
    expect(byRead.weeks.filter((w) => w.side === 'china').map((w) => `${w.week} ${w.stance} ${w.count}`).sort()).toEqual(['2025-06-02 relax 1', '2025-06-09 tighten 2']);
    expect(byRead.allTime.articles).toBe(3);
    expect(byRead.allTime.bySide.china.levers).toEqual({ 'rare-earths': 3 });
  });

  it('lists logged articles, most recently read first, by site', async () => {
    const db = freshDb();
    await sample(db);
    expect((await listLogPages(db)).rows.map((p) => p.title)).toEqual(['Rare earth curbs', 'Chip controls', 'Licences eased']);
    const site = await listLogPages(db, { site: 'news.example', limit: 1 });
    expect([site.total, site.rows[0].title]).toEqual([2, 'Rare earth curbs']);
  });
});

describe('countWords', () => {
  it('counts words with inner apostrophes and hyphens once, in any script, and ignores punctuation', () => {
    expect(countWords("China's rare-earth curbs \u2014 again! 2,000 tonnes.")).toBe(6);
    expect(countWords('Пекин ограничил экспорт')).toBe(3);
    expect(countWords('  \n ')).toBe(0);
  });
});
