/**
 * `pressure-points annotate` in this process, from the sources (one thread): every output form, HTML input, stdin,
 * directories and patterns, and how problems with inputs are reported. tests/cli/bin.test.ts runs the built command.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotateText } from '../../src/engine/index';
import { seed } from '../../src/kb/seed/index';
import { MENTION_FIELDS, parseCsv, parseJson, parseJsonl, runInProcess as run } from './helpers';

// Non-ASCII before the levers, so offsets are checked as JavaScript string offsets rather than bytes.
const TXT = [
  'Café talk — 🚢 shipping news first.',
  '',
  'Beijing imposed export controls on gallium and germanium last year.',
  'The Commerce Department added Chinese chipmakers to the Entity List on Monday.',
  'China later suspended its retaliatory tariffs on American soybeans.',
].join('\n');

const ARTICLE_PARAGRAPHS = [
  "China's export controls on gallium have rattled chipmakers around the world since Beijing first required licences.",
  'MOFCOM said shipments of gallium and germanium to the United States are in principle not permitted.',
  'Analysts expect the Commerce Department to answer with new export controls on chip-making tools.',
  'Buyers in Japan and Europe are scrambling for supplies while prices of the metal climb to record highs.',
];

/** Lever words placed outside the article; the control test below shows the engine does find them as text. */
const NOISE = {
  header: 'Latest on rare earth magnets and the Boeing deliveries row.',
  nav: ['Soybeans: China halts purchases of American soybeans', 'TikTok divest-or-ban deadline', 'OFAC sanctions on Chinese banks'],
  label: 'Get alerts on rare earth magnets and de minimis rules',
  textarea: 'Washington imposed tariffs on steel.',
  footer: 'Also read: China suspended Boeing deliveries; the US raised tariffs on rare earth magnets and ended the de minimis exemption for parcels.',
};
const OUTSIDE_LEVERS = ['rare-earth-magnets', 'boeing', 'farm-purchases', 'tiktok', 'dollar-sanctions', 'de-minimis', 'tariffs'];

const HTML = `<!doctype html>
<html><head><title>Rare earth magnets and soybean tariffs</title>
<style>.x { color: red }</style></head>
<body>
  <header><h2>Trade desk</h2><p>${NOISE.header}</p></header>
  <nav><ul>
    ${NOISE.nav.map((t) => `<li><a href="/x">${t}</a></li>`).join('\n    ')}
  </ul></nav>
  <form action="/subscribe"><label>${NOISE.label}</label>
    <input name="email" value="Boeing deliveries"><textarea>${NOISE.textarea}</textarea>
    <button>Subscribe</button></form>
  <article>
    <h1>Gallium squeeze deepens</h1>
    ${ARTICLE_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n    ')}
  </article>
  <footer><p>${NOISE.footer}</p></footer>
</body></html>`;

let dir: string;
let txtFile: string;
let txtFile2: string;
let htmlFile: string;
let binaryFile: string;
let badUtf8File: string;
let emptyDir: string;
let tree: string;

/** A small archive: nested folders, files the walk must skip, and names that sort differently by locale. */
const TREE: Record<string, string> = {
  'b/2.txt': 'Washington raised tariffs on Chinese steel.\n',
  'b/10.txt': 'Beijing imposed export controls on gallium.\n',
  'a/story.html': '<html><body><article><h1>Curbs</h1><p>Japan tightened export controls on chip-making tools, Tokyo said on Monday in a statement to reporters.</p></article></body></html>',
  'a/Z.txt': 'The EU imposed anti-dumping duties on Chinese steel.\n',
  'a/notes.md': 'China imposed export controls on graphite.\n',
  'a/.hidden.txt': 'China imposed export controls on graphite.\n',
  '.git/x.txt': 'China imposed export controls on graphite.\n',
  'c.TXT': 'China halted purchases of US soybeans.\n',
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pp-annotate-'));
  txtFile = join(dir, 'story.txt');
  writeFileSync(txtFile, TXT, 'utf8');
  txtFile2 = join(dir, 'second story.txt');
  writeFileSync(txtFile2, 'Washington raised tariffs on Chinese steel, and Beijing retaliated with tariffs on US pork.\n');
  htmlFile = join(dir, 'page.html');
  writeFileSync(htmlFile, HTML, 'utf8');
  binaryFile = join(dir, 'image.txt');
  writeFileSync(binaryFile, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48]));
  badUtf8File = join(dir, 'latin1.txt');
  // "Café" in Latin-1 (0xE9 alone is not UTF-8), plus a stray continuation byte; no NUL bytes.
  writeFileSync(badUtf8File, Buffer.concat([Buffer.from('Beijing imposed export controls. Caf'), Buffer.from([0xe9, 0x20, 0x80]), Buffer.from(' ok\n')]));
  emptyDir = mkdtempSync(join(dir, 'a-directory-'));
  tree = join(dir, 'tree');
  for (const [path, text] of Object.entries(TREE)) {
    mkdirSync(join(tree, path, '..'), { recursive: true });
    writeFileSync(join(tree, path), text);
  }
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('annotate --json', () => {
  it('prints exactly one JSON document with the file as given and well-formed mentions', async () => {
    const given = `./${relative(process.cwd(), txtFile)}`;
    const { code, out, err } = await run(['--json', given]);
    expect(err).toBe('');
    expect(code).toBe(0);
    const { documents } = parseJson(out);
    expect(documents).toHaveLength(1);
    const [doc] = documents;
    expect(doc.file).toBe(given);
    expect(doc.mentions.length).toBeGreaterThanOrEqual(3);
    for (const m of doc.mentions) {
      expect(Object.keys(m).sort()).toEqual([...MENTION_FIELDS].sort());
      expect(TXT.slice(m.start, m.end)).toBe(m.text);
      expect(m.end).toBeGreaterThan(m.start);
      expect(['tighten', 'relax', 'neutral']).toContain(m.stance);
      expect(m.confidence).toBeGreaterThanOrEqual(0);
      expect(m.confidence).toBeLessThanOrEqual(1);
      expect(m.sentence).toContain(m.text);
      expect(TXT).toContain(m.sentence);
    }
    const levers = doc.mentions.map((m) => m.lever);
    expect(levers).toContain('gallium-germanium');
    expect(levers).toContain('entity-list');
    // The shipping line before the levers names none.
    expect(doc.mentions.every((m) => m.start >= TXT.indexOf('Beijing'))).toBe(true);
  });

  it('keeps one document per file, in order, with a tally that counts its mentions', async () => {
    const { code, out } = await run(['--json', txtFile, txtFile2]);
    expect(code).toBe(0);
    const { documents } = parseJson(out);
    expect(documents.map((d) => d.file)).toEqual([txtFile, txtFile2]);
    for (const doc of documents) {
      expect(doc.tally.total).toBe(doc.mentions.length);
      const counted: Record<string, number> = {};
      for (const m of doc.mentions) counted[m.side ?? 'none'] = (counted[m.side ?? 'none'] ?? 0) + 1;
      const tallied = Object.fromEntries(Object.entries(doc.tally.bySide).map(([s, t]) => [s, t.count]));
      expect(tallied).toEqual(counted);
    }
  });

  it('accepts --json after the file names', async () => {
    const { code, out } = await run([txtFile, '--json']);
    expect(code).toBe(0);
    expect(parseJson(out).documents[0].file).toBe(txtFile);
  });
});

describe('annotate table output', () => {
  it('lists every mention and a per-side tally', async () => {
    const json = parseJson((await run(['--json', txtFile])).out).documents[0];
    const { code, out, err } = await run([txtFile]);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(() => JSON.parse(out)).toThrow();
    const lines = out.split('\n');
    expect(lines[0]).toBe(`== ${txtFile}`);
    for (const m of json.mentions) {
      const row = lines.find((l) => l.startsWith(`${m.start} `) && l.includes(m.lever));
      expect(row, `no table row for ${m.lever} at ${m.start}`).toBeDefined();
      expect(row).toContain(m.side ?? '-');
      expect(row).toContain(m.stance);
    }
    const header = lines.findIndex((l) => /^side\s+mentions\s+tighten\s+relax\s+neutral/.test(l));
    expect(header).toBeGreaterThan(0);
    for (const [side, t] of Object.entries(json.tally.bySide)) {
      const row = lines.slice(header + 1).find((l) => l.split(/\s+/)[0] === side);
      expect(row, `no tally row for ${side}`).toBeDefined();
      expect(row!.split(/\s+/).slice(1, 5).map(Number)).toEqual([t.count, t.tighten, t.relax, t.neutral]);
    }
    const total = lines.find((l) => /^total\s/.test(l));
    expect(total?.split(/\s+/)[1]).toBe(String(json.mentions.length));
  });

  it('says so when a file names no lever', async () => {
    const quiet = join(dir, 'quiet.txt');
    writeFileSync(quiet, 'The weather in Lisbon was mild and the cafés were full.\n');
    const { code, out } = await run([quiet]);
    expect(code).toBe(0);
    expect(out).toContain(`== ${quiet}`);
    expect(out).toContain('No levers found.');
  });
});

describe('annotate input errors', () => {
  const cases: [string, () => string, RegExp][] = [
    ['a missing file', () => join(dir, 'does-not-exist.txt'), /no such file/],
    ['a directory', () => emptyDir, /directory/],
    ['a binary file', () => binaryFile, /binary/],
    ['an invalid UTF-8 file', () => badUtf8File, /UTF-8/],
  ];

  it.each(cases)('reports %s on stderr, exits 1 and still annotates the good file (json)', async (_what, bad, message) => {
    const badFile = bad();
    const { code, out, err } = await run(['--json', badFile, txtFile]);
    expect(code).toBe(1);
    expect(err).toContain(badFile);
    expect(err).toMatch(message);
    expect(err).not.toMatch(/\n\s+at /); // a message, not a stack trace
    const { documents } = parseJson(out);
    expect(documents.map((d) => d.file)).toEqual([txtFile]);
    expect(documents[0].mentions.length).toBeGreaterThan(0);
  });

  it.each(cases)('reports %s on stderr, exits 1 and still annotates the good file (table)', async (_what, bad, message) => {
    const badFile = bad();
    const { code, out, err } = await run([txtFile, badFile, txtFile2]);
    expect(code).toBe(1);
    expect(err).toContain(badFile);
    expect(err).toMatch(message);
    expect(out).toContain(`== ${txtFile}\n`);
    expect(out).toContain(`== ${txtFile2}\n`);
    expect(out).not.toContain(`== ${badFile}\n`);
  });

  it('exits 2 with usage when no file is given', async () => {
    for (const argv of [[], ['--json']]) {
      const { code, out, err } = await run(argv);
      expect(code).toBe(2);
      expect(err).toMatch(/no input/i);
      expect(err).toMatch(/Usage:/);
      expect(out).toBe('');
    }
  });

  it('exits 2 on an unknown option without reading any file', async () => {
    const { code, out, err } = await run(['--jsno', txtFile]);
    expect(code).toBe(2);
    expect(err).toContain('--jsno');
    expect(err).toMatch(/Usage:/);
    expect(out).toBe('');
  });

  it('prints usage on --help and exits 0', async () => {
    const { code, out } = await run(['--help']);
    expect(code).toBe(0);
    expect(out).toMatch(/Usage:/);
  });
});

describe('annotate HTML input', () => {
  it('finds the outside-the-article lever words when they are plain text (control)', async () => {
    const control = join(dir, 'noise.txt');
    writeFileSync(control, [NOISE.header, ...NOISE.nav, NOISE.label, NOISE.textarea, NOISE.footer].join('\n\n'));
    const [doc] = parseJson((await run(['--json', control])).out).documents;
    const levers = new Set(doc.mentions.map((m) => m.lever));
    for (const lever of OUTSIDE_LEVERS) expect(levers.has(lever), lever).toBe(true);
  });

  it('reads only the article text of an HTML page', async () => {
    const { code, out, err } = await run(['--json', htmlFile]);
    expect(err).toBe('');
    expect(code).toBe(0);
    const [doc] = parseJson(out).documents;
    expect(doc.file).toBe(htmlFile);
    const levers = new Set(doc.mentions.map((m) => m.lever));
    expect(levers.has('gallium-germanium')).toBe(true);
    for (const lever of OUTSIDE_LEVERS) expect(levers.has(lever), `${lever} came from outside the article`).toBe(false);
    const articleText = ['Gallium squeeze deepens', ...ARTICLE_PARAGRAPHS].join('\n\n');
    for (const m of doc.mentions) {
      expect(articleText, 'mention sentence is not article text').toContain(m.sentence.trim());
      expect(m.sentence).toContain(m.text);
    }
  });
});


describe('annotate --jsonl', () => {
  it('writes one JSON object per input and line, in input order, each parseable alone', async () => {
    const { code, out, err } = await run(['--jsonl', txtFile, htmlFile, txtFile2]);
    expect(err).toBe('');
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines.at(-1)).toBe('');
    expect(lines).toHaveLength(4);
    const docs = parseJsonl(out);
    expect(docs.map((d) => d.file)).toEqual([txtFile, htmlFile, txtFile2]);
    const asJson = parseJson((await run(['--json', txtFile, htmlFile, txtFile2])).out).documents;
    expect(docs).toEqual(asJson);
  });

  it('writes a line for a document with no levers, and none for a failed input', async () => {
    const quiet = join(dir, 'calm.txt');
    writeFileSync(quiet, 'Nothing of note happened in the markets today.\n');
    const { code, out } = await run(['--jsonl', quiet, join(dir, 'gone.txt')]);
    expect(code).toBe(1);
    const docs = parseJsonl(out);
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject({ file: quiet, mentions: [], tally: { total: 0 } });
  });
});

describe('annotate --csv', () => {
  it('writes a header and one properly quoted row per mention', async () => {
    // Commas and double quotes in the sentence, and a line break in the file's name: those cells must be quoted.
    const tricky = join(dir, 'a "tricky", name\nover two lines.txt');
    const text = 'Washington said, "We will impose tariffs on steel,"\nand Beijing answered with export controls on gallium.\n';
    writeFileSync(tricky, text);
    const { code, out } = await run(['--csv', tricky, txtFile]);
    expect(code).toBe(0);
    expect(out.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(out);
    expect(rows[0]).toEqual(['file', 'start', 'end', 'text', 'lever', 'category', 'side', 'stance', 'confidence', 'sentence']);
    const json = parseJson((await run(['--json', tricky, txtFile])).out).documents;
    const expected = json.flatMap((d) =>
      d.mentions.map((m) => [d.file, String(m.start), String(m.end), m.text, m.lever, m.category, m.side ?? '', m.stance, String(m.confidence), m.sentence]),
    );
    expect(rows.slice(1)).toEqual(expected);
    expect(rows[1][0]).toBe(tricky);
    expect(rows[1][9]).toBe('Washington said, "We will impose tariffs on steel," and Beijing answered with export controls on gallium.');
  });

  it('writes only the header when nothing is found', async () => {
    const quiet = join(dir, 'calm2.txt');
    writeFileSync(quiet, 'Nothing of note happened.\n');
    const { out } = await run(['--csv', quiet]);
    expect(out).toBe('file,start,end,text,lever,category,side,stance,confidence,sentence\r\n');
  });
});

describe('annotate --summary', () => {
  it('adds up each side over all inputs', async () => {
    const files = [txtFile, txtFile2, htmlFile];
    const docs = parseJson((await run(['--json', ...files])).out).documents;
    const { code, out } = await run(['--summary', '--json', ...files]);
    expect(code).toBe(0);
    const summary = JSON.parse(out) as { documents: number; withMentions: number; total: number; bySide: Record<string, { documents: number; count: number; tighten: number; relax: number; neutral: number; levers: Record<string, number> }> };
    expect(summary.documents).toBe(3);
    expect(summary.total).toBe(docs.reduce((n, d) => n + d.mentions.length, 0));
    const sides = new Set(docs.flatMap((d) => d.mentions.map((m) => m.side ?? 'none')));
    expect(new Set(Object.keys(summary.bySide))).toEqual(sides);
    for (const side of sides) {
      const mine = docs.flatMap((d) => d.mentions.filter((m) => (m.side ?? 'none') === side));
      const s = summary.bySide[side];
      expect(s.count).toBe(mine.length);
      expect([s.tighten, s.relax, s.neutral]).toEqual(['tighten', 'relax', 'neutral'].map((st) => mine.filter((m) => m.stance === st).length));
      expect(s.documents).toBe(docs.filter((d) => d.mentions.some((m) => (m.side ?? 'none') === side)).length);
      expect(Object.values(s.levers).reduce((a, b) => a + b, 0)).toBe(mine.length);
    }
    // Most mentions first.
    const counts = Object.values(summary.bySide).map((s) => s.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('prints the summary as a table by default', async () => {
    const { code, out } = await run(['--summary', txtFile, txtFile2]);
    expect(code).toBe(0);
    const json = JSON.parse((await run(['--summary', '--json', txtFile, txtFile2])).out) as { total: number; bySide: Record<string, { documents: number; count: number }> };
    expect(out.split('\n')[0]).toBe(`2 documents, 2 with levers, ${json.total} mentions`);
    for (const [side, s] of Object.entries(json.bySide)) {
      const row = out.split('\n').find((l) => l.split(/\s+/)[0] === side);
      expect(row?.split(/\s+/).slice(1, 3).map(Number)).toEqual([s.documents, s.count]);
    }
  });

  it('refuses --summary with --csv or --jsonl, and two output formats', async () => {
    for (const argv of [['--summary', '--csv'], ['--summary', '--jsonl'], ['--json', '--csv'], ['--jsonl', '--table']]) {
      const { code, out, err } = await run([...argv, txtFile]);
      expect(code, argv.join(' ')).toBe(2);
      expect(out).toBe('');
      expect(err).toMatch(/Usage:/);
    }
  });
});

describe('annotate stdin', () => {
  it('reads text from - and names it "-"', async () => {
    const { code, out } = await run(['--json', '-'], { stdin: TXT });
    expect(code).toBe(0);
    const [doc] = parseJson(out).documents;
    expect(doc.file).toBe('-');
    expect(doc.mentions).toEqual(parseJson((await run(['--json', txtFile])).out).documents[0].mentions);
  });

  it('reads HTML from - when it starts with a tag, or when told', async () => {
    const fromFile = parseJson((await run(['--json', htmlFile])).out).documents[0].mentions;
    expect(parseJson((await run(['--json', '-'], { stdin: HTML })).out).documents[0].mentions).toEqual(fromFile);
    const fragment = `<p>${ARTICLE_PARAGRAPHS[0]}</p>`;
    const told = parseJson((await run(['--json', '--stdin-as', 'html', '-'], { stdin: `  \n${fragment}` })).out).documents[0];
    expect(told.mentions.every((m) => !m.sentence.includes('<'))).toBe(true);
    // Told it is text, the markup stays in.
    const asText = parseJson((await run(['--json', '--stdin-as=text', '-'], { stdin: fragment })).out).documents[0];
    expect(asText.mentions[0].sentence).toContain('<p>');
  });

  it('keeps stdin at its place among other inputs', async () => {
    const { out } = await run(['--jsonl', txtFile, '-', txtFile2], { stdin: 'Tokyo eased export controls on chemicals.' });
    expect(parseJsonl(out).map((d) => d.file)).toEqual([txtFile, '-', txtFile2]);
  });

  it('reports binary or invalid UTF-8 stdin as "-"', async () => {
    const { code, err } = await run(['--json', '-', txtFile], { stdin: Buffer.from([0x41, 0xe9, 0x20, 0x80]) });
    expect(code).toBe(1);
    expect(err).toMatch(/^pressure-points: -: is not valid UTF-8/m);
  });

  it('refuses - twice', async () => {
    expect((await run(['-', '-'])).code).toBe(2);
  });
});

describe('annotate directories and patterns', () => {
  it('walks a directory recursively: .txt, .html and .htm files in name order, hidden ones skipped', async () => {
    const { code, out, err } = await run(['--jsonl', tree]);
    expect(err).toBe('');
    expect(code).toBe(0);
    const files = parseJsonl(out).map((d) => relative(tree, d.file));
    expect(files).toEqual(['a/Z.txt', 'a/story.html', 'b/10.txt', 'b/2.txt', 'c.TXT']);
  });

  it('reads HTML found in a directory as HTML', async () => {
    const docs = parseJsonl((await run(['--jsonl', tree])).out);
    const html = docs.find((d) => d.file.endsWith('story.html'));
    expect(html?.mentions.map((m) => m.lever)).toContain('export-controls');
    expect(html?.mentions.every((m) => !m.sentence.includes('<'))).toBe(true);
  });

  it('expands glob patterns, in name order', async () => {
    const { code, out } = await run(['--jsonl', join(tree, '**/*.txt')]);
    expect(code).toBe(0);
    expect(parseJsonl(out).map((d) => relative(tree, d.file))).toEqual(['a/Z.txt', 'b/10.txt', 'b/2.txt']);
    const braces = parseJsonl((await run(['--jsonl', join(tree, 'b/{2,10}.txt')])).out).map((d) => relative(tree, d.file));
    expect(braces).toEqual(['b/10.txt', 'b/2.txt']);
  });

  it('reads a file named explicitly whatever its extension', async () => {
    const { code, out } = await run(['--jsonl', join(tree, 'a/notes.md')]);
    expect(code).toBe(0);
    expect(parseJsonl(out)[0].mentions.map((m) => m.lever)).toContain('graphite');
  });

  it('reports a pattern that matches nothing and an empty directory, and goes on', async () => {
    const { code, out, err } = await run(['--jsonl', join(tree, 'nothing/*.txt'), emptyDir, txtFile]);
    expect(code).toBe(1);
    expect(err).toContain(`${join(tree, 'nothing/*.txt')}: no .txt, .html or .htm file matches`);
    expect(err).toContain(`${emptyDir}: a directory with no .txt, .html or .htm file`);
    expect(parseJsonl(out).map((d) => d.file)).toEqual([txtFile]);
  });

  it('reports problems in input order, each with its path', async () => {
    const missing = [join(dir, 'one-missing.txt'), join(dir, 'two-missing.txt')];
    const { err } = await run(['--jsonl', missing[0], txtFile, binaryFile, missing[1]]);
    const lines = err.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain(missing[0]);
    expect(lines[1]).toContain(binaryFile);
    expect(lines[2]).toContain(missing[1]);
  });
});

describe('annotate and the engine agree', () => {
  it('gives exactly the engine\'s mentions and tally for a text file', async () => {
    const [doc] = parseJson((await run(['--json', txtFile])).out).documents;
    const engine = annotateText(TXT, seed);
    expect(doc.mentions).toEqual(JSON.parse(JSON.stringify(engine.mentions.map(({ start, end, text, lever, category, side, stance, confidence, sentence }) => ({ start, end, text, lever, category, side, stance, confidence, sentence })))));
    expect(doc.tally).toEqual(JSON.parse(JSON.stringify(engine.tally)));
  });
});

describe('annotate progress', () => {
  it('draws nothing on stderr when it is not a terminal', async () => {
    const { err } = await run(['--jsonl', txtFile, txtFile2]);
    expect(err).toBe('');
  });

  it('draws a bar with count, rate and time left on a terminal, and wipes it at the end', async () => {
    const { err, out } = await run(['--jsonl', txtFile, txtFile2, htmlFile], { stderrTTY: true });
    expect(err).toMatch(/\r\x1b\[K\[#+-*\]\s+\d\/3\s+\d+%\s+[\d.]+\/s/);
    expect(err).toMatch(/3\/3 100%/);
    expect(err.endsWith('\r\x1b[K')).toBe(true);
    expect(out).not.toContain('\x1b');
  });

  it('can be turned off on a terminal, or on when it is not one', async () => {
    expect((await run(['--no-progress', '--jsonl', txtFile], { stderrTTY: true })).err).toBe('');
    expect((await run(['--progress', '--jsonl', txtFile])).err).toMatch(/1\/1 100%/);
  });
});
