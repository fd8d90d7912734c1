import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Finds a Debian browser: the path in `envVar`, else the first of `candidates`, else (as root with apt, unless
 * PP_NO_INSTALL=1) installs the Debian package `pkg`. Throws a message saying what to do otherwise. Browsers are never
 * downloaded by this project.
 */
export function findBrowser(o: { name: string; envVar: string; pkg: string; candidates: string[] }): string {
  const fromEnv = process.env[o.envVar];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`${o.envVar} is set to ${fromEnv}, but there is no file there.`);
    return fromEnv;
  }
  const found = o.candidates.find((p) => existsSync(p));
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (isRoot && hasApt && process.env.PP_NO_INSTALL !== '1') {
    console.error(`${o.name} is not installed: installing the Debian package "${o.pkg}" (apt-get install -y ${o.pkg})...`);
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', o.pkg], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    const installed = o.candidates.find((p) => existsSync(p));
    if (installed) return installed;
  }
  throw new Error(
    `${o.name} was not found. Install it with:\n  sudo apt-get install -y ${o.pkg}\n` +
      `or point ${o.envVar} at a ${o.name} binary. (Browsers are never downloaded by this project.)`,
  );
}
