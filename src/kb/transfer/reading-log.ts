/**
 * The reading log out and back in. It leaves as JSON (every article with its counts and moves, one article per line)
 * or CSV (one row per move, and one row for an article without moves). JSON comes back through the same pipeline as
 * annotations (src/kb/transfer.ts planImport / applyImport): every record validated, a dry run against the log, then
 * one transaction that a failure rolls back whole. Importing the same file twice changes nothing: an article already
 * in the log is replaced only by a later reading of it.
 */
import Dexie from 'dexie';
import { normaliseUrl, siteOf } from '../../types/url';
import type { PressureDb } from '../db';
import { countMentions, logStatsDelta, MAX_MOVES_PER_PAGE, movesOf, type LogCount, type LogPageRow, type LogStatRow, type MentionLike, type PublishedSource } from '../log-index';
import { bumpLogStats, movesOfUrl } from '../reading-log';
import { txTable } from '../tx-tables';
import { validate } from '../../schemas/issues';
import { logEntry } from '../../schemas/reading-log';
import { breathe, CHUNK, csvCell, describeValue, GENERATOR, IssueList, MAX_RECORDS, refused, type ImportPlan, type Json, type ProgressCallback } from './common';
import { CATEGORY_IDS } from '../../types/knowledge';
import type { MoveStance } from '../../types/annotation';

export const READING_LOG_FORMAT = 'pressure-points/reading-log@1';

const entrySchema = logEntry(MAX_MOVES_PER_PAGE);

/** One article as exported. */
export interface LogEntryJson {
  url: string;
  title: string;
  site: string;
  published: string | null;
  publishedSource: PublishedSource | null;
  firstRead: string;
  lastRead: string;
  reads: number;
  words: number;
  counts: LogCount[];
  moves: { side: string; lever: string; category: string; stance: MoveStance; text: string; sentence: string; start: number; end: number }[];
}

/** Every article with its moves, CHUNK articles per read, in address order. */
async function readLog(db: PressureDb, onChunk: (pages: LogPageRow[], moves: Map<string, LogEntryJson['moves']>) => void, onProgress?: ProgressCallback): Promise<number> {
  const total = await db.logPages.count();
  let done = 0;
  let last: string | null = null;
  for (;;) {
    const pages: LogPageRow[] = await (last === null ? db.logPages.orderBy(':id') : db.logPages.where(':id').above(last)).limit(CHUNK).toArray();
    if (pages.length === 0) break;
    const moves = new Map<string, LogEntryJson['moves']>();
    // Moves are keyed [url, n] and pages by url: this chunk's moves are one key range, already in order.
    const rows = await db.logMoves.where('[url+n]').between([pages[0].url, Dexie.minKey], [pages[pages.length - 1].url, Dexie.maxKey]).toArray();
    for (const m of rows) {
      const list = moves.get(m.url) ?? [];
      list.push({ side: m.side, lever: m.lever, category: m.category, stance: m.stance, text: m.text, sentence: m.sentence, start: m.start, end: m.end });
      moves.set(m.url, list);
    }
    onChunk(pages, moves);
    done += pages.length;
    last = pages[pages.length - 1].url;
    onProgress?.(done, Math.max(total, done));
    if (pages.length < CHUNK) break;
  }
  return done;
}

function entryJson(p: LogPageRow, moves: LogEntryJson['moves']): LogEntryJson {
  return {
    url: p.url,
    title: p.title,
    site: p.site,
    published: p.published,
    publishedSource: p.publishedSource,
    firstRead: new Date(p.firstRead).toISOString(),
    lastRead: new Date(p.lastRead).toISOString(),
    reads: p.reads,
    words: p.words,
    counts: p.counts,
    moves,
  };
}

/** The whole log as JSON: an indented envelope, one article per line. */
export async function exportReadingLogJson(db: PressureDb, onProgress?: ProgressCallback, now = Date.now()): Promise<string> {
  const lines: string[] = [];
  await readLog(db, (pages, moves) => {
    for (const p of pages) lines.push(JSON.stringify(entryJson(p, moves.get(p.url) ?? [])));
  }, onProgress);
  const head = JSON.stringify({ format: READING_LOG_FORMAT, generator: GENERATOR, generated: new Date(now).toISOString(), total: lines.length }, null, 2);
  const items = lines.length ? `[\n${lines.join(',\n')}\n  ]` : '[]';
  return `${head.slice(0, -2)},\n  "entries": ${items}\n}\n`;
}

export const LOG_CSV_COLUMNS = ['url', 'title', 'site', 'published', 'published_from', 'first_read', 'last_read', 'reads', 'words', 'side', 'lever', 'category', 'stance', 'text', 'sentence'] as const;

/** The log as CSV: one row per move; an article without moves gets one row with the move columns empty. */
export async function exportReadingLogCsv(db: PressureDb, onProgress?: ProgressCallback): Promise<string> {
  const lines: string[] = [LOG_CSV_COLUMNS.join(',')];
  await readLog(db, (pages, moves) => {
    for (const p of pages) {
      const article = [p.url, p.title, p.site, p.published ?? '', p.publishedSource ?? '', new Date(p.firstRead).toISOString(), new Date(p.lastRead).toISOString(), p.reads, p.words];
      const list = moves.get(p.url) ?? [];
      if (list.length === 0) lines.push([...article, '', '', '', '', '', ''].map(csvCell).join(','));
      for (const m of list) lines.push([...article, m.side, m.lever, m.category, m.stance, m.text, m.sentence].map(csvCell).join(','));
    }
  }, onProgress);
  return `${lines.join('\r\n')}\r\n`;
}

// ---------------------------------------------------------------------------------------------------------------
// Import

/** A validated article of an import file, ready to store. */
interface ImportedEntry {
  page: LogPageRow;
  mentions: MentionLike[];
}

function readEntry(raw: unknown, record: number, issues: IssueList): ImportedEntry | null {
  const at = `entries[${record}]`;
  const result = validate(entrySchema, raw, { prefix: at, brackets: true });
  if (!result.ok) {
    for (const e of result.errors) issues.add(record, e.field, e.message);
    return null;
  }
  const e = result.value;
  const before = issues.count;
  const bad = (field: string, message: string) => issues.add(record, field, message);
  const url = normaliseUrl(e.url.trim());
  if (e.site !== undefined && e.site !== siteOf(url)) bad(`${at}.site`, `${JSON.stringify(e.site.slice(0, 40))} is not the site of ${JSON.stringify(url.slice(0, 60))}`);
  if (e.lastRead < e.firstRead) bad(`${at}.lastRead`, 'earlier than firstRead');
  if (issues.count > before) return null;
  const { title, published, publishedSource, firstRead, lastRead, reads, words } = e;
  const counts: LogCount[] = e.counts.map((c) => ({ ...c }));
  const mentions: MentionLike[] = e.moves.map((m) => ({ side: m.side, lever: m.lever, category: m.category, stance: m.stance, text: m.text, sentence: m.sentence, start: m.start ?? 0, end: m.end ?? m.start ?? 0 }));

  // The moves must be among the counted mentions, or the timeline would not match the counts.
  const counted = new Map(counts.map((c) => [`${c.side}\u0000${c.lever}`, c]));
  const used = new Map<string, number>();
  for (const m of mentions) {
    const key = `${m.side}\u0000${m.lever}\u0000${m.stance}`;
    used.set(key, (used.get(key) ?? 0) + 1);
    const c = counted.get(`${m.side}\u0000${m.lever}`);
    if (!c || used.get(key)! > c[m.stance as MoveStance]) {
      bad(`${at}.moves`, `more ${m.stance} moves of ${m.lever} by ${m.side} than its counts say`);
      return null;
    }
  }
  if (counts.length === 0) {
    bad(`${at}.counts`, 'empty: an article is logged only when levers were found');
    return null;
  }
  const page: LogPageRow = {
    url,
    title: title.slice(0, 500),
    site: siteOf(url),
    published,
    publishedSource: published ? publishedSource : null,
    firstRead,
    lastRead,
    reads: Math.max(1, reads),
    words,
    counts: countMentions([], counts),
    moves: mentions.length,
  };
  return { page, mentions };
}

/** Reads a reading-log file, validates every article and dry-runs it against the log (no writes). */
export async function planReadingLog(db: PressureDb, data: Json, onProgress?: ProgressCallback): Promise<ImportPlan> {
  const issues = new IssueList();
  if (!Array.isArray(data.entries)) {
    issues.add(null, 'entries', data.entries === undefined ? 'missing: the list of articles' : `expected a list, found ${describeValue(data.entries)}`);
    return refused('reading-log', issues.final());
  }
  if ((data.entries as unknown[]).length > MAX_RECORDS) {
    issues.add(null, 'entries', `more than ${MAX_RECORDS.toLocaleString('en')} articles: this is not an export of this extension`);
    return refused('reading-log', issues.final());
  }
  const raw = data.entries as unknown[];
  const items: ImportedEntry[] = [];
  const seen = new Map<string, number>();
  let add = 0;
  let update = 0;
  let skip = 0;
  for (let i = 0; i < raw.length; i += CHUNK) {
    const part: ImportedEntry[] = [];
    for (let j = i; j < Math.min(raw.length, i + CHUNK); j++) {
      const entry = readEntry(raw[j], j, issues);
      if (!entry) continue;
      const earlier = seen.get(entry.page.url);
      if (earlier !== undefined) {
        issues.add(j, `entries[${j}].url`, `the same article as record ${earlier}`);
        continue;
      }
      seen.set(entry.page.url, j);
      part.push(entry);
    }
    if (issues.count === 0) {
      const existing = await db.logPages.bulkGet(part.map((e) => e.page.url));
      part.forEach((e, k) => {
        const old = existing[k];
        if (!old) add++;
        else if (e.page.lastRead > old.lastRead) update++;
        else skip++;
      });
      items.push(...part);
    }
    onProgress?.(Math.min(raw.length, i + CHUNK), raw.length);
    await breathe();
  }
  if (issues.count > 0) return refused('reading-log', issues.final());
  return { kind: 'reading-log', add, update, skip, issues: [], items };
}

/**
 * Writes a planned reading-log import in one transaction. Each article is matched again inside it: new ones are
 * added, a later reading replaces an earlier one (keeping the earliest first read), anything else is skipped.
 */
export async function applyReadingLog(db: PressureDb, items: unknown[], onProgress?: ProgressCallback): Promise<{ added: number; updated: number; skipped: number }> {
  const entries = items as ImportedEntry[];
  return db.transaction('rw', db.logPages, db.logMoves, db.logStats, async (tx) => {
    const logPages = txTable(tx, 'logPages');
    const logMoves = txTable(tx, 'logMoves');
    let added = 0;
    let updated = 0;
    let skipped = 0;
    for (let i = 0; i < entries.length; i += CHUNK) {
      const part = entries.slice(i, i + CHUNK);
      const existing = await logPages.bulkGet(part.map((e) => e.page.url));
      const pages: LogPageRow[] = [];
      const replaced: string[] = [];
      const deltas: LogStatRow[] = [];
      const moves = part.flatMap((e, k) => {
        const old = existing[k];
        if (old && e.page.lastRead <= old.lastRead) {
          skipped++;
          return [];
        }
        const page = old ? { ...e.page, firstRead: Math.min(old.firstRead, e.page.firstRead), reads: Math.max(old.reads, e.page.reads) } : e.page;
        if (old) {
          replaced.push(old.url);
          deltas.push(...logStatsDelta(old, -1));
          updated++;
        } else added++;
        pages.push(page);
        deltas.push(...logStatsDelta(page, 1));
        return movesOf(page, e.mentions);
      });
      if (replaced.length) await Promise.all(replaced.map((url) => movesOfUrl(logMoves, url).delete()));
      if (pages.length) await logPages.bulkPut(pages);
      if (moves.length) await logMoves.bulkAdd(moves);
      await bumpLogStats(tx, deltas);
      onProgress?.(Math.min(entries.length, i + CHUNK), entries.length);
    }
    return { added, updated, skipped };
  });
}
