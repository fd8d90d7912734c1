/**
 * Ids of levers and sides come from the shipped seed, from the reader's edits and from imported files. They are used
 * as keys of plain objects all over (tallies, labels, counters), where a few names would reach JavaScript's own
 * machinery instead: `__proto__` sets an object's prototype, `constructor` is found on every object. Such ids are
 * refused where ids enter (editor, import, messages), and objects keyed by ids are made without a prototype.
 */

/** Lower-case letters and digits in words joined by single hyphens: `rare-earths`, `us`, `section-301`. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_ID_LENGTH = 60;

/** Names every object already answers to (and `prototype`): never an id, whatever its spelling rules allow. */
export const RESERVED_IDS: ReadonlySet<string> = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

export function isReservedId(id: string): boolean {
  return RESERVED_IDS.has(id);
}

/** An empty object for keys that come from data: no prototype, so no key is special. */
export function idRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** `idRecord` filled from entries (the null-prototype counterpart of Object.fromEntries). */
export function idRecordFrom<T>(entries: Iterable<readonly [string, T]>): Record<string, T> {
  const out = idRecord<T>();
  for (const [key, value] of entries) out[key] = value;
  return out;
}
