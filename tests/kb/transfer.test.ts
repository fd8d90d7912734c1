import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { version as appVersion } from '../../package.json';
import { bulkInsert, queryAnnotations, recordAnchoring, saveAnnotation, savedTallies } from '../../src/kb/annotations';
import { loadKnowledgeBase, openDb, type AnnotationRow, type PressureDb } from '../../src/kb/db';
import { seed } from '../../src/kb/seed/index';
import {
  applyImport,
  EXPORT_FORMAT,
  exportAnnotationsCsv,
  exportAnnotationsJson,
  exportAnnotationsMarkdown,
  exportKnowledgeBaseJson,
  planImport,
  toWebAnnotation,
} from '../../src/kb/transfer';

let counter = 0;
const opened: PressureDb[] = [];
function freshDb(): PressureDb {
  const db = openDb(`transfer-test-${process.pid}-${++counter}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

const T0 = Date.UTC(2025, 3, 4, 9, 30); // Friday 2025-04-04 09:30 UTC
const HOUR = 3_600_000;
type Row = AnnotationRow & { uid: string };

function uidOf(i: number): string {
  return `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
}

/** A generated annotation; `pages` spreads rows over that many pages. */
function makeRow(i: number, pages = 50, extra: Partial<Row> = {}): Row {
  const levers = ['rare-earths', 'graphite', 'gallium-germanium'];
  const sides = ['china', 'us', null];
  const stances = ['tighten', 'relax', 'neutral'] as const;
  const page = i % pages;
  return {
    uid: uidOf(i),
    url: `https://news.example/story-${page}`,
    title: `Story ${page}`,
    site: 'news.example',
    savedAt: T0 + i * HOUR,
    lever: levers[i % 3],
    category: 'critical-minerals',
    side: sides[i % 3],
    stance: stances[Math.floor(i / 2) % 3],
    quote: { exact: `export controls ${i}`, prefix: 'Beijing tightened ', suffix: ' on Tuesday' },
    position: { start: 10 + i, end: 30 + i },
    sentence: `Beijing tightened export controls ${i} on Tuesday.`,
    note: i % 4 === 0 ? '' : `note ${i}`,
    tags: i % 5 === 0 ? [] : ['minerals', `t${i % 7}`],
    ...extra,
  };
}

/** The stored knowledge base, every row with its origin and flags. */
async function kbSnapshot(db: PressureDb) {
  return { levers: await db.levers.toArray(), sides: await db.sides.toArray() };
}

/** Everything stored about annotations, without the local ids, in a stable order. */
async function snapshot(db: PressureDb) {
  const rows = (await db.annotations.toArray()).map(({ id: _id, ...r }) => r).sort((a, b) => (a.uid! < b.uid! ? -1 : 1));
  const stats = (await db.stats.toArray()).sort((a, b) => (a.key < b.key ? -1 : 1));
  return { rows, stats };
}

type Doc = Record<string, any> & { first: { type: string; items: Record<string, any>[] } };
const parse = (text: string) => JSON.parse(text) as Doc;

/** A minimal RFC 4180 reader, to check what a spreadsheet would see. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('Web Annotation JSON export', () => {
  it('writes a JSON-LD AnnotationCollection with selectors and classifying bodies', async () => {
    const db = freshDb();
    const { annotation: saved } = await saveAnnotation(
      db,
      {
        uid: crypto.randomUUID(),
        title: 'China tightens rare earths',
        lever: 'rare-earths',
        category: 'critical-minerals',
        side: 'china',
        stance: 'tighten',
        quote: { exact: 'rare earths', prefix: 'Beijing restricted ', suffix: ' exports on Friday' },
        position: { start: 19, end: 30 },
        sentence: 'Beijing restricted rare earths exports on Friday.',
        note: '  Big one  ',
        tags: ['minerals', 'china', 'minerals'],
      },
      'https://www.example.com/news/minerals?utm_source=x',
      T0,
    );
    await bulkInsert(db, [makeRow(20, 50, { lever: 'no-such-lever', side: null })]);
    const doc = parse(await exportAnnotationsJson(db, undefined, T0 + HOUR));
    const stored = await db.annotations.get(saved.id);

    expect(doc['@context']).toEqual(['http://www.w3.org/ns/anno.jsonld', { pp: 'https://pressure-points.invalid/ns#' }]);
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.format).toBe(EXPORT_FORMAT);
    expect(doc.generator).toEqual({ type: 'Software', name: 'Pressure Points', version: appVersion });
    expect(doc.generated).toBe('2025-04-04T10:30:00.000Z');
    expect(doc.total).toBe(2);
    expect(doc.first.type).toBe('AnnotationPage');
    expect(doc.first.items).toHaveLength(2);
    expect(doc.first.items[0]).toEqual({
      id: `urn:uuid:${stored!.uid}`,
      type: 'Annotation',
      created: '2025-04-04T09:30:00.000Z',
      body: [
        { type: 'TextualBody', purpose: 'commenting', value: 'Big one', format: 'text/plain' },
        { type: 'TextualBody', purpose: 'classifying', 'pp:kind': 'lever', value: 'rare-earths', 'pp:leverName': 'Rare earths', 'pp:category': 'critical-minerals' },
        { type: 'TextualBody', purpose: 'classifying', 'pp:kind': 'side', value: 'china' },
        { type: 'TextualBody', purpose: 'tagging', value: 'minerals' },
        { type: 'TextualBody', purpose: 'tagging', value: 'china' },
      ],
      target: {
        source: 'https://www.example.com/news/minerals',
        'pp:title': 'China tightens rare earths',
        selector: [
          { type: 'TextQuoteSelector', exact: 'rare earths', prefix: 'Beijing restricted ', suffix: ' exports on Friday' },
          { type: 'TextPositionSelector', start: 19, end: 30 },
        ],
      },
      'pp:stance': 'tighten',
      'pp:sentence': 'Beijing restricted rare earths exports on Friday.',
      'pp:site': 'example.com',
    });
    // No note: no commenting body; no side: "none"; unknown lever: no name; no tags: no tagging bodies.
    expect(doc.first.items[1].id).toBe(`urn:uuid:${uidOf(20)}`);
    expect(doc.first.items[1].body).toEqual([
      { type: 'TextualBody', purpose: 'classifying', 'pp:kind': 'lever', value: 'no-such-lever', 'pp:category': 'critical-minerals' },
      { type: 'TextualBody', purpose: 'classifying', 'pp:kind': 'side', value: 'none' },
    ]);
  });

  it('toWebAnnotation carries the anchoring status and names non-UUID ids with a pp urn', () => {
    const row = { ...makeRow(1), uid: 'pp-abc/1', anchor: { at: T0, placed: false } };
    const a = toWebAnnotation(row);
    expect(a.id).toBe('urn:pp:annotation:pp-abc%2F1');
    expect(a['pp:anchor']).toEqual({ at: '2025-04-04T09:30:00.000Z', placed: false });
    expect(a.body[0]).toEqual({ type: 'TextualBody', purpose: 'commenting', value: 'note 1', format: 'text/plain' });
    expect(() => toWebAnnotation({ ...makeRow(2), uid: undefined })).toThrow(/no uid/);
  });

  it('an empty database exports an empty collection that imports as nothing', async () => {
    const db = freshDb();
    const text = await exportAnnotationsJson(db);
    expect(parse(text).first.items).toEqual([]);
    expect(parse(text).total).toBe(0);
    expect(await planImport(db, text)).toEqual({ kind: 'annotations', add: 0, update: 0, skip: 0, issues: [], items: [] });
  });
});

describe('annotation import', () => {
  async function filledDb(n = 40): Promise<PressureDb> {
    const db = freshDb();
    await saveAnnotation(
      db,
      {
        uid: crypto.randomUUID(),
        title: 'Zürich — “稀土” talks, "quoted"',
        lever: 'rare-earth-magnets',
        category: 'critical-minerals',
        side: null,
        stance: 'neutral',
        quote: { exact: 'magnets\nand “more”', prefix: '', suffix: '' },
        position: { start: 0, end: 17 },
        sentence: 'magnets\nand “more”.',
        note: 'line one\nline two',
        tags: ['a,b', 'ünï'],
      },
      'https://news.example/zürich?id=7&utm_medium=mail',
      T0 - 10 * 24 * HOUR,
    );
    await bulkInsert(db, Array.from({ length: n }, (_, i) => makeRow(i)));
    const rows = await db.annotations.limit(3).primaryKeys();
    await recordAnchoring(db, [rows[1] as number], [rows[2] as number], T0 + 99);
    return db;
  }

  it('export then import into a fresh database gives the same annotations and counters', async () => {
    const a = await filledDb();
    const text = await exportAnnotationsJson(a);
    const b = freshDb();
    const plan = await planImport(b, text);
    expect(plan).toMatchObject({ kind: 'annotations', add: 41, update: 0, skip: 0, issues: [] });
    expect(await applyImport(b, plan)).toEqual({ added: 41, updated: 0, skipped: 0 });
    const [sa, sb] = [await snapshot(a), await snapshot(b)];
    expect(sb.rows).toHaveLength(41);
    expect(sb.rows).toEqual(sa.rows);
    expect(sb.stats).toEqual(sa.stats);
    expect(await savedTallies(b, T0)).toEqual(await savedTallies(a, T0));
    expect(sb.rows.filter((r) => r.anchor).map((r) => r.anchor)).toEqual(sa.rows.filter((r) => r.anchor).map((r) => r.anchor));
    expect(sb.rows.filter((r) => r.anchor)).toHaveLength(2);
    // The imported rows are searchable like saved ones.
    expect((await queryAnnotations(b, { text: 'zürich' })).total).toBe(1);
  });

  it('re-importing the same file adds nothing', async () => {
    const db = await filledDb();
    const text = await exportAnnotationsJson(db);
    const before = await snapshot(db);
    const plan = await planImport(db, text);
    expect(plan).toMatchObject({ add: 0, update: 0, skip: 41, issues: [] });
    expect(await applyImport(db, plan)).toEqual({ added: 0, updated: 0, skipped: 41 });
    expect(await snapshot(db)).toEqual(before);
  });

  it('a changed note or tags updates the row, its search words, and keeps the counters', async () => {
    const db = await filledDb(10);
    const doc = parse(await exportAnnotationsJson(db));
    const item = doc.first.items.find((it) => it.id === `urn:uuid:${uidOf(3)}`)!;
    item.body.find((b: { purpose: string }) => b.purpose === 'commenting').value = 'Quasar remark';
    const other = doc.first.items.find((it) => it.id === `urn:uuid:${uidOf(6)}`)!;
    other.body.push({ type: 'TextualBody', purpose: 'tagging', value: 'zeppelin' });
    const statsBefore = (await snapshot(db)).stats;
    const plan = await planImport(db, JSON.stringify(doc));
    expect(plan).toMatchObject({ add: 0, update: 2, skip: 9, issues: [] });
    expect(await applyImport(db, plan)).toEqual({ added: 0, updated: 2, skipped: 9 });
    const three = await db.annotations.where('uid').equals(uidOf(3)).first();
    expect(three?.note).toBe('Quasar remark');
    expect((await queryAnnotations(db, { text: 'quasar' })).rows.map((r) => r.uid)).toEqual([uidOf(3)]);
    expect((await db.annotations.where('uid').equals(uidOf(6)).first())?.tags).toEqual(['minerals', 't6', 'zeppelin']);
    expect((await queryAnnotations(db, { text: 'zeppelin' })).total).toBe(1);
    expect((await snapshot(db)).stats).toEqual(statsBefore);
    // A changed stance moves the row between counters.
    // China's rows are 0, 3, 6, 9: tighten 0 and 6, relax 3 and 9. Row 0 becomes relax.
    const zero = doc.first.items.find((it) => it.id === `urn:uuid:${uidOf(0)}`)!;
    expect(zero['pp:stance']).toBe('tighten');
    zero['pp:stance'] = 'relax';
    expect(await applyImport(db, await planImport(db, JSON.stringify(doc)))).toEqual({ added: 0, updated: 1, skipped: 10 });
    const china = (await savedTallies(db, T0)).allTime.bySide.china;
    expect([china.count, china.tighten, china.relax]).toEqual([4, 1, 3]);
  });

  it('refuses a file that is not JSON, naming the line and column', async () => {
    const db = freshDb();
    const plan = await planImport(db, '{\n  "format": "pressure-points/annotations@1"\n  "type": "AnnotationCollection"\n}');
    expect(plan.issues).toHaveLength(1);
    expect(plan.issues[0]).toMatchObject({ record: null, field: '' });
    expect(plan.issues[0].message).toMatch(/^The file is not valid JSON \(line 3, column 3\): /);
    const cut = await planImport(db, '{"format": ');
    expect(cut.issues[0].message).toMatch(/^The file is not valid JSON \(line 1, column 12\): Unexpected end of JSON input\.$/);
    await expect(applyImport(db, plan)).rejects.toThrow(/refused/);
  });

  it('refuses files that are not our exports with one clear issue', async () => {
    const db = freshDb();
    const cases: [string, string][] = [
      ['[1, 2]', 'This is not a Pressure Points export: the file holds a list, not an export object.'],
      ['{"hello": "world"}', 'This is not a Pressure Points export: it has no "format" field.'],
      ['{"format": "hypothesis/v1"}', 'This is not a Pressure Points export: its format is "hypothesis/v1", not pressure-points/annotations@1, pressure-points/knowledge-base@1 or pressure-points/reading-log@1.'],
      ['{"type": "AnnotationCollection", "first": {"items": []}}', 'This is not a Pressure Points export: this annotation collection has no "format": "pressure-points/annotations@1".'],
    ];
    for (const [text, message] of cases) {
      const plan = await planImport(db, text);
      expect(plan).toEqual({ kind: 'annotations', add: 0, update: 0, skip: 0, issues: [{ record: null, field: '', message }], items: [] });
    }
    const newer = await planImport(db, '{"format": "pressure-points/annotations@2"}');
    expect(newer.issues).toEqual([{ record: null, field: 'format', message: 'This file was made by another version of Pressure Points (format pressure-points/annotations@2); this version reads pressure-points/annotations@1, pressure-points/knowledge-base@1 and pressure-points/reading-log@1.' }]);
  });

  it('names the record and field of each invalid record, and changes nothing', async () => {
    const source = await filledDb(20);
    const doc = parse(await exportAnnotationsJson(source));
    const items = doc.first.items;
    // Items are in key order: item 0 is the saveAnnotation row, item k+1 is makeRow(k).
    delete items[17].target.selector[0].exact;
    items[3].target.source = 'javascript:alert(1)';
    items[5].target.selector[1].end = items[5].target.selector[1].start;
    items[6]['pp:stance'] = 'loosen';
    items[7].created = 'yesterday';
    items[8].body = items[8].body.filter((b: { 'pp:kind'?: string }) => b['pp:kind'] !== 'side');
    items[9].body.find((b: { 'pp:kind'?: string }) => b['pp:kind'] === 'lever').value = '';
    items[10].target.selector[1].start = 2.5;
    items[12].id = items[11].id;
    const target = freshDb();
    await bulkInsert(target, [makeRow(500)]);
    const before = await snapshot(target);
    const plan = await planImport(target, JSON.stringify(doc));
    expect(plan.issues).toEqual([
      { record: 3, field: 'target.source', message: '"javascript:alert(1)" is not an http(s) address' },
      { record: 5, field: 'target.selector[1].end', message: 'must be greater than start (14), found 14' },
      { record: 6, field: 'pp:stance', message: 'expected tighten, relax or neutral, found "loosen"' },
      { record: 7, field: 'created', message: 'expected an ISO date and time like 2025-04-04T09:30:00.000Z, found "yesterday"' },
      { record: 8, field: 'body', message: 'missing the side: a "classifying" body with "pp:kind": "side" (value "none" for no side)' },
      { record: 9, field: 'body[0].value', message: 'is required (lower-case letters, digits and hyphens, e.g. "pineapple-levy")' },
      { record: 10, field: 'target.selector[1].start', message: 'expected a whole number, found 2.5' },
      { record: 12, field: 'id', message: 'the same id as record 11' },
      { record: 17, field: 'target.selector[0].exact', message: 'missing' },
    ]);
    expect(plan).toMatchObject({ add: 0, update: 0, skip: 0, items: [] });
    await expect(applyImport(target, plan)).rejects.toThrow('This file was refused (9 problems listed); nothing was imported.');
    expect(await snapshot(target)).toEqual(before);
  });

  it('lists 50 problems and counts the rest', async () => {
    const db = freshDb();
    const items = Array.from({ length: 60 }, (_, i) => {
      const a = toWebAnnotation(makeRow(i)) as unknown as Record<string, any>;
      delete a.target.selector[0].exact;
      return a;
    });
    const text = JSON.stringify({ type: 'AnnotationCollection', format: EXPORT_FORMAT, first: { type: 'AnnotationPage', items } });
    const plan = await planImport(db, text);
    expect(plan.issues).toHaveLength(51);
    expect(plan.issues[49]).toEqual({ record: 49, field: 'target.selector[0].exact', message: 'missing' });
    expect(plan.issues[50]).toEqual({ record: null, field: '', message: '…and 10 more problems not listed.' });
  });

  it('rolls everything back when a write fails mid-import', async () => {
    const source = await filledDb(10);
    const text = await exportAnnotationsJson(source);
    for (const existing of [[], [makeRow(500), makeRow(501)]]) {
      const target = freshDb();
      await bulkInsert(target, existing);
      const before = await snapshot(target);
      expect(before.rows).toHaveLength(existing.length);
      const plan = await planImport(target, text);
      expect(plan).toMatchObject({ add: 11, issues: [] });
      // The same record twice: the other rows are written, then the second copy breaks the unique uid index.
      plan.items.push(structuredClone(plan.items[4]));
      await expect(applyImport(target, plan)).rejects.toThrow(/uid|Constraint/);
      expect(await snapshot(target)).toEqual(before);
    }
  });

  it('rolls everything back when the import is stopped between chunks', async () => {
    const source = freshDb();
    await bulkInsert(source, Array.from({ length: 4100 }, (_, i) => makeRow(i)));
    const target = freshDb();
    await bulkInsert(target, [makeRow(9000), makeRow(9001)]);
    const before = await snapshot(target);
    const plan = await planImport(target, await exportAnnotationsJson(source));
    expect(plan).toMatchObject({ add: 4100, issues: [] });
    const seen: number[] = [];
    const stop = (done: number) => {
      seen.push(done);
      if (done >= 4000) throw new Error('stopped by the user');
    };
    await expect(applyImport(target, plan, stop)).rejects.toThrow('stopped by the user');
    // Progress after every step of 500 annotations, the last one the step that stopped it.
    expect(seen).toEqual([500, 1000, 1500, 2000, 2500, 3000, 3500, 4000]);
    expect(await snapshot(target)).toEqual(before);
    // The plan still applies afterwards.
    expect(await applyImport(target, plan)).toEqual({ added: 4100, updated: 0, skipped: 0 });
    expect(await target.annotations.count()).toBe(4102);
  }, 120_000);
});

describe('CSV export', () => {
  it('quotes per RFC 4180 and defuses formulas', async () => {
    const db = freshDb();
    await bulkInsert(db, [
      makeRow(1, 50, {
        title: 'Tariffs, "again"',
        quote: { exact: '-5% on steel', prefix: '+1 ', suffix: '\nnext' },
        note: '=HYPERLINK("http://evil.example")',
        tags: ['@cmd', 'plain'],
        sentence: 'Line one\r\nline two',
      }),
      makeRow(2),
    ]);
    const csv = await exportAnnotationsCsv(db);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('uid,url,title,site,saved_at,lever,category,side,stance,quote,prefix,suffix,start,end,sentence,note,tags,published');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).toContain(
      `${uidOf(1)},https://news.example/story-1,"Tariffs, ""again""",news.example,2025-04-04T10:30:00.000Z,graphite,critical-minerals,us,tighten,` +
        `'-5% on steel,'+1 ,"\nnext",11,31,"Line one\r\nline two","'=HYPERLINK(""http://evil.example"")",'@cmd; plain,\r\n`,
    );
    expect(csv).toContain(
      `${uidOf(2)},https://news.example/story-2,Story 2,news.example,2025-04-04T11:30:00.000Z,gallium-germanium,critical-minerals,none,relax,` +
        `export controls 2,Beijing tightened , on Tuesday,12,32,Beijing tightened export controls 2 on Tuesday.,note 2,minerals; t2,\r\n`,
    );
    const table = readCsv(csv);
    expect(table).toHaveLength(3);
    expect(table.every((r) => r.length === 18)).toBe(true);
    expect(table[1][2]).toBe('Tariffs, "again"');
    expect(table[1][11]).toBe('\nnext');
    expect(table[1][14]).toBe('Line one\r\nline two');
    expect(table[1][15]).toBe(`'=HYPERLINK("http://evil.example")`);
  });
});

describe('Markdown export', () => {
  it('groups by page, newest page first, and escapes the data', async () => {
    const db = freshDb();
    await bulkInsert(db, [
      makeRow(1, 50, { url: 'https://a.example/one', title: 'Chips *and* [tariffs]', savedAt: T0, position: { start: 50, end: 60 }, quote: { exact: '# not a heading <b>x</b> under_score', prefix: '', suffix: '' }, note: '- not a list\n1. not numbered', tags: ['x_y'] }),
      makeRow(2, 50, { url: 'https://a.example/one', title: 'Chips *and* [tariffs]', savedAt: T0 + HOUR, position: { start: 5, end: 9 }, quote: { exact: 'first in the article', prefix: '', suffix: '' }, note: '', tags: [] }),
      makeRow(3, 50, { url: 'https://b.example/two_(2)', title: 'AT&amp;T `code`', savedAt: T0 + 2 * HOUR, note: 'see <script>alert(1)</script>', tags: [], side: 'china', lever: 'rare-earths', stance: 'tighten' }),
    ]);
    const md = await exportAnnotationsMarkdown(db);
    expect(md).toBe(
      [
        '# Pressure Points annotations',
        '',
        '## [AT\\&amp;T \\`code\\`](https://b.example/two_%282%29)',
        '',
        '> export controls 3',
        '',
        'see \\<script\\>alert(1)\\</script\\>',
        '',
        'Rare earths · China · tighten · 2025-04-04',
        '',
        '## [Chips \\*and\\* \\[tariffs\\]](https://a.example/one)',
        '',
        '> first in the article',
        '',
        'Gallium and germanium · no side · relax · 2025-04-04',
        '',
        '> \\# not a heading \\<b\\>x\\</b\\> under\\_score',
        '',
        '\\- not a list',
        '1\\. not numbered',
        '',
        'Graphite · United States · tighten · 2025-04-04 · x\\_y',
        '',
      ].join('\n'),
    );
  });
});

describe('knowledge-base export and import', () => {
  it('round-trips edits and additions, marks updates as edited, and re-imports as all skips', async () => {
    const a = freshDb();
    await a.open();
    await a.levers.update('graphite', { context: 'My own words.', edited: true });
    await a.levers.add({ ...seed.levers[0], id: 'my-lever', name: 'Mine', aliases: ['my thing'], origin: 'user', edited: true, seedVersion: 0 });
    await a.sides.add({ id: 'atlantis', name: 'Atlantis', color: '#123abc', actors: ['Poseidonis'], demonyms: ['Atlantean'], origin: 'user', edited: true, seedVersion: 0 });
    const text = await exportKnowledgeBaseJson(a, T0);
    const doc = JSON.parse(text);
    expect(doc.format).toBe('pressure-points/knowledge-base@1');
    expect(doc.seedVersion).toBe(seed.version);
    expect(doc.levers).toHaveLength(seed.levers.length + 1);
    expect(doc.sides).toHaveLength(seed.sides.length + 1);

    const b = freshDb();
    await b.open();
    await b.levers.delete('antimony');
    const plan = await planImport(b, text);
    expect(plan).toMatchObject({ kind: 'knowledge-base', add: 3, update: 1, skip: seed.levers.length - 2 + seed.sides.length, issues: [] });
    expect(await applyImport(b, plan)).toEqual({ added: 3, updated: 1, skipped: seed.levers.length - 2 + seed.sides.length });
    expect(await loadKnowledgeBase(b)).toEqual(await loadKnowledgeBase(a));
    expect(await b.levers.get('graphite')).toMatchObject({ context: 'My own words.', origin: 'seed', edited: true, seedVersion: seed.version });
    expect(await b.levers.get('my-lever')).toMatchObject({ origin: 'user', edited: true, seedVersion: 0 });
    expect(await b.levers.get('antimony')).toMatchObject({ origin: 'seed', edited: false, seedVersion: seed.version });
    expect(await b.sides.get('atlantis')).toEqual({ id: 'atlantis', name: 'Atlantis', color: '#123abc', actors: ['Poseidonis'], demonyms: ['Atlantean'], origin: 'user', edited: true, seedVersion: 0 });

    const again = await planImport(b, text);
    expect(again).toMatchObject({ add: 0, update: 0, skip: seed.levers.length + 1 + seed.sides.length + 1 });
    expect(await applyImport(b, again)).toEqual({ added: 0, updated: 0, skipped: seed.levers.length + seed.sides.length + 2 });
  });

  it('refuses an invalid knowledge base, naming the record and field, and changes nothing', async () => {
    const a = freshDb();
    const doc = JSON.parse(await exportKnowledgeBaseJson(a));
    doc.levers[2].category = 'bananas';
    doc.levers[4].aliases = ['.'];
    doc.levers[6].facts[0] = 'a fact';
    doc.sides[1].color = 'red';
    doc.sides[3].id = doc.sides[0].id;
    doc.levers[0].name = 'Changed';
    const b = freshDb();
    await b.open();
    const before = await loadKnowledgeBase(b);
    const plan = await planImport(b, JSON.stringify(doc));
    expect(plan.kind).toBe('knowledge-base');
    expect(plan.issues).toEqual([
      { record: 2, field: 'levers[2].category', message: `"bananas" is not a category (one of ${['critical-minerals', 'semiconductors-tech', 'tariffs-remedies', 'export-controls', 'finance-sanctions', 'people-visas', 'agriculture-energy', 'security'].join(', ')})` },
      { record: 4, field: 'levers[4].aliases', message: '"." has no letters or digits' },
      { record: 6, field: 'levers[6].facts[0]', message: 'expected a fact (date, text, source, url), found "a fact"' },
      { record: 1, field: 'sides[1].color', message: '"red" is not a colour: write #rrggbb, e.g. #1d4ed8' },
      { record: 3, field: 'sides[3].id', message: 'the same id as sides[0]' },
    ]);
    await expect(applyImport(b, plan)).rejects.toThrow(/refused/);
    expect(await loadKnowledgeBase(b)).toEqual(before);
  });
});

describe('an annotations file is held to the limits a real export keeps', () => {
  const record = (over: (a: Record<string, any>) => void) => {
    const a = toWebAnnotation(makeRow(1)) as unknown as Record<string, any>;
    over(a);
    return JSON.stringify({ type: 'AnnotationCollection', format: EXPORT_FORMAT, first: { type: 'AnnotationPage', items: [a] } });
  };
  const bodyOf = (a: Record<string, any>, kind: string) => a.body.find((b: Record<string, unknown>) => b['pp:kind'] === kind);

  it.each([
    ['a 5,000,000-character sentence', (a: Record<string, any>): void => void (a['pp:sentence'] = 'x'.repeat(5_000_000)), 'pp:sentence', /longer than 10000/],
    ['an impossible date', (a: Record<string, any>): void => void (a.created = '2025-02-30T10:00:00.000Z'), 'created', /ISO date and time/],
    ['an impossible publication day', (a: Record<string, any>): void => void (a['pp:published'] = '2025-02-30'), 'pp:published', /a day like/],
    ['a site that is not the address\'s', (a: Record<string, any>): void => void (a['pp:site'] = 'bank.example'), 'pp:site', /is not the site of/],
    ['the side "__proto__"', (a: Record<string, any>): void => void (bodyOf(a, 'side').value = '__proto__'), /^body\[\d\]\.value$/, /not kebab-case/],
    ['the lever "constructor"', (a: Record<string, any>): void => void (bodyOf(a, 'lever').value = 'constructor'), /^body\[\d\]\.value$/, /reserved name/],
    ['a 30,000-character note', (a: Record<string, any>): void => void a.body.unshift({ type: 'TextualBody', purpose: 'commenting', value: 'x'.repeat(30_000) }), 'body[0].value', /longer than 20000/],
    ['51 tags', (a: Record<string, any>): void => void a.body.push(...Array.from({ length: 51 }, (_, i) => ({ type: 'TextualBody', purpose: 'tagging', value: `t${i}` }))), 'body', /more than/],
  ] as const)('refuses %s, naming the record and the field', async (_what, over, field, message) => {
    const db = freshDb();
    await bulkInsert(db, [makeRow(500)]);
    const before = await snapshot(db);
    const plan = await planImport(db, record(over));
    expect(plan.issues).toContainEqual({ record: 0, field: typeof field === 'string' ? field : expect.stringMatching(field), message: expect.stringMatching(message) });
    expect(plan.items).toEqual([]);
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('Markdown export of hostile text', () => {
  it('keeps a line break in a tag or a lever name from starting a heading', async () => {
    const db = freshDb();
    await db.open();
    await db.levers.update('graphite', { name: 'Graphite\n# Injected lever heading' });
    await bulkInsert(db, [makeRow(1, 9, { lever: 'graphite', tags: ['ok\n# Injected heading', 'x\r\n- injected item'], note: 'fine\n# note heading' })]);
    const md = await exportAnnotationsMarkdown(db);
    const lines = md.split('\n');
    expect(lines.filter((l) => /^#{1,6} /.test(l))).toEqual(['# Pressure Points annotations', expect.stringMatching(/^## \[/)]);
    expect(lines.filter((l) => /^[-+*] /.test(l))).toEqual([]);
    // Each stays on its annotation's one line of details, where "#" and "-" start nothing.
    expect(lines).toContain('Graphite # Injected lever heading · United States · tighten · 2025-04-04 · ok # Injected heading, x - injected item');
    expect(lines).toContain('\\# note heading');
  });
});

describe('a knowledge-base file is held to the editor\'s rules', () => {
  /** A lever as a hostile or careless file might give it, valid apart from `over`. */
  const lever = (over: Record<string, unknown>) => ({
    id: 'pineapple-quota', ref: 'USER', name: 'Pineapple quotas', category: 'agriculture-energy', holders: ['us'], polarity: 'flow',
    aliases: ['pineapple quota'], context: 'Quotas on pineapple imports.', asOf: '2025-04-04',
    facts: [{ date: '2025-04-04', text: 'A quota was set.', source: 'Gazette', url: 'https://example.org/q' }], ...over,
  });
  const side = (over: Record<string, unknown>) => ({ id: 'atlantis', name: 'Atlantis', color: '#0ea5e9', actors: ['Poseidonis'], demonyms: ['Atlantean'], ...over });
  const file = (levers: unknown[], sides: unknown[] = []) => JSON.stringify({ format: 'pressure-points/knowledge-base@1', levers, sides });

  it.each([
    ['an id that is not kebab-case', lever({ id: 'Not Kebab!' }), [], 'levers[0].id', /not kebab-case/],
    ['a reserved id', lever({ id: 'constructor' }), [], 'levers[0].id', /reserved name/],
    ['the id __proto__', lever({ id: '__proto__' }), [], 'levers[0].id', /not kebab-case/],
    ['the alias "."', lever({ aliases: ['.'] }), [], 'levers[0].aliases', /no letters or digits/],
    ['a fact dated "yesterday"', lever({ facts: [{ date: 'yesterday', text: 'x', source: 'Gazette', url: 'https://example.org/' }] }), [], 'levers[0].facts[0].date', /YYYY-MM-DD/],
    ['a fact with an empty source', lever({ facts: [{ date: '2025-04-04', text: 'x', source: ' ', url: 'https://example.org/' }] }), [], 'levers[0].facts[0].source', /required/],
    ['a 100,000-character context', lever({ context: 'x'.repeat(100_000) }), [], 'levers[0].context', /longer than 2000/],
    ['a holder that is no side', lever({ holders: ['atlantis'] }), [], 'levers[0].holders', /"atlantis" is not a known side/],
    ['an unknown field', lever({ sneaky: true }), [], 'levers[0].sneaky', /not a field of a lever/],
    ['the colour #abc', null, [side({ color: '#abc' })], 'sides[0].color', /#rrggbb/],
    ['the side id "none"', null, [side({ id: 'none' })], 'sides[0].id', /reserved for annotations without a side/],
    ['an actor that stands for another side', null, [side({ actors: ['Beijing'] })], 'sides[0].actors', /"Beijing" already stands for China/],
  ] as const)('refuses %s and changes nothing', async (_what, l, sides, field, message) => {
    const db = freshDb();
    await db.open();
    const before = await kbSnapshot(db);
    const plan = await planImport(db, file(l ? [l] : [], [...sides]));
    expect(plan.items).toEqual([]);
    expect(plan.issues).toContainEqual({ record: 0, field, message: expect.stringMatching(message) });
    await expect(applyImport(db, plan)).rejects.toThrow(/refused/);
    expect(await kbSnapshot(db)).toEqual(before);
  });

  it('refuses a "__proto__" key in a record', async () => {
    const db = freshDb();
    await db.open();
    const text = file([lever({})]).replace('{"id":"pineapple-quota"', '{"__proto__":{"polluted":true},"id":"pineapple-quota"');
    const plan = await planImport(db, text);
    expect(plan.issues).toContainEqual({ record: 0, field: 'levers[0].__proto__', message: 'is not a field of a lever' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('takes a holder from the file\'s own sides, and never the file\'s origin', async () => {
    const db = freshDb();
    await db.open();
    const plan = await planImport(db, file([lever({ holders: ['atlantis'], origin: 'seed', edited: false, seedVersion: 99 })], [side({ origin: 'seed' })]));
    expect(plan.issues).toEqual([]);
    await applyImport(db, plan);
    expect(await db.levers.get('pineapple-quota')).toMatchObject({ holders: ['atlantis'], origin: 'user', edited: true, seedVersion: 0 });
    expect(await db.sides.get('atlantis')).toMatchObject({ origin: 'user', edited: true, seedVersion: 0 });
  });
});

// The unit suite runs 25,000 to stay quick; PP_SCALE=100000 runs the issue's full size (about a minute).
const SCALE = Number(process.env.PP_SCALE ?? 25_000);

describe('scale', () => {
  it(`exports and imports ${SCALE.toLocaleString('en')} annotations in chunks with progress`, async () => {
    const N = SCALE;
    const a = freshDb();
    let t = performance.now();
    await bulkInsert(a, Array.from({ length: N }, (_, i) => makeRow(i, 5000)));
    console.log(`fill ${N} annotations (bulkInsert): ${Math.round(performance.now() - t)} ms`);

    const exportProgress: number[] = [];
    t = performance.now();
    const text = await exportAnnotationsJson(a, (done) => exportProgress.push(done));
    console.log(`export JSON: ${Math.round(performance.now() - t)} ms, ${(text.length / 1e6).toFixed(1)} MB (${text.length} characters), ${exportProgress.length} progress calls`);

    t = performance.now();
    const csv = await exportAnnotationsCsv(a);
    console.log(`export CSV: ${Math.round(performance.now() - t)} ms, ${(csv.length / 1e6).toFixed(1)} MB`);
    expect(csv.split('\r\n')).toHaveLength(N + 2);

    const b = freshDb();
    const planProgress: number[] = [];
    t = performance.now();
    const plan = await planImport(b, text, (done) => planProgress.push(done));
    console.log(`plan import (parse, validate, dry run): ${Math.round(performance.now() - t)} ms, ${planProgress.length} progress calls`);
    expect(plan).toMatchObject({ add: N, update: 0, skip: 0, issues: [] });

    const applyProgress: number[] = [];
    t = performance.now();
    expect(await applyImport(b, plan, (done) => applyProgress.push(done))).toEqual({ added: N, updated: 0, skipped: 0 });
    console.log(`apply import (one transaction): ${Math.round(performance.now() - t)} ms, ${applyProgress.length} progress calls`);

    expect(exportProgress.length).toBeGreaterThan(10);
    expect(planProgress.length).toBeGreaterThan(10);
    expect(applyProgress.length).toBeGreaterThan(10);
    expect(exportProgress.at(-1)).toBe(N);
    expect(planProgress.at(-1)).toBe(N);
    expect(applyProgress.at(-1)).toBe(N);
    expect(await b.annotations.count()).toBe(N);
    const stats = async (db: PressureDb) => (await db.stats.toArray()).sort((x, y) => (x.key < y.key ? -1 : 1));
    expect(await stats(b)).toEqual(await stats(a));
    for (const i of [0, 12_345, N - 1]) {
      const [ra, rb] = [await a.annotations.get({ uid: uidOf(i) }), await b.annotations.get({ uid: uidOf(i) })];
      expect(rb?.uid).toBe(uidOf(i));
      expect({ ...rb, id: 0 }).toEqual({ ...ra, id: 0 });
    }

    t = performance.now();
    const again = await planImport(b, text);
    console.log(`re-import dry run: ${Math.round(performance.now() - t)} ms`);
    expect(again).toMatchObject({ add: 0, update: 0, skip: N });
  }, 600_000);
});

describe('publication days of annotations', () => {
  it('travel through JSON and CSV, and an older file without them keeps the day this device knows', async () => {
    const a = freshDb();
    await bulkInsert(a, [makeRow(1, 50, { published: '2019-03-14' }), makeRow(2)]);
    const json = await exportAnnotationsJson(a, undefined, T0);
    const doc = parse(json);
    expect(doc.first.items.map((i) => i['pp:published'])).toEqual(['2019-03-14', undefined]);
    expect((await exportAnnotationsCsv(a)).split('\r\n')[1].endsWith(',2019-03-14')).toBe(true);

    const b = freshDb();
    await applyImport(b, await planImport(b, json));
    expect((await b.annotations.toArray()).map((r) => r.published)).toEqual(['2019-03-14', undefined]);
    const byPub = await savedTallies(b, T0, { withWeeks: true, by: 'published' });
    expect(byPub.weeks.map((w) => w.week).sort()).toEqual(['2019-03-11', '2025-03-31']);

    // The same file without the day: nothing to update.
    delete doc.first.items[0]['pp:published'];
    const plan = await planImport(b, JSON.stringify(doc));
    expect([plan.add, plan.update, plan.skip]).toEqual([0, 0, 2]);
    await applyImport(b, plan);
    expect((await b.annotations.toArray())[0].published).toBe('2019-03-14');

    doc.first.items[0]['pp:published'] = '14 March';
    const bad = await planImport(b, JSON.stringify(doc));
    expect(bad.issues[0]).toMatchObject({ record: 0, field: 'pp:published' });
  });
});
