import type { Mention, Tally } from './types';

export type { SideTally, Tally } from './types';

/** Key used in tallies for mentions whose side cannot be given. */
export const NO_SIDE = 'none';

type Countable = Pick<Mention, 'lever' | 'category' | 'side' | 'stance'>;

/**
 * A record keyed by ids that come from users and files (side and lever ids): no prototype, so an id such as
 * `__proto__` or `constructor` is an ordinary key and cannot reach Object.prototype.
 */
function record<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

const emptyTally = (): Tally => ({ total: 0, bySide: record(), byLever: record(), byCategory: record() });
const emptySide = () => ({ count: 0, tighten: 0, relax: 0, neutral: 0, levers: record<number>(), categories: record<number>() });

/** Counts mentions per side, lever and category; works the same for one document or for many. */
export function tallyMentions(mentions: Iterable<Countable>): Tally {
  const tally = emptyTally();
  for (const m of mentions) addToTally(tally, m);
  return sortTally(tally);
}

export function addToTally(tally: Tally, m: Countable, weight = 1): void {
  const side = m.side ?? NO_SIDE;
  tally.total += weight;
  const s = (tally.bySide[side] ??= emptySide());
  s.count += weight;
  s[m.stance] += weight;
  s.levers[m.lever] = (s.levers[m.lever] ?? 0) + weight;
  s.categories[m.category] = (s.categories[m.category] ?? 0) + weight;
  const l = (tally.byLever[m.lever] ??= { count: 0, sides: record() });
  l.count += weight;
  l.sides[side] = (l.sides[side] ?? 0) + weight;
  const c = (tally.byCategory[m.category] ??= { count: 0, sides: record() });
  c.count += weight;
  c.sides[side] = (c.sides[side] ?? 0) + weight;
}

/**
 * Entries of a tally record, most first (ties by key). Use this rather than object order: extension storage does not
 * keep the order of keys.
 */
export function byCountDesc<T>(record: Record<string, T>, count: (v: T) => number = (v) => v as unknown as number): [string, T][] {
  return Object.entries(record).sort((a, b) => count(b[1]) - count(a[1]) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** Merges tallies of several documents into one. */
export function mergeTallies(tallies: Iterable<Tally>): Tally {
  const out = emptyTally();
  for (const t of tallies) {
    out.total += t.total;
    for (const [side, s] of Object.entries(t.bySide)) {
      const o = (out.bySide[side] ??= emptySide());
      o.count += s.count;
      o.tighten += s.tighten;
      o.relax += s.relax;
      o.neutral += s.neutral;
      for (const [k, v] of Object.entries(s.levers)) o.levers[k] = (o.levers[k] ?? 0) + v;
      for (const [k, v] of Object.entries(s.categories)) o.categories[k] = (o.categories[k] ?? 0) + v;
    }
    for (const [id, l] of Object.entries(t.byLever)) {
      const o = (out.byLever[id] ??= { count: 0, sides: record() });
      o.count += l.count;
      for (const [k, v] of Object.entries(l.sides)) o.sides[k] = (o.sides[k] ?? 0) + v;
    }
    for (const [id, c] of Object.entries(t.byCategory)) {
      const o = (out.byCategory[id] ??= { count: 0, sides: record() });
      o.count += c.count;
      for (const [k, v] of Object.entries(c.sides)) o.sides[k] = (o.sides[k] ?? 0) + v;
    }
  }
  return sortTally(out);
}

function byCount<T>(from: Record<string, T>, count: (v: T) => number): Record<string, T> {
  const out = record<T>();
  for (const [k, v] of Object.entries(from).sort((a, b) => count(b[1]) - count(a[1]) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) out[k] = v;
  return out;
}

function sortTally(t: Tally): Tally {
  const bySide = byCount(t.bySide, (s) => s.count);
  for (const s of Object.values(bySide)) {
    s.levers = byCount(s.levers, (n) => n);
    s.categories = byCount(s.categories, (n) => n);
  }
  const byLever = byCount(t.byLever, (l) => l.count);
  for (const l of Object.values(byLever)) l.sides = byCount(l.sides, (n) => n);
  const byCategory = byCount(t.byCategory, (c) => c.count);
  for (const c of Object.values(byCategory)) c.sides = byCount(c.sides, (n) => n);
  return { total: t.total, bySide, byLever, byCategory };
}
