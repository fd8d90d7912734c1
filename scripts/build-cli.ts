/**
 * `npm run build:cli`: compiles the command line to dist/cli, so `pressure-points` starts with plain Node.
 *
 * - main.mjs, worker.mjs (+ shared chunks): src/cli bundled by esbuild. HTML parsing and glob matching are separate
 *   chunks loaded only when an input needs them.
 * - compromise.cjs: compromise, which the engine imports (for inflections when it compiles a lexicon, and its tagger).
 *   Loading it builds its tagger's model (about half a second), so the bundle gets a stand-in
 *   (src/cli/lazy-compromise.ts) that loads it only if something asks for it.
 * - lexicon.json: the seed knowledge base compiled to lexicon data (what the extension's background stores), so a run
 *   loads maps instead of inflecting every alias and verb.
 */
import { build, type Plugin } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { buildLexiconData, verbLexicon } from '../src/engine/index';
import { seed } from '../src/kb/seed/index';
import { LEXICON_FILE } from '../src/cli/lexicon';

export const ROOT = resolve(import.meta.dirname, '..');
export const CLI_DIR = join(ROOT, 'dist', 'cli');
const LAZY_COMPROMISE = join(ROOT, 'src', 'cli', 'lazy-compromise.ts');

/** Every `import nlp from 'compromise'` in the bundle gets the lazy stand-in. */
const lazyCompromise: Plugin = {
  name: 'pressure-points:lazy-compromise',
  setup(b) {
    b.onResolve({ filter: /^compromise$/ }, (args) => (args.importer === LAZY_COMPROMISE ? undefined : { path: LAZY_COMPROMISE }));
  },
};

export async function buildCli(options: { quiet?: boolean } = {}): Promise<void> {
  const started = performance.now();
  // Built beside the old one and swapped in at the end, so a run that is starting never sees half a build.
  const out = `${CLI_DIR}.building-${process.pid}`;
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });

  const { metafile } = await build({
    absWorkingDir: ROOT,
    metafile: true,
    entryPoints: { main: 'src/cli/main.ts', worker: 'src/cli/worker.ts' },
    outdir: out,
    outExtension: { '.js': '.mjs' },
    // Flat, so every chunk finds compromise.cjs and lexicon.json next to itself.
    chunkNames: '[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minifySyntax: true,
    minifyWhitespace: true,
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [lazyCompromise],
    // Bundled CommonJS code (linkedom's dependencies) calls require() for Node's built-in modules.
    banner: { js: "import { createRequire as __ppCreateRequire } from 'node:module'; const require = __ppCreateRequire(import.meta.url);" },
  });

  // compromise's ES sources (those the extension bundles), as one CommonJS file the stand-in can require().
  await build({
    absWorkingDir: ROOT,
    stdin: { contents: "export { default } from 'compromise';", resolveDir: ROOT, sourcefile: 'compromise-entry.js' },
    outfile: join(out, 'compromise.cjs'),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    minifySyntax: true,
    minifyWhitespace: true,
    legalComments: 'none',
    logLevel: 'warning',
  });

  writeFileSync(join(out, LEXICON_FILE), JSON.stringify(buildLexiconData(seed, verbLexicon)));
  // What each output holds and imports: tests/cli/bin.test.ts checks from it that start-up loads no heavy module.
  writeFileSync(join(out, 'meta.json'), JSON.stringify(metafile));

  const old = `${CLI_DIR}.old-${process.pid}`;
  try {
    if (existsSync(CLI_DIR)) renameSync(CLI_DIR, old);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err; // another build moved it away first
  }
  try {
    renameSync(out, CLI_DIR);
  } catch (err) {
    // Another build landed in between: keep that one.
    if (!['ENOTEMPTY', 'EEXIST'].includes((err as NodeJS.ErrnoException).code ?? '')) throw err;
    rmSync(out, { recursive: true, force: true });
  }
  rmSync(old, { recursive: true, force: true });

  if (!options.quiet) {
    const size = readdirSync(CLI_DIR, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .reduce((n, e) => n + statSync(join(e.parentPath, e.name)).size, 0);
    console.log(`build:cli: ${relative(ROOT, CLI_DIR)} (${(size / 1024).toFixed(0)} KB) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  buildCli().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
