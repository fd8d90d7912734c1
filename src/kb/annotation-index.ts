/**
 * What is derived from an annotation for fast reads: its search words and its contribution to the weekly counts.
 * Pure functions, shared by the repository and the schema upgrade.
 */
import { tokenize } from '../engine/tokens';

/** One counter: annotations saved in a week, for a side, lever and stance. */
export interface StatRow {
  key: string;
  /** Monday of the week the annotation was saved, YYYY-MM-DD (UTC). */
  week: string;
  side: string;
  lever: string;
  category: string;
  stance: Stance;
  count: number;
}

export { NO_SIDE_KEY } from '../types/annotation';
import { NO_SIDE_KEY } from '../types/annotation';
import type { Stance } from '../types/annotation';
import { ALL_TIME, weekOf } from './periods';
export { ALL_TIME, weekOf } from './periods';

const STOP = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'on', 'for', 'by', 'at', 'is', 'it', 'as', 'be', 'was', 'are', 'with', 'that', 'this', 'from']);

/** Lower-case words of the quote, note, tags and title, without duplicates or very common words. */
export function searchWords(row: { quote: { exact: string }; note: string; tags: string[]; title: string; sentence?: string }): string[] {
  const words = new Set<string>();
  for (const text of [row.quote.exact, row.note, row.tags.join(' '), row.title]) {
    for (const t of tokenize(text)) {
      const w = t.norm.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
      if (w.length > 1 && !STOP.has(w)) words.add(w);
    }
  }
  return [...words];
}

/** Characters of the time in a word key: base 36, enough until the year 5138. */
const TIME_WIDTH = 9;

/**
 * The full-text index's keys (schema v5): one per search word, `<word> NUL <time saved>`, the time in base 36 padded to
 * a fixed width so that keys sort by it. One word's annotations are then one key range in the order they were saved:
 * the newest matches are the end of the range, read without touching the others.
 */
export function wordKeys(words: string[], savedAt: number): string[] {
  const time = timeKey(savedAt);
  return words.map((w) => `${w}\u0000${time}`);
}

function timeKey(time: number): string {
  return Math.max(0, Math.floor(time)).toString(36).padStart(TIME_WIDTH, '0');
}

/** The search fields stored with an annotation: its words and their index keys. */
export function searchFields(row: { quote: { exact: string }; note: string; tags: string[]; title: string; savedAt: number }): { words: string[]; wordKeys: string[] } {
  const words = searchWords(row);
  return { words, wordKeys: wordKeys(words, row.savedAt) };
}

/** The range of index keys of one word (lower and upper bound, both inclusive), saved within [from, to] if given. */
export function wordKeyRange(word: string, from = -Infinity, to = Infinity): [string, string] {
  const lo = Number.isFinite(from) ? timeKey(from) : '';
  const hi = Number.isFinite(to) ? timeKey(to) : '\uffff';
  return [`${word}\u0000${lo}`, `${word}\u0000${hi}`];
}

/** The words of a search box, normalised like searchWords. */
export function queryWords(query: string): string[] {
  return [...new Set(tokenize(query).map((t) => t.norm.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')).filter((w) => w.length > 0 && !STOP.has(w)))];
}

/**
 * The counter changes an annotation brings (sign +1 when added, -1 when removed): by week saved and all time.
 * As schema v3 defined them; writes use annotationStatsDelta, which adds the week of publication.
 */
export function statsDelta(row: { savedAt: number; side: string | null; lever: string; category: string; stance: Stance }, sign: 1 | -1): StatRow[] {
  const week = weekOf(row.savedAt);
  const side = row.side ?? NO_SIDE_KEY;
  const base = { side, lever: row.lever, category: row.category, stance: row.stance, count: sign };
  return [
    { key: `${week}|${side}|${row.lever}|${row.stance}`, week, ...base },
    { key: `${ALL_TIME}|${side}|${row.lever}|${row.stance}`, week: ALL_TIME, ...base },
  ];
}

/**
 * Prefix of the counters by week of publication (schema v4): `p:<Monday>`. An annotation whose page gave no
 * publication day counts at the week it was saved (the charts say so).
 */
export const PUB_PREFIX = 'p:';

/** Monday of the week of a YYYY-MM-DD day. */
export function weekOfDay(day: string): string {
  return weekOf(Date.parse(`${day}T00:00:00Z`));
}

/** The counter change by week of publication (schema v4). */
export function pubStatsDelta(
  row: { savedAt: number; published?: string | null; side: string | null; lever: string; category: string; stance: Stance },
  sign: 1 | -1,
): StatRow[] {
  const week = `${PUB_PREFIX}${row.published ? weekOfDay(row.published) : weekOf(row.savedAt)}`;
  const side = row.side ?? NO_SIDE_KEY;
  return [{ key: `${week}|${side}|${row.lever}|${row.stance}`, week, side, lever: row.lever, category: row.category, stance: row.stance, count: sign }];
}

/** Every counter change an annotation brings: week saved, all time, week of publication. */
export function annotationStatsDelta(
  row: { savedAt: number; published?: string | null; side: string | null; lever: string; category: string; stance: Stance },
  sign: 1 | -1,
): StatRow[] {
  return [...statsDelta(row, sign), ...pubStatsDelta(row, sign)];
}
