/**
 * What the page benchmark puts into a page that has no extension, each piece as a script with a name of its own
 * (a `//# sourceURL`), so that CPU profile samples tell them apart:
 * - pp-bench/finder.js: the project's own article finder, so that the floor and mark.js work on the element the
 *   content script would read (<body> where it finds none). Its time counts for nobody: the baselines get the article
 *   for free, while the content script pays for finding it.
 * - pp-bench/floor.js: the floor. One case-insensitive regular expression of the fixed term list
 *   (scripts/bench/floor-terms.txt) over the root's text nodes, every match painted into one CSS Highlight.
 * - pp-bench/mark.js: mark.js, and a call of its fastest use, `markRegExp`, with the same expression.
 * Handed to the page as script text, not as functions: functions compiled by tsx carry helper calls that do not exist
 * in the page.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import ts from 'typescript';
import { ROOT } from './chromium';

export const FINDER_URL = 'pp-bench/finder.js';
export const FLOOR_URL = 'pp-bench/floor.js';
export const MARK_URL = 'pp-bench/mark.js';

export interface PageInfo {
  /** The article finder found an article; otherwise the baselines run over <body>. */
  hasRoot: boolean;
  /** Words in the article text the content script reads; without an article, in the text of <body>. */
  words: number;
}

/** The fixed term list of the floor and mark.js. */
export function floorTerms(): string[] {
  return readFileSync(join(ROOT, 'scripts', 'bench', 'floor-terms.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

/** The regular expression source both baselines build from the terms: whole words, longest first, any spaces. */
function expressionSource(terms: string[]): string {
  return `const TERMS = ${JSON.stringify(terms)};
  const expression = () => new RegExp('\\\\b(?:' + [...TERMS].sort((a, b) => b.length - a.length)
    .map((t) => t.replace(/[.*+?^\${}()|[\\]\\\\]/g, '\\\\$&').replace(/ /g, '\\\\s+')).join('|') + ')\\\\b', 'gi');`;
}

/** src/page/article.ts as plain script text (its exports as local functions). */
function articleSource(): string {
  const source = readFileSync(join(ROOT, 'src', 'page', 'article.ts'), 'utf8');
  if (/^import\s/m.test(source)) throw new Error('src/page/article.ts now imports other modules: bundle it instead of transpiling it alone.');
  return ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText.replace(/^export\s+/gm, '');
}

/** An expression, for page.evaluate, that is true when the project's finder sees an article; it leaves no trace. */
export function hasArticleExpression(): string {
  return `(() => {\n${articleSource()}\nreturn findArticleRoot(document) !== null;\n})()`;
}

/** Defines `window.__ppBenchRoot()` (the root the others work on) and `window.__ppBenchInfo()`. */
export function finderScript(): string {
  return `(() => {
${articleSource()}
  let root;
  window.__ppBenchRoot = () => (root ??= findArticleRoot(document) || document.body);
  window.__ppBenchInfo = () => {
    const found = findArticleRoot(document);
    const text = found ? extractText(found).text : document.body.textContent || '';
    return { hasRoot: Boolean(found), words: text.split(/\\s+/).filter(Boolean).length };
  };
})();
//# sourceURL=${FINDER_URL}`;
}

/** Defines `window.__ppFloor()`: paints the root's matches as the Highlight "pp-floor"; returns the match count. */
export function floorScript(terms: string[]): string {
  return `(() => {
  ${expressionSource(terms)}
  const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'TITLE', 'TEMPLATE']);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('::highlight(pp-floor){background-color:rgb(250 204 21 / 0.4);}');
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  window.__ppFloor = () => {
    const re = expression();
    const walker = document.createTreeWalker(window.__ppBenchRoot(), NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => (n.parentNode && SKIP.has(n.parentNode.nodeName) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    const highlight = new Highlight();
    let matches = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const data = node.data;
      re.lastIndex = 0;
      for (let m = re.exec(data); m; m = re.exec(data)) {
        const range = new Range();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        highlight.add(range);
        matches++;
      }
    }
    CSS.highlights.set('pp-floor', highlight);
    return matches;
  };
})();
//# sourceURL=${FLOOR_URL}`;
}

/** mark.js as installed from npm, and `window.__ppMark()`: markRegExp over the root; returns the match count. */
export function markScript(terms: string[]): string {
  const require = createRequire(import.meta.url);
  const library = readFileSync(require.resolve('mark.js/dist/mark.min.js'), 'utf8');
  // Evaluated with AMD and CommonJS hidden, so that the UMD wrapper sets window.Mark whatever the page defines.
  return `(function (define, module, exports) {
${library}
}).call(window);
(() => {
  ${expressionSource(terms)}
  window.__ppMark = () => {
    let matches = 0;
    new Mark(window.__ppBenchRoot()).markRegExp(expression(), { done: (n) => { matches = n; } });
    return matches;
  };
})();
//# sourceURL=${MARK_URL}`;
}
