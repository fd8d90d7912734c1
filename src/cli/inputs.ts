/**
 * Turns the inputs named on the command line into an ordered list of things to read: files as given, directories
 * walked recursively, glob patterns expanded, and `-` for stdin. An input that names nothing readable becomes a
 * problem in the list, at its place, so it is reported in order and the rest still run.
 */
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { extname, isAbsolute, join } from 'node:path';

/** Extensions a directory or a pattern contributes; a file named explicitly is read whatever its name. */
export const TEXT_EXTENSIONS = new Set(['.txt', '.html', '.htm']);

export type Input =
  | { kind: 'file'; path: string }
  | { kind: 'stdin'; path: '-' }
  | { kind: 'problem'; path: string; message: string };

const GLOB_CHARS = /[*?[\]{}]/;

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function isTextFile(name: string): boolean {
  return TEXT_EXTENSIONS.has(extname(name).toLowerCase());
}

/**
 * Files under a directory, depth first in name order (code-point order, not the locale's, so every machine lists
 * the same). Hidden entries are skipped; a symbolic link is followed to a file but not into a directory (no cycles).
 */
export function walkDirectory(dir: string, out: string[] = []): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    throw new Error(describeFsError(dir, err));
  }
  for (const entry of entries.sort((a, b) => byName(a.name, b.name))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walkDirectory(path, out);
    else if (entry.isFile() && isTextFile(entry.name)) out.push(path);
    else if (entry.isSymbolicLink() && isTextFile(entry.name)) {
      try {
        if (statSync(path).isFile()) out.push(path);
      } catch {
        out.push(path); // a dangling link: reading it reports the problem with its path
      }
    }
  }
  return out;
}

export function describeFsError(path: string, err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `${path}: no such file or directory`;
  if (code === 'EACCES' || code === 'EPERM') return `${path}: permission denied`;
  if (code === 'EISDIR') return `${path}: is a directory`;
  if (code === 'ENOTDIR') return `${path}: a part of the path is not a directory`;
  return `${path}: cannot read (${(err as Error).message})`;
}

type Glob = (pattern: string) => string[];

/** Glob matching is loaded only when a pattern is given (it is the largest part of the CLI after the engine). */
async function loadGlob(): Promise<Glob> {
  const { globSync } = await import('tinyglobby');
  return (pattern) =>
    globSync(pattern, { onlyFiles: true, dot: false, absolute: isAbsolute(pattern), expandDirectories: false, followSymbolicLinks: true })
      .filter(isTextFile)
      .sort(byName);
}

/** Expands the command line's inputs, in the order given. */
export async function expandInputs(args: string[]): Promise<Input[]> {
  const out: Input[] = [];
  let glob: Glob | undefined;
  for (const arg of args) {
    if (arg === '-') {
      out.push({ kind: 'stdin', path: '-' });
      continue;
    }
    let stat: ReturnType<typeof statSync> | undefined;
    try {
      stat = statSync(arg);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (!(code === 'ENOENT' && GLOB_CHARS.test(arg))) {
        out.push({ kind: 'problem', path: arg, message: describeFsError(arg, err) });
        continue;
      }
    }
    if (stat?.isDirectory()) {
      try {
        const files = walkDirectory(arg);
        if (files.length === 0) out.push({ kind: 'problem', path: arg, message: `${arg}: a directory with no .txt, .html or .htm file in it` });
        for (const path of files) out.push({ kind: 'file', path });
      } catch (err) {
        out.push({ kind: 'problem', path: arg, message: (err as Error).message });
      }
    } else if (stat) {
      out.push({ kind: 'file', path: arg });
    } else {
      glob ??= await loadGlob();
      const files = glob(arg);
      if (files.length === 0) out.push({ kind: 'problem', path: arg, message: `${arg}: no .txt, .html or .htm file matches this pattern` });
      for (const path of files) out.push({ kind: 'file', path });
    }
  }
  return out;
}
