import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The popup opens without Dexie or the seed knowledge base: it reads the kept rows with plain IndexedDB
 * (src/kb/popup-counts.ts), and only its Saved view loads the database code, on demand. This reads the last
 * `npm run build` output (skipped, saying so, when there is none) and follows the scripts popup.html loads and their
 * static imports; dynamic imports (the Saved view) are left out, as the browser leaves them until they are called.
 */
const OUT = fileURLToPath(new URL('../../.output/chrome-mv3/', import.meta.url));
const built = existsSync(`${OUT}popup.html`);
if (!built) console.warn(`tests/packaging: ${OUT}popup.html not found, popup bundle checks skipped (run npm run build first)`);

/** The files a page evaluates before its first line runs: its module scripts and everything they import statically. */
function staticGraph(html: string): Map<string, string> {
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
  }
  return files;
}

describe.skipIf(!built)('the built popup', () => {
  const files = built ? staticGraph(readFileSync(`${OUT}popup.html`, 'utf8')) : new Map<string, string>();

  it('evaluates neither Dexie nor the seed knowledge base when it opens', () => {
    expect(files.size).toBeGreaterThan(0);
    for (const [path, text] of files) {
      expect(text.includes('DexieError'), `${path} holds Dexie`).toBe(false);
      expect(text.includes('CM-01'), `${path} holds the seed`).toBe(false);
    }
  });

  it('stays small: under 40 KB of script before its first line runs', () => {
    const bytes = [...files.values()].reduce((n, t) => n + Buffer.byteLength(t), 0);
    expect(bytes).toBeLessThan(40_000);
  });

  it('the check itself finds Dexie where the dashboard loads it', () => {
    const dashboard = staticGraph(readFileSync(`${OUT}dashboard.html`, 'utf8'));
    expect([...dashboard.values()].some((t) => t.includes('DexieError'))).toBe(true);
  });
});
