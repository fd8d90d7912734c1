/**
 * Reading an import file: JSON parsed, the kind of file recognised by its `format`, every record checked
 * (import-records.ts) and dry-run against the database without writing. A file with any problem gives a plan with
 * issues and no items, which applyImport refuses: nothing is ever partly imported.
 */
import type { Lever, Side } from '../../types/knowledge';
import { seedLeverRow, seedSideRow, type AnnotationRow, type LeverRow, type PressureDb, type SideRow } from '../db';
import { seed as shippedSeed } from '../seed/index';
import { breathe, CHUNK, describeValue, isObject, IssueList, MAX_RECORDS, refused, type ImportIssue, type ImportPlan, type Json, type ProgressCallback } from './common';
import { EXPORT_FORMAT, KB_EXPORT_FORMAT } from './export';
import { readAnnotation, readLever, readSide, type ImportedAnnotation, type KbImportContext, type KbItem } from './import-records';
import { planReadingLog, READING_LOG_FORMAT } from './reading-log';

const sameList = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Same content (the local id, search words and anchoring status aside). */
export function sameAnnotation(a: AnnotationRow, b: AnnotationRow): boolean {
  return (
    a.url === b.url && a.title === b.title && a.site === b.site && a.savedAt === b.savedAt && a.lever === b.lever &&
    a.category === b.category && (a.side ?? null) === (b.side ?? null) && a.stance === b.stance &&
    a.quote.exact === b.quote.exact && a.quote.prefix === b.quote.prefix && a.quote.suffix === b.quote.suffix &&
    a.position.start === b.position.start && a.position.end === b.position.end && a.sentence === b.sentence &&
    a.note === b.note && sameList(a.tags, b.tags) && (a.published ?? null) === (b.published ?? null)
  );
}

/** The file's row, keeping the publication day this device knows when the file has none (an older export). */
export function withKnownDay(row: ImportedAnnotation, old: AnnotationRow | undefined): ImportedAnnotation {
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
export async function existingByUid(annotations: PressureDb['annotations'], uids: string[]): Promise<Map<string, AnnotationRow>> {
  // One request for the lot, through the table given: the db's own, or one bound to the import's transaction.
  const rows = await annotations.where('uid').anyOf(uids).toArray();
  const found = new Map<string, AnnotationRow>();
  for (const row of rows) found.set(row.uid!, row);
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
  if (items.length > MAX_RECORDS) {
    issues.add(null, 'first.items', `more than ${MAX_RECORDS.toLocaleString('en')} annotations: this is not an export of this extension`);
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
      const existing = empty ? new Map<string, AnnotationRow>() : await existingByUid(db.annotations, part.map((r) => r.uid));
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


const LEVER_META = ['origin', 'edited', 'seedVersion', 'rev'] as const;

function contentOf<T extends LeverRow | SideRow>(row: T): Omit<T, (typeof LEVER_META)[number]> {
  const { origin: _o, edited: _e, seedVersion: _s, rev: _r, ...content } = row;
  return content;
}

async function planKnowledgeBase(db: PressureDb, data: Json, onProgress?: ProgressCallback): Promise<ImportPlan> {
  const issues = new IssueList();
  for (const key of ['levers', 'sides'] as const) {
    const list = data[key];
    if (!Array.isArray(list)) issues.add(null, key, list === undefined ? 'missing' : `expected a list, found ${describeValue(list)}`);
    else if (list.length > MAX_RECORDS) issues.add(null, key, `more than ${MAX_RECORDS.toLocaleString('en')} records: this is not an export of this extension`);
  }
  if (issues.count > 0) return refused('knowledge-base', issues.final());
  const rawLevers = data.levers as unknown[];
  const rawSides = data.sides as unknown[];
  const total = rawLevers.length + rawSides.length;
  const ctx = await importContext(db, rawSides);
  const items: KbItem[] = [];
  const check = <T extends LeverRow | SideRow>(table: 'levers' | 'sides', list: unknown[], read: (raw: unknown, i: number) => T | null) => {
    const seen = new Map<string, number>();
    list.forEach((raw, i) => {
      // A second record with an id is refused as such, before its fields are looked at.
      const id = isObject(raw) && typeof raw.id === 'string' ? raw.id : undefined;
      const earlier = id === undefined ? undefined : seen.get(id);
      if (earlier !== undefined) return issues.add(i, `${table}[${i}].id`, `the same id as ${table}[${earlier}]`);
      if (id !== undefined) seen.set(id, i);
      const row = read(raw, i);
      if (row) items.push({ table, row } as KbItem);
      return undefined;
    });
  };
  check('levers', rawLevers, (raw, i) => readLever(raw, i, issues, ctx));
  onProgress?.(rawLevers.length, total);
  check('sides', rawSides, (raw, i) => readSide(raw, i, issues, ctx));
  if (issues.count > 0) return refused('knowledge-base', issues.final());
  const { added, updated, skipped } = await knowledgeBaseChanges(db, items);
  onProgress?.(total, total);
  return { kind: 'knowledge-base', add: added, update: updated, skip: skipped, issues: [], items };
}

/**
 * The sides a knowledge-base file's records are checked against: the stored ones as the file would leave them. A
 * holder must be one of them; an actor name must not stand for two of them.
 */
async function importContext(db: PressureDb, rawSides: unknown[]): Promise<KbImportContext> {
  const stored = await db.sides.toArray();
  const fromFile = new Map<string, Pick<Side, 'id' | 'name' | 'actors'>>();
  for (const raw of rawSides) {
    if (!isObject(raw) || typeof raw.id !== 'string' || fromFile.has(raw.id)) continue;
    const actors = Array.isArray(raw.actors) ? raw.actors.filter((a): a is string => typeof a === 'string').map((a) => a.trim()) : [];
    fromFile.set(raw.id, { id: raw.id, name: typeof raw.name === 'string' ? raw.name : raw.id, actors });
  }
  const sides = [...stored.filter((s) => !fromFile.has(s.id)), ...fromFile.values()];
  return {
    sideIds: new Set(sides.map((s) => s.id)),
    sides,
    storedActors: new Map(stored.map((s) => [s.id, s.actors])),
    today: new Date().toISOString().slice(0, 10),
  };
}

/**
 * A new row whose id is a lever or side of the shipped seed is that seed row again (resettable, not deletable), edited
 * unless it equals the shipped version. Any other new row is the reader's own. The file's word on this is not taken.
 */
function asShipped<T extends LeverRow | SideRow>(row: T): T {
  const levers: readonly { id: string }[] = shippedSeed.levers;
  const sides: readonly { id: string }[] = shippedSeed.sides;
  const shipped = ('category' in row ? levers : sides).find((r) => r.id === row.id);
  if (!shipped) return row;
  const seedRow = 'category' in row ? seedLeverRow(shipped as Lever, shippedSeed.version) : seedSideRow(shipped as Side, shippedSeed.version);
  return { ...row, origin: 'seed', edited: !sameJson(contentOf(seedRow), contentOf(row)), seedVersion: shippedSeed.version };
}

/**
 * What importing these rows changes, matched by id: new rows are added as the file has them; rows whose content
 * differs are written marked edited (so a newer shipped seed keeps the imported version), keeping their origin.
 */
export async function knowledgeBaseChanges(db: PressureDb, items: KbItem[]) {
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
        return [asShipped(row)];
      }
      if (sameJson(contentOf(old), contentOf(row))) {
        skipped++;
        return [];
      }
      updated++;
      return [{ ...row, origin: old.origin, edited: true, seedVersion: old.seedVersion, rev: (old.rev ?? 0) + 1 }];
    });
  return { levers: writes(levers, oldLevers), sides: writes(sides, oldSides), added, updated, skipped };
}

