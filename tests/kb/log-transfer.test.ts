import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type PressureDb } from '../../src/kb/db';
import type { MentionLike } from '../../src/kb/log-index';
import { exportReadingLogCsv, exportReadingLogJson, LOG_CSV_COLUMNS, READING_LOG_FORMAT } from '../../src/kb/log-transfer';
import { logReading, timelineCounts } from '../../src/kb/reading-log';
import { applyImport, planImport } from '../../src/kb/transfer';

let counter = 0;
const opened: PressureDb[] = [];
function freshDb(): PressureDb {
  const db = openDb(`log-transfer-test-${process.pid}-${++counter}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

const NOW = Date.UTC(2025, 5, 11, 12);
const DAY = 86_400_000;

function m(lever: string, side: string | null, stance: MentionLike['stance'], sentence: string): MentionLike {
  return { lever, category: lever === 'tariffs' ? 'tariffs-remedies' : 'critical-minerals', side, stance, text: lever, sentence, start: 3, end: 3 + lever.length };
}

async function fill(db: PressureDb, n = 30): Promise<void> {
  for (let i = 0; i < n; i++) {
    await logReading(
      db,
      {
        url: `https://news${i % 4}.example/story-${i}`,
        title: i === 1 ? '=SUM(A1) "again", and\nagain' : `Story ${i}`,
        published: i % 5 === 0 ? null : { date: `2025-0${1 + (i % 5)}-1${i % 10}`, source: 'json-ld' },
        words: 300 + i,
        mentions:
          i % 7 === 3
            ? [m('tariffs', 'us', 'neutral', 'Tariffs were discussed.')]
            : [m('rare-earths', 'china', 'tighten', `Beijing curbed rare earths ${i}.`), m('tariffs', i % 2 ? 'us' : null, 'relax', `Tariffs eased ${i}.`), m('tariffs', 'us', 'neutral', 'Talks.')],
      },
      { now: NOW - i * DAY },
    );
  }
}

async function snapshot(db: PressureDb) {
  const pages = (await db.logPages.toArray()).sort((a, b) => (a.url < b.url ? -1 : 1));
  // In key order: article by article, in the order of their moves.
  const moves = await db.logMoves.toArray();
  // Read in primary-key order.
  const stats = await db.logStats.toArray();
  return { pages, moves, stats };
}

describe('reading log export and import', () => {
  it('round-trips through JSON into a fresh profile: the same articles, moves and counters', async () => {
    const a = freshDb();
    await fill(a);
    const json = await exportReadingLogJson(a, undefined, NOW);
    const doc = JSON.parse(json);
    expect(doc.format).toBe(READING_LOG_FORMAT);
    expect(doc.entries).toHaveLength(30);
    expect(json.split('\n').filter((l) => l.startsWith('{"url"'))).toHaveLength(30);

    const b = freshDb();
    const plan = await planImport(b, json);
    expect([plan.kind, plan.add, plan.update, plan.skip, plan.issues]).toEqual(['reading-log', 30, 0, 0, []]);
    expect(await applyImport(b, plan)).toEqual({ added: 30, updated: 0, skipped: 0 });
    expect(await snapshot(b)).toEqual(await snapshot(a));
    expect(await timelineCounts(b)).toEqual(await timelineCounts(a));

    // Importing the same file again changes nothing.
    const again = await planImport(b, json);
    expect([again.add, again.update, again.skip]).toEqual([0, 0, 30]);
    await applyImport(b, again);
    expect(await snapshot(b)).toEqual(await snapshot(a));
  });

  it('replaces an article only with a later reading of it, keeping the first read', async () => {
    const a = freshDb();
    await logReading(a, { url: 'https://news.example/s', title: 'Old reading', published: null, words: 100, mentions: [m('tariffs', 'us', 'tighten', 'Up.')] }, { now: NOW - 10 * DAY });
    const older = await exportReadingLogJson(a);
    await logReading(a, { url: 'https://news.example/s', title: 'New reading', published: null, words: 100, mentions: [m('tariffs', 'us', 'relax', 'Down.')] }, { now: NOW });
    const newer = await exportReadingLogJson(a);

    const b = freshDb();
    await logReading(b, { url: 'https://news.example/s', title: 'Local', published: null, words: 100, mentions: [m('rare-earths', 'china', 'tighten', 'Curbs.')] }, { now: NOW - 20 * DAY });
    // The file's older reading is newer than the local one: it replaces it, and the first read stays the local one.
    const plan = await planImport(b, older);
    expect([plan.add, plan.update, plan.skip]).toEqual([0, 1, 0]);
    await applyImport(b, plan);
    expect(await b.logPages.get('https://news.example/s')).toMatchObject({ title: 'Old reading', firstRead: NOW - 20 * DAY, lastRead: NOW - 10 * DAY });
    await applyImport(b, await planImport(b, newer));
    expect(await b.logPages.get('https://news.example/s')).toMatchObject({ title: 'New reading', firstRead: NOW - 20 * DAY });
    // Back to the older file: skipped, the newer reading stays.
    const back = await planImport(b, older);
    expect([back.add, back.update, back.skip]).toEqual([0, 0, 1]);
    expect((await timelineCounts(b)).counts.map((c) => `${c.side} ${c.stance} ${c.count}`)).toEqual(['us relax 1']);
  });

  it('refuses a file with invalid articles, naming each, and changes nothing', async () => {
    const a = freshDb();
    await fill(a, 3);
    const doc = JSON.parse(await exportReadingLogJson(a));
    doc.entries[0].url = 'javascript:alert(1)';
    doc.entries[1].moves.push({ ...doc.entries[1].moves[0] }, { ...doc.entries[1].moves[0] }, { ...doc.entries[1].moves[0] });
    doc.entries[2].published = '2025/01/01';
    doc.entries.push({ ...doc.entries[2], published: null });
    const b = freshDb();
    await fill(b, 1);
    const before = await snapshot(b);
    const plan = await planImport(b, JSON.stringify(doc));
    expect(plan.kind).toBe('reading-log');
    expect(plan.issues.map((i) => [i.record, i.field])).toEqual([
      [0, 'entries[0].url'],
      [1, 'entries[1].moves'],
      [2, 'entries[2].published'],
    ]);
    await expect(applyImport(b, plan)).rejects.toThrow(/refused/);
    expect(await snapshot(b)).toEqual(before);

    doc.entries = [doc.entries[3], doc.entries[3]];
    const dup = await planImport(b, JSON.stringify(doc));
    expect(dup.issues.map((i) => i.message)).toEqual(['the same article as record 0']);
  });

  it('rolls everything back when the import stops part way', async () => {
    const a = freshDb();
    await fill(a, 5);
    const json = await exportReadingLogJson(a);
    const b = freshDb();
    await fill(b, 2);
    const before = await snapshot(b);
    const plan = await planImport(b, json);
    await expect(
      applyImport(b, plan, () => {
        throw new Error('stopped');
      }),
    ).rejects.toThrow('stopped');
    expect(await snapshot(b)).toEqual(before);
  });

  it('exports CSV: one row per move, one row for an article without moves, formulas defused', async () => {
    const a = freshDb();
    await fill(a, 4);
    const csv = await exportReadingLogCsv(a);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(LOG_CSV_COLUMNS.join(','));
    // Stories 0-2 have two moves each; story 3 has only a neutral mention.
    expect(csv).toContain('https://news3.example/story-3,Story 3,news3.example,2025-04-13,json-ld,');
    expect(csv).toMatch(/https:\/\/news3\.example\/story-3,[^\r]*,303,,,,,,\r\n/);
    expect(csv).toContain(`"'=SUM(A1) ""again"", and\nagain"`);
    expect(csv.match(/,tighten,/g)).toHaveLength(3);
    expect(csv.match(/,relax,/g)).toHaveLength(3);
  });
});
