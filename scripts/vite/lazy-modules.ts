/**
 * Vite plugin for the background's build: `import { load } from 'lazy:<module>'` gives a function that evaluates
 * <module> (bundled with its dependencies) the first time it is called and returns its namespace. A service worker
 * cannot import() on demand; with this, code that is rarely needed is parsed when the worker starts but not run.
 * Code a lazy module shares with the rest of the worker is bundled into it again (it has its own copy, and its own
 * module state), so lazy modules should depend on little besides their own libraries.
 */
import { dirname } from 'node:path';
import { build } from 'esbuild';
import type { Plugin } from 'vite';

const PREFIX = 'lazy:';
const RESOLVED = '\0lazy:';
/** Global name of the namespace inside the bundle; local to the wrapping function. */
const NAMESPACE = '__lazyModule';

export function lazyModules(): Plugin {
  return {
    name: 'pressure-points:lazy-modules',
    enforce: 'pre',
    resolveId(id, importer) {
      if (!id.startsWith(PREFIX)) return null;
      const spec = id.slice(PREFIX.length);
      // Relative specifiers are resolved by esbuild from the importer's folder; packages from node_modules.
      return `${RESOLVED}${JSON.stringify({ spec, dir: importer ? dirname(importer) : process.cwd() })}`;
    },
    async load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      const { spec, dir } = JSON.parse(id.slice(RESOLVED.length)) as { spec: string; dir: string };
      const result = await build({
        stdin: { contents: `export * from ${JSON.stringify(spec)};\nimport * as m from ${JSON.stringify(spec)};\nexport default (m as { default?: unknown }).default;`, resolveDir: dir, loader: 'ts', sourcefile: `lazy-${spec}.ts` },
        bundle: true,
        write: false,
        format: 'iife',
        globalName: NAMESPACE,
        platform: 'browser',
        target: 'es2022',
        minify: true,
        legalComments: 'none',
        define: { 'process.env.NODE_ENV': '"production"' },
        logLevel: 'silent',
      });
      for (const file of result.outputFiles ?? []) this.addWatchFile?.(file.path);
      const code = result.outputFiles[0].text;
      return `let loaded;\nexport function load() {\n  if (!loaded) loaded = (function () {\n${code}\nreturn ${NAMESPACE};\n  })();\n  return loaded;\n}\n`;
    },
  };
}
