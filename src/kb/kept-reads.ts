/**
 * Reads kept in memory until a table they read changes. The background answers the popup (and the timeline's first
 * chart) from kept counters that change only when something is written; reading them again for every opening costs a
 * transaction and its round trips, which on a busy machine is most of the popup's wait.
 *
 * A change is known from Dexie's `storagemutated` event: Dexie fires it when any of its write transactions commits in
 * this context, and posts it on a BroadcastChannel that every other context of the origin running Dexie receives (the
 * dashboard's page and its bulk worker included), so a write made anywhere empties what is kept here. A read in flight
 * when a change arrives is not kept (the next caller reads again). Every write of the extension goes through Dexie.
 */
import Dexie from 'dexie';

type Parts = Record<string, unknown>;

export class KeptReads {
  private readonly entries = new Map<string, Promise<unknown>>();
  private readonly prefixes: string[];

  constructor(
    dbName: string,
    tables: string[],
    subscribe: (listener: (parts: Parts) => void) => void = (l) => Dexie.on('storagemutated', l),
  ) {
    this.prefixes = tables.map((t) => `idb://${dbName}/${t}/`);
    subscribe((parts) => {
      if (this.entries.size > 0 && this.touches(parts)) this.entries.clear();
    });
  }

  /** A change that names none of our tables leaves the reads; one that names no table at all ("all") does not. */
  private touches(parts: Parts): boolean {
    return Object.keys(parts).some((key) => !key.startsWith('idb://') || this.prefixes.some((p) => key.startsWith(p)));
  }

  /** The kept result of `read` under `key`, or a fresh read (kept unless it fails or a change comes first). */
  get<T>(key: string, read: () => Promise<T>): Promise<T> {
    const kept = this.entries.get(key) as Promise<T> | undefined;
    if (kept) return kept;
    const reading = read();
    this.entries.set(key, reading);
    reading.catch(() => {
      if (this.entries.get(key) === reading) this.entries.delete(key);
    });
    return reading;
  }

  /** Forgets everything kept (a write this context knows of, before Dexie says so). */
  clear(): void {
    this.entries.clear();
  }
}
