import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
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
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[] }[];
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

  it('ships icons at the sizes stores ask for', () => {
    expect(Object.keys(manifest.icons ?? {}).sort()).toEqual(['128', '16', '32', '48']);
  });
});
