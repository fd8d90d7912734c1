/**
 * The values every schema is made of, with the messages the reader sees: ids, names, phrase lists, dates, colours,
 * web addresses, bounded text. One definition each, used by the messages the background accepts, the files it imports
 * and the knowledge-base editor.
 */
import * as v from 'valibot';
import { STANCES } from '../types/annotation';
import { ID_PATTERN, isReservedId, MAX_ID_LENGTH } from '../types/ids';
import { CATEGORY_IDS, CATEGORY_NAMES } from '../types/knowledge';
import { describeValue } from './issues';

/** The first problem of a pipe only: "is required" says all there is to say about an empty id. */
const firstOnly = <S extends v.GenericSchema>(schema: S) => v.config(schema, { abortPipeEarly: true });

/** `expected …, found …`: the message of a value of the wrong kind. */
export const expected = (what: string) => (issue: v.BaseIssue<unknown>) => (issue.input === undefined ? 'missing' : `expected ${what}, found ${describeValue(issue.input)}`);

/** Text of at most `max` characters (and at least `min`). */
export function text(max: number, min = 0) {
  return firstOnly(v.pipe(
    v.string(expected('text')),
    v.maxLength(max, (issue) => `is longer than ${max} characters (${(issue.input as string).length})`),
    v.minLength(min, min === 1 ? 'is empty' : `is shorter than ${min} characters`),
  ));

}

/** Text with something in it besides spaces. */
export function requiredText(max: number) {
  return firstOnly(v.pipe(
    v.string('is required'),
    v.check((s) => s.trim() !== '', 'is required'),
    v.check((s) => s.trim().length <= max, `is longer than ${max} characters`),
  ));

}

/** A whole number between `min` and `max`. */
export function int(min = 0, max = Number.MAX_SAFE_INTEGER) {
  return firstOnly(v.pipe(
    v.number(expected('a whole number')),
    v.integer(expected('a whole number')),
    v.minValue(min, (issue) => `expected a number >= ${min}, found ${String(issue.input)}`),
    v.maxValue(max, (issue) => `expected a number <= ${max}, found ${String(issue.input)}`),
  ));

}

export const bool = v.boolean(expected('true or false'));

/** A lever's or a side's id: kebab-case, not too long, not one of the names objects already answer to. */
export const id = firstOnly(v.pipe(
  v.string('is required (lower-case letters, digits and hyphens, e.g. "pineapple-levy")'),
  v.minLength(1, 'is required (lower-case letters, digits and hyphens, e.g. "pineapple-levy")'),
  v.maxLength(MAX_ID_LENGTH, `is longer than ${MAX_ID_LENGTH} characters`),
  v.regex(ID_PATTERN, (issue) => `${describeValue(issue.input)} is not kebab-case: use lower-case letters, digits and single hyphens, e.g. "pineapple-levy"`),
  v.check((s) => !isReservedId(s), (issue) => `"${String(issue.input)}" is a reserved name: choose another id`),
));

export const stance = v.picklist(STANCES, (issue) => `expected tighten, relax or neutral, found ${describeValue(issue.input)}`);
export const moveStance = v.picklist(['tighten', 'relax'] as const, (issue) => `expected tighten or relax, found ${describeValue(issue.input)}`);

export const category = v.picklist(CATEGORY_IDS, (issue) => `${describeValue(issue.input ?? '')} is not a category (one of ${CATEGORY_IDS.join(', ')})`);
export const categoryName = (c: (typeof CATEGORY_IDS)[number]) => CATEGORY_NAMES[c];

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

/** A real calendar day, YYYY-MM-DD (2025-02-30 is not one). */
export const day = firstOnly(v.pipe(
  v.string(expected('a day like 2025-04-04')),
  v.check((s) => s.length === 10 && isIsoDate(s), (issue) => `expected a day like 2025-04-04, found ${describeValue(issue.input)}`),
));

/** A day or a month: YYYY-MM-DD or YYYY-MM. */
export const dayOrMonth = firstOnly(v.pipe(
  v.string('is required (YYYY-MM-DD)'),
  v.check((s) => s.trim() !== '', 'is required (YYYY-MM-DD)'),
  v.check((s) => isIsoDate(s.trim()), (issue) => `${describeValue(issue.input)} is not a date: write YYYY-MM-DD (or YYYY-MM)`),
));

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

/** An ISO 8601 date and time with its zone, on a real calendar day; its value in epoch milliseconds. */
export const dateTime = firstOnly(v.pipe(
  v.string(expected('an ISO date and time like 2025-04-04T09:30:00.000Z')),
  v.check((s) => {
    const m = DATE_TIME.exec(s);
    if (!m || !isIsoDate(m[1])) return false;
    const [h, min, sec, zh, zm] = [m[2], m[3], m[4] ?? '0', m[5] ?? '0', m[6] ?? '0'].map(Number);
    return h < 24 && min < 60 && sec < 60 && zh < 24 && zm < 60 && Number.isFinite(Date.parse(s));
  }, (issue) => `expected an ISO date and time like 2025-04-04T09:30:00.000Z, found ${describeValue(issue.input)}`),
  v.transform((s) => Date.parse(s)),
));

export function isHttpUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
  } catch {
    return false;
  }
}

/** An http(s) address of at most `max` characters. */
export function webUrl(max: number, missing = 'is required (an http or https address)') {
  return firstOnly(v.pipe(
    v.string(missing),
    v.check((s) => s.trim() !== '', missing),
    v.check((s) => isHttpUrl(s.trim()), (issue) => `${describeValue(issue.input)} is not an http(s) address`),
    v.check((s) => s.length <= max, `is longer than ${max} characters`),
  ));

}

/** A side's colour: #rrggbb (the painter derives the dark-theme variant from it). */
export const colour = firstOnly(v.pipe(
  v.string('is required (#rrggbb)'),
  v.regex(/^#[0-9a-fA-F]{6}$/, (issue) => `${describeValue(issue.input)} is not a colour: write #rrggbb, e.g. #1d4ed8`),
));

/** A list of at most `max` items, each checked by `item`. */
export function list<S extends v.GenericSchema>(item: S, max: number, what = 'a list') {
  return v.pipe(v.array(item, expected(what)), v.maxLength(max, (issue) => `has more than ${max} entries (${(issue.input as unknown[]).length})`));
}
