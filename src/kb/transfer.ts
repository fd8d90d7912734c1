/**
 * Export and import. Annotations leave as a W3C Web Annotation collection (JSON-LD), CSV or Markdown; the knowledge
 * base leaves as JSON; the reading log's formats are in src/kb/log-transfer.ts, and its files come back through here
 * too. Only our own JSON comes back in: it is validated record by record, dry-run against the database, then written
 * in one transaction, so a bad file or a failed write changes nothing.
 *
 * Pure logic over the Dexie database: no DOM and no browser API, so the dashboard, the tests and scripts share it.
 * Work goes in chunks of CHUNK records with a progress call between them: a 100,000-annotation file keeps the page
 * responsive (IndexedDB answers each chunk in a separate task, so the page can paint in between).
 */
import { NO_SIDE_KEY, searchFields } from './annotation-index';
import { annotationTables, countAnnotationRows, type StoredAnnotation } from './annotations';
import type { AnnotationRow, LeverRow, PressureDb, SideRow } from './db';
import { applyReadingLog, planReadingLog, READING_LOG_FORMAT } from './log-transfer';
import { breathe, CHUNK, csvCell, describeValue, fieldsOf, GENERATOR, isObject, IssueList, refused, type ImportIssue, type ImportPlan, type Json, type ProgressCallback } from './transfer-common';
import { CATEGORY_IDS, type Lever, type Side } from './types';

export { csvCell, GENERATOR, type ImportIssue, type ImportPlan, type ProgressCallback } from './transfer-common';

export const EXPORT_FORMAT = 'pressure-points/annotations@1';
export const KB_EXPORT_FORMAT = 'pressure-points/knowledge-base@1';
/** Namespace of our own JSON-LD terms (`pp:stance`, …). `.invalid` on purpose: it names, it does not resolve. */
export const PP_NAMESPACE = 'https://pressure-points.invalid/ns#';
type Stance = AnnotationRow['stance'];
const STANCES: readonly Stance[] = ['tighten', 'relax', 'neutral'];

// ---------------------------------------------------------------------------------------------------------------
// Web Annotation

export interface TextualBody {
  type: 'TextualBody';
  purpose: 'commenting' | 'classifying' | 'tagging';
  value: string;
  format?: 'text/plain';
  /** On classifying bodies: what the value classifies by. */
  'pp:kind'?: 'lever' | 'side';
  'pp:leverName'?: string;
  'pp:category'?: string;
}

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  created: string;
  body: TextualBody[];
  target: {
    source: string;
    'pp:title': string;
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ];
  };
  'pp:stance': Stance;
  'pp:sentence': string;
  'pp:site': string;
  /** How anchoring went at the last visit (kept so the round trip loses nothing). */
  'pp:anchor'?: { at: string; placed: boolean };
  /** The page's publication day (YYYY-MM-DD), when it was known at saving. */
  'pp:published'?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const URN_UUID = 'urn:uuid:';
/** For uids made without crypto.randomUUID (not UUIDs, so not urn:uuid). */
const URN_PP = 'urn:pp:annotation:';

function annotationIri(uid: string): string {
  return UUID.test(uid) ? `${URN_UUID}${uid}` : `${URN_PP}${encodeURIComponent(uid)}`;
}

function uidFromIri(iri: string): string | null {
  if (iri.startsWith(URN_UUID)) return iri.length > URN_UUID.length ? iri.slice(URN_UUID.length) : null;
  if (iri.startsWith(URN_PP) && iri.length > URN_PP.length) {
    try {
      return decodeURIComponent(iri.slice(URN_PP.length));
    } catch {
      return null;
    }
  }
  return null;
}

/**
 * One saved annotation as a W3C Web Annotation: the note, lever, side and tags as bodies, the quote and its
 * position as selectors on the page. Carries every field of the row but the local id and the search words.
 */
export function toWebAnnotation(row: StoredAnnotation | AnnotationRow, leverNames: Record<string, string> = {}): WebAnnotation {
  if (!row.uid) throw new Error(`Annotation ${row.id ?? '?'} has no uid and cannot be exported.`);
  const body: TextualBody[] = [];
  if (row.note) body.push({ type: 'TextualBody', purpose: 'commenting', value: row.note, format: 'text/plain' });
  const leverBody: TextualBody = { type: 'TextualBody', purpose: 'classifying', 'pp:kind': 'lever', value: row.lever };
  if (leverNames[row.lever]) leverBody['pp:leverName'] = leverNames[row.lever];
  leverBody['pp:category'] = row.category;
  body.push(leverBody);
  body.push({ type: 'TextualBody', purpose: 'classifying', 'pp:kind': 'side', value: row.side ?? NO_SIDE_KEY });
  for (const tag of row.tags) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  const out: WebAnnotation = {
    id: annotationIri(row.uid),
    type: 'Annotation',
    created: new Date(row.savedAt).toISOString(),
    body,
    target: {
      source: row.url,
      'pp:title': row.title,
      selector: [
        { type: 'TextQuoteSelector', exact: row.quote.exact, prefix: row.quote.prefix, suffix: row.quote.suffix },
        { type: 'TextPositionSelector', start: row.position.start, end: row.position.end },
      ],
    },
    'pp:stance': row.stance,
    'pp:sentence': row.sentence,
    'pp:site': row.site,
  };
  if (row.anchor) out['pp:anchor'] = { at: new Date(row.anchor.at).toISOString(), placed: row.anchor.placed };
  if (row.published) out['pp:published'] = row.published;
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Export

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
  const names: Record<string, string> = {};
  for (const l of await db.levers.toArray()) names[l.id] = l.name;
  return names;
}

async function sideNames(db: PressureDb): Promise<Record<string, string>> {
  const names: Record<string, string> = {};
  for (const s of await db.sides.toArray()) names[s.id] = s.name;
  return names;
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

/** A link destination that cannot end the link early. */
function markdownUrl(url: string): string {
  return url.replace(/[ ()<>\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
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
        r.side === null ? 'no side' : sides[r.side] ?? r.side,
        r.stance,
        new Date(r.savedAt).toISOString().slice(0, 10),
      ];
      if (r.tags.length) meta.push(r.tags.join(', '));
      out.push(markdownLine(meta.join(' · ')), '');
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

// ---------------------------------------------------------------------------------------------------------------
// Import: validation

type ImportedAnnotation = AnnotationRow & { uid: string };

/** One item of an AnnotationCollection back to a row; null (with issues added) when it is not valid. */
function readAnnotation(raw: unknown, record: number, issues: IssueList): ImportedAnnotation | null {
  const before = issues.count;
  const f = fieldsOf(issues, record);
  if (!isObject(raw)) {
    f.bad('', `expected an annotation object, found ${describeValue(raw)}`);
    return null;
  }
  let uid: string | undefined;
  const iri = f.string(raw.id, 'id', { nonEmpty: true });
  if (iri !== undefined) {
    uid = uidFromIri(iri) ?? undefined;
    if (!uid) f.bad('id', `expected "urn:uuid:…", found ${describeValue(iri)}`);
  }
  if (raw.type !== 'Annotation') f.bad('type', raw.type === undefined ? 'missing' : `expected "Annotation", found ${describeValue(raw.type)}`);
  const savedAt = f.date(raw.created, 'created');

  let note = '';
  let lever: string | undefined;
  let category: string | undefined;
  let side: string | null | undefined;
  let leverSeen = false;
  let sideSeen = false;
  let noteSeen = false;
  const tags: string[] = [];
  const bodies = raw.body === undefined || raw.body === null ? undefined : Array.isArray(raw.body) ? raw.body : [raw.body];
  if (!bodies) f.bad('body', 'missing');
  else {
    bodies.forEach((b, k) => {
      const at = Array.isArray(raw.body) ? `body[${k}]` : 'body';
      if (!isObject(b)) return f.bad(at, `expected an object, found ${describeValue(b)}`);
      if (b.type !== 'TextualBody') return f.bad(`${at}.type`, b.type === undefined ? 'missing' : `expected "TextualBody", found ${describeValue(b.type)}`);
      if (b.purpose === 'commenting') {
        if (noteSeen) return f.bad(at, 'a second note: an annotation has at most one');
        noteSeen = true;
        note = f.string(b.value, `${at}.value`) ?? '';
      } else if (b.purpose === 'tagging') {
        const tag = f.string(b.value, `${at}.value`, { nonEmpty: true });
        if (tag !== undefined) tags.push(tag);
      } else if (b.purpose === 'classifying') {
        const kind = f.oneOf(b['pp:kind'], `${at}.pp:kind`, ['lever', 'side'] as const);
        if (kind === 'lever') {
          if (leverSeen) return f.bad(at, 'a second lever: an annotation has one');
          leverSeen = true;
          lever = f.string(b.value, `${at}.value`, { nonEmpty: true });
          category = f.oneOf(b['pp:category'], `${at}.pp:category`, CATEGORY_IDS);
        } else if (kind === 'side') {
          if (sideSeen) return f.bad(at, 'a second side: an annotation has one');
          sideSeen = true;
          const value = f.string(b.value, `${at}.value`, { nonEmpty: true });
          side = value === undefined ? undefined : value === NO_SIDE_KEY ? null : value;
        }
      } else {
        f.bad(`${at}.purpose`, b.purpose === undefined ? 'missing' : `expected commenting, classifying or tagging, found ${describeValue(b.purpose)}`);
      }
      return undefined;
    });
    if (!leverSeen) f.bad('body', 'missing the lever: a "classifying" body with "pp:kind": "lever"');
    if (!sideSeen) f.bad('body', 'missing the side: a "classifying" body with "pp:kind": "side" (value "none" for no side)');
  }

  let url: string | undefined;
  let title = '';
  let exact: string | undefined;
  let prefix = '';
  let suffix = '';
  let start: number | undefined;
  let end: number | undefined;
  const target = raw.target;
  if (!isObject(target)) f.bad('target', target === undefined ? 'missing' : `expected an object, found ${describeValue(target)}`);
  else {
    url = f.webUrl(target.source, 'target.source');
    title = f.string(target['pp:title'], 'target.pp:title', { optional: true }) ?? '';
    const selectors = target.selector;
    if (!Array.isArray(selectors)) f.bad('target.selector', selectors === undefined ? 'missing' : `expected a list, found ${describeValue(selectors)}`);
    else {
      const qi = selectors.findIndex((s) => isObject(s) && s.type === 'TextQuoteSelector');
      const pi = selectors.findIndex((s) => isObject(s) && s.type === 'TextPositionSelector');
      if (qi < 0) f.bad('target.selector', 'missing the TextQuoteSelector');
      else {
        const q = selectors[qi] as Json;
        exact = f.string(q.exact, `target.selector[${qi}].exact`, { nonEmpty: true });
        prefix = f.string(q.prefix, `target.selector[${qi}].prefix`, { optional: true }) ?? '';
        suffix = f.string(q.suffix, `target.selector[${qi}].suffix`, { optional: true }) ?? '';
      }
      if (pi < 0) f.bad('target.selector', 'missing the TextPositionSelector');
      else {
        const p = selectors[pi] as Json;
        start = f.int(p.start, `target.selector[${pi}].start`);
        end = f.int(p.end, `target.selector[${pi}].end`);
        if (start !== undefined && end !== undefined && end <= start) f.bad(`target.selector[${pi}].end`, `must be greater than start (${start}), found ${end}`);
      }
    }
  }
  const stance = f.oneOf(raw['pp:stance'], 'pp:stance', STANCES);
  const sentence = f.string(raw['pp:sentence'], 'pp:sentence', { optional: true }) ?? '';
  let site = f.string(raw['pp:site'], 'pp:site', { optional: true, nonEmpty: true });
  if (site === undefined && url !== undefined) site = new URL(url).hostname.replace(/^www\./, '');
  let anchor: AnnotationRow['anchor'];
  if (raw['pp:anchor'] !== undefined) {
    const a = raw['pp:anchor'];
    if (!isObject(a)) f.bad('pp:anchor', `expected an object, found ${describeValue(a)}`);
    else {
      const at = f.date(a.at, 'pp:anchor.at');
      const placed = f.bool(a.placed, 'pp:anchor.placed');
      if (at !== undefined && placed !== undefined) anchor = { at, placed };
    }
  }
  let published: string | undefined;
  if (raw['pp:published'] !== undefined) {
    published = f.string(raw['pp:published'], 'pp:published');
    if (published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(published)) f.bad('pp:published', `expected a day like 2025-04-04, found ${describeValue(published)}`);
  }
  if (issues.count > before) return null;
  const row: ImportedAnnotation = {
    uid: uid!,
    url: url!,
    title,
    site: site!,
    savedAt: savedAt!,
    lever: lever!,
    category: category!,
    side: side!,
    stance: stance!,
    quote: { exact: exact!, prefix, suffix },
    position: { start: start!, end: end! },
    sentence,
    note,
    tags,
  };
  if (anchor) row.anchor = anchor;
  if (published) row.published = published;
  return row;
}

const sameList = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Same content (the local id, search words and anchoring status aside). */
function sameAnnotation(a: AnnotationRow, b: AnnotationRow): boolean {
  return (
    a.url === b.url && a.title === b.title && a.site === b.site && a.savedAt === b.savedAt && a.lever === b.lever &&
    a.category === b.category && (a.side ?? null) === (b.side ?? null) && a.stance === b.stance &&
    a.quote.exact === b.quote.exact && a.quote.prefix === b.quote.prefix && a.quote.suffix === b.quote.suffix &&
    a.position.start === b.position.start && a.position.end === b.position.end && a.sentence === b.sentence &&
    a.note === b.note && sameList(a.tags, b.tags) && (a.published ?? null) === (b.published ?? null)
  );
}

/** The file's row, keeping the publication day this device knows when the file has none (an older export). */
function withKnownDay(row: ImportedAnnotation, old: AnnotationRow | undefined): ImportedAnnotation {
  return !row.published && old?.published ? { ...row, published: old.published } : row;
}

/** Structural equality for plain JSON data; a field set to undefined counts as absent. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  }
  if (!isObject(a) || !isObject(b)) return false;
  const ka = Object.keys(a).filter((k) => a[k] !== undefined);
  const kb = Object.keys(b).filter((k) => b[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameJson(a[k], b[k]));
}

/**
 * The stored rows with these uids. One index lookup per uid, all in flight at once: `anyOf` walks a cursor with
 * jumps instead, which some IndexedDB implementations (fake-indexeddb among them) serve by rescanning the index.
 */
async function existingByUid(db: PressureDb, uids: string[]): Promise<Map<string, AnnotationRow>> {
  // One transaction for the lot (outside one, each lookup would open its own).
  const rows = await db.transaction('r', db.annotations, () => Promise.all(uids.map((uid) => db.annotations.where('uid').equals(uid).toArray())));
  const found = new Map<string, AnnotationRow>();
  for (const [row] of rows) if (row) found.set(row.uid!, row);
  return found;
}

function notOurs(why: string): ImportPlan {
  return refused('annotations', [{ record: null, field: '', message: `This is not a Pressure Points export: ${why}.` }]);
}

/** JSON.parse's message with the line and column of the error, computed from its position when it gives one. */
function syntaxIssue(error: unknown, text: string): ImportIssue {
  const raw = error instanceof Error ? error.message : String(error);
  const m = /position (\d+)/.exec(raw);
  const at = m ? Number(m[1]) : /end of JSON|Unterminated/i.test(raw) ? text.length : null;
  const detail = raw.replace(/\s*in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)$/, '');
  if (at === null) return { record: null, field: '', message: `The file is not valid JSON: ${detail}.` };
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const column = at - before.lastIndexOf('\n');
  return { record: null, field: '', message: `The file is not valid JSON (line ${line}, column ${column}): ${detail}.` };
}

/**
 * Reads an import file, validates every record and dry-runs it against the database (no writes). A file with any
 * problem gives a plan with issues and no items, which applyImport refuses.
 */
export async function planImport(db: PressureDb, fileText: string, onProgress?: ProgressCallback): Promise<ImportPlan> {
  let data: unknown;
  try {
    data = JSON.parse(fileText.replace(/^\uFEFF/, ''));
  } catch (error) {
    return refused('annotations', [syntaxIssue(error, fileText)]);
  }
  if (!isObject(data)) return notOurs(`the file holds ${describeValue(data)}, not an export object`);
  if (data.format === EXPORT_FORMAT) return planAnnotations(db, data, onProgress);
  if (data.format === KB_EXPORT_FORMAT) return planKnowledgeBase(db, data, onProgress);
  if (data.format === READING_LOG_FORMAT) return planReadingLog(db, data, onProgress);
  if (typeof data.format === 'string' && /^pressure-points\/(annotations|knowledge-base|reading-log)@\d+$/.test(data.format)) {
    const kind = data.format.includes('knowledge-base') ? 'knowledge-base' : data.format.includes('reading-log') ? 'reading-log' : 'annotations';
    return refused(kind, [
      { record: null, field: 'format', message: `This file was made by another version of Pressure Points (format ${data.format}); this version reads ${EXPORT_FORMAT}, ${KB_EXPORT_FORMAT} and ${READING_LOG_FORMAT}.` },
    ]);
  }
  if (data.type === 'AnnotationCollection') return notOurs(`this annotation collection has no "format": "${EXPORT_FORMAT}"`);
  return notOurs(data.format === undefined ? 'it has no "format" field' : `its format is ${describeValue(data.format)}, not ${EXPORT_FORMAT}, ${KB_EXPORT_FORMAT} or ${READING_LOG_FORMAT}`);
}

async function planAnnotations(db: PressureDb, data: Json, onProgress?: ProgressCallback): Promise<ImportPlan> {
  const issues = new IssueList();
  if (data.type !== 'AnnotationCollection') issues.add(null, 'type', `expected "AnnotationCollection", found ${describeValue(data.type)}`);
  const first = data.first;
  const items = isObject(first) && Array.isArray(first.items) ? (first.items as unknown[]) : null;
  if (!items) {
    issues.add(null, 'first.items', 'missing: the list of annotations');
    return refused('annotations', issues.final());
  }
  const total = items.length;
  // Into an empty database (a new profile) nothing can match: no lookups.
  const empty = (await db.annotations.count()) === 0;
  const rows: ImportedAnnotation[] = [];
  const seen = new Map<string, number>();
  let add = 0;
  let update = 0;
  let skip = 0;
  for (let i = 0; i < total; i += CHUNK) {
    const part: ImportedAnnotation[] = [];
    for (let j = i; j < Math.min(total, i + CHUNK); j++) {
      const row = readAnnotation(items[j], j, issues);
      if (!row) continue;
      const earlier = seen.get(row.uid);
      if (earlier !== undefined) {
        issues.add(j, 'id', `the same id as record ${earlier}`);
        continue;
      }
      seen.set(row.uid, j);
      part.push(row);
    }
    if (issues.count === 0) {
      const existing = empty ? new Map<string, AnnotationRow>() : await existingByUid(db, part.map((r) => r.uid));
      for (const row of part) {
        const old = existing.get(row.uid);
        if (!old) add++;
        else if (sameAnnotation(old, withKnownDay(row, old))) skip++;
        else update++;
      }
      rows.push(...part);
    }
    onProgress?.(Math.min(total, i + CHUNK), total);
    await breathe();
  }
  if (issues.count > 0) return refused('annotations', issues.final());
  return { kind: 'annotations', add, update, skip, issues: [], items: rows };
}

type KbItem = { table: 'levers'; row: LeverRow } | { table: 'sides'; row: SideRow };

const LEVER_META = ['origin', 'edited', 'seedVersion'] as const;

function contentOf<T extends LeverRow | SideRow>(row: T): Omit<T, (typeof LEVER_META)[number]> {
  const { origin: _o, edited: _e, seedVersion: _s, ...content } = row;
  return content;
}

/** The row as the file gives it; its origin, edited flag and seed version are settled when it is applied. */
function readLever(raw: unknown, record: number, issues: IssueList, fileSeedVersion: number): LeverRow | null {
  const before = issues.count;
  const at = `levers[${record}]`;
  const f = fieldsOf(issues, record);
  if (!isObject(raw)) {
    f.bad(at, `expected a lever object, found ${describeValue(raw)}`);
    return null;
  }
  const lever: Partial<Lever> = {
    id: f.string(raw.id, `${at}.id`, { nonEmpty: true }),
    ref: f.string(raw.ref, `${at}.ref`),
    name: f.string(raw.name, `${at}.name`, { nonEmpty: true }),
    category: f.oneOf(raw.category, `${at}.category`, CATEGORY_IDS),
    holders: f.strings(raw.holders, `${at}.holders`),
    polarity: f.oneOf(raw.polarity, `${at}.polarity`, ['measure', 'flow'] as const),
    aliases: f.strings(raw.aliases, `${at}.aliases`),
    context: f.string(raw.context, `${at}.context`),
    asOf: f.string(raw.asOf, `${at}.asOf`),
  };
  const openHolder = f.oneOf(raw.openHolder, `${at}.openHolder`, ['buyer', 'seller'] as const, { optional: true });
  if (openHolder !== undefined) lever.openHolder = openHolder;
  for (const key of ['acronyms', 'contextAliases', 'anaphors', 'tightenVerbs', 'relaxVerbs'] as const) {
    const list = f.strings(raw[key], `${at}.${key}`, { optional: true });
    if (list !== undefined) lever[key] = list;
  }
  const generic = f.bool(raw.generic, `${at}.generic`, { optional: true });
  if (generic !== undefined) lever.generic = generic;
  const exclusive = f.bool(raw.exclusive, `${at}.exclusive`, { optional: true });
  if (exclusive !== undefined) lever.exclusive = exclusive;
  if (!Array.isArray(raw.facts)) f.bad(`${at}.facts`, raw.facts === undefined ? 'missing' : `expected a list, found ${describeValue(raw.facts)}`);
  else {
    lever.facts = raw.facts.map((fact, k) => {
      const fat = `${at}.facts[${k}]`;
      if (!isObject(fact)) return f.bad(fat, `expected an object, found ${describeValue(fact)}`) ?? { date: '', text: '', source: '', url: '' };
      return {
        date: f.string(fact.date, `${fat}.date`) ?? '',
        text: f.string(fact.text, `${fat}.text`) ?? '',
        source: f.string(fact.source, `${fat}.source`) ?? '',
        url: fact.url === '' ? '' : f.webUrl(fact.url, `${fat}.url`) ?? '',
      };
    });
  }
  const origin = f.oneOf(raw.origin, `${at}.origin`, ['seed', 'user'] as const, { optional: true }) ?? 'user';
  const edited = f.bool(raw.edited, `${at}.edited`, { optional: true });
  const seedVersion = f.int(raw.seedVersion, `${at}.seedVersion`, { optional: true });
  if (issues.count > before) return null;
  return { ...(lever as Lever), origin, edited: edited ?? origin === 'user', seedVersion: origin === 'seed' ? seedVersion ?? fileSeedVersion : 0 };
}

function readSide(raw: unknown, record: number, issues: IssueList, fileSeedVersion: number): SideRow | null {
  const before = issues.count;
  const at = `sides[${record}]`;
  const f = fieldsOf(issues, record);
  if (!isObject(raw)) {
    f.bad(at, `expected a side object, found ${describeValue(raw)}`);
    return null;
  }
  const side: Partial<Side> = {
    id: f.string(raw.id, `${at}.id`, { nonEmpty: true }),
    name: f.string(raw.name, `${at}.name`, { nonEmpty: true }),
    color: f.string(raw.color, `${at}.color`),
    actors: f.strings(raw.actors, `${at}.actors`),
    demonyms: f.strings(raw.demonyms, `${at}.demonyms`),
  };
  if (side.color !== undefined && !/^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(side.color)) f.bad(`${at}.color`, `expected a colour like #1f77b4, found ${describeValue(side.color)}`);
  if (side.id === NO_SIDE_KEY) f.bad(`${at}.id`, `"${NO_SIDE_KEY}" is reserved for annotations without a side`);
  const origin = f.oneOf(raw.origin, `${at}.origin`, ['seed', 'user'] as const, { optional: true }) ?? 'user';
  const edited = f.bool(raw.edited, `${at}.edited`, { optional: true });
  const seedVersion = f.int(raw.seedVersion, `${at}.seedVersion`, { optional: true });
  if (issues.count > before) return null;
  return { ...(side as Side), origin, edited: edited ?? origin === 'user', seedVersion: origin === 'seed' ? seedVersion ?? fileSeedVersion : 0 };
}

async function planKnowledgeBase(db: PressureDb, data: Json, onProgress?: ProgressCallback): Promise<ImportPlan> {
  const issues = new IssueList();
  const top = fieldsOf(issues, null);
  const fileSeedVersion = top.int(data.seedVersion, 'seedVersion', { optional: true }) ?? 0;
  for (const key of ['levers', 'sides'] as const) {
    if (!Array.isArray(data[key])) top.bad(key, data[key] === undefined ? 'missing' : `expected a list, found ${describeValue(data[key])}`);
  }
  if (issues.count > 0) return refused('knowledge-base', issues.final());
  const rawLevers = data.levers as unknown[];
  const rawSides = data.sides as unknown[];
  const total = rawLevers.length + rawSides.length;
  const items: KbItem[] = [];
  const check = <T extends LeverRow | SideRow>(table: 'levers' | 'sides', list: unknown[], read: (raw: unknown, i: number) => T | null) => {
    const seen = new Map<string, number>();
    list.forEach((raw, i) => {
      const row = read(raw, i);
      if (!row) return;
      const earlier = seen.get(row.id);
      if (earlier !== undefined) return issues.add(i, `${table}[${i}].id`, `the same id as ${table}[${earlier}]`);
      seen.set(row.id, i);
      items.push({ table, row } as KbItem);
      return undefined;
    });
  };
  check('levers', rawLevers, (raw, i) => readLever(raw, i, issues, fileSeedVersion));
  onProgress?.(rawLevers.length, total);
  check('sides', rawSides, (raw, i) => readSide(raw, i, issues, fileSeedVersion));
  if (issues.count > 0) return refused('knowledge-base', issues.final());
  const { added, updated, skipped } = await knowledgeBaseChanges(db, items);
  onProgress?.(total, total);
  return { kind: 'knowledge-base', add: added, update: updated, skip: skipped, issues: [], items };
}

/**
 * What importing these rows changes, matched by id: new rows are added as the file has them; rows whose content
 * differs are written marked edited (so a newer shipped seed keeps the imported version), keeping their origin.
 */
async function knowledgeBaseChanges(db: PressureDb, items: KbItem[]) {
  const levers = items.flatMap((it) => (it.table === 'levers' ? [it.row] : []));
  const sides = items.flatMap((it) => (it.table === 'sides' ? [it.row] : []));
  const [oldLevers, oldSides] = await Promise.all([db.levers.bulkGet(levers.map((r) => r.id)), db.sides.bulkGet(sides.map((r) => r.id))]);
  let added = 0;
  let updated = 0;
  let skipped = 0;
  const writes = <T extends LeverRow | SideRow>(rows: T[], olds: (T | undefined)[]): T[] =>
    rows.flatMap((row, k) => {
      const old = olds[k];
      if (!old) {
        added++;
        return [row];
      }
      if (sameJson(contentOf(old), contentOf(row))) {
        skipped++;
        return [];
      }
      updated++;
      return [{ ...row, origin: old.origin, edited: true, seedVersion: old.seedVersion }];
    });
  return { levers: writes(levers, oldLevers), sides: writes(sides, oldSides), added, updated, skipped };
}

// ---------------------------------------------------------------------------------------------------------------
// Import: writing

/**
 * Writes a plan in one transaction over the tables it touches. Each record is matched again by id inside the
 * transaction, so the result is right even if the database changed since the dry run. Any failure (a write, or an
 * exception from onProgress) rolls everything back.
 */
export async function applyImport(db: PressureDb, plan: ImportPlan, onProgress?: ProgressCallback): Promise<{ added: number; updated: number; skipped: number }> {
  if (plan.issues.length > 0) {
    throw new Error(`This file was refused (${plan.issues.length} problem${plan.issues.length === 1 ? '' : 's'} listed); nothing was imported.`);
  }
  if (plan.kind === 'reading-log') return applyReadingLog(db, plan.items, onProgress);
  return plan.kind === 'annotations'
    ? applyAnnotations(db, plan.items as ImportedAnnotation[], onProgress)
    : applyKnowledgeBase(db, plan.items as KbItem[], onProgress);
}

async function applyAnnotations(db: PressureDb, rows: ImportedAnnotation[], onProgress?: ProgressCallback) {
  return db.transaction('rw', annotationTables(db), async () => {
    let added = 0;
    let updated = 0;
    let skipped = 0;
    // Uids are unique within a plan, so rows added by earlier chunks cannot match later ones: an empty table needs
    // no lookups at all (and a duplicate that slipped in still fails on the unique index, rolling back).
    const empty = (await db.annotations.count()) === 0;
    for (let i = 0; i < rows.length; i += CHUNK) {
      const part = rows.slice(i, i + CHUNK);
      const existing = empty ? new Map<string, AnnotationRow>() : await existingByUid(db, part.map((r) => r.uid));
      const adds: AnnotationRow[] = [];
      const puts: AnnotationRow[] = [];
      const gone: AnnotationRow[] = [];
      for (const fileRow of part) {
        const old = existing.get(fileRow.uid);
        const row = withKnownDay(fileRow, old);
        if (!old) {
          adds.push({ ...row, ...searchFields(row) });
        } else if (sameAnnotation(old, row)) {
          skipped++;
        } else {
          // The local anchoring status is newer knowledge than the file's, unless this device has none.
          const next: AnnotationRow = { ...row, id: old.id, ...searchFields(row) };
          const anchor = old.anchor ?? row.anchor;
          if (anchor) next.anchor = anchor;
          puts.push(next);
          gone.push(old);
        }
      }
      if (adds.length) await db.annotations.bulkAdd(adds);
      if (puts.length) await db.annotations.bulkPut(puts);
      await countAnnotationRows(db, gone, -1);
      await countAnnotationRows(db, [...adds, ...puts], 1);
      added += adds.length;
      updated += puts.length;
      onProgress?.(Math.min(rows.length, i + CHUNK), rows.length);
    }
    return { added, updated, skipped };
  });
}

async function applyKnowledgeBase(db: PressureDb, items: KbItem[], onProgress?: ProgressCallback) {
  return db.transaction('rw', db.levers, db.sides, async () => {
    const { levers, sides, added, updated, skipped } = await knowledgeBaseChanges(db, items);
    if (levers.length) await db.levers.bulkPut(levers);
    if (sides.length) await db.sides.bulkPut(sides);
    onProgress?.(items.length, items.length);
    return { added, updated, skipped };
  });
}
