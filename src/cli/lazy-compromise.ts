/**
 * Stands in for `compromise` in the command-line bundle (scripts/build-cli.ts points every import of it here).
 * compromise builds its tagger's model when it is loaded, which takes about half a second; the engine needs the
 * tagger only for the few sentences its own rules cannot decide, and the CLI ships a lexicon compiled at build time,
 * so many runs never need it. By default this loads the real library the first time anything is asked of it and
 * behaves exactly like it from then on.
 *
 * Two more modes serve tagger.ts: `record` answers `nlp(text).json(options)` with nothing and passes the question
 * on (a first, throw-away reading of a document that only collects questions), and `remote` answers it from the
 * tagger thread. Anything else asked of compromise in those modes is answered by the real library, here.
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

/** Whether compromise has been loaded in this thread. */
export function compromiseLoaded(): boolean {
  return real !== undefined;
}

export interface JsonSource {
  json(text: string, options: unknown): unknown;
}

type Mode = { kind: 'local' } | { kind: 'record'; ask: (text: string, options: unknown) => void } | { kind: 'remote'; source: JsonSource };

let mode: Mode = { kind: 'local' };
/** Calls to nlp() since the last takeCalls(). */
let calls = 0;

export function setMode(next: Mode): void {
  mode = next;
}

/** How many documents were made since the last call: 0 means compromise played no part in what was computed. */
export function takeCalls(): number {
  const n = calls;
  calls = 0;
  return n;
}

function documentFor(text: string, rest: unknown[]): unknown {
  calls++;
  const current = mode;
  if (current.kind === 'local' || rest.length > 0) return Reflect.apply(load(), undefined, [text, ...rest]);
  let doc: object | undefined;
  const local = () => (doc ??= load()(text));
  return new Proxy(
    {},
    {
      get(_target, key) {
        if (key === 'json') {
          return (options?: unknown) => {
            if (current.kind === 'record') {
              current.ask(text, options);
              return [];
            }
            return current.source.json(text, options);
          };
        }
        const value = Reflect.get(local(), key);
        return typeof value === 'function' ? value.bind(local()) : value;
      },
    },
  );
}

const lazy = new Proxy(function lazyNlp() {} as unknown as Nlp, {
  apply(_target, _thisArg, args: unknown[]) {
    if (typeof args[0] === 'string') return documentFor(args[0], args.slice(1));
    calls++;
    return Reflect.apply(load(), undefined, args);
  },
  get: (_target, key) => Reflect.get(load(), key),
  has: (_target, key) => Reflect.has(load(), key),
});

export default lazy;
