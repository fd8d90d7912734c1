/**
 * Stands in for `compromise` in the command-line bundle. compromise builds its tagger's model when it is loaded,
 * which takes about half a second; the engine needs the tagger only for the few sentences its own rules cannot
 * decide, and the CLI ships a lexicon compiled at build time, so many runs never need it. This module loads the real
 * library synchronously the first time anything is asked of it, and behaves exactly like it from then on.
 */
import { createRequire } from 'node:module';

type Nlp = typeof import('compromise').default;

let real: Nlp | undefined;

/** Built next to the CLI bundle by scripts/build-cli.ts (compromise's own sources, bundled to one CommonJS file). */
export const COMPROMISE_FILE = './compromise.cjs';

function load(): Nlp {
  if (!real) {
    const loaded = createRequire(import.meta.url)(COMPROMISE_FILE) as Nlp | { default: Nlp };
    real = 'default' in loaded && typeof loaded.default === 'function' ? loaded.default : (loaded as Nlp);
  }
  return real;
}

/** Whether the tagger has been loaded in this thread (for the benchmark's report). */
export function compromiseLoaded(): boolean {
  return real !== undefined;
}

const lazy = new Proxy(function lazyNlp() {} as unknown as Nlp, {
  apply: (_target, thisArg, args) => Reflect.apply(load(), thisArg, args),
  get: (_target, key) => Reflect.get(load(), key),
  has: (_target, key) => Reflect.has(load(), key),
});

export default lazy;
