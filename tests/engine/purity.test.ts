/**
 * The engine must stay pure: it is shared by the content script, the CLI and the benchmarks, so it may not reach for
 * the extension runtime, the database, the DOM or the page/messaging/ui layers (see STYLE.md, habit 1).
 * The check reads the TypeScript syntax tree, so comments and string contents never count.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { annotateText } from '../../src/engine/index';
import { seed } from '../../src/kb/seed/index';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ENGINE = join(ROOT, 'src', 'engine');
const FORBIDDEN_DIRS = ['page', 'messaging', 'ui'].map((d) => join(ROOT, 'src', d));
const BROWSER_GLOBALS = new Set(['document', 'window', 'browser', 'chrome', 'navigator']);

function tsFilesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...tsFilesUnder(path));
    else if (/\.ts$/.test(name)) out.push(path);
  }
  return out.sort();
}

function forbiddenModule(spec: string): boolean {
  return (
    spec === 'wxt' ||
    spec.startsWith('wxt/') ||
    spec === '#imports' ||
    spec === 'dexie' ||
    spec.startsWith('dexie/') ||
    spec === 'webextension-polyfill' ||
    spec.startsWith('@wxt-dev/')
  );
}

/** Absolute path an import points at, for relative imports and the WXT `@`/`~` aliases (srcDir is the project root). */
function resolveSpecifier(spec: string, fromFile: string, root: string): string | null {
  if (spec.startsWith('./') || spec.startsWith('../')) return resolve(dirname(fromFile), spec);
  const alias = /^(?:@@|~~|@|~)\/(.*)$/.exec(spec);
  if (alias) return resolve(root, alias[1]);
  return null;
}

function within(path: string, dir: string): boolean {
  return path === dir || path.startsWith(dir + sep);
}

/** The module specifiers a file imports or re-exports, statically or dynamically. */
function importSpecifiers(source: ts.SourceFile): string[] {
  const specs: string[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      specs.push(node.moduleSpecifier.text);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      const e = node.moduleReference.expression;
      if (ts.isStringLiteral(e)) specs.push(e.text);
    } else if (ts.isCallExpression(node) && node.arguments.length > 0 && ts.isStringLiteralLike(node.arguments[0])) {
      const isDynamicImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire = ts.isIdentifier(node.expression) && node.expression.text === 'require';
      if (isDynamicImport || isRequire) specs.push(node.arguments[0].text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      specs.push(node.argument.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return specs;
}

/** Names the file declares itself (a local `window` of tokens is not the browser's window). */
function localNames(source: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const visit = (node: ts.Node) => {
    if (
      (ts.isVariableDeclaration(node) || ts.isParameter(node) || ts.isFunctionDeclaration(node) || ts.isBindingElement(node)) &&
      node.name &&
      ts.isIdentifier(node.name)
    ) {
      names.add(node.name.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return names;
}

/** `document.x`, `window.x`, `globalThis.document` …: uses of a browser global, with their line numbers. */
function browserGlobalUses(source: ts.SourceFile): string[] {
  const local = localNames(source);
  const uses: string[] = [];
  const line = (n: ts.Node) => source.getLineAndCharacterOfPosition(n.getStart(source)).line + 1;
  const visit = (node: ts.Node) => {
    if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
      const target = node.expression;
      if (ts.isIdentifier(target) && BROWSER_GLOBALS.has(target.text) && !local.has(target.text)) {
        uses.push(`line ${line(node)}: ${node.getText(source)}`);
      }
      if (ts.isIdentifier(target) && (target.text === 'globalThis' || target.text === 'self')) {
        const name = ts.isPropertyAccessExpression(node)
          ? node.name.text
          : ts.isStringLiteralLike(node.argumentExpression)
            ? node.argumentExpression.text
            : '';
        if (BROWSER_GLOBALS.has(name)) uses.push(`line ${line(node)}: ${node.getText(source)}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return uses;
}

/** Everything wrong with one file's source text. */
function impurities(file: string, text: string, root = ROOT): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const problems: string[] = [];
  for (const spec of importSpecifiers(source)) {
    if (forbiddenModule(spec)) problems.push(`imports ${spec}`);
    const target = resolveSpecifier(spec, file, root);
    if (target && FORBIDDEN_DIRS.some((d) => within(target, d))) problems.push(`imports ${spec} (${relative(root, target)})`);
  }
  for (const use of browserGlobalUses(source)) problems.push(`uses a browser global, ${use}`);
  return problems;
}

/** Resolves a relative import to the .ts file it loads, or null when it is not a file in this repository. */
function resolveLocalFile(spec: string, fromFile: string): string | null {
  const base = resolveSpecifier(spec, fromFile, ROOT);
  if (!base) return null;
  for (const candidate of [base, `${base}.ts`, join(base, 'index.ts'), base.replace(/\.js$/, '.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile() && candidate.endsWith('.ts')) return candidate;
  }
  return null;
}

describe('the purity check itself', () => {
  const fake = join(ENGINE, 'fake.ts');
  it.each([
    ["import { defineContentScript } from 'wxt/sandbox';", 'wxt/…'],
    ["import { browser } from 'wxt/browser';", 'wxt/browser'],
    ["import { storage } from '#imports';", '#imports'],
    ["import Dexie from 'dexie';", 'dexie'],
    ["import type { Table } from 'dexie';", 'a type-only dexie import'],
    ["import browser from 'webextension-polyfill';", 'webextension-polyfill'],
    ["import '@wxt-dev/webextension-polyfill';", '@wxt-dev/…'],
    ["export { paint } from '../page/highlight';", 'a re-export from src/page'],
    ["import { send } from '../messaging/protocol';", 'src/messaging'],
    ["const ui = await import('../ui/card');", 'a dynamic import of src/ui'],
    ["import { card } from '@/src/ui/card';", 'the @ alias to src/ui'],
    ['const t = document.title;', 'document.'],
    ['window.addEventListener("x", f);', 'window.'],
    ['browser.runtime.sendMessage({});', 'browser.'],
    ['chrome.storage.local.get();', 'chrome.'],
    ['const lang = navigator.language;', 'navigator.'],
    ['const d = globalThis.document;', 'globalThis.document'],
  ])('flags %s (%s)', (code) => {
    expect(impurities(fake, code)).not.toEqual([]);
  });

  it.each([
    ["import { tokenize } from './tokens';", 'a sibling import'],
    ["import type { Lever } from '../kb/types';", 'the kb types'],
    ["import nlp from 'compromise';", 'a pure library'],
    ['// document.title is read by the page layer\nconst a = 1;', 'a line comment'],
    ['/* window.getSelection() and browser.runtime */ const a = 1;', 'a block comment'],
    ["const s = 'see document.body';", 'a string'],
    ['const window = [1, 2]; const n = window.length;', 'a local called window'],
    ['const o = { document: 1 }; const n = o.document;', 'a property called document'],
  ])('accepts %s (%s)', (code) => {
    expect(impurities(fake, code)).toEqual([]);
  });
});

describe('src/engine purity', () => {
  const files = tsFilesUnder(ENGINE);

  it('finds the engine sources', () => {
    expect(files.map((f) => relative(ENGINE, f))).toContain('index.ts');
    expect(files.length).toBeGreaterThan(1);
  });

  it.each(files.map((f) => [relative(ROOT, f), f]))('%s imports nothing from the browser, Dexie or the DOM layers', (_name, file) => {
    expect(impurities(file, readFileSync(file, 'utf8'))).toEqual([]);
  });

  it('reaches only pure files through its relative imports', () => {
    const seen = new Set<string>();
    const queue = [...files];
    const problems: string[] = [];
    while (queue.length > 0) {
      const file = queue.shift()!;
      if (seen.has(file)) continue;
      seen.add(file);
      const text = readFileSync(file, 'utf8');
      for (const p of impurities(file, text)) problems.push(`${relative(ROOT, file)}: ${p}`);
      const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
      for (const spec of importSpecifiers(source)) {
        const next = resolveLocalFile(spec, file);
        if (next && !seen.has(next)) queue.push(next);
      }
    }
    // The walk must actually leave src/engine (index.ts imports the seed verbs), or it proves nothing.
    expect([...seen].some((f) => !within(f, ENGINE))).toBe(true);
    expect(problems).toEqual([]);
  });
});

describe('the engine in plain Node', () => {
  it('runs without a DOM', () => {
    expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined');
    expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
  });

  it('annotates a sentence with the seed knowledge base', () => {
    const text = 'Beijing imposed export controls on gallium.';
    const { mentions, tally } = annotateText(text, seed);
    expect(mentions.length).toBeGreaterThanOrEqual(1);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(mentions.map((m) => m.lever)).toContain('gallium-germanium');
    expect(tally.total).toBe(mentions.length);
  });
});

/**
 * The layers above the engine: data flows one way (STYLE.md), so each layer may import only those below it. The
 * bottom layer (src/types) imports nothing of ours; the schemas only the types; the knowledge base neither the page,
 * the messages, the views nor the background; the background not the page or the views.
 */
const SRC = join(ROOT, 'src');
const SRC_DIRS = readdirSync(SRC).filter((d) => statSync(join(SRC, d)).isDirectory());
const LAYERS: { layer: string; mayNotImport: string[] }[] = [
  { layer: 'types', mayNotImport: SRC_DIRS.filter((d) => d !== 'types') },
  { layer: 'schemas', mayNotImport: SRC_DIRS.filter((d) => d !== 'types' && d !== 'schemas') },
  { layer: 'kb', mayNotImport: ['page', 'messaging', 'ui', 'background', 'cli'] },
  { layer: 'background', mayNotImport: ['page', 'ui', 'cli'] },
  { layer: 'engine', mayNotImport: ['page', 'messaging', 'ui', 'background', 'kb/db.ts', 'schemas', 'cli'] },
];

/** The imports of a file that reach into a directory it may not import from. */
function layerViolations(file: string, text: string, mayNotImport: string[]): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const bad: string[] = [];
  for (const spec of importSpecifiers(source)) {
    const target = resolveSpecifier(spec, file, ROOT);
    if (!target) continue;
    const hit = mayNotImport.find((d) => within(target, join(SRC, d)) || within(`${target}.ts`, join(SRC, d)));
    if (hit) bad.push(`imports ${spec} (src/${hit})`);
  }
  return bad;
}

describe('the layer check itself', () => {
  it('flags an import into a forbidden layer and accepts one below', () => {
    const kbFile = join(SRC, 'kb', 'fake.ts');
    expect(layerViolations(kbFile, "import { send } from '../messaging/client';", ['messaging'])).toEqual(['imports ../messaging/client (src/messaging)']);
    expect(layerViolations(kbFile, "import type { Annotation } from '../page/controller';", ['page'])).not.toEqual([]);
    expect(layerViolations(kbFile, "import { siteOf } from '../types/url';", ['page', 'messaging'])).toEqual([]);
    expect(layerViolations(join(SRC, 'types', 'fake.ts'), "import { NO_SIDE_KEY } from '../kb/annotation-index';", ['kb'])).not.toEqual([]);
  });
});

describe('layers', () => {
  it.each(LAYERS.map((l) => [l.layer, l.mayNotImport.join(', '), l] as const))('src/%s imports nothing from %s', (_layer, _dirs, { layer, mayNotImport }) => {
    const files = tsFilesUnder(join(SRC, layer));
    expect(files.length).toBeGreaterThan(0);
    const problems = files.flatMap((f) => layerViolations(f, readFileSync(f, 'utf8'), mayNotImport).map((p) => `${relative(ROOT, f)}: ${p}`));
    expect(problems).toEqual([]);
  });
});
