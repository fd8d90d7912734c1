/**
 * How the views write numbers, dates and failures: counts with separators, "3 articles", days and weeks, shortened
 * text, and the sentence a failed database call is reported with.
 */

const numberFormat = new Intl.NumberFormat('en-GB');
export function formatCount(n: number): string {
  return numberFormat.format(n);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

// Made once: toLocaleDateString builds a formatter on every call, which shows on a timeline of a few hundred weeks.
const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const weekFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const weekYearFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** 12 May 2025, in the reader's time zone. */
export function formatDate(time: number): string {
  return dateFormat.format(time);
}

/** A week's Monday (YYYY-MM-DD, UTC) as "12 May" or "12 May 2025". */
export function formatWeek(week: string, withYear = false): string {
  const [y, m, d] = week.split('-').map(Number);
  return (withYear ? weekYearFormat : weekFormat).format(Date.UTC(y, m - 1, d));
}

/** Today as YYYY-MM-DD in the reader's time zone, for file names. */
export function todayStamp(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Shortens text to `max` characters with an ellipsis at the cut end. */
export function clip(text: string, max: number, from: 'start' | 'end' = 'end'): string {
  const t = text.replace(/\s+/g, ' ');
  if (t.length <= max) return t;
  return from === 'end' ? `${t.slice(0, max - 1).trimEnd()}\u2026` : `\u2026${t.slice(t.length - max + 1).trimStart()}`;
}

const STORAGE_FAILURES = new Set(['OpenFailedError', 'DatabaseClosedError', 'InvalidStateError', 'UnknownError', 'VersionError', 'MissingAPIError', 'InvalidAccessError']);

function errorName(err: unknown): string {
  const e = err as { name?: string; inner?: { name?: string } } | null;
  if (e?.inner?.name === 'QuotaExceededError') return 'QuotaExceededError';
  return e?.name ?? '';
}

/**
 * The sentence shown when `doing` failed. Quota and IndexedDB failures say plainly that what was saved is safe:
 * every write runs in one transaction, so a failed write leaves the database as it was.
 */
export function describeError(doing: string, err: unknown): string {
  const name = errorName(err);
  const message = err instanceof Error ? err.message : String(err);
  if (name === 'QuotaExceededError') {
    return `${doing} failed: the browser has no storage space left for Pressure Points. Nothing was changed and nothing already saved was lost. Free some disk space, then try again.`;
  }
  if (STORAGE_FAILURES.has(name)) {
    return `${doing} failed: the browser's database (IndexedDB) is not available (${message}). Nothing already saved was lost. Reload the page to try again.`;
  }
  return `${doing} failed: ${message} Nothing was changed.`.replace(/([^.!?])( Nothing was changed\.)$/, '$1.$2');
}
