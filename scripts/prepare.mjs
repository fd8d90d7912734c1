// `prepare` (run by a plain `npm install` in this folder): builds the command line, so `pressure-points` and
// `npm run annotate` work right after installing. Plain JavaScript: it runs before anything is compiled.
// Without the development dependencies (npm install --omit=dev) there is nothing to build it with: say so, and let
// the install succeed.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
if (!existsSync(tsx) || !existsSync(join(root, 'node_modules', 'esbuild'))) {
  console.warn('prepare: development dependencies are missing, so the command line was not built (run "npm install", then "npm run build:cli").');
  process.exit(0);
}
const result = spawnSync(process.execPath, [tsx, join(root, 'scripts', 'build-cli.ts')], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
