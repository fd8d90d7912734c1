/**
 * The built `pressure-points` (bin/pressure-points.js over dist/cli) as a child process: it agrees with the engine,
 * keeps its output order with any number of worker threads, streams JSON Lines, reads a real stdin pipe, stops quietly
 * when its reader goes away, exits with the right code, and starts without loading the heavy modules.
 */
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotateText } from '../../src/engine/index';
import { seed } from '../../src/kb/seed/index';
import { BIN, parseCsv, parseJson, parseJsonl, ROOT, runBin, runInProcess } from './helpers';

const FIXTURES = join(ROOT, 'tests', 'fixtures');
const fixtureFiles = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => join(FIXTURES, f));

let dir: string;
let archive: string;
let archiveFiles: string[];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pp-bin-'));
  // An archive whose files finish out of order under several jobs: large files first, then many small ones.
  archive = join(dir, 'archive');
  mkdirSync(archive);
  const texts = fixtureFiles.map((f) => readFileSync(f, 'utf8'));
  for (let i = 0; i < 60; i++) {
    const repeat = i < 4 ? 8 : 1;
    const text = Array.from({ length: repeat }, (_, k) => texts[(i + k) % texts.length]).join('\n\n');
    writeFileSync(join(archive, `${String(i).padStart(3, '0')}.txt`), text);
  }
  archiveFiles = readdirSync(archive)
    .sort()
    .map((f) => join(archive, f));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the built command', () => {
  it('finds exactly what the engine finds in every golden fixture', async () => {
    const { code, out, err } = await runBin(['annotate', '--json', ...fixtureFiles]);
    expect(err).toBe('');
    expect(code).toBe(0);
    const { documents } = parseJson(out);
    expect(documents.map((d) => d.file)).toEqual(fixtureFiles);
    for (const doc of documents) {
      const engine = annotateText(readFileSync(doc.file, 'utf8'), seed);
      const fields = engine.mentions.map(({ start, end, text, lever, category, side, stance, confidence, sentence }) => ({ start, end, text, lever, category, side, stance, confidence, sentence }));
      expect(doc.mentions, basename(doc.file)).toEqual(fields);
      expect(doc.tally).toEqual(JSON.parse(JSON.stringify(engine.tally)));
    }
  });

  it('prints what the sources print, in every output form', async () => {
    for (const form of [[], ['--json'], ['--jsonl'], ['--csv'], ['--summary'], ['--summary', '--json']]) {
      const argv = [...form, ...fixtureFiles.slice(0, 2)];
      const built = await runBin(['annotate', ...argv]);
      const source = await runInProcess(argv);
      expect(built.out, form.join(' ') || 'table').toBe(source.out);
      expect(built.code).toBe(0);
    }
  });

  let reference: string | undefined;
  // More threads than cores too: the most interleaving of results.
  it.each([2, 5])('keeps input order with --jobs %i, byte for byte', async (jobs) => {
    reference ??= (await runInProcess(['--jsonl', archive])).out;
    const { code, out } = await runBin(['annotate', '--jsonl', '--jobs', String(jobs), archive], { timeout: 120_000 });
    expect(code).toBe(0);
    expect(out).toBe(reference);
    expect(parseJsonl(out).map((d) => d.file)).toEqual(archiveFiles);
  }, 120_000);

  it('keeps order with several jobs in the other forms too', async () => {
    for (const form of ['--csv', '--json', '--table']) {
      const one = await runInProcess([form, archive]);
      const many = await runBin(['annotate', form, '-j3', archive], { timeout: 120_000 });
      expect(many.out, form).toBe(one.out);
      if (form === '--csv') {
        const files = [...new Set(parseCsv(many.out).slice(1).map((r) => r[0]))];
        expect(files).toEqual(archiveFiles.filter((f) => files.includes(f)));
      }
    }
  }, 180_000);

  it('reports problems at their place with several jobs, and still exits 1', async () => {
    const missing = join(dir, 'missing.txt');
    const binary = join(dir, 'blob.txt');
    writeFileSync(binary, Buffer.from([0, 1, 2, 3, 0, 255]));
    const { code, out, err } = await runBin(['annotate', '--jsonl', '-j3', archiveFiles[0], missing, archiveFiles[1], binary, archiveFiles[2]]);
    expect(code).toBe(1);
    expect(parseJsonl(out).map((d) => d.file)).toEqual(archiveFiles.slice(0, 3));
    const lines = err.trim().split('\n');
    expect(lines).toEqual([`pressure-points: ${missing}: no such file or directory`, `pressure-points: ${binary}: looks like a binary file, not text or HTML`]);
  });

  it('writes JSON Lines as inputs finish, not all at the end', async () => {
    // A big last input: the first lines must be readable while it is still being read.
    const big = join(dir, 'zz-big.txt');
    const text = fixtureFiles.map((f) => readFileSync(f, 'utf8')).join('\n\n');
    writeFileSync(big, Array.from({ length: 30 }, () => text).join('\n\n'));
    const child = spawn(process.execPath, [BIN, 'annotate', '--jsonl', '-j1', ...archiveFiles.slice(10, 20), big], { cwd: ROOT });
    const started = performance.now();
    const arrivals: number[] = [];
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      JSON.parse(line);
      arrivals.push(performance.now() - started);
    });
    const exitAt = await new Promise<number>((resolve) => child.on('close', () => resolve(performance.now() - started)));
    expect(arrivals).toHaveLength(11);
    expect(arrivals[0]).toBeLessThan(exitAt - 100);
  }, 60_000);

  it('reads stdin through a pipe', async () => {
    const text = readFileSync(fixtureFiles[0], 'utf8');
    const piped = parseJson((await runBin(['annotate', '--json', '-'], { stdin: text })).out).documents[0];
    const fromFile = parseJson((await runBin(['annotate', '--json', fixtureFiles[0]])).out).documents[0];
    expect(piped.file).toBe('-');
    expect(piped.mentions).toEqual(fromFile.mentions);
  });

  it('stops quietly when the reader goes away', async () => {
    const child = spawn('sh', ['-c', `"${process.execPath}" "${BIN}" annotate --jsonl -j2 "${archive}" | head -n 1`], { cwd: ROOT });
    let out = '';
    let err = '';
    child.stdout.on('data', (b) => (out += b));
    child.stderr.on('data', (b) => (err += b));
    await new Promise((r) => child.on('close', r));
    expect(parseJsonl(out)).toHaveLength(1);
    expect(err).toBe('');
  });

  it('exits 0 when all is well, 1 when an input failed, 2 on a usage error', async () => {
    expect((await runBin(['annotate', fixtureFiles[0]])).code).toBe(0);
    expect((await runBin(['annotate', join(dir, 'nope.txt')])).code).toBe(1);
    const usage = await runBin(['annotate', '--jsno', fixtureFiles[0]]);
    expect(usage.code).toBe(2);
    expect(usage.err).toMatch(/unknown option --jsno/);
    expect((await runBin(['annotat'])).code).toBe(2);
    expect((await runBin(['annotate', '--jobs', '0', fixtureFiles[0]])).code).toBe(2);
    expect((await runBin([])).code).toBe(2);
  });

  it('documents everything in --help, with examples', async () => {
    const { code, out } = await runBin(['--help']);
    expect(code).toBe(0);
    for (const word of ['--json', '--jsonl', '--csv', '--summary', '--jobs', '--progress', '--no-progress', '--stdin-as', 'DIRECTORY', 'PATTERN', 'Examples:', 'stdin', 'exit code']) {
      expect(out, word).toContain(word);
    }
    expect((await runBin(['annotate', '--help'])).out).toBe(out);
  });

  it('draws the progress bar on stderr only when asked, since stderr here is a pipe', async () => {
    const some = archiveFiles.slice(20, 26);
    expect((await runBin(['annotate', '--jsonl', '-j2', ...some])).err).toBe('');
    const forced = await runBin(['annotate', '--jsonl', '-j2', '--progress', ...some]);
    expect(forced.err).toMatch(/6\/6 100%/);
    expect(parseJsonl(forced.out)).toHaveLength(6);
  });

  it('reports a dangling link in a directory with its path', async () => {
    const linked = join(dir, 'linked');
    mkdirSync(linked);
    writeFileSync(join(linked, 'a.txt'), 'China imposed export controls on gallium.\n');
    symlinkSync(join(dir, 'nowhere.txt'), join(linked, 'b.txt'));
    const { code, out, err } = await runBin(['annotate', '--jsonl', linked]);
    expect(code).toBe(1);
    expect(parseJsonl(out).map((d) => basename(d.file))).toEqual(['a.txt']);
    expect(err).toContain(`${join(linked, 'b.txt')}: no such file or directory`);
  });

  // Root reads any file whatever its mode, so the permission check only means something for other users.
  it.skipIf(process.getuid?.() === 0)('reports an unreadable file with its path (not run as root: root reads anything)', async () => {
    const locked = join(dir, 'locked.txt');
    writeFileSync(locked, 'China imposed export controls on gallium.\n');
    chmodSync(locked, 0o000);
    const { code, err } = await runBin(['annotate', locked, fixtureFiles[0]]);
    expect(code).toBe(1);
    expect(err).toContain(`${locked}: permission denied`);
  });
});

describe('start-up', () => {
  it('loads neither compromise, nor the HTML parser, nor glob matching before an input needs them', () => {
    const meta = JSON.parse(readFileSync(join(ROOT, 'dist', 'cli', 'meta.json'), 'utf8')) as {
      outputs: Record<string, { imports: { path: string; kind: string }[]; inputs: Record<string, unknown> }>;
    };
    const outputs = new Map(Object.entries(meta.outputs).map(([path, o]) => [basename(path), o]));
    const reached = new Set<string>();
    const visit = (name: string) => {
      if (reached.has(name) || !outputs.has(name)) return;
      reached.add(name);
      for (const i of outputs.get(name)!.imports) if (i.kind === 'import-statement') visit(basename(i.path));
    };
    // The entry points the launcher and the thread pool start.
    for (const entry of ['main.mjs', 'worker.mjs']) expect(outputs.has(entry), entry).toBe(true);
    visit('main.mjs');
    const inputs = [...reached].flatMap((name) => Object.keys(outputs.get(name)!.inputs));
    expect(inputs.some((i) => i.includes('src/engine/'))).toBe(true);
    for (const heavy of ['node_modules/compromise/', 'node_modules/linkedom/', 'node_modules/tinyglobby/', 'src/kb/seed/index.ts', 'src/kb/seed/levers', 'src/kb/seed/sides']) {
      expect(inputs.filter((i) => i.includes(heavy)), heavy).toEqual([]);
    }
  });

  it('ships compromise beside the bundle, for the stand-in that loads it if the engine ever asks', () => {
    const require = createRequire(import.meta.url);
    const nlp = (require(join(ROOT, 'dist', 'cli', 'compromise.cjs')) as { default: (text: string) => { json(): { terms: { tags: string[] }[] }[] } }).default;
    const [sentence] = nlp('China curbs exports of gallium.').json();
    expect(sentence.terms[0].tags).toContain('Country');
  });

  it('answers a short article in well under a second', async () => {
    // The figure to watch is in `npm run bench:cli`; this only catches a start-up that went badly wrong.
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const run = await runBin(['annotate', join(FIXTURES, 'wire-truce.txt')]);
      expect(run.code).toBe(0);
      times.push(run.ms);
    }
    expect(Math.min(...times)).toBeLessThan(1_000);
  });
});
