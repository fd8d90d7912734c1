import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/annotate';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MENTION_FIELDS = ['start', 'end', 'text', 'lever', 'category', 'side', 'stance', 'confidence', 'sentence'];

interface JsonMention {
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
interface JsonSideTally {
  count: number;
  tighten: number;
  relax: number;
  neutral: number;
  levers: Record<string, number>;
}
interface JsonDocument {
  file: string;
  mentions: JsonMention[];
  tally: { total: number; bySide: Record<string, JsonSideTally> };
}

/** A stream stand-in that keeps what was written. */
function sink() {
  const chunks: string[] = [];
  return {
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

async function run(argv: string[]) {
  const out = sink();
  const err = sink();
  const code = await main(argv, out as unknown as Parameters<typeof main>[1], err as unknown as Parameters<typeof main>[2]);
  return { code, out: out.text, err: err.text };
}

function parseJson(stdout: string): { documents: JsonDocument[] } {
  const parsed = JSON.parse(stdout) as { documents: JsonDocument[] };
  expect(Object.keys(parsed)).toEqual(['documents']);
  expect(Array.isArray(parsed.documents)).toBe(true);
  return parsed;
}

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
      expect(err).toMatch(/no file/i);
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

describe('annotate as a process', () => {
  it('prints parseable JSON for a text file', () => {
    const stdout = execFileSync('npx', ['tsx', 'src/cli/annotate.ts', '--json', txtFile], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const { documents } = parseJson(stdout);
    expect(documents).toHaveLength(1);
    expect(documents[0].file).toBe(txtFile);
    expect(documents[0].mentions.length).toBeGreaterThan(0);
    for (const m of documents[0].mentions) expect(TXT.slice(m.start, m.end)).toBe(m.text);
  }, 60_000);
});
