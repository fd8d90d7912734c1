/**
 * One record of an import file checked and turned into a row, or refused with issues that name the record and the
 * field. The fields are checked by the shared schemas (src/schemas): an annotation by the rules and limits of the
 * message that saves one, a lever or a side by exactly the editor's rules (kebab-case ids that are not reserved,
 * phrases with a letter or digit, dated and sourced facts, a bounded context, holders that are known sides, #rrggbb
 * colours). Rules that tie fields together are checked here. Nothing a file says about where a row came from
 * (`origin`, `edited`, `seedVersion`) is believed.
 */
import { validate } from '../../schemas/issues';
import { importedLever, importedSide } from '../../schemas/knowledge';
import { webAnnotation } from '../../schemas/web-annotation';
import { NO_SIDE_KEY } from '../../types/annotation';
import type { Side } from '../../types/knowledge';
import { siteOf } from '../../types/url';
import type { AnnotationRow, LeverRow, SideRow } from '../db';
import { normaliseLeverChanges, normaliseSideChanges, type NewLever } from '../kb-edit';
import { isObject, type IssueList } from './common';
import { uidFromIri } from './web-annotation';

export type ImportedAnnotation = AnnotationRow & { uid: string };

/** One item of an AnnotationCollection back to a row; null (with issues added) when it is not valid. */
export function readAnnotation(raw: unknown, record: number, issues: IssueList): ImportedAnnotation | null {
  const result = validate(webAnnotation, raw, { brackets: true });
  if (!result.ok) {
    for (const e of result.errors) issues.add(record, e.field, e.message);
    return null;
  }
  const a = result.value;
  const before = issues.count;
  const bad = (field: string, message: string) => issues.add(record, field, message);
  const uid = uidFromIri(a.id);
  if (!uid) bad('id', `expected "urn:uuid:…", found ${JSON.stringify(a.id.slice(0, 40))}`);

  let note = '';
  let lever: { id: string; category: AnnotationRow['category'] } | undefined;
  let side: string | null | undefined;
  const tags: string[] = [];
  a.body.forEach((b, k) => {
    if (b.purpose === 'commenting') {
      if (note !== '' || a.body.slice(0, k).some((x) => x.purpose === 'commenting')) bad(`body[${k}]`, 'a second note: an annotation has at most one');
      else note = b.value;
    } else if (b.purpose === 'tagging') tags.push(b.value);
    else if (b['pp:kind'] === 'lever') {
      if (lever) bad(`body[${k}]`, 'a second lever: an annotation has one');
      else lever = { id: b.value, category: b['pp:category'] };
    } else if (side !== undefined) bad(`body[${k}]`, 'a second side: an annotation has one');
    else side = b.value === NO_SIDE_KEY ? null : b.value;
  });
  if (!lever) bad('body', 'missing the lever: a "classifying" body with "pp:kind": "lever"');
  if (side === undefined) bad('body', 'missing the side: a "classifying" body with "pp:kind": "side" (value "none" for no side)');
  if (tags.length > 50) bad('body', `more than 50 tags (${tags.length})`);

  const selectors = a.target.selector;
  const qi = selectors.findIndex((s) => s.type === 'TextQuoteSelector');
  const pi = selectors.findIndex((s) => s.type === 'TextPositionSelector');
  if (qi < 0) bad('target.selector', 'missing the TextQuoteSelector');
  if (pi < 0) bad('target.selector', 'missing the TextPositionSelector');
  const q = selectors[qi] as Extract<(typeof selectors)[number], { type: 'TextQuoteSelector' }> | undefined;
  const p = selectors[pi] as Extract<(typeof selectors)[number], { type: 'TextPositionSelector' }> | undefined;
  if (p && p.end <= p.start) bad(`target.selector[${pi}].end`, `must be greater than start (${p.start}), found ${p.end}`);

  const url = a.target.source;
  const urlSite = siteOf(url.trim());
  const site = a['pp:site'] ?? urlSite;
  if (site !== urlSite) bad('pp:site', `${JSON.stringify(site.slice(0, 40))} is not the site of ${JSON.stringify(url.slice(0, 60))} (${urlSite})`);
  if (issues.count > before) return null;

  const row: ImportedAnnotation = {
    uid: uid!,
    url,
    title: a.target['pp:title'],
    site,
    savedAt: a.created,
    lever: lever!.id,
    category: lever!.category,
    side: side!,
    stance: a['pp:stance'],
    quote: { exact: q!.exact, prefix: q!.prefix, suffix: q!.suffix },
    position: { start: p!.start, end: p!.end },
    sentence: a['pp:sentence'],
    note,
    tags,
  };
  if (a['pp:anchor']) row.anchor = a['pp:anchor'];
  if (a['pp:published']) row.published = a['pp:published'];
  return row;
}

export type KbItem = { table: 'levers'; row: LeverRow } | { table: 'sides'; row: SideRow };

/** What a lever or a side record is checked against: the sides there will be, and each side's actors stored now. */
export interface KbImportContext {
  /** Ids of the stored sides and of the file's sides. */
  sideIds: ReadonlySet<string>;
  /** The sides as they will be (stored ones, replaced by the file's), to find actor names that stand for two. */
  sides: readonly Pick<Side, 'id' | 'name' | 'actors'>[];
  /** Actors of the stored sides by id: names a side already had are not checked again. */
  storedActors: ReadonlyMap<string, readonly string[]>;
  today: string;
}

function addAll(issues: IssueList, record: number, errors: { field: string; message: string }[]): void {
  for (const e of errors) issues.add(record, e.field, e.message);
}

/** A lever record: the editor's rules for a new lever; a new row is the reader's own (origin `user`). */
export function readLever(raw: unknown, record: number, issues: IssueList, ctx: KbImportContext): LeverRow | null {
  const at = `levers[${record}]`;
  const input = isObject(raw) ? normaliseLeverChanges(raw as NewLever) : raw;
  const result = validate(importedLever(ctx.sideIds), input, { prefix: at, brackets: true });
  if (!result.ok) {
    addAll(issues, record, result.errors);
    return null;
  }
  const { origin: _o, edited: _e, seedVersion: _s, rev: _r, ...lever } = result.value;
  // The fields the engine needs get the editor's defaults; the others stay as the file has them (or absent), so that
  // an export imported again compares equal.
  return {
    ref: 'USER',
    holders: [],
    polarity: 'measure',
    aliases: [],
    context: '',
    facts: [],
    asOf: ctx.today,
    ...(Object.fromEntries(Object.entries(lever).filter(([, value]) => value !== undefined)) as typeof lever),
    origin: 'user',
    edited: true,
    seedVersion: 0,
  };
}

/** A side record: the editor's rules for a side; `none` and reserved ids refused; actors that stand for one side. */
export function readSide(raw: unknown, record: number, issues: IssueList, ctx: KbImportContext): SideRow | null {
  const at = `sides[${record}]`;
  const input = isObject(raw) ? normaliseSideChanges(raw as Partial<Side>) : raw;
  const id = isObject(raw) && typeof raw.id === 'string' ? raw.id : '';
  const others = ctx.sides.filter((s) => s.id !== id);
  const result = validate(importedSide(others, ctx.storedActors.get(id) ?? []), input, { prefix: at, brackets: true });
  if (!result.ok) {
    addAll(issues, record, result.errors);
    return null;
  }
  const s = result.value;
  return { id: s.id, name: s.name, color: s.color, actors: s.actors, demonyms: s.demonyms ?? [], origin: 'user', edited: true, seedVersion: 0 };
}
