/**
 * Reads kept in memory, and read again soon after a table they read changes. The background answers the popup (and the
 * timeline's first chart) from kept counters that change only when something is written; reading them again for every
 * opening costs a transaction and its round trips, which on a busy machine is most of the popup's wait. A reader opens
 * the popup seconds after the article they read was logged: by then the counters have been read again.
 *
 * A change is known from Dexie's `storagemutated` event: Dexie fires it when any of its write transactions commits in
 * this context, and posts it on a BroadcastChannel that every other context of the origin running Dexie receives (the
 * dashboard's page and its bulk worker included), so a write made anywhere empties what is kept here. A read in flight
 * when a change arrives is not kept (the next caller reads again). Every write of the extension goes through Dexie.
 * The reads last kept are made again `refreshMs` after the last change of a run of changes (a bulk delete is hundreds).
 */
import Dexie from 'dexie';

type Parts = Record<string, unknown>;

/** Reads made again after a change: the most recently asked. */
const MAX_READS = 8;

export interface KeptReadsOptions {
  /** How changes are heard of (Dexie's storagemutated event by default). */
  subscribe?: (listener: (parts: Parts) => void) => void;
  /** Quiet time after a change before the reads last kept are made again; null: not made again until asked. */
  refreshMs?: number | null;
}

export class KeptReads {
  private readonly entries = new Map<string, Promise<unknown>>();
  /** The reads last asked for and the tables each reads, to forget and make again after a change. */
  private readonly reads = new Map<string, { tables: string[]; read: () => Promise<unknown> }>();
  private readonly refreshMs: number | null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly dbName: string,
    options: KeptReadsOptions = {},
  ) {
    this.refreshMs = options.refreshMs === undefined ? 300 : options.refreshMs;
    const subscribe = options.subscribe ?? ((l) => Dexie.on('storagemutated', l));
    subscribe((parts) => this.changed(parts));
  }

  /** A change names tables (`idb://<db>/<table>/<index>`), or none at all ("all"): then every read is touched. */
  private touches(parts: Parts, tables: string[]): boolean {
    return Object.keys(parts).some((key) => !key.startsWith('idb://') || tables.some((t) => key.startsWith(`idb://${this.dbName}/${t}/`)));
  }

  private changed(parts: Parts): void {
    let touched = false;
    for (const [key, { tables }] of this.reads) {
      if (!this.touches(parts, tables)) continue;
      this.entries.delete(key);
      touched = true;
    }
    if (!touched || this.refreshMs === null) return;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      for (const [key, { tables, read }] of this.reads) if (!this.entries.has(key)) void this.get(key, tables, read).catch(() => undefined);
    }, this.refreshMs);
  }

  /**
   * The kept result of `read` under `key`, or a fresh read (kept unless it fails or a change to one of `tables` comes
   * first).
   */
  get<T>(key: string, tables: string[], read: () => Promise<T>): Promise<T> {
    this.reads.delete(key);
    this.reads.set(key, { tables, read });
    // The popup's keys name the week: the reads of past weeks are not made again.
    if (this.reads.size > MAX_READS) this.reads.delete(this.reads.keys().next().value!);
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
