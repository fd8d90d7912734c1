import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * The command-line tests run the built `pressure-points`. Its launcher rebuilds dist/cli when src/ is newer; doing that
 * once here keeps test files that run in parallel from all rebuilding at the same moment.
 */
export default function setup(): void {
  const bin = fileURLToPath(new URL('../../bin/pressure-points.js', import.meta.url));
  const result = spawnSync(process.execPath, [bin, '--version'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error('could not build the command line (npm run build:cli)');
}
