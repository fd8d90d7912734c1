/**
 * Edits to the knowledge base from the dashboard: change a lever or a side, add the user's own, put a shipped one
 * back. Every write is validated first and refused as a whole with messages that name the field; the validators are
 * exported so the editor can show the same messages next to its fields before it writes anything.
 *
 * A seed row the user changed is marked `edited`, which is what keeps it when a newer seed arrives (applySeed in
 * ./db.ts). A change that brings a row back to exactly the shipped version clears the mark again, so a "Save" with
 * nothing changed does not freeze a lever against future seed updates.
 */
import { seedLeverRow, seedSideRow, type LeverRow, type PressureDb, type SideRow } from './db';
import { seed as shippedSeed } from './seed/index';
import { CATEGORY_IDS, type CategoryId, type KnowledgeBase, type Lever, type LeverFact, type Polarity, type Side } from './types';

/** One problem with one field. `field` is the property path: `aliases`, `facts.2.url`, `color`. */
export interface FieldError {
  field: string;
  message: string;
}

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

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const COLOR_PATTERN = /^#[0-9a-fA-F]{6}$/;
export const POLARITIES: readonly Polarity[] = ['measure', 'flow'];
export const LIMITS = { id: 60, name: 120, phrase: 80, phrases: 200, context: 2000, factText: 600, source: 300, url: 2048, facts: 50 };

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

/** Trimmed, blanks dropped, duplicates dropped (ignoring case when `caseless`). */
function cleanList(list: readonly string[] | undefined, caseless: boolean): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of list ?? []) {
    const item = typeof raw === 'string' ? raw.trim().replace(/\s+/g, ' ') : raw;
    if (typeof item !== 'string' || item === '') continue;
    const key = caseless ? item.toLowerCase() : item;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  return out;
}

function cleanFact(f: LeverFact): LeverFact {
  return {
    date: String(f?.date ?? '').trim(),
    text: String(f?.text ?? '').trim(),
    source: String(f?.source ?? '').trim(),
    url: String(f?.url ?? '').trim(),
  };
}

/** YYYY-MM-DD or YYYY-MM, and a real calendar date. */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(s);
  if (!m) return false;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  const last = new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
  return day >= 1 && day <= last;
}

export function isHttpUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
  } catch {
    return false;
  }
}

// ---- validation ----------------------------------------------------------------------------------------------------

export function validateId(id: unknown, field = 'id'): FieldError[] {
  if (typeof id !== 'string' || id === '') return [{ field, message: 'is required (lower-case letters, digits and hyphens, e.g. "pineapple-levy")' }];
  if (id.length > LIMITS.id) return [{ field, message: `is longer than ${LIMITS.id} characters` }];
  if (!ID_PATTERN.test(id)) return [{ field, message: `"${id}" is not kebab-case: use lower-case letters, digits and single hyphens, e.g. "pineapple-levy"` }];
  return [];
}

export function validateName(name: unknown, field = 'name'): FieldError[] {
  if (typeof name !== 'string' || name.trim() === '') return [{ field, message: 'is required' }];
  if (name.trim().length > LIMITS.name) return [{ field, message: `is longer than ${LIMITS.name} characters` }];
  return [];
}

/** Each entry of a phrase list (aliases, acronyms, actors...) must hold a word and be of a sane length. */
export function validatePhrases(list: unknown, field: string): FieldError[] {
  if (list === undefined) return [];
  if (!Array.isArray(list)) return [{ field, message: 'must be a list of phrases' }];
  const errors: FieldError[] = [];
  if (list.length > LIMITS.phrases) errors.push({ field, message: `has more than ${LIMITS.phrases} entries` });
  list.forEach((p, i) => {
    if (typeof p !== 'string') errors.push({ field, message: `entry ${i + 1} is not text` });
    else if (!/[\p{L}\p{N}]/u.test(p)) errors.push({ field, message: `"${p}" has no letters or digits` });
    else if (p.length > LIMITS.phrase) errors.push({ field, message: `"${p.slice(0, 30)}…" is longer than ${LIMITS.phrase} characters` });
  });
  return errors;
}

export function validateHolders(holders: unknown, sideIds: ReadonlySet<string>, field = 'holders'): FieldError[] {
  if (holders === undefined) return [];
  if (!Array.isArray(holders)) return [{ field, message: 'must be a list of side ids' }];
  const unknown = holders.filter((h) => typeof h !== 'string' || !sideIds.has(h));
  if (unknown.length > 0) return [{ field, message: `${unknown.map((h) => `"${String(h)}"`).join(', ')} ${unknown.length === 1 ? 'is not a known side' : 'are not known sides'}` }];
  return [];
}

export function validatePolarity(polarity: unknown, field = 'polarity'): FieldError[] {
  if (polarity === undefined) return [];
  return POLARITIES.includes(polarity as Polarity) ? [] : [{ field, message: `must be "measure" or "flow", not "${String(polarity)}"` }];
}

export function validateCategory(category: unknown, field = 'category'): FieldError[] {
  if (CATEGORY_IDS.includes(category as CategoryId)) return [];
  return [{ field, message: `"${String(category ?? '')}" is not a category (one of ${CATEGORY_IDS.join(', ')})` }];
}

export function validateContext(context: unknown, field = 'context'): FieldError[] {
  if (context === undefined) return [];
  if (typeof context !== 'string') return [{ field, message: 'must be text' }];
  if (context.length > LIMITS.context) return [{ field, message: `is longer than ${LIMITS.context} characters` }];
  return [];
}

/** Fact rows: each needs an ISO date, a sentence, a source and an http(s) address. Fields are `facts.<i>.<key>`. */
export function validateFacts(facts: unknown, field = 'facts'): FieldError[] {
  if (facts === undefined) return [];
  if (!Array.isArray(facts)) return [{ field, message: 'must be a list of facts' }];
  if (facts.length > LIMITS.facts) return [{ field, message: `has more than ${LIMITS.facts} facts` }];
  const errors: FieldError[] = [];
  facts.forEach((raw, i) => {
    const f = cleanFact(raw as LeverFact);
    const at = `${field}.${i}`;
    if (!isIsoDate(f.date)) errors.push({ field: `${at}.date`, message: f.date ? `"${f.date}" is not a date: write YYYY-MM-DD (or YYYY-MM)` : 'is required (YYYY-MM-DD)' });
    if (!f.text) errors.push({ field: `${at}.text`, message: 'is required' });
    else if (f.text.length > LIMITS.factText) errors.push({ field: `${at}.text`, message: `is longer than ${LIMITS.factText} characters` });
    if (!f.source) errors.push({ field: `${at}.source`, message: 'is required (the outlet or document title)' });
    else if (f.source.length > LIMITS.source) errors.push({ field: `${at}.source`, message: `is longer than ${LIMITS.source} characters` });
    if (!isHttpUrl(f.url)) errors.push({ field: `${at}.url`, message: f.url ? `"${f.url}" is not an http(s) address` : 'is required (an http or https address)' });
    else if (f.url.length > LIMITS.url) errors.push({ field: `${at}.url`, message: `is longer than ${LIMITS.url} characters` });
  });
  return errors;
}

function needsAWord(lever: Pick<Lever, 'aliases' | 'acronyms'>): FieldError[] {
  return lever.aliases.length + (lever.acronyms?.length ?? 0) === 0
    ? [{ field: 'aliases', message: 'at least one alias or acronym is needed, or the lever can never be found in a text' }]
    : [];
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
  const unknown = Object.keys(changes).filter((k) => !(LEVER_CHANGE_KEYS as readonly string[]).includes(k));
  const errors: FieldError[] = unknown.map((k) => ({ field: k, message: 'cannot be changed here' }));
  if (c.name !== undefined) errors.push(...validateName(c.name));
  errors.push(
    ...validatePhrases(c.aliases, 'aliases'),
    ...validatePhrases(c.acronyms, 'acronyms'),
    ...validatePhrases(c.contextAliases, 'contextAliases'),
    ...validateHolders(c.holders, sideIds),
    ...validatePolarity(c.polarity),
    ...validateContext(c.context),
    ...validateFacts(c.facts),
  );
  if (!errors.some((e) => e.field === 'aliases' || e.field === 'acronyms')) {
    errors.push(...needsAWord({ aliases: c.aliases ?? current.aliases, acronyms: c.acronyms ?? current.acronyms }));
  }
  return errors;
}

/** Problems with a new lever; `leverIds` are the ids already taken. */
export function validateNewLever(lever: NewLever, leverIds: ReadonlySet<string>, sideIds: ReadonlySet<string>): FieldError[] {
  const errors = validateId(lever.id);
  if (errors.length === 0 && leverIds.has(lever.id)) errors.push({ field: 'id', message: `"${lever.id}" is already a lever: choose another id` });
  errors.push(...validateName(lever.name), ...validateCategory(lever.category));
  const { id: _i, category: _c, name: _n, ref: _r, asOf: _a, generic: _g, openHolder: _o, tightenVerbs: _t, relaxVerbs: _rv, ...editable } = lever;
  errors.push(...validateLeverChanges({ aliases: [], ...editable }, { aliases: [] }, sideIds));
  if (lever.openHolder !== undefined && lever.openHolder !== 'buyer' && lever.openHolder !== 'seller') {
    errors.push({ field: 'openHolder', message: 'must be "buyer" or "seller"' });
  }
  if (lever.asOf !== undefined && !isIsoDate(lever.asOf)) errors.push({ field: 'asOf', message: `"${lever.asOf}" is not a date (YYYY-MM-DD)` });
  errors.push(...validatePhrases(lever.tightenVerbs, 'tightenVerbs'), ...validatePhrases(lever.relaxVerbs, 'relaxVerbs'));
  return errors;
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
  const c = normaliseSideChanges(changes);
  const unknown = Object.keys(changes).filter((k) => !(SIDE_CHANGE_KEYS as readonly string[]).includes(k));
  const errors: FieldError[] = unknown.map((k) => ({ field: k, message: 'cannot be changed here' }));
  if (c.name !== undefined) errors.push(...validateName(c.name));
  if (c.color !== undefined && (typeof c.color !== 'string' || !COLOR_PATTERN.test(c.color))) {
    errors.push({ field: 'color', message: `"${String(c.color)}" is not a colour: write #rrggbb, e.g. #1d4ed8` });
  }
  if (c.actors !== undefined) {
    const actorErrors = validatePhrases(c.actors, 'actors');
    if (actorErrors.length === 0 && c.actors.length === 0) actorErrors.push({ field: 'actors', message: 'needs at least one name (a country, capital, government or leader)' });
    if (actorErrors.length === 0) {
      const taken = new Map<string, string>();
      for (const o of others) for (const a of o.actors) taken.set(a, o.name);
      const clashes = c.actors.filter((a) => !had.includes(a) && taken.has(a));
      if (clashes.length > 0) {
        actorErrors.push({ field: 'actors', message: clashes.map((a) => `"${a}" already stands for ${taken.get(a)}`).join('; ') });
      }
    }
    errors.push(...actorErrors);
  }
  errors.push(...validatePhrases(c.demonyms, 'demonyms'));
  return errors;
}

export function validateNewSide(side: NewSide, existing: readonly Pick<Side, 'id' | 'name' | 'actors'>[]): FieldError[] {
  const errors = validateId(side.id);
  if (errors.length === 0 && existing.some((s) => s.id === side.id)) errors.push({ field: 'id', message: `"${side.id}" is already a side: choose another id` });
  const { id: _i, ...rest } = side;
  errors.push(...validateSideChanges({ demonyms: [], ...rest }, existing));
  if (side.name === undefined) errors.push(...validateName(side.name));
  if (side.color === undefined) errors.push({ field: 'color', message: 'is required (#rrggbb)' });
  if (side.actors === undefined) errors.push({ field: 'actors', message: 'needs at least one name (a country, capital, government or leader)' });
  return errors;
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

/** Changes a lever's editable fields. A seed lever becomes `edited` unless the result equals its shipped version. */
export async function updateLever(db: PressureDb, id: string, changes: LeverChanges, kb: KnowledgeBase = shippedSeed): Promise<LeverRow> {
  return db.transaction('rw', db.levers, db.sides, async () => {
    const row = await db.levers.get(id);
    if (!row) throw new KbEditError('id', `There is no lever "${id}".`);
    const errors = validateLeverChanges(changes, row, await sideIdSet(db));
    if (errors.length > 0) throw new KbValidationError(errors);
    const clean = normaliseLeverChanges(changes);
    const next: LeverRow = { ...row };
    for (const k of LEVER_CHANGE_KEYS) if (clean[k] !== undefined) (next as unknown as Record<string, unknown>)[k] = clean[k];
    const shipped = row.origin === 'seed' ? kb.levers.find((l) => l.id === id) : undefined;
    next.edited = row.origin === 'user' || !shipped || !sameJson(leverEditable(next), leverEditable(shipped));
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
    const fresh = seedLeverRow(shipped, kb.version);
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
export async function updateSide(db: PressureDb, id: string, changes: SideChanges, kb: KnowledgeBase = shippedSeed): Promise<SideRow> {
  return db.transaction('rw', db.sides, async () => {
    const row = await db.sides.get(id);
    if (!row) throw new KbEditError('id', `There is no side "${id}".`);
    const others = (await db.sides.toArray()).filter((s) => s.id !== id);
    const errors = validateSideChanges(changes, others, [...row.actors]);
    if (errors.length > 0) throw new KbValidationError(errors);
    const clean = normaliseSideChanges(changes);
    const next: SideRow = { ...row };
    for (const k of SIDE_CHANGE_KEYS) if (clean[k] !== undefined) (next as unknown as Record<string, unknown>)[k] = clean[k];
    const shipped = row.origin === 'seed' ? kb.sides.find((s) => s.id === id) : undefined;
    next.edited = row.origin === 'user' || !shipped || !sameJson(sideEditable(next), sideEditable(shipped));
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
    const fresh = seedSideRow(shipped, kb.version);
    await db.sides.put(fresh);
    return fresh;
  });
}
