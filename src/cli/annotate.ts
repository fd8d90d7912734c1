/**
 * `npm run annotate -- FILE...`: runs the engine over text and HTML files and prints what it found.
 * `.html`/`.htm` files are reduced to their article text the way the content script does it.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseHTML } from 'linkedom';
import { annotateText, type Analysis, type Mention } from '../engine/index';
import { seed } from '../kb/seed/index';
import { extractText, findArticleRoot } from '../page/article';

export class InputError extends Error {}

const USAGE = `Usage: npm run annotate -- [--json] FILE...

Finds trade-dispute levers in each file, with the side holding each one and which way it is pulled.
  FILE     a .txt file (read as it is) or an .html/.htm file (reduced to its article text)
  --json   print one JSON document: {"documents": [{"file", "mentions", "tally"}]}
  --help   show this text`;

/** Reads a file as UTF-8 text, refusing binary content with a clear message. */
export async function readTextFile(path: string): Promise<string> {
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`${path}: no such file`);
    if (code === 'EISDIR') throw new InputError(`${path}: is a directory, not a file`);
    if (code === 'EACCES') throw new InputError(`${path}: permission denied`);
    throw new InputError(`${path}: cannot read (${(err as Error).message})`);
  }
  if (buf.subarray(0, 8192).includes(0)) throw new InputError(`${path}: looks like a binary file, not text or HTML`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf).replace(/^\uFEFF/, '');
  } catch {
    throw new InputError(`${path}: is not valid UTF-8 text`);
  }
}

/** The text the engine should read for a file: the article of an HTML page, or the file itself. */
export function documentText(path: string, content: string): string {
  const ext = extname(path).toLowerCase();
  if (ext !== '.html' && ext !== '.htm' && ext !== '.xhtml') return content;
  const { document } = parseHTML(content);
  const root = findArticleRoot(document as unknown as Document, 0) ?? (document as unknown as Document).body;
  if (!root) return '';
  return extractText(root).text;
}

export async function annotateFile(path: string): Promise<Analysis & { text: string }> {
  const content = await readTextFile(path);
  const text = documentText(path, content);
  return { ...annotateText(text, seed), text };
}

function pad(s: string, n: number): string {
  return s.length >= n ? `${s.slice(0, n - 1)}…` : s + ' '.repeat(n - s.length);
}

/** The readable report of one file: its mentions, then the tally per side. */
export function formatTable(file: string, result: Analysis): string {
  const lines = [`== ${file}`, ''];
  if (result.mentions.length === 0) {
    lines.push('No levers found.', '');
    return lines.join('\n');
  }
  lines.push(`${pad('offset', 8)}${pad('text', 28)}${pad('lever', 24)}${pad('side', 13)}${pad('stance', 9)}conf`);
  for (const m of result.mentions) {
    lines.push(
      `${pad(String(m.start), 8)}${pad(m.text.replace(/\s+/g, ' '), 28)}${pad(m.lever, 24)}${pad(m.side ?? '-', 13)}` +
        `${pad(m.stance, 9)}${m.confidence.toFixed(2)}`,
    );
  }
  lines.push('', `${pad('side', 13)}${pad('mentions', 10)}${pad('tighten', 9)}${pad('relax', 7)}${pad('neutral', 9)}top levers`);
  for (const [side, s] of Object.entries(result.tally.bySide)) {
    const top = Object.entries(s.levers)
      .slice(0, 4)
      .map(([id, n]) => `${id} ${n}`)
      .join(', ');
    lines.push(`${pad(side, 13)}${pad(String(s.count), 10)}${pad(String(s.tighten), 9)}${pad(String(s.relax), 7)}${pad(String(s.neutral), 9)}${top}`);
  }
  lines.push(`${pad('total', 13)}${result.tally.total}`, '');
  return lines.join('\n');
}

export function jsonMention(m: Mention) {
  const { start, end, text, lever, category, side, stance, confidence, sentence } = m;
  return { start, end, text, lever, category, side, stance, confidence, sentence };
}

export async function main(argv: string[], out = process.stdout, err = process.stderr): Promise<number> {
  const files: string[] = [];
  let json = false;
  for (const arg of argv) {
    if (arg === '--json') json = true;
    else if (arg === '--help' || arg === '-h') {
      out.write(`${USAGE}\n`);
      return 0;
    } else if (arg.startsWith('--')) {
      err.write(`annotate: unknown option ${arg}\n${USAGE}\n`);
      return 2;
    } else files.push(arg);
  }
  if (files.length === 0) {
    err.write(`annotate: no file given\n${USAGE}\n`);
    return 2;
  }
  let failed = 0;
  const documents: unknown[] = [];
  for (const file of files) {
    try {
      const result = await annotateFile(file);
      if (json) documents.push({ file, mentions: result.mentions.map(jsonMention), tally: result.tally });
      else out.write(`${formatTable(file, result)}\n`);
    } catch (e) {
      failed++;
      const message = e instanceof InputError ? e.message : `${file}: ${(e as Error).message}`;
      err.write(`annotate: ${message}\n`);
    }
  }
  if (json) out.write(`${JSON.stringify({ documents }, null, 2)}\n`);
  return failed > 0 ? 1 : 0;
}

const invokedDirectly = process.argv[1] && /annotate\.(ts|js|mjs)$/.test(process.argv[1]);
if (invokedDirectly) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`annotate: ${(e as Error).stack ?? e}\n`);
      process.exitCode = 1;
    },
  );
}
