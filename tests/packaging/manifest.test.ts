import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

/**
 * The built manifest asks for exactly the permissions the README's "Permissions and why" section explains. This test
 * builds nothing: it reads the last `npm run build` output and is skipped, saying so, when there is none.
 */
const manifestPath = fileURLToPath(new URL('../../.output/chrome-mv3/manifest.json', import.meta.url));
const built = existsSync(manifestPath);
if (!built) console.warn(`tests/packaging: ${manifestPath} not found, manifest checks skipped (run npm run build first)`);

const DOCUMENTED_PERMISSIONS = ['storage', 'unlimitedStorage', 'activeTab'];
const CONTENT_SCRIPT_MATCHES = ['http://*/*', 'https://*/*'];

interface Manifest {
  web_accessible_resources?: { resources: string[]; matches: string[]; use_dynamic_url?: boolean }[];
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[]; js?: string[]; css?: string[] }[];
  icons?: Record<string, string>;
}

describe.skipIf(!built)('built Chrome manifest', () => {
  const manifest = (built ? JSON.parse(readFileSync(manifestPath, 'utf8')) : {}) as Manifest;

  it('asks for exactly the documented permissions', () => {
    expect([...(manifest.permissions ?? [])].sort()).toEqual([...DOCUMENTED_PERMISSIONS].sort());
    expect(manifest.optional_permissions ?? []).toEqual([]);
  });

  it('reaches no host beyond the content-script matches', () => {
    const matches = (manifest.content_scripts ?? []).flatMap((script) => script.matches);
    expect([...new Set(matches)].sort()).toEqual(CONTENT_SCRIPT_MATCHES);
    for (const host of [...(manifest.host_permissions ?? []), ...(manifest.optional_host_permissions ?? [])]) {
      expect(CONTENT_SCRIPT_MATCHES).toContain(host);
    }
  });

  it('exposes one file to pages, the page script, and only at a per-session address', () => {
    // A site can probe for a web-accessible file at chrome-extension://<id>/<file>; use_dynamic_url puts it at a
    // random id that changes every session instead (see wxt.config.ts).
    expect(manifest.web_accessible_resources).toEqual([{ resources: ['article-page.js'], matches: CONTENT_SCRIPT_MATCHES, use_dynamic_url: true }]);
  });

  it('makes every page evaluate one small script, at most 4 KB gzipped', () => {
    const scripts = (manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]);
    expect(scripts).toEqual(['article-loader.js']);
    const file = fileURLToPath(new URL(`../../.output/chrome-mv3/${scripts[0]}`, import.meta.url));
    expect(gzipSync(readFileSync(file), { level: 9 }).length).toBeLessThanOrEqual(4096);
  });

  it("asks V8 to compile the loader's and the page script's functions with the file (wxt.config.ts, compileEagerly)", () => {
    for (const name of ['article-loader.js', 'article-page.js']) {
      const code = readFileSync(fileURLToPath(new URL(`../../.output/chrome-mv3/${name}`, import.meta.url)), 'utf8');
      expect(code.startsWith('//# allFunctionsCalledOnLoad\n')).toBe(true);
    }
  });

  it('ships icons at the sizes stores ask for', () => {
    expect(Object.keys(manifest.icons ?? {}).sort()).toEqual(['128', '16', '32', '48']);
  });
});
