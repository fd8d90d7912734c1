import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The popup and the dashboard open without Dexie or the seed knowledge base: the popup's one request and the dashboard's
 * first chart or page are answered by the background, and only what needs the page's own database (the popup's Saved
 * view, the dashboard once its first tab has drawn) loads the database code, on demand. This reads the last
 * `npm run build` output (skipped, saying so, when there is none) and follows the scripts a page loads and their
 * static imports; dynamic imports are left out, as the browser leaves them until they are called.
 */
const OUT = fileURLToPath(new URL('../../.output/chrome-mv3/', import.meta.url));
const built = existsSync(`${OUT}popup.html`);
if (!built) console.warn(`tests/packaging: ${OUT}popup.html not found, popup bundle checks skipped (run npm run build first)`);

/**
 * The files a page evaluates before its first line runs: its module scripts and everything they import statically.
 * With `dynamic`, also every file it may load later (Vite lists a dynamic import's files in its __vite__mapDeps table).
 */
function staticGraph(html: string, dynamic = false): Map<string, string> {
  const files = new Map<string, string>();
  const queue = [...html.matchAll(/<script type="module"[^>]*src="\/([^"]+)"/g)].map((m) => m[1]);
  while (queue.length) {
    const path = queue.shift()!;
    if (files.has(path)) continue;
    const text = readFileSync(`${OUT}${path}`, 'utf8');
    files.set(path, text);
    const dir = path.slice(0, path.lastIndexOf('/') + 1);
    // `import … from "./x.js"` and `import "./x.js"`, not `import("./x.js")`.
    for (const m of text.matchAll(/(?:from|import)\s*"(\.\/[^"]+\.js)"/g)) queue.push(`${dir}${m[1].slice(2)}`);
    if (dynamic) {
      for (const m of text.matchAll(/import\("(\.\/[^"]+\.js)"\)/g)) queue.push(`${dir}${m[1].slice(2)}`);
      for (const m of text.matchAll(/"(chunks\/[^"]+\.js)"/g)) queue.push(m[1]);
    }
  }
  return files;
}

/** Neither Dexie nor the seed knowledge base in `files` (and some files to look at). */
function expectNoDatabaseCode(files: Map<string, string>): void {
  expect(files.size).toBeGreaterThan(0);
  for (const [path, text] of files) {
    expect(text.includes('DexieError'), `${path} holds Dexie`).toBe(false);
    expect(text.includes('CM-01'), `${path} holds the seed`).toBe(false);
  }
}

describe.skipIf(!built)('the built popup', () => {
  const files = built ? staticGraph(readFileSync(`${OUT}popup.html`, 'utf8')) : new Map<string, string>();

  it('evaluates neither Dexie nor the seed knowledge base when it opens', () => {
    expectNoDatabaseCode(files);
  });

  it('stays small: under 40 KB of script before its first line runs', () => {
    const bytes = [...files.values()].reduce((n, t) => n + Buffer.byteLength(t), 0);
    expect(bytes).toBeLessThan(40_000);
  });

  it('the check itself finds Dexie and the seed where the Saved view loads them', () => {
    const all = staticGraph(readFileSync(`${OUT}popup.html`, 'utf8'), true);
    expect([...all.values()].some((t) => t.includes('DexieError'))).toBe(true);
    expect([...all.values()].some((t) => t.includes('CM-01'))).toBe(true);
  });
});

describe.skipIf(!built)('the built dashboard', () => {
  const files = built ? staticGraph(readFileSync(`${OUT}dashboard.html`, 'utf8')) : new Map<string, string>();

  it('evaluates neither Dexie nor the seed knowledge base before its first tab draws', () => {
    expectNoDatabaseCode(files);
  });

  it('leaves the other tabs to load when shown: the editor, import and export, charts and the reading log', () => {
    const text = [...files.values()].join('\n');
    // Strings each of those tabs shows, and the opening script does not.
    for (const shown of ['Reset this lever', 'Annotations as CSV', 'What I saved', 'Log the articles I read']) expect(text.includes(shown), shown).toBe(false);
    const all = [...staticGraph(readFileSync(`${OUT}dashboard.html`, 'utf8'), true).values()].join('\n');
    for (const shown of ['Reset this lever', 'Annotations as CSV', 'What I saved', 'Log the articles I read', 'DexieError']) expect(all.includes(shown), shown).toBe(true);
  });
});
