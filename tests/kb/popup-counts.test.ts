/**
 * The popup's figures come from kept rows (src/kb/popup-counts.ts, read by src/background/store.ts popupCounts): the
 * tallies of saved annotations and the reading log's counters. They must be exactly what the rows themselves say,
 * after every kind of write.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { freshDbs } from './fresh-db';
import type { PressureDb } from '../../src/kb/db';
import { deleteAnnotations, saveAnnotation } from '../../src/kb/annotations';
import { weekOf } from '../../src/kb/annotation-index';
import { monthOf, type LogTally, type MentionLike } from '../../src/kb/log-index';
import { clearLog, forgetPage, logReading } from '../../src/kb/reading-log';
import { popupCounts } from '../../src/background/store';
import type { NewAnnotation, SavedTally } from '../../src/types/annotation';

const dbs = freshDbs('popup-counts');
const freshDb = () => dbs.open();

const DAY = 86_400_000;
/** Wednesday 2025-06-11 12:00 UTC. */
const NOW = Date.UTC(2025, 5, 11, 12);

function note(uid: number, lever: string, side: string | null, stance: NewAnnotation['stance']): NewAnnotation {
  return {
    uid: `00000000-0000-4000-8000-${String(uid).padStart(12, '0')}`,
    title: 'A story',
    lever,
    category: 'critical-minerals',
    side,
    stance,
    quote: { exact: lever, prefix: '', suffix: '' },
    position: { start: 0, end: lever.length },
    sentence: `About ${lever}.`,
    note: '',
    tags: [],
  };
}

function mention(lever: string, side: string | null, stance: MentionLike['stance']): MentionLike {
  return { lever, category: 'critical-minerals', side, stance, text: lever, sentence: `About ${lever}.`, start: 0, end: lever.length };
}

/** The saved annotations' tally, counted from the rows themselves. */
async function savedFromRows(db: PressureDb, week: string | null): Promise<SavedTally> {
  const t: SavedTally = { total: 0, bySide: {} };
  for (const r of await db.annotations.toArray()) {
    if (week !== null && weekOf(r.savedAt) !== week) continue;
    const side = r.side ?? 'none';
    const s = (t.bySide[side] ??= { count: 0, tighten: 0, relax: 0, neutral: 0, levers: {} });
    t.total++;
    s.count++;
    s[r.stance]++;
    s.levers[r.lever] = (s.levers[r.lever] ?? 0) + 1;
  }
  return t;
}

/** The log's tally over the articles last read in a period, counted from the articles themselves. */
async function logFromRows(db: PressureDb, inPeriod: (lastRead: number) => boolean): Promise<LogTally> {
  const t: LogTally = { articles: 0, total: 0, bySide: {} };
  for (const p of await db.logPages.toArray()) {
    if (!inPeriod(p.lastRead)) continue;
    t.articles++;
    for (const c of p.counts) {
      const s = (t.bySide[c.side] ??= { count: 0, tighten: 0, relax: 0, neutral: 0, levers: {} });
      const n = c.tighten + c.relax + c.neutral;
      if (n === 0) continue;
      t.total += n;
      s.count += n;
      s.tighten += c.tighten;
      s.relax += c.relax;
      s.neutral += c.neutral;
      s.levers[c.lever] = (s.levers[c.lever] ?? 0) + n;
    }
  }
  return t;
}

/** Plain objects (the kept tallies are null-prototype records), for comparing with the ones counted here. */
const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

async function expectExact(db: PressureDb): Promise<void> {
  const kept = await popupCounts(db, NOW);
  expect(plain(kept.tallies.week)).toEqual(await savedFromRows(db, weekOf(NOW)));
  expect(plain(kept.tallies.allTime)).toEqual(await savedFromRows(db, null));
  expect(plain(kept.logTotals.week)).toEqual(await logFromRows(db, (t) => weekOf(t) === weekOf(NOW)));
  expect(plain(kept.logTotals.month)).toEqual(await logFromRows(db, (t) => monthOf(t) === monthOf(NOW)));
}

describe("the popup's figures from the kept rows", () => {
  it('gives exactly what the rows say, after saves, deletes, logging, re-reading, forgetting and clearing', async () => {
    const { db } = freshDb();
    await db.open();
    const url = 'https://news.example/a';
    const saved = [
      await saveAnnotation(db, note(1, 'rare-earths', 'china', 'tighten'), url, NOW),
      await saveAnnotation(db, note(2, 'rare-earths', 'china', 'tighten'), url, NOW - DAY),
      await saveAnnotation(db, note(3, 'tariffs', 'us', 'relax'), url, NOW - 20 * DAY),
      await saveAnnotation(db, note(4, 'chips', null, 'neutral'), url, NOW),
    ];
    await logReading(db, { url: 'https://news.example/1', title: 'One', published: null, words: 100, mentions: [mention('rare-earths', 'china', 'tighten'), mention('tariffs', 'us', 'relax')] }, { now: NOW });
    await logReading(db, { url: 'https://news.example/2', title: 'Two', published: { date: '2025-05-01', source: 'meta' }, words: 100, mentions: [mention('chips', 'us', 'tighten')] }, { now: NOW - 9 * DAY });
    await logReading(db, { url: 'https://news.example/3', title: 'Three', published: null, words: 100, mentions: [mention('chips', 'us', 'neutral')] }, { now: NOW - 40 * DAY });
    await expectExact(db);
    const before = await popupCounts(db, NOW);
    expect(before.tallies.week.total).toBe(3);
    expect(before.tallies.allTime.total).toBe(4);
    expect(before.logTotals.week.articles).toBe(1);
    expect(before.logTotals.month.articles).toBe(2);
    expect(before.names.levers['rare-earths']).toBe('Rare earths');
    expect(before.names.sides.china.name).toBeTruthy();

    await deleteAnnotations(db, [saved[0].annotation.id!]);
    // Re-reading replaces what the log held for the address: it moves to this week, counted once.
    await logReading(db, { url: 'https://news.example/2', title: 'Two', published: { date: '2025-05-01', source: 'meta' }, words: 100, mentions: [mention('chips', 'us', 'relax')] }, { now: NOW });
    await expectExact(db);
    const after = await popupCounts(db, NOW);
    expect(after.tallies.week.bySide.china.count).toBe(1);
    expect(after.logTotals.week.articles).toBe(2);
    expect(after.logTotals.week.bySide.us).toMatchObject({ tighten: 0, relax: 2 });

    await forgetPage(db, 'https://news.example/1');
    await expectExact(db);
    await clearLog(db);
    await expectExact(db);
    expect((await popupCounts(db, NOW)).logTotals.month).toMatchObject({ articles: 0, total: 0 });
  });
});
