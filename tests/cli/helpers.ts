/**
 * Shared by the command-line tests: a stand-in for stdout/stderr, an in-process run of main() (from the sources, one
 * thread), a run of the built `pressure-points` as a child process, and small parsers for what it prints.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { Tally } from '../../src/engine/index';
import { main } from '../../src/cli/main';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/pressure-points.js', import.meta.url));
export const MENTION_FIELDS = ['start', 'end', 'text', 'lever', 'category', 'side', 'stance', 'confidence', 'sentence'];

export interface JsonMention {
  start: number;
  end: number;
  text: string;
  lever: string;
  category: string;
  side: string | null;
  stance: string;
  confidence: number;
  sentence: string;
}

export interface JsonDocument {
  file: string;
  mentions: JsonMention[];
  tally: Tally;
}

/** A stream stand-in that keeps what was written. */
export function sink(extra: { isTTY?: boolean; columns?: number } = {}) {
  const chunks: string[] = [];
  return {
    ...extra,
    chunks,
    write(s: string) {
      chunks.push(String(s));
      return true;
    },
    get text() {
      return chunks.join('');
    },
  };
}

export interface RunResult {
  code: number;
  out: string;
  err: string;
}

/** `pressure-points annotate ...argv` in this process, from the sources. */
export async function runInProcess(argv: string[], options: { stdin?: string | Buffer; stderrTTY?: boolean } = {}): Promise<RunResult> {
  const out = sink();
  const err = sink({ isTTY: options.stderrTTY ?? false, columns: 100 });
  const stdin = (async function* () {
    if (options.stdin !== undefined) yield Buffer.from(options.stdin);
  })();
  const code = await main(['annotate', ...argv], { stdout: out, stderr: err, stdin });
  return { code, out: out.text, err: err.text };
}

/** The built command as a child process (`node bin/pressure-points.js ...argv`). */
export function runBin(argv: string[], options: { stdin?: string | Buffer; cwd?: string; env?: NodeJS.ProcessEnv; timeout?: number } = {}): Promise<RunResult & { ms: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [BIN, ...argv], { cwd: options.cwd ?? ROOT, env: { ...process.env, ...options.env }, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeout ?? 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, out: Buffer.concat(out).toString('utf8'), err: Buffer.concat(err).toString('utf8'), ms: performance.now() - started });
    });
    child.stdin.end(options.stdin ?? '');
  });
}

export function parseJson(stdout: string): { documents: JsonDocument[] } {
  const parsed = JSON.parse(stdout) as { documents: JsonDocument[] };
  expect(Object.keys(parsed)).toEqual(['documents']);
  expect(Array.isArray(parsed.documents)).toBe(true);
  return parsed;
}

/** JSON Lines: every line on its own is one JSON document. */
export function parseJsonl(stdout: string): JsonDocument[] {
  expect(stdout === '' || stdout.endsWith('\n')).toBe(true);
  return stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as JsonDocument);
}

/** A strict RFC 4180 reader: CRLF between records, quoted fields with doubled quotes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') throw new Error(`a quote inside an unquoted field at ${i}`);
        field += text[i++];
      }
    }
    row.push(field);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else if (i >= text.length) {
      rows.push(row);
    } else throw new Error(`expected a comma or CRLF at ${i}, found ${JSON.stringify(text[i])}`);
  }
  return rows;
}
