/**
 * A small validator for message payloads: every message the background accepts is checked against one of these
 * before it is used. Errors name the field ("saveAnnotation.quote.exact: expected a string").
 */
export type Check<T> = (value: unknown, path: string) => T;

export class SchemaError extends Error {}

const fail = (path: string, what: string): never => {
  throw new SchemaError(`${path}: ${what}`);
};

export const str = (opts: { max?: number; min?: number } = {}): Check<string> => (v, path) => {
  if (typeof v !== 'string') return fail(path, 'expected a string');
  if (opts.min !== undefined && v.length < opts.min) return fail(path, `expected at least ${opts.min} characters`);
  if (opts.max !== undefined && v.length > opts.max) return fail(path, `expected at most ${opts.max} characters`);
  return v;
};

export const int = (opts: { min?: number; max?: number } = {}): Check<number> => (v, path) => {
  if (typeof v !== 'number' || !Number.isInteger(v)) return fail(path, 'expected a whole number');
  if (opts.min !== undefined && v < opts.min) return fail(path, `expected a number >= ${opts.min}`);
  if (opts.max !== undefined && v > opts.max) return fail(path, `expected a number <= ${opts.max}`);
  return v;
};

export const num = (opts: { min?: number; max?: number } = {}): Check<number> => (v, path) => {
  if (typeof v !== 'number' || !Number.isFinite(v)) return fail(path, 'expected a number');
  if (opts.min !== undefined && v < opts.min) return fail(path, `expected a number >= ${opts.min}`);
  if (opts.max !== undefined && v > opts.max) return fail(path, `expected a number <= ${opts.max}`);
  return v;
};

export const bool: Check<boolean> = (v, path) => (typeof v === 'boolean' ? v : fail(path, 'expected true or false'));

export const oneOf = <T extends string>(...values: T[]): Check<T> => (v, path) =>
  (values as unknown[]).includes(v) ? (v as T) : fail(path, `expected one of ${values.join(', ')}`);

export const nullable = <T>(check: Check<T>): Check<T | null> => (v, path) => (v === null ? null : check(v, path));

export const optional = <T>(check: Check<T>): Check<T | undefined> => (v, path) => (v === undefined ? undefined : check(v, path));

export const array = <T>(check: Check<T>, opts: { max?: number } = {}): Check<T[]> => (v, path) => {
  if (!Array.isArray(v)) return fail(path, 'expected a list');
  if (opts.max !== undefined && v.length > opts.max) return fail(path, `expected at most ${opts.max} items`);
  return v.map((item, i) => check(item, `${path}[${i}]`));
};

export const obj = <S extends Record<string, Check<unknown>>>(shape: S): Check<{ [K in keyof S]: ReturnType<S[K]> }> => (v, path) => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return fail(path, 'expected an object');
  const out: Record<string, unknown> = {};
  for (const [key, check] of Object.entries(shape)) out[key] = check((v as Record<string, unknown>)[key], `${path}.${key}`);
  for (const key of Object.keys(v)) if (!(key in shape)) fail(`${path}.${key}`, 'unexpected field');
  return out as { [K in keyof S]: ReturnType<S[K]> };
};
