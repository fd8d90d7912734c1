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

/**
 * A random (version 4) UUID. `crypto.randomUUID` exists only in secure contexts, and a content script on an http://
 * page is not in one; `crypto.getRandomValues` is everywhere.
 */
export function randomUuid(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
