/**
 * Exports: all annotations as a JSON-LD AnnotationCollection, CSV or Markdown, and the knowledge base as JSON. Work goes
 * in chunks of CHUNK records with a progress call between them, so a 100,000-annotation export keeps the page
 * responsive. (The reading log's formats are in reading-log.ts.)
 */
import { NO_SIDE_KEY } from '../../types/annotation';
import { idRecordFrom } from '../../types/ids';
import type { AnnotationRow, PressureDb } from '../db';
import { CHUNK, csvCell, GENERATOR, type ProgressCallback } from './common';
import { PP_NAMESPACE, toWebAnnotation } from './web-annotation';

export const EXPORT_FORMAT = 'pressure-points/annotations@1';
export const KB_EXPORT_FORMAT = 'pressure-points/knowledge-base@1';


/** Every annotation in primary-key order, CHUNK rows per read (key ranges, not offsets: each read costs the same). */
async function readAnnotations(db: PressureDb, onChunk: (rows: AnnotationRow[]) => void, onProgress?: ProgressCallback): Promise<number> {
  const total = await db.annotations.count();
  let done = 0;
  let last = -Infinity;
  for (;;) {
    const rows = await db.annotations.where(':id').above(last).limit(CHUNK).toArray();
    if (rows.length === 0) break;
    onChunk(rows);
    done += rows.length;
    last = rows[rows.length - 1].id!;
    onProgress?.(done, Math.max(total, done));
    if (rows.length < CHUNK) break;
  }
  return done;
}

async function leverNames(db: PressureDb): Promise<Record<string, string>> {
  return idRecordFrom((await db.levers.toArray()).map((l) => [l.id, l.name]));
}

async function sideNames(db: PressureDb): Promise<Record<string, string>> {
  return idRecordFrom((await db.sides.toArray()).map((s) => [s.id, s.name]));
}

/**
 * All annotations as one JSON-LD AnnotationCollection. The envelope is indented; each annotation takes one line,
 * which keeps a 100,000-annotation file small and its syntax errors easy to find by line.
 */
export async function exportAnnotationsJson(db: PressureDb, onProgress?: ProgressCallback, now = Date.now()): Promise<string> {
  const names = await leverNames(db);
  const lines: string[] = [];
  await readAnnotations(db, (rows) => {
    for (const row of rows) lines.push(JSON.stringify(toWebAnnotation(row, names)));
  }, onProgress);
  const head = JSON.stringify(
    {
      '@context': ['http://www.w3.org/ns/anno.jsonld', { pp: PP_NAMESPACE }],
      type: 'AnnotationCollection',
      generator: GENERATOR,
      format: EXPORT_FORMAT,
      generated: new Date(now).toISOString(),
      total: lines.length,
    },
    null,
    2,
  );
  const items = lines.length ? `[\n${lines.join(',\n')}\n    ]` : '[]';
  return `${head.slice(0, -2)},\n  "first": {\n    "type": "AnnotationPage",\n    "items": ${items}\n  }\n}\n`;
}

export const CSV_COLUMNS = ['uid', 'url', 'title', 'site', 'saved_at', 'lever', 'category', 'side', 'stance', 'quote', 'prefix', 'suffix', 'start', 'end', 'sentence', 'note', 'tags', 'published'] as const;

/** All annotations as CSV, one row per annotation, CRLF line ends, tags joined with "; ". */
export async function exportAnnotationsCsv(db: PressureDb, onProgress?: ProgressCallback): Promise<string> {
  const lines: string[] = [CSV_COLUMNS.join(',')];
  await readAnnotations(db, (rows) => {
    for (const r of rows) {
      const cells: (string | number)[] = [
        r.uid ?? '', r.url, r.title, r.site, new Date(r.savedAt).toISOString(), r.lever, r.category, r.side ?? NO_SIDE_KEY,
        r.stance, r.quote.exact, r.quote.prefix, r.quote.suffix, r.position.start, r.position.end, r.sentence, r.note,
        r.tags.join('; '), r.published ?? '',
      ];
      lines.push(cells.map(csvCell).join(','));
    }
  }, onProgress);
  return `${lines.join('\r\n')}\r\n`;
}

/** Text that Markdown shows as written: punctuation that could start emphasis, links, HTML or code is escaped. */
export function markdownText(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&');
}

/** One line of block text: also escapes what would start a heading, list, quote or code block at the line start. */
function markdownLine(line: string): string {
  return markdownText(line.trim())
    .replace(/^([#+\-=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

function markdownLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/).map(markdownLine);
}

/** A link destination that cannot end the link, or the line, early. */
function markdownUrl(url: string): string {
  return url.replace(/[\s()<>\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** Text that must stay on one line (a name, a tag): every run of spaces and line breaks becomes one space. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * All annotations as Markdown, grouped by page (the page saved to most recently first); within a page in the order
 * of the article. Each: the quote as a blockquote, the note, then `lever · side · stance · date · tags`.
 */
export async function exportAnnotationsMarkdown(db: PressureDb, onProgress?: ProgressCallback): Promise<string> {
  const [levers, sides] = await Promise.all([leverNames(db), sideNames(db)]);
  const pages = new Map<string, { newest: number; title: string; rows: AnnotationRow[] }>();
  await readAnnotations(db, (rows) => {
    for (const r of rows) {
      const page = pages.get(r.url);
      if (!page) pages.set(r.url, { newest: r.savedAt, title: r.title, rows: [r] });
      else {
        page.rows.push(r);
        if (r.savedAt >= page.newest) {
          page.newest = r.savedAt;
          if (r.title) page.title = r.title;
        }
      }
    }
  }, onProgress);
  const out: string[] = ['# Pressure Points annotations', ''];
  const ordered = [...pages.entries()].sort((a, b) => b[1].newest - a[1].newest || (a[0] < b[0] ? -1 : 1));
  for (const [url, page] of ordered) {
    out.push(`## [${markdownText((page.title || url).replace(/\s+/g, ' ').trim())}](${markdownUrl(url)})`, '');
    page.rows.sort((a, b) => a.position.start - b.position.start || a.savedAt - b.savedAt);
    for (const r of page.rows) {
      for (const line of markdownLines(r.quote.exact)) out.push(line ? `> ${line}` : '>');
      out.push('');
      if (r.note.trim()) out.push(...markdownLines(r.note), '');
      const meta = [
        levers[r.lever] ?? r.lever,
        r.side === null ? 'no side' : (sides[r.side] ?? r.side),
        r.stance,
        new Date(r.savedAt).toISOString().slice(0, 10),
      ];
      if (r.tags.length) meta.push(r.tags.join(', '));
      // A line break in a tag or a lever's name must not start a block of its own (a heading, a list, a quote).
      out.push(markdownLine(oneLine(meta.join(' · '))), '');
    }
  }
  return out.join('\n');
}

/** The knowledge base as stored, the user's edits and additions included. */
export async function exportKnowledgeBaseJson(db: PressureDb, now = Date.now()): Promise<string> {
  const [levers, sides, seedVersion] = await Promise.all([db.levers.toArray(), db.sides.toArray(), db.meta.get('seedVersion')]);
  return `${JSON.stringify(
    {
      format: KB_EXPORT_FORMAT,
      generator: GENERATOR,
      generated: new Date(now).toISOString(),
      seedVersion: (seedVersion?.value as number | undefined) ?? 0,
      levers,
      sides,
    },
    null,
    2,
  )}\n`;
}

