/**
 * Property test of the import: at least 10,000 malformed or hostile files (random JSON, truncated exports, exports with
 * fields set to wrong types, huge strings, reserved keys and ids, impossible dates, duplicated records, and records
 * that look right but disagree with each other) go through planImport and, when refused, applyImport, against one
 * database in fake-indexeddb. None may throw outside the validator, none may be partly applied, and the whole store,
 * dumped table by table, must be byte for byte what it was. Prints the count and the time.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bulkInsert } from '../../src/kb/annotations';
import { openDb, type PressureDb } from '../../src/kb/db';
import type { MentionLike } from '../../src/kb/log-index';
import { logReading } from '../../src/kb/reading-log';
import { applyImport, exportAnnotationsJson, exportKnowledgeBaseJson, exportReadingLogJson, planImport } from '../../src/kb/transfer';

const RUNS = Number(process.env.PP_FUZZ_RUNS ?? 10_000);
const NOW = Date.UTC(2025, 5, 11, 12);

let db: PressureDb;
/** Valid exports of the database itself, small enough to check quickly: the seeds of every mutation. */
let exports: { kind: string; doc: Record<string, unknown> }[];

/** Every table, every row, in key order: the store as bytes. */
async function dump(d: PressureDb): Promise<string> {
  const tables = await Promise.all(d.tables.map(async (t) => [t.name, await t.toArray()] as const));
  return JSON.stringify(tables);
}

function mention(lever: string, side: string | null, stance: MentionLike['stance']): MentionLike {
  return { lever, category: 'critical-minerals', side, stance, text: lever, sentence: `They moved ${lever}.`, start: 10, end: 10 + lever.length };
}

beforeAll(async () => {
  db = openDb(`import-fuzz-${process.pid}`);
  await db.open();
  const uid = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
  await bulkInsert(
    db,
    Array.from({ length: 4 }, (_, i) => ({
      uid: uid(i),
      url: `https://news.example/story-${i}`,
      title: `Story ${i}`,
      site: 'news.example',
      savedAt: NOW - i * 3_600_000,
      lever: ['rare-earths', 'graphite'][i % 2],
      category: 'critical-minerals' as const,
      side: i === 3 ? null : 'china',
      stance: 'tighten' as const,
      quote: { exact: `export controls ${i}`, prefix: 'imposed ', suffix: ' on' },
      position: { start: 8, end: 25 },
      sentence: `Beijing imposed export controls ${i} on graphite.`,
      note: i === 1 ? 'a note' : '',
      tags: i === 2 ? ['minerals'] : [],
    })),
  );
  for (let i = 0; i < 2; i++) {
    await logReading(db, { url: `https://wire.example/a-${i}`, title: `Article ${i}`, published: { date: '2025-06-02', source: 'meta' }, words: 400, mentions: [mention('rare-earths', 'china', 'tighten'), mention('graphite', 'us', 'relax')] }, { now: NOW });
  }
  const kb = JSON.parse(await exportKnowledgeBaseJson(db, NOW));
  kb.levers = kb.levers.slice(0, 3);
  kb.sides = kb.sides.slice(0, 3);
  exports = [
    { kind: 'annotations', doc: JSON.parse(await exportAnnotationsJson(db, undefined, NOW)) },
    { kind: 'knowledge-base', doc: kb },
    { kind: 'reading-log', doc: JSON.parse(await exportReadingLogJson(db, undefined, NOW)) },
  ];
});

afterAll(async () => {
  db.close();
  await db.delete();
});

// ---- what goes wrong in a file ---------------------------------------------------------------------------------------

/** Values a hostile or broken file puts where something else belongs. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'none', '', ' ', '.', 'Not Kebab!', '#abc', 'red', 'yesterday', '2025-02-30', '2025-02-30T10:00:00.000Z', '2025-13-01', 'javascript:alert(1)', 'file:///etc/passwd', 'urn:uuid:', 'http://', null, true, false, 0, -1, 1.5, 1e308, -0, [], {}, [[]], { __proto__: null }),
  fc.integer({ min: 1_000, max: 120_000 }).map((n) => 'x'.repeat(n)),
  fc.integer({ min: 1, max: 60 }).map((n) => Array.from({ length: n }, (_, i) => `tag ${i}`)),
  fc.jsonValue({ maxDepth: 3 }),
  fc.string({ maxLength: 40 }),
);

/** Every path to a value in a document, for mutations to aim at. */
function paths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  return out;
}

type Mutation = (doc: Record<string, unknown>, pick: number, value: unknown) => void;

function at(doc: unknown, path: (string | number)[]): { parent: Record<string | number, unknown> | null; key: string | number | null } {
  let parent: unknown = null;
  let node: unknown = doc;
  for (const key of path) {
    parent = node;
    node = (node as Record<string | number, unknown>)[key];
  }
  return { parent: parent as Record<string | number, unknown> | null, key: path.length ? path[path.length - 1] : null };
}

const MUTATIONS: Mutation[] = [
  // A field (anywhere) set to a wrong or hostile value.
  (doc, pick, value) => {
    const all = paths(doc).filter((p) => p.length > 0);
    const { parent, key } = at(doc, all[pick % all.length]);
    if (parent && key !== null) parent[key] = value;
  },
  // A field removed.
  (doc, pick) => {
    const all = paths(doc).filter((p) => p.length > 0 && typeof p[p.length - 1] === 'string');
    const { parent, key } = at(doc, all[pick % all.length]);
    if (parent && key !== null) delete parent[key];
  },
  // A record duplicated (the same id twice).
  (doc, pick) => {
    const lists = paths(doc)
      .filter((p) => p.length > 0)
      .map((p) => at(doc, p))
      .map(({ parent, key }) => parent![key!])
      .filter((v): v is unknown[] => Array.isArray(v) && v.length > 0);
    const list = lists[pick % Math.max(1, lists.length)];
    if (list) list.push(structuredClone(list[pick % list.length]));
  },
  // A reserved key added to an object (an own "__proto__" survives JSON.stringify).
  (doc, pick, value) => {
    const objects = paths(doc).map((p) => (p.length ? at(doc, p).parent![at(doc, p).key!] : doc)).filter((v): v is Record<string, unknown> => Boolean(v) && typeof v === 'object' && !Array.isArray(v));
    const target = objects[pick % objects.length];
    const key = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'][pick % 5];
    Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
  },
  // Records that look right but disagree: a quote ending before it starts, a move its counts do not allow, a holder
  // that is no side, the same actor for two sides, a site of another address.
  (doc, pick) => {
    const items = (doc.first as { items?: Record<string, any>[] } | undefined)?.items;
    if (items?.length) {
      const a = items[pick % items.length];
      if (pick % 2) a.target.selector[1].end = a.target.selector[1].start;
      else a['pp:site'] = 'bank.example';
    }
    const levers = doc.levers as Record<string, any>[] | undefined;
    if (levers?.length) levers[pick % levers.length].holders = ['atlantis'];
    const sides = doc.sides as Record<string, any>[] | undefined;
    if (sides && sides.length > 1) sides[1].actors = [...sides[1].actors, sides[0].actors[0]];
    const entries = doc.entries as Record<string, any>[] | undefined;
    if (entries?.length) entries[pick % entries.length].moves.push({ ...entries[pick % entries.length].moves[0] });
  },
];

/** A file: random JSON, a truncated export, or an export with one to three mutations. */
const hostileFile: fc.Arbitrary<string> = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v) ?? ''),
  fc.tuple(fc.nat(2), fc.double({ min: 0, max: 1, noNaN: true })).map(([k, cut]) => {
    const text = JSON.stringify(exports[k].doc);
    return text.slice(0, Math.floor(text.length * cut));
  }),
  fc.tuple(fc.nat(2), fc.array(fc.tuple(fc.nat(MUTATIONS.length - 1), fc.nat(100_000), hostileValue), { minLength: 1, maxLength: 3 })).map(([k, steps]) => {
    const doc = structuredClone(exports[k].doc);
    for (const [m, pick, value] of steps) {
      // A mutation aims where it can: on a document an earlier one already broke, it may find nothing to change.
      try {
        MUTATIONS[m](doc, pick, value);
      } catch {
        // nothing to aim at
      }
    }
    return JSON.stringify(doc);
  }),
);

describe('importing hostile files', () => {
  it(`refuses ${RUNS.toLocaleString('en')} malformed or hostile files without throwing or changing a byte of the store`, async () => {
    const before = await dump(db);
    const seen = { runs: 0, refused: 0, accepted: 0 };
    const started = performance.now();
    await fc.assert(
      fc.asyncProperty(hostileFile, async (text) => {
        seen.runs++;
        // Never throws: whatever the file, the answer is a plan.
        const plan = await planImport(db, text);
        if (plan.issues.length > 0) {
          seen.refused++;
          expect(plan.items).toEqual([]);
          await expect(applyImport(db, plan)).rejects.toThrow(/was refused/);
        } else {
          // Some mutations leave a valid file (a title changed, a field that may be absent removed): planning it
          // writes nothing either. It is not applied: the store must stay as it is for the comparison below.
          seen.accepted++;
        }
        if (seen.runs % 500 === 0) expect(await dump(db)).toBe(before);
      }),
      { numRuns: RUNS, seed: Number(process.env.PP_FUZZ_SEED ?? 20250611) },
    );
    const seconds = (performance.now() - started) / 1000;
    console.log(`import fuzz: ${seen.runs} files (${seen.refused} refused, ${seen.accepted} valid and only planned) in ${seconds.toFixed(1)} s`);
    expect(seen.runs).toBe(RUNS);
    expect(seen.refused).toBeGreaterThan(RUNS * 0.8);
    expect(await dump(db)).toBe(before);
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(({} as Record<string, unknown>).count).toBeUndefined();
  }, 600_000);
});
