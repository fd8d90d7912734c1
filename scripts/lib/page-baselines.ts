/**
 * The code the page benchmark puts into a page that has no extension: the project's own article finder (so every
 * contender works on the same element), mark.js over the lever terms, and the floor (one regular expression painted
 * with the Highlight API). Handed to the page as script text, not as functions: functions compiled by tsx carry
 * helper calls that do not exist in the page.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import ts from 'typescript';
import { ROOT } from './chromium';

/** Result of one timed run in the page. */
export interface BaselineRun {
  ms: number;
  matches: number;
  /** mark.js only: how many of the terms it got through before the time cap (all of them when not capped). */
  termsDone?: number;
}

export interface PageInfo {
  /** The article finder found an article; otherwise the baselines run over <body>. */
  hasRoot: boolean;
  /** Words in the article text the content script reads; without an article, in the text of <body>. */
  words: number;
}

/** src/page/article.ts as a script that defines `window.__ppArticle = {findArticleRoot, extractText}`. */
export function articleFinderScript(): string {
  const source = readFileSync(join(ROOT, 'src', 'page', 'article.ts'), 'utf8');
  if (/^import\s/m.test(source)) throw new Error('src/page/article.ts now imports other modules: bundle it instead of transpiling it alone.');
  const js = ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText;
  return `window.__ppArticle = (() => {\n${js.replace(/^export\s+/gm, '')}\nreturn { findArticleRoot, extractText };\n})();`;
}

/** The mark.js distribution file, as installed from npm. */
export function markJsScript(): string {
  const require = createRequire(import.meta.url);
  return readFileSync(require.resolve('mark.js/dist/mark.min.js'), 'utf8');
}

/** Punctuation that may stand right before or after a term for mark.js's "exactly" accuracy (spaces always may). */
const LIMITERS = [',', '.', ';', ':', '!', '?', '"', "'", '(', ')', '[', ']', '{', '}', '-', '/', '\u2013', '\u2014', '\u2018', '\u2019', '\u201c', '\u201d', '\u2026'];

/**
 * mark.js goes from one term to the next by recursion, a few stack frames per term: given all the lever terms at
 * once it overflows Chromium's stack. It is called once per batch instead; it works synchronously, so the batches
 * run back to back and the time is the same work.
 */
const MARK_BATCH = 100;

/**
 * Defines `window.__ppBench` with `info()`, `mark(capMs)` and `floor()` over the given terms. Needs
 * articleFinderScript() first, and markJsScript() for `mark()`. Each timed call measures only its own synchronous
 * work. `mark(capMs)` stops between two batches once capMs have passed and scales the time to all the terms: mark.js
 * makes one pass over the DOM per term, so each batch costs about the same.
 */
export function baselinesScript(terms: string[]): string {
  return `(() => {
  const A = window.__ppArticle;
  const TERMS = ${JSON.stringify(terms)};
  const LIMITERS = ${JSON.stringify(LIMITERS)};
  const MARK_BATCH = ${MARK_BATCH};
  const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'TITLE', 'TEMPLATE']);
  const rootOf = () => A.findArticleRoot(document) || document.body;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('::highlight(pp-floor){background-color:rgb(250 204 21 / 0.4);}');
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  window.__ppBench = {
    info() {
      const found = A.findArticleRoot(document);
      let text = '';
      if (found) text = A.extractText(found).text;
      else {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
          acceptNode: (n) => (n.parentNode && SKIP.has(n.parentNode.nodeName) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
        });
        for (let node = walker.nextNode(); node; node = walker.nextNode()) text += ' ' + node.data;
      }
      return { hasRoot: Boolean(found), words: text.split(/\\s+/).filter(Boolean).length };
    },
    mark(capMs) {
      const root = rootOf();
      const t0 = performance.now();
      const instance = new Mark(root);
      let matches = 0;
      let done = 0;
      for (let i = 0; i < TERMS.length && !(performance.now() - t0 >= capMs); i += MARK_BATCH) {
        instance.mark(TERMS.slice(i, i + MARK_BATCH), {
          separateWordSearch: false,
          accuracy: { value: 'exactly', limiters: LIMITERS },
          diacritics: false,
          caseSensitive: false,
          done: (n) => { matches += n; },
        });
        done = Math.min(TERMS.length, i + MARK_BATCH);
      }
      const ms = performance.now() - t0;
      return { ms: (ms * TERMS.length) / done, matches, termsDone: done };
    },
    floor() {
      const root = rootOf();
      const t0 = performance.now();
      const escaped = [...TERMS]
        .sort((a, b) => b.length - a.length)
        .map((t) => t.replace(/[.*+?^\${}()|[\\]\\\\]/g, '\\\\$&').replace(/ /g, '\\\\s+'));
      const re = new RegExp('\\\\b(?:' + escaped.join('|') + ')\\\\b', 'gi');
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
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
      return { ms: performance.now() - t0, matches };
    },
  };
})();`;
}
