#!/usr/bin/env node
// The `pressure-points` command. The command line is compiled ahead of time to dist/cli (npm run build:cli, which
// npm install and npm run build also run), so it starts with plain Node and no TypeScript loader.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);
const main = new URL('dist/cli/main.mjs', root);

/** In a checkout, the newest change to what the bundle is built from (the engine, the seed, the CLI, the build). */
function newestSource() {
  let newest = 0;
  const src = fileURLToPath(new URL('src/', root));
  for (const name of readdirSync(src, { recursive: true })) {
    if (/\.(ts|json)$/.test(name)) newest = Math.max(newest, statSync(src + name).mtimeMs);
  }
  for (const file of ['scripts/build-cli.ts', 'package.json']) newest = Math.max(newest, statSync(new URL(file, root)).mtimeMs);
  return newest;
}

/** Rebuilds dist/cli, one process at a time: others that find it stale at the same moment wait and use its build. */
function rebuild(first) {
  const lock = fileURLToPath(new URL('dist/cli.lock', root));
  mkdirSync(fileURLToPath(new URL('dist/', root)), { recursive: true });
  try {
    mkdirSync(lock);
  } catch {
    // Another process is building (a lock older than five minutes is a build that died: take it over).
    const deadline = Date.now() + 5 * 60_000;
    while (existsSync(lock) && Date.now() - statSync(lock, { throwIfNoEntry: false })?.mtimeMs < 5 * 60_000 && Date.now() < deadline) {
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    }
    if (existsSync(main)) return;
    rmSync(lock, { recursive: true, force: true });
    mkdirSync(lock);
  }
  try {
    process.stderr.write(`pressure-points: ${first ? 'building' : 'src/ changed since the last build: rebuilding'} the command line (npm run build:cli)\n`);
    const tsx = fileURLToPath(new URL('node_modules/tsx/dist/cli.mjs', root));
    const result = spawnSync(process.execPath, [tsx, fileURLToPath(new URL('scripts/build-cli.ts', root))], { stdio: ['ignore', 2, 2] });
    if (result.status !== 0) process.exit(result.status ?? 1);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

const checkout = existsSync(new URL('src/cli/main.ts', root));
const built = existsSync(main) ? statSync(main).mtimeMs : 0;
if (checkout && (built === 0 || newestSource() > built)) {
  // `npm run annotate` right after editing the engine should use the edit: rebuild first (a second or two).
  rebuild(built === 0);
} else if (!built) {
  process.stderr.write('pressure-points: the command line is not built. Run "npm run build:cli" in the project folder.\n');
  process.exit(1);
}

const { run } = await import(main.href);
run();
