/**
 * What a failed database write means to the reader. IndexedDB refuses a write when the disk (or the browser's share
 * of it) is full, and can fail outright (a corrupt profile, a database closed under the extension). A transaction that
 * fails changes nothing, so what was saved before is always kept; the message says so, and what to do.
 */

const QUOTA = /quota/i;
const BROKEN = new Set(['UnknownError', 'InvalidStateError', 'AbortError', 'DatabaseClosedError', 'OpenFailedError', 'DataError', 'VersionError', 'ReadOnlyError', 'TransactionInactiveError']);

function namesOf(err: unknown): string[] {
  const names: string[] = [];
  for (let e = err as { name?: unknown; inner?: unknown; message?: unknown } | undefined, depth = 0; e && depth < 4; e = e.inner as typeof e, depth++) {
    if (typeof e.name === 'string') names.push(e.name);
    if (typeof e.message === 'string' && QUOTA.test(e.message)) names.push('QuotaExceededError');
  }
  return names;
}

/** The error to show for a failed write of `what` ("the annotation"): a plain message for storage faults, else `err`. */
export function storageError(err: unknown, what: string): Error {
  const names = namesOf(err);
  if (names.some((n) => QUOTA.test(n))) {
    return new Error(`The browser has no room left for the extension's data, so ${what} was not saved. Free some disk space, or delete old annotations or reading history, and try again; everything saved before is kept.`);
  }
  if (names.some((n) => BROKEN.has(n))) {
    return new Error(`The extension's database could not write ${what} (${names.find((n) => BROKEN.has(n))}); nothing was changed and everything saved before is kept. Try again; if it keeps failing, restart the browser.`);
  }
  return err instanceof Error ? err : new Error(String(err));
}
