/**
 * What the exports and imports of annotations, the knowledge base and the reading log share: the generator stamp,
 * chunking and progress, CSV cells, and the list of problems found in a file (records are checked by the shared
 * schemas of src/schemas).
 */
import { version as appVersion } from '../../../package.json';

export { csvCell } from '../csv';

export const GENERATOR = { type: 'Software', name: 'Pressure Points', version: appVersion } as const;

/** The most records one import file may hold: far more than a real export (100,000 annotations take 120 MB). */
export const MAX_RECORDS = 1_000_000;

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

export { describeValue } from '../../schemas/issues';

export type Json = Record<string, unknown>;
export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Lets the page paint between chunks of validation, which is pure computation (an empty database needs no lookups
 * to yield on). Never inside a transaction: a timer there would let it commit.
 */
export const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function refused(kind: ImportPlan['kind'], issues: ImportIssue[]): ImportPlan {
  return { kind, add: 0, update: 0, skip: 0, issues, items: [] };
}

