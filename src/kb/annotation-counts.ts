/**
 * Exact counts of saved annotations, kept (schema v5) rather than counted: one row per facet and period, updated in
 * the same transaction as every write, so that "1–50 of 12,345" never walks 12,345 index keys.
 *
 * A facet is what a row counts: `*` every annotation, `side:<id>` (`side:none` when no side), `lever:<id>`,
 * `category:<id>`, `stance:<stance>`, `site:<host>`, `pair:<side>|<lever>` (the side + lever filter) and
 * `word:<word>` (the annotations holding a search word: the inverted index's per-word count). A period is `all`, or
 * the Monday (UTC) of the week saved; words are counted for `all` only. The key is [facet, period], so a facet's
 * weeks are one key range, and the vocabulary under a prefix is one range of `word:` facets.
 *
 * Pure functions here; the reads and writes are in src/kb/annotations.ts.
 */
import { NO_SIDE_KEY, searchWords, weekOf } from './annotation-index';

export interface CountRow {
  facet: string;
  /** `all`, or the Monday (UTC, YYYY-MM-DD) of the week saved. */
  period: string;
  count: number;
}

export type CountKey = [string, string];

export const EVERYTHING = '*';
export const ALL_PERIOD = 'all';
export const WORD_FACET = 'word:';

/** The fields of an annotation that the counters read. */
export interface Countable {
  savedAt: number;
  side: string | null;
  lever: string;
  category: string;
  stance: string;
  site: string;
  quote: { exact: string };
  note: string;
  tags: string[];
  title: string;
  /** Its search words when already worked out (searchWords of the rest otherwise). */
  words?: string[];
}

/** The facet a filter is counted under, or null when no counter answers it (several filters, bar side + lever). */
export function facetOf(filter: { side?: string | null; lever?: string; category?: string; stance?: string; site?: string }): string | null {
  const side = filter.side === undefined ? undefined : (filter.side ?? NO_SIDE_KEY);
  const set = [side !== undefined, Boolean(filter.lever), Boolean(filter.category), Boolean(filter.stance), Boolean(filter.site)].filter(Boolean).length;
  if (set === 0) return EVERYTHING;
  if (set === 2 && side !== undefined && filter.lever) return `pair:${side}|${filter.lever}`;
  if (set > 1) return null;
  if (side !== undefined) return `side:${side}`;
  if (filter.lever) return `lever:${filter.lever}`;
  if (filter.category) return `category:${filter.category}`;
  if (filter.stance) return `stance:${filter.stance}`;
  return `site:${filter.site}`;
}

/** The counter changes an annotation brings: +1 in each of its facets when added, -1 when removed. */
export function countsDelta(row: Countable, sign: 1 | -1): CountRow[] {
  const side = row.side ?? NO_SIDE_KEY;
  const week = weekOf(row.savedAt);
  const facets = [EVERYTHING, `side:${side}`, `lever:${row.lever}`, `category:${row.category}`, `stance:${row.stance}`, `site:${row.site}`, `pair:${side}|${row.lever}`];
  const out: CountRow[] = [];
  for (const facet of facets) out.push({ facet, period: ALL_PERIOD, count: sign }, { facet, period: week, count: sign });
  for (const word of row.words ?? searchWords(row)) out.push({ facet: `${WORD_FACET}${word}`, period: ALL_PERIOD, count: sign });
  return out;
}

/** Adds up changes to the same counter. */
export function mergeCounts(deltas: Iterable<CountRow>): CountRow[] {
  const merged = new Map<string, CountRow>();
  for (const d of deltas) {
    const key = `${d.facet}\u0000${d.period}`;
    const m = merged.get(key);
    if (m) m.count += d.count;
    else merged.set(key, { ...d });
  }
  return [...merged.values()].filter((d) => d.count !== 0);
}

/** Every counter of a set of annotations, from nothing (the schema upgrade, the benchmark's data). */
export function countsOf(rows: Iterable<Countable>): CountRow[] {
  const all: CountRow[] = [];
  for (const row of rows) for (const d of countsDelta(row, 1)) all.push(d);
  return mergeCounts(all);
}

const DAY = 86_400_000;
const WEEK = 7 * DAY;

/** Epoch ms of a week's Monday (UTC). */
export function weekStart(week: string): number {
  return Date.parse(`${week}T00:00:00Z`);
}

/**
 * A date range cut into what the weekly counters answer and what is left at its ends: the whole weeks inside
 * [from, to] (first and last Monday, or null when none), and up to two partial stretches to count from an index.
 */
export function splitRange(from: number, to: number): { weeks: [string, string] | null; edges: [number, number][] } {
  if (to < from) return { weeks: null, edges: [] };
  if (!Number.isFinite(from) || !Number.isFinite(to)) return { weeks: null, edges: [[from, to]] };
  const firstMonday = weekStart(weekOf(from)) === from ? from : weekStart(weekOf(from)) + WEEK;
  const lastMonday = weekStart(weekOf(to + 1)) - WEEK;
  if (lastMonday < firstMonday) return { weeks: null, edges: [[from, to]] };
  const edges: [number, number][] = [];
  if (from < firstMonday) edges.push([from, firstMonday - 1]);
  const after = lastMonday + WEEK;
  if (after <= to) edges.push([after, to]);
  return { weeks: [weekOf(firstMonday), weekOf(lastMonday)], edges };
}
