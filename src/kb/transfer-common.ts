/**
 * What the exports and imports of annotations, the knowledge base and the reading log share: the generator stamp,
 * chunking and progress, CSV cells, and the validation of imported records (typed field reads that collect problems
 * naming the record and the field, instead of stopping at the first).
 */
import { version as appVersion } from '../../package.json';

export { csvCell } from './csv';

export const GENERATOR = { type: 'Software', name: 'Pressure Points', version: appVersion } as const;

/** Records per chunk of work between progress calls. */
export const CHUNK = 2000;
const MAX_ISSUES = 50;

export type ProgressCallback = (done: number, total: number) => void;

/** One problem in an import file. `record` is the index of the record in the file (its list), null for the file. */
export interface ImportIssue {
  record: number | null;
  field: string;
  message: string;
}

export interface ImportPlan {
  kind: 'annotations' | 'knowledge-base' | 'reading-log';
  add: number;
  update: number;
  skip: number;
  /** Up to 50 problems, then one line counting the rest. Any problem refuses the whole file. */
  issues: ImportIssue[];
  /** Opaque: the validated records, for applyImport. */
  items: unknown[];
}

export class IssueList {
  list: ImportIssue[] = [];
  count = 0;
  add(record: number | null, field: string, message: string): void {
    this.count++;
    if (this.list.length < MAX_ISSUES) this.list.push({ record, field, message });
  }
  final(): ImportIssue[] {
    if (this.count <= this.list.length) return this.list;
    const rest = this.count - this.list.length;
    return [...this.list, { record: null, field: '', message: `…and ${rest} more problem${rest === 1 ? '' : 's'} not listed.` }];
  }
}

export type Json = Record<string, unknown>;
export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return v.length > 40 ? `"${v.slice(0, 40)}…"` : JSON.stringify(v);
  if (typeof v === 'object') return 'an object';
  return String(v);
}

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Typed reads of one record's fields; each failure adds an issue naming the record and the field. */
export function fieldsOf(issues: IssueList, record: number | null) {
  const bad = (field: string, message: string): undefined => {
    issues.add(record, field, message);
    return undefined;
  };
  const present = (v: unknown, field: string, optional: boolean): boolean => {
    if (v !== undefined && v !== null) return true;
    if (!optional) bad(field, 'missing');
    return false;
  };
  const r = {
    bad,
    string(v: unknown, field: string, opts: { optional?: boolean; nonEmpty?: boolean } = {}): string | undefined {
      if (!present(v, field, Boolean(opts.optional))) return undefined;
      if (typeof v !== 'string') return bad(field, `expected text, found ${describeValue(v)}`);
      if (opts.nonEmpty && v.trim() === '') return bad(field, 'empty');
      return v;
    },
    int(v: unknown, field: string, opts: { optional?: boolean } = {}): number | undefined {
      if (!present(v, field, Boolean(opts.optional))) return undefined;
      if (typeof v !== 'number' || !Number.isInteger(v)) return bad(field, `expected a whole number, found ${describeValue(v)}`);
      if (v < 0) return bad(field, `expected a number >= 0, found ${v}`);
      return v;
    },
    bool(v: unknown, field: string, opts: { optional?: boolean } = {}): boolean | undefined {
      if (!present(v, field, Boolean(opts.optional))) return undefined;
      return typeof v === 'boolean' ? v : bad(field, `expected true or false, found ${describeValue(v)}`);
    },
    oneOf<T extends string>(v: unknown, field: string, values: readonly T[], opts: { optional?: boolean } = {}): T | undefined {
      if (!present(v, field, Boolean(opts.optional))) return undefined;
      return (values as readonly unknown[]).includes(v) ? (v as T) : bad(field, `expected one of ${values.join(', ')}, found ${describeValue(v)}`);
    },
    /** An ISO 8601 date and time, as epoch ms. */
    date(v: unknown, field: string): number | undefined {
      const s = r.string(v, field);
      if (s === undefined) return undefined;
      const t = ISO_DATE.test(s) ? Date.parse(s) : NaN;
      return Number.isFinite(t) ? t : bad(field, `expected an ISO date and time like 2025-04-04T09:30:00.000Z, found ${describeValue(s)}`);
    },
    webUrl(v: unknown, field: string): string | undefined {
      const s = r.string(v, field, { nonEmpty: true });
      if (s === undefined) return undefined;
      let url: URL | null = null;
      try {
        url = new URL(s);
      } catch {
        url = null;
      }
      return url && (url.protocol === 'http:' || url.protocol === 'https:') ? s : bad(field, `expected an http(s) address, found ${describeValue(s)}`);
    },
    strings(v: unknown, field: string, opts: { optional?: boolean } = {}): string[] | undefined {
      if (!present(v, field, Boolean(opts.optional))) return undefined;
      if (!Array.isArray(v)) return bad(field, `expected a list of text, found ${describeValue(v)}`);
      const before = issues.count;
      const out = v.map((item, i) => r.string(item, `${field}[${i}]`, { nonEmpty: true }) ?? '');
      return issues.count === before ? out : undefined;
    },
  };
  return r;
}

/**
 * Lets the page paint between chunks of validation, which is pure computation (an empty database needs no lookups
 * to yield on). Never inside a transaction: a timer there would let it commit.
 */
export const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function refused(kind: ImportPlan['kind'], issues: ImportIssue[]): ImportPlan {
  return { kind, add: 0, update: 0, skip: 0, issues, items: [] };
}

