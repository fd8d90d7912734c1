/**
 * Valibot's issues as the extension reports them: one `{field, message}` per problem, the field written as a path
 * (`facts.2.url`, `levers[3].id`) and the message in plain words, never valibot's own wording alone.
 */
import * as v from 'valibot';

/** One problem with one field. `field` is the property path: `aliases`, `facts.2.url`, `color`; '' for the value. */
export interface FieldError {
  field: string;
  message: string;
}

type AnySchema = v.GenericSchema;

/** The path of an issue: dotted (`facts.2.url`), or with brackets for list items (`facts[2].url`) when asked. */
export function issuePath(issue: v.BaseIssue<unknown>, brackets = false): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = item.key;
    if (typeof key === 'number') out += brackets ? `[${key}]` : out ? `.${key}` : String(key);
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** Every problem valibot found, as field errors (the deepest issue of each, with its own message). */
export function fieldErrors(issues: readonly v.BaseIssue<unknown>[], options: { prefix?: string; brackets?: boolean } = {}): FieldError[] {
  const out: FieldError[] = [];
  const prefix = options.prefix ?? '';
  for (const issue of issues) {
    const path = issuePath(issue, options.brackets);
    const field = prefix && path ? `${prefix}${path.startsWith('[') ? '' : '.'}${path}` : prefix || path;
    // A field that is not there at all: valibot says "Invalid key: Expected "exact" but received undefined".
    const absent = issue.received === 'undefined' && issue.expected?.startsWith('"') && /object/.test(issue.type);
    out.push({ field, message: absent ? 'missing' : issue.message });
  }
  return out;
}

/** Checks a value against a schema: its output, or every problem as field errors. */
export function validate<S extends AnySchema>(schema: S, value: unknown, options: { prefix?: string; brackets?: boolean } = {}): { ok: true; value: v.InferOutput<S> } | { ok: false; errors: FieldError[] } {
  const result = v.safeParse(schema, value);
  return result.success ? { ok: true, value: result.output } : { ok: false, errors: fieldErrors(result.issues, options) };
}

/** A value refused by a schema; the message names each field. */
export class SchemaError extends Error {
  constructor(readonly errors: FieldError[]) {
    super(errors.map((e) => (e.field ? `${e.field}: ${e.message}` : e.message)).join('; '));
    this.name = 'SchemaError';
  }
}

/** The schema's output, or a SchemaError naming every field that is wrong. */
export function parseOrThrow<S extends AnySchema>(schema: S, value: unknown, prefix = ''): v.InferOutput<S> {
  const result = validate(schema, value, { prefix });
  if (!result.ok) throw new SchemaError(result.errors);
  return result.value;
}

/** A short, safe rendering of a value for messages (long text cut, objects named). */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.length > 40 ? `"${value.slice(0, 40)}…"` : JSON.stringify(value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}
