/**
 * The knowledge base's rules, one set for the editor and for imported files: kebab-case ids that are not reserved,
 * phrases with a letter or digit, dated and sourced facts, a context of bounded length, holders that are known sides,
 * colours as #rrggbb, actor names that stand for one side only. The editor checks a change with them before writing;
 * an imported lever or side is checked against exactly the same rules (src/kb/transfer/knowledge-import.ts).
 */
import * as v from 'valibot';
import { NO_SIDE_KEY } from '../types/annotation';
import type { Polarity, Side } from '../types/knowledge';
import { bool, category, colour, dayOrMonth, expected, id, requiredText, webUrl } from './fields';
import { describeValue } from './issues';

export const LIMITS = { id: 60, name: 120, phrase: 80, phrases: 200, context: 2000, factText: 600, source: 300, url: 2048, facts: 50, ref: 40 };
export const POLARITIES: readonly Polarity[] = ['measure', 'flow'];

export const name = requiredText(LIMITS.name);

/** A list of phrases (aliases, acronyms, actors…): each must hold a letter or a digit. Problems name the list. */
export function phrases() {
  return v.pipe(
    v.array(v.unknown(), 'must be a list of phrases'),
    v.maxLength(LIMITS.phrases, `has more than ${LIMITS.phrases} entries`),
    v.rawCheck(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      dataset.value.forEach((p, i) => {
        if (typeof p !== 'string') addIssue({ message: `entry ${i + 1} is not text` });
        else if (!/[\p{L}\p{N}]/u.test(p)) addIssue({ message: `"${p.slice(0, 30)}" has no letters or digits` });
        else if (p.length > LIMITS.phrase) addIssue({ message: `"${p.slice(0, 30)}…" is longer than ${LIMITS.phrase} characters` });
      });
    }),
    v.transform((list) => list as string[]),
  );
}

/** Side ids that must all be known sides. */
export function holders(sideIds: ReadonlySet<string>) {
  const unknown = (list: unknown[]) => list.filter((h) => typeof h !== 'string' || !sideIds.has(h));
  return v.pipe(
    v.array(v.unknown(), 'must be a list of side ids'),
    v.check(
      (list) => unknown(list).length === 0,
      (issue) => {
        const bad = unknown(issue.input as unknown[]);
        return `${bad.map((h) => `"${String(h)}"`).join(', ')} ${bad.length === 1 ? 'is not a known side' : 'are not known sides'}`;
      },
    ),
    v.transform((list) => list as string[]),
  );
}

export const polarity = v.picklist(POLARITIES, (issue) => `must be "measure" or "flow", not ${describeValue(issue.input)}`);

export const context = v.pipe(v.string('must be text'), v.maxLength(LIMITS.context, `is longer than ${LIMITS.context} characters`));

/** One dated fact: an ISO day (or month), a sentence, its source, and an http(s) address. */
export const fact = v.object(
  {
    date: dayOrMonth,
    text: requiredText(LIMITS.factText),
    source: v.pipe(v.string('is required (the outlet or document title)'), v.check((s) => s.trim() !== '', 'is required (the outlet or document title)'), v.maxLength(LIMITS.source, `is longer than ${LIMITS.source} characters`)),
    url: webUrl(LIMITS.url),
  },
  expected('a fact (date, text, source, url)'),
);

export const facts = v.pipe(v.array(fact, 'must be a list of facts'), v.maxLength(LIMITS.facts, `has more than ${LIMITS.facts} facts`));

const NOT_EDITABLE = (issue: v.BaseIssue<unknown>) => (issue.expected === 'never' ? 'cannot be changed here' : expected('an object')(issue));

/** What the reader may change of a lever. */
export function leverChanges(sideIds: ReadonlySet<string>) {
  return v.strictObject(
    {
      name: v.optional(name),
      aliases: v.optional(phrases()),
      acronyms: v.optional(phrases()),
      contextAliases: v.optional(phrases()),
      holders: v.optional(holders(sideIds)),
      polarity: v.optional(polarity),
      context: v.optional(context),
      facts: v.optional(facts),
    },
    NOT_EDITABLE,
  );
}

const NEEDS_A_WORD = 'at least one alias or acronym is needed, or the lever can never be found in a text';

/** The fields of a whole lever, new or imported; `leverIds` are the ids already taken (none for an import). */
function leverEntries(leverIds: ReadonlySet<string>, sideIds: ReadonlySet<string>) {
  return {
    id: v.pipe(id, v.check((i) => !leverIds.has(i), (issue) => `"${String(issue.input)}" is already a lever: choose another id`)),
    ref: v.optional(v.pipe(v.string(expected('text')), v.maxLength(LIMITS.ref, `is longer than ${LIMITS.ref} characters`))),
    name,
    category,
    holders: v.optional(holders(sideIds)),
    polarity: v.optional(polarity),
    openHolder: v.optional(v.picklist(['buyer', 'seller'] as const, 'must be "buyer" or "seller"')),
    exclusive: v.optional(bool),
    generic: v.optional(bool),
    aliases: v.optional(phrases()),
    acronyms: v.optional(phrases()),
    contextAliases: v.optional(phrases()),
    anaphors: v.optional(phrases()),
    topics: v.optional(phrases()),
    tightenVerbs: v.optional(phrases()),
    relaxVerbs: v.optional(phrases()),
    context: v.optional(context),
    facts: v.optional(facts),
    asOf: v.optional(v.pipe(v.string(expected('a date (YYYY-MM-DD)')), v.check((s) => dayOrMonthValid(s), (issue) => `${describeValue(issue.input)} is not a date (YYYY-MM-DD)`))),
  };
}

function dayOrMonthValid(s: string): boolean {
  return v.is(dayOrMonth, s);
}

/** A lever must be findable: at least one alias or acronym. Reported on `aliases`. */
function needsAWord<T extends { aliases?: string[]; acronyms?: string[] }>() {
  return v.rawCheck<T>(({ dataset, addIssue }) => {
    if (!dataset.typed || (dataset.value.aliases?.length ?? 0) + (dataset.value.acronyms?.length ?? 0) > 0) return;
    addIssue({ message: NEEDS_A_WORD, path: [{ type: 'object', origin: 'value', input: dataset.value as Record<string, unknown>, key: 'aliases', value: dataset.value.aliases }] });
  });
}

export function newLever(leverIds: ReadonlySet<string>, sideIds: ReadonlySet<string>) {
  return v.pipe(v.object(leverEntries(leverIds, sideIds), expected('a lever object')), needsAWord());
}

/**
 * A lever row of an imported file: the new lever's rules, and nothing else. The row's `origin`, `edited` and
 * `seedVersion` are read as present or not and never believed: the import settles them.
 */
export function importedLever(sideIds: ReadonlySet<string>) {
  return v.pipe(
    v.strictObject(
      { ...leverEntries(new Set(), sideIds), origin: v.optional(v.unknown()), edited: v.optional(v.unknown()), seedVersion: v.optional(v.unknown()), rev: v.optional(v.unknown()) },
      (issue) => (issue.expected === 'never' ? 'is not a field of a lever' : expected('a lever object')(issue)),
    ),
    needsAWord(),
  );
}

/** Actor names must stand for one side only; names the side already had are not checked again. */
function actors(others: readonly Pick<Side, 'id' | 'name' | 'actors'>[], had: readonly string[]) {
  const taken = new Map<string, string>();
  for (const o of others) for (const a of o.actors) taken.set(a, o.name);
  const clashes = (list: string[]) => list.filter((a) => !had.includes(a) && taken.has(a));
  const NEEDS_ONE = 'needs at least one name (a country, capital, government or leader)';
  return v.pipe(
    phrases(),
    v.check((list) => list.length > 0, NEEDS_ONE),
    v.check(
      (list) => clashes(list).length === 0,
      (issue) => clashes(issue.input as string[]).map((a) => `"${a}" already stands for ${taken.get(a)}`).join('; '),
    ),
  );
}

/** What the reader may change of a side. `others` are the other sides. */
export function sideChanges(others: readonly Pick<Side, 'id' | 'name' | 'actors'>[], had: readonly string[] = []) {
  return v.strictObject(
    {
      name: v.optional(name),
      color: v.optional(colour),
      actors: v.optional(actors(others, had)),
      demonyms: v.optional(phrases()),
    },
    NOT_EDITABLE,
  );
}

function sideEntries(existing: readonly Pick<Side, 'id' | 'name' | 'actors'>[], had: readonly string[], taken: boolean) {
  return {
    id: v.pipe(
      id,
      v.check((i) => i !== NO_SIDE_KEY, `"${NO_SIDE_KEY}" is reserved for annotations without a side`),
      v.check((i) => !taken || !existing.some((s) => s.id === i), (issue) => `"${String(issue.input)}" is already a side: choose another id`),
    ),
    name,
    color: colour,
    actors: v.pipe(v.optional(v.unknown(), []), actors(existing, had)),
    demonyms: v.optional(phrases()),
  };
}

/** A new side; `existing` are the sides there are. */
export function newSide(existing: readonly Pick<Side, 'id' | 'name' | 'actors'>[]) {
  return v.object(sideEntries(existing, [], true), expected('a side object'));
}

/** A side row of an imported file; `others` are the sides it must not clash with, `had` its actors already stored. */
export function importedSide(others: readonly Pick<Side, 'id' | 'name' | 'actors'>[], had: readonly string[]) {
  return v.strictObject(
    { ...sideEntries(others, had, false), origin: v.optional(v.unknown()), edited: v.optional(v.unknown()), seedVersion: v.optional(v.unknown()), rev: v.optional(v.unknown()) },
    (issue) => (issue.expected === 'never' ? 'is not a field of a side' : expected('a side object')(issue)),
  );
}
