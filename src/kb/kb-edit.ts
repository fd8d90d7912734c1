/**
 * Edits to the knowledge base from the dashboard: change a lever or a side, add the user's own, put a shipped one
 * back. Every write is validated first and refused as a whole with messages that name the field; the validators are
 * exported so the editor can show the same messages next to its fields before it writes anything.
 *
 * A seed row the user changed is marked `edited`, which is what keeps it when a newer seed arrives (applySeed in
 * ./db.ts). A change that brings a row back to exactly the shipped version clears the mark again, so a "Save" with
 * nothing changed does not freeze a lever against future seed updates.
 */
import type * as v from 'valibot';
import { validate, type FieldError } from '../schemas/issues';
import { facts as factsSchema, leverChanges, newLever as newLeverSchema, newSide as newSideSchema, sideChanges } from '../schemas/knowledge';
import { LIMITS } from '../schemas/knowledge';
import type { KnowledgeBase, Lever, LeverFact, Side } from '../types/knowledge';
import { seedLeverRow, seedSideRow, type LeverRow, type PressureDb, type SideRow } from './db';
import { seed as shippedSeed } from './seed/index';

export type { FieldError } from '../schemas/issues';
export { isHttpUrl, isIsoDate } from '../schemas/fields';
export { LIMITS, POLARITIES } from '../schemas/knowledge';
export { ID_PATTERN } from '../types/ids';

/** A refused write: every problem found, and a message naming each field. */
export class KbValidationError extends Error {
  constructor(readonly errors: FieldError[]) {
    super(errors.map((e) => `${e.field}: ${e.message}`).join('; '));
    this.name = 'KbValidationError';
  }
}

/** A write that makes no sense for the row (unknown id, resetting a lever that was never shipped). */
export class KbEditError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'KbEditError';
  }
}

export type LeverChanges = Partial<Pick<Lever, 'aliases' | 'acronyms' | 'contextAliases' | 'holders' | 'context' | 'facts' | 'name' | 'polarity'>>;
export type SideChanges = Partial<Pick<Side, 'name' | 'color' | 'actors' | 'demonyms'>>;

/** What the user writes for a new lever; the rest gets defaults (`ref` USER, `asOf` today, no facts). */
export type NewLever = Pick<Lever, 'id' | 'name' | 'category'> & Partial<Omit<Lever, 'id' | 'name' | 'category'>>;
export type NewSide = Pick<Side, 'id' | 'name' | 'color' | 'actors'> & Partial<Pick<Side, 'demonyms'>>;

const LEVER_CHANGE_KEYS = ['aliases', 'acronyms', 'contextAliases', 'holders', 'context', 'facts', 'name', 'polarity'] as const;
const SIDE_CHANGE_KEYS = ['name', 'color', 'actors', 'demonyms'] as const;

export const COLOR_PATTERN = /^#[0-9a-fA-F]{6}$/;

// ---- small helpers the editor shares -------------------------------------------------------------------------------

/** Lines of a one-per-line text box: trimmed, blank lines dropped. */
export function parseLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/** A kebab-case id made from a name ("Pineapple levy" -> "pineapple-levy"). */
export function suggestId(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, LIMITS.id)
    .replace(/-+$/, '');
}

/** Trimmed, blanks dropped, duplicates dropped (ignoring case when `caseless`). Anything but text is kept for the
 * validation to name. */
function cleanList(list: readonly string[] | undefined, caseless: boolean): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of list ?? []) {
    if (typeof raw !== 'string') {
      out.push(raw);
      continue;
    }
    const item = raw.trim().replace(/\s+/g, ' ');
    if (item === '') continue;
    const key = caseless ? item.toLowerCase() : item;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  return out;
}

/** A fact's fields trimmed; anything that is not a fact object, or not text, is kept for the validation to name. */
function cleanFact(f: LeverFact): LeverFact {
  if (typeof f !== 'object' || f === null || Array.isArray(f)) return f;
  const trim = (x: unknown) => (typeof x === 'string' ? x.trim() : x) as string;
  return { ...f, date: trim(f.date), text: trim(f.text), source: trim(f.source), url: trim(f.url) };
}

// ---- validation: the schemas of src/schemas/knowledge.ts, as field errors ---------------------------------------

function errorsOf(schema: v.GenericSchema, value: unknown, prefix = ''): FieldError[] {
  const result = validate(schema, value, { prefix });
  return result.ok ? [] : result.errors;
}

/** Fact rows: each needs an ISO date, a sentence, a source and an http(s) address. Fields are `facts.<i>.<key>`. */
export function validateFacts(facts: unknown, field = 'facts'): FieldError[] {
  if (facts === undefined) return [];
  return errorsOf(factsSchema, Array.isArray(facts) ? facts.map(cleanFact) : facts, field);
}

/** Normalises a lever's editable fields the way they are stored (trimmed lists without duplicates, clean facts). */
export function normaliseLeverChanges<T extends LeverChanges>(changes: T): T {
  const out = { ...changes };
  if (Array.isArray(out.aliases)) out.aliases = cleanList(out.aliases, true);
  if (Array.isArray(out.acronyms)) out.acronyms = cleanList(out.acronyms, false);
  if (Array.isArray(out.contextAliases)) out.contextAliases = cleanList(out.contextAliases, true);
  if (Array.isArray(out.holders)) out.holders = cleanList(out.holders, false);
  if (typeof out.name === 'string') out.name = out.name.trim();
  if (typeof out.context === 'string') out.context = out.context.trim();
  if (Array.isArray(out.facts)) out.facts = out.facts.map(cleanFact);
  return out;
}

/** Problems with a change to an existing lever (the lever as it would be after the change). */
export function validateLeverChanges(changes: LeverChanges, current: Pick<Lever, 'aliases' | 'acronyms'>, sideIds: ReadonlySet<string>): FieldError[] {
  const c = normaliseLeverChanges(changes);
  const errors = errorsOf(leverChanges(sideIds), c);
  if (!errors.some((e) => e.field === 'aliases' || e.field === 'acronyms')) {
    const aliases = c.aliases ?? current.aliases;
    const acronyms = c.acronyms ?? current.acronyms ?? [];
    if (aliases.length + acronyms.length === 0) errors.push({ field: 'aliases', message: 'at least one alias or acronym is needed, or the lever can never be found in a text' });
  }
  return errors;
}

/** Problems with a new lever; `leverIds` are the ids already taken. */
export function validateNewLever(lever: NewLever, leverIds: ReadonlySet<string>, sideIds: ReadonlySet<string>): FieldError[] {
  return errorsOf(newLeverSchema(leverIds, sideIds), normaliseLeverChanges(lever));
}

/** Normalised side fields: trimmed, actors de-duplicated with their case (they match case-sensitively). */
export function normaliseSideChanges<T extends SideChanges>(changes: T): T {
  const out = { ...changes };
  if (typeof out.name === 'string') out.name = out.name.trim();
  if (typeof out.color === 'string') out.color = out.color.trim().toLowerCase();
  if (Array.isArray(out.actors)) out.actors = cleanList(out.actors, false);
  if (Array.isArray(out.demonyms)) out.demonyms = cleanList(out.demonyms, false);
  return out;
}

/**
 * Problems with a side's fields. `others` are the other sides: an actor name that already stands for one of them
 * would make every mention of it ambiguous. Names the side already had are not checked again.
 */
export function validateSideChanges(changes: SideChanges, others: readonly Pick<Side, 'id' | 'name' | 'actors'>[], had: readonly string[] = []): FieldError[] {
  return errorsOf(sideChanges(others, had), normaliseSideChanges(changes));
}

export function validateNewSide(side: NewSide, existing: readonly Pick<Side, 'id' | 'name' | 'actors'>[]): FieldError[] {
  return errorsOf(newSideSchema(existing), normaliseSideChanges(side));
}

// ---- writes --------------------------------------------------------------------------------------------------------

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The editable part of a lever, key order fixed, for comparing with the shipped version. */
function leverEditable(l: Lever): unknown {
  const n = normaliseLeverChanges(l);
  return LEVER_CHANGE_KEYS.map((k) => n[k] ?? (k === 'acronyms' || k === 'contextAliases' ? [] : undefined));
}
function sideEditable(s: Side): unknown {
  const n = normaliseSideChanges(s);
  return SIDE_CHANGE_KEYS.map((k) => n[k]);
}

async function sideIdSet(db: PressureDb): Promise<Set<string>> {
  return new Set((await db.sides.toCollection().primaryKeys()) as string[]);
}

/**
 * Refuses a write made on a revision of the row that is no longer the stored one: another tab or window saved it
 * since the editor loaded it. `rev` undefined: no check (a write that does not come from a form).
 */
function checkRevision(row: { name: string; rev?: number }, rev: number | undefined, what: string): void {
  if (rev !== undefined && (row.rev ?? 0) !== rev) {
    throw new KbEditError('rev', `${what} \u201C${row.name}\u201D was changed in another tab or window since you opened it; nothing was saved. Open it again to see that change, then make yours.`);
  }
}

/**
 * Changes a lever's editable fields. A seed lever becomes `edited` unless the result equals its shipped version.
 * `rev` is the revision the editor loaded: when the stored lever has moved on, the write is refused.
 */
export async function updateLever(db: PressureDb, id: string, changes: LeverChanges, kb: KnowledgeBase = shippedSeed, rev?: number): Promise<LeverRow> {
  return db.transaction('rw', db.levers, db.sides, async () => {
    const row = await db.levers.get(id);
    if (!row) throw new KbEditError('id', `There is no lever "${id}".`);
    checkRevision(row, rev, 'The lever');
    const errors = validateLeverChanges(changes, row, await sideIdSet(db));
    if (errors.length > 0) throw new KbValidationError(errors);
    const clean = normaliseLeverChanges(changes);
    const next: LeverRow = { ...row };
    for (const k of LEVER_CHANGE_KEYS) if (clean[k] !== undefined) (next as unknown as Record<string, unknown>)[k] = clean[k];
    const shipped = row.origin === 'seed' ? kb.levers.find((l) => l.id === id) : undefined;
    next.edited = row.origin === 'user' || !shipped || !sameJson(leverEditable(next), leverEditable(shipped));
    next.rev = (row.rev ?? 0) + 1;
    await db.levers.put(next);
    return next;
  });
}

/** Adds the user's own lever (origin `user`). */
export async function addLever(db: PressureDb, lever: NewLever, today = new Date().toISOString().slice(0, 10)): Promise<LeverRow> {
  return db.transaction('rw', db.levers, db.sides, async () => {
    const ids = new Set((await db.levers.toCollection().primaryKeys()) as string[]);
    const errors = validateNewLever(lever, ids, await sideIdSet(db));
    if (errors.length > 0) throw new KbValidationError(errors);
    const c = normaliseLeverChanges(lever);
    const row: LeverRow = {
      id: c.id,
      ref: c.ref?.trim() || 'USER',
      name: c.name,
      category: c.category,
      holders: c.holders ?? [],
      polarity: c.polarity ?? 'measure',
      ...(c.openHolder ? { openHolder: c.openHolder } : {}),
      aliases: c.aliases ?? [],
      acronyms: c.acronyms ?? [],
      contextAliases: c.contextAliases ?? [],
      ...(c.generic ? { generic: true } : {}),
      ...(c.tightenVerbs?.length ? { tightenVerbs: cleanList(c.tightenVerbs, true) } : {}),
      ...(c.relaxVerbs?.length ? { relaxVerbs: cleanList(c.relaxVerbs, true) } : {}),
      context: c.context ?? '',
      facts: c.facts ?? [],
      asOf: c.asOf ?? today,
      origin: 'user',
      edited: true,
      seedVersion: 0,
    };
    await db.levers.add(row);
    return row;
  });
}

/** Puts a shipped lever back as the seed has it. The user's own levers have no shipped version: delete them. */
export async function resetLever(db: PressureDb, id: string, kb: KnowledgeBase = shippedSeed): Promise<LeverRow> {
  return db.transaction('rw', db.levers, async () => {
    const row = await db.levers.get(id);
    if (!row) throw new KbEditError('id', `There is no lever "${id}".`);
    if (row.origin === 'user') throw new KbEditError('id', `"${row.name}" is your own lever: it has no shipped version to reset to. Delete it instead.`);
    const shipped = kb.levers.find((l) => l.id === id);
    if (!shipped) throw new KbEditError('id', `The shipped knowledge base has no lever "${id}" to reset to.`);
    const fresh = { ...seedLeverRow(shipped, kb.version), rev: (row.rev ?? 0) + 1 };
    await db.levers.put(fresh);
    return fresh;
  });
}

/** Deletes one of the user's own levers. Saved annotations keep their lever id. Shipped levers cannot be deleted. */
export async function deleteUserLever(db: PressureDb, id: string): Promise<LeverRow> {
  return db.transaction('rw', db.levers, async () => {
    const row = await db.levers.get(id);
    if (!row) throw new KbEditError('id', `There is no lever "${id}".`);
    if (row.origin !== 'user') throw new KbEditError('id', `"${row.name}" is a shipped lever and cannot be deleted; edit it or reset it instead.`);
    await db.levers.delete(id);
    return row;
  });
}

/** Adds the user's own side. */
export async function addSide(db: PressureDb, side: NewSide): Promise<SideRow> {
  return db.transaction('rw', db.sides, async () => {
    const existing = await db.sides.toArray();
    const errors = validateNewSide(side, existing);
    if (errors.length > 0) throw new KbValidationError(errors);
    const c = normaliseSideChanges(side);
    const row: SideRow = { id: c.id, name: c.name, color: c.color, actors: c.actors, demonyms: c.demonyms ?? [], origin: 'user', edited: true, seedVersion: 0 };
    await db.sides.add(row);
    return row;
  });
}

/** Changes a side's name, colour, actors or demonyms. A seed side becomes `edited` unless it equals its shipped version. */
export async function updateSide(db: PressureDb, id: string, changes: SideChanges, kb: KnowledgeBase = shippedSeed, rev?: number): Promise<SideRow> {
  return db.transaction('rw', db.sides, async () => {
    const row = await db.sides.get(id);
    if (!row) throw new KbEditError('id', `There is no side "${id}".`);
    checkRevision(row, rev, 'The side');
    const others = (await db.sides.toArray()).filter((s) => s.id !== id);
    const errors = validateSideChanges(changes, others, [...row.actors]);
    if (errors.length > 0) throw new KbValidationError(errors);
    const clean = normaliseSideChanges(changes);
    const next: SideRow = { ...row };
    for (const k of SIDE_CHANGE_KEYS) if (clean[k] !== undefined) (next as unknown as Record<string, unknown>)[k] = clean[k];
    const shipped = row.origin === 'seed' ? kb.sides.find((s) => s.id === id) : undefined;
    next.edited = row.origin === 'user' || !shipped || !sameJson(sideEditable(next), sideEditable(shipped));
    next.rev = (row.rev ?? 0) + 1;
    await db.sides.put(next);
    return next;
  });
}

/** Puts a shipped side back as the seed has it. */
export async function resetSide(db: PressureDb, id: string, kb: KnowledgeBase = shippedSeed): Promise<SideRow> {
  return db.transaction('rw', db.sides, async () => {
    const row = await db.sides.get(id);
    if (!row) throw new KbEditError('id', `There is no side "${id}".`);
    if (row.origin === 'user') throw new KbEditError('id', `"${row.name}" is your own side: it has no shipped version to reset to.`);
    const shipped = kb.sides.find((s) => s.id === id);
    if (!shipped) throw new KbEditError('id', `The shipped knowledge base has no side "${id}" to reset to.`);
    const fresh = { ...seedSideRow(shipped, kb.version), rev: (row.rev ?? 0) + 1 };
    await db.sides.put(fresh);
    return fresh;
  });
}
