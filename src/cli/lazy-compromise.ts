/**
 * Stands in for `compromise` in the command-line bundle (scripts/build-cli.ts points every import of it here).
 * compromise builds its tagger's model when it is loaded, which takes about half a second. The CLI ships a lexicon
 * compiled at build time, which is what the engine needs compromise's inflections for, so most runs never need it; this
 * loads the real library the first time anything is asked of it, and behaves exactly like it from then on.
 */
import { createRequire } from 'node:module';

type Nlp = typeof import('compromise').default;

/** Built next to the CLI bundle by scripts/build-cli.ts (compromise's own sources, bundled to one CommonJS file). */
export const COMPROMISE_FILE = './compromise.cjs';

let real: Nlp | undefined;

function load(): Nlp {
  if (!real) {
    const loaded = createRequire(import.meta.url)(COMPROMISE_FILE) as Nlp | { default: Nlp };
    real = 'default' in loaded && typeof loaded.default === 'function' ? loaded.default : (loaded as Nlp);
  }
  return real;
}

const lazy = new Proxy(function lazyNlp() {} as unknown as Nlp, {
  apply: (_target, thisArg, args) => Reflect.apply(load(), thisArg, args),
  get: (_target, key) => Reflect.get(load(), key),
  has: (_target, key) => Reflect.has(load(), key),
});

export default lazy;
