/**
 * What the background answers the dashboard's openings from (src/background/store.ts): the first page of the list and
 * a timeline facet's counters are exactly what the page would read itself, and follow every write.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { freshDbs } from '../kb/fresh-db';
import { queryAnnotations, saveAnnotation } from '../../src/kb/annotations';
import { ALL_FACET, type MentionLike } from '../../src/kb/log-index';
import { logReading, timelineCounts } from '../../src/kb/reading-log';
import { packedTimeline, sortCounts } from '../../src/kb/timeline-counters';
import { firstAnnotations, timelineCounters } from '../../src/background/store';
import type { NewAnnotation } from '../../src/types/annotation';

const dbs = freshDbs('background-store');
const NOW = Date.UTC(2025, 5, 11, 12);
const DAY = 86_400_000;

function note(uid: number, lever: string): NewAnnotation {
  return {
    uid: `00000000-0000-4000-8000-${String(uid).padStart(12, '0')}`,
    title: 'A story',
    lever,
    category: 'critical-minerals',
    side: 'china',
    stance: 'tighten',
    quote: { exact: `${lever} quote ${uid}`, prefix: '', suffix: '' },
    position: { start: 0, end: 5 },
    sentence: `About ${lever}.`,
    note: 'a note',
    tags: [],
  };
}

const mention = (lever: string, stance: MentionLike['stance']): MentionLike => ({ lever, category: 'critical-minerals', side: 'china', stance, text: lever, sentence: `About ${lever}.`, start: 0, end: lever.length });

describe("the background's answers to the dashboard's openings", () => {
  it("gives the list's first page as the page would read it, without search keys, and follows saves", async () => {
    const { db } = dbs.open();
    await db.open();
    for (let i = 1; i <= 3; i++) await saveAnnotation(db, note(i, 'rare-earths'), 'https://news.example/a', NOW - i * DAY);
    const first = await firstAnnotations(db, 2);
    const own = await queryAnnotations(db, { sort: 'newest', offset: 0, limit: 2 });
    expect(first.page.rows.map((r) => r.id)).toEqual(own.rows.map((r) => r.id));
    expect(first.page.total).toBe(3);
    expect(first.page.rows.some((r) => 'words' in r || 'wordKeys' in r)).toBe(false);
    expect(first.levers.find((l) => l.id === 'rare-earths')).toEqual({ id: 'rare-earths', name: 'Rare earths', category: 'critical-minerals' });
    expect(first.sides.some((s) => s.id === 'china')).toBe(true);

    await saveAnnotation(db, note(9, 'rare-earths'), 'https://news.example/b', NOW);
    const after = await firstAnnotations(db, 2);
    expect(after.page.total).toBe(4);
    expect(after.page.rows[0].uid).toBe(note(9, 'rare-earths').uid);
  });

  it("keeps the levers' and sides' names between first pages, and reads them again after a knowledge-base edit", async () => {
    const { db } = dbs.open();
    await db.open();
    await saveAnnotation(db, note(1, 'rare-earths'), 'https://news.example/a', NOW);
    const name = async (id: string) => (await firstAnnotations(db, 1)).levers.find((l) => l.id === id)?.name;
    expect(await name('rare-earths')).toBe('Rare earths');
    await db.levers.update('rare-earths', { name: 'Rare-earth elements', edited: true });
    await db.sides.update('china', { name: 'PRC' });
    const after = await firstAnnotations(db, 1);
    expect(after.levers.find((l) => l.id === 'rare-earths')?.name).toBe('Rare-earth elements');
    expect(after.sides.find((s) => s.id === 'china')?.name).toBe('PRC');
    await db.levers.add({ ...(await db.levers.get('rare-earths'))!, id: 'new-lever', name: 'A new lever', origin: 'user', seedVersion: 0 });
    expect(await name('new-lever')).toBe('A new lever');
  });

  it("gives a timeline facet's counters that draw what the page reads itself, and follows the log", async () => {
    const { db } = dbs.open();
    await db.open();
    await logReading(db, { url: 'https://news.example/1', title: 'One', published: { date: '2025-06-02', source: 'meta' }, words: 100, mentions: [mention('rare-earths', 'tighten'), mention('gallium', 'neutral')] }, { now: NOW });
    const same = async (filter: { side?: string } = {}) => {
      const sent = packedTimeline(await timelineCounters(db, ALL_FACET), filter);
      const own = await timelineCounts(db, filter);
      expect(sortCounts(sent.counts)).toEqual(own.counts);
      expect(sent.articles).toEqual(own.articles);
      return sent;
    };
    const first = await same();
    expect(first.counts).toEqual([{ week: '2025-06-02', side: 'china', stance: 'tighten', dated: true, count: 1 }]);

    await logReading(db, { url: 'https://news.example/2', title: 'Two', published: null, words: 100, mentions: [mention('rare-earths', 'relax')] }, { now: NOW });
    const after = await same();
    expect(after.counts).toHaveLength(2);
    expect(after.counts.filter((c) => !c.dated)).toHaveLength(1);
    expect((await same({ side: 'us' })).counts).toEqual([]);
  });
});
