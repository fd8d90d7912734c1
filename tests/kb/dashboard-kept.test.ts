/**
 * The dashboard's first reads of the kept rows (src/kb/dashboard-kept.ts) give what the repositories give through
 * Dexie: the timeline for every filter the counters hold, after logging, re-reading and forgetting; and the labels'
 * rows, the reader's edits included.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { PressureDb } from '../../src/kb/db';
import { freshDbs } from './fresh-db';
import type { MentionLike } from '../../src/kb/log-index';
import { forgetPage, logReading, timelineCounts, type TimelineFilter } from '../../src/kb/reading-log';
import { readKeptLabelRows, readKeptTimeline } from '../../src/kb/dashboard-kept';

const dbs = freshDbs('dashboard-kept');
const freshDb = (): PressureDb => dbs.open().db;

const DAY = 86_400_000;
const NOW = Date.UTC(2025, 5, 11, 12);

function mention(lever: string, side: string | null, stance: MentionLike['stance'], category = 'critical-minerals'): MentionLike {
  return { lever, category, side, stance, text: lever, sentence: `About ${lever}.`, start: 0, end: lever.length };
}

const FILTERS: TimelineFilter[] = [{}, { side: 'china' }, { side: 'us' }, { lever: 'rare-earths' }, { category: 'tariffs-remedies' }, { site: 'b.example' }, { side: 'us', lever: 'tariffs' }];

async function expectSameAsRepository(db: PressureDb): Promise<void> {
  for (const filter of FILTERS) {
    const kept = await readKeptTimeline(filter, db.name);
    expect(kept, JSON.stringify(filter)).toEqual(await timelineCounts(db, filter));
  }
}

describe("the dashboard's first reads of the kept rows", () => {
  it('give the timeline the repository gives, for every filter the counters hold', async () => {
    const db = freshDb();
    await logReading(db, { url: 'https://a.example/1', title: 'One', published: { date: '2025-06-02', source: 'meta' }, words: 300, mentions: [mention('rare-earths', 'china', 'tighten'), mention('rare-earths', 'china', 'tighten'), mention('tariffs', 'us', 'relax', 'tariffs-remedies')] }, { now: NOW });
    await logReading(db, { url: 'https://b.example/2', title: 'Two', published: null, words: 300, mentions: [mention('tariffs', 'us', 'tighten', 'tariffs-remedies'), mention('chips', null, 'relax')] }, { now: NOW - 15 * DAY });
    await logReading(db, { url: 'https://b.example/3', title: 'Three', published: { date: '2025-04-20', source: 'json-ld' }, words: 300, mentions: [mention('rare-earths', 'us', 'relax')] }, { now: NOW - 3 * DAY });
    await expectSameAsRepository(db);
    const all = (await readKeptTimeline({}, db.name))!;
    expect(all.counts.reduce((n, c) => n + c.count, 0)).toBe(6);
    expect(all.counts.filter((c) => !c.dated).map((c) => c.side).sort()).toEqual(['none', 'us']);
    // Re-reading replaces, forgetting takes away: the counters follow, and so does this read.
    await logReading(db, { url: 'https://a.example/1', title: 'One', published: { date: '2025-06-02', source: 'meta' }, words: 300, mentions: [mention('rare-earths', 'china', 'relax')] }, { now: NOW + DAY });
    await forgetPage(db, 'https://b.example/2');
    await expectSameAsRepository(db);
    expect((await readKeptTimeline({}, db.name))!.counts.reduce((n, c) => n + c.count, 0)).toBe(2);
  });

  it('leave two of lever, category and site to the repository (no counter holds them)', async () => {
    const db = freshDb();
    await db.open();
    expect(await readKeptTimeline({ lever: 'rare-earths', site: 'a.example' }, db.name)).toBeNull();
  });

  it('give the levers and sides as stored, edits included, and nothing when there is no database', async () => {
    const db = freshDb();
    await db.open();
    await db.levers.update('rare-earths', { name: 'REEs', edited: true });
    const rows = (await readKeptLabelRows(db.name))!;
    expect(rows.levers.find((l) => l.id === 'rare-earths')?.name).toBe('REEs');
    expect(rows.levers.map((l) => l.id).sort()).toEqual((await db.levers.toArray()).map((l) => l.id).sort());
    expect(rows.sides.map((s) => s.id).sort()).toEqual((await db.sides.toArray()).map((s) => s.id).sort());
    expect(await readKeptLabelRows(`dashboard-kept-none-${process.pid}`)).toBeNull();
  });
});
