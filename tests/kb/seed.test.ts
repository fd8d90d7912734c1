import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { seed } from '../../src/kb/seed/index';
import { CATEGORY_IDS, type Lever, type Side } from '../../src/types/knowledge';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;

/** True for a real calendar date written YYYY-MM-DD, or YYYY-MM when `allowMonth`. */
function isIsoDate(s: string, allowMonth: boolean): boolean {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(s);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (d === undefined && !allowMonth) return false;
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const date = new Date(Date.UTC(Number(y), month - 1, Number(d)));
  return date.getUTCFullYear() === Number(y) && date.getUTCMonth() === month - 1 && date.getUTCDate() === Number(d);
}

/** Abbreviations that end with a full stop without ending the sentence ("Announcement No. 57", "the U.S. rule"). */
const ABBREVIATIONS = /(?:^|[\s(])(?:No|Nos|Mr|Mrs|Ms|Dr|St|Inc|Ltd|Co|Corp|vs|etc|e\.g|i\.e|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z](?:\.[A-Z])*)\.$/;

/** Splits prose into sentences: a ., ! or ? followed by space and a capital or digit, unless it ends an abbreviation. */
function sentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  const re = /[.!?]["'’”)]*\s+(?=["'‘“(]?[A-Z0-9])/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const head = text.slice(start, m.index + 1);
    if (ABBREVIATIONS.test(head)) continue;
    out.push(text.slice(start, m.index + m[0].length).trim());
    start = m.index + m[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

/** Every surface form a lever claims: aliases, context aliases and acronyms. */
function surfaceForms(lever: Lever): string[] {
  return [...lever.aliases, ...(lever.contextAliases ?? []), ...(lever.acronyms ?? [])];
}

function side(id: string): Side {
  const found = seed.sides.find((s) => s.id === id);
  if (!found) throw new Error(`no side ${id} in the seed`);
  return found;
}

describe('sentence splitter used by these tests', () => {
  it('counts sentences and keeps abbreviations inside them', () => {
    expect(sentences('One thing. Two things! Three?')).toHaveLength(3);
    expect(sentences('Announcement No. 57 was suspended. The U.S. rule stayed.')).toHaveLength(2);
    expect(sentences('A single sentence without a stop')).toHaveLength(1);
  });
});

describe('seed levers', () => {
  const sideIds = new Set(seed.sides.map((s) => s.id));

  it('has at least 45 levers', () => {
    expect(seed.levers.length).toBeGreaterThanOrEqual(45);
  });

  it('has unique kebab-case ids', () => {
    const ids = seed.levers.map((l) => l.id);
    expect(ids.filter((id) => !KEBAB.test(id))).toEqual([]);
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dupes).toEqual([]);
  });

  it('puts every lever in a known category and every category has a lever', () => {
    const known = new Set<string>(CATEGORY_IDS);
    expect(seed.levers.filter((l) => !known.has(l.category)).map((l) => l.id)).toEqual([]);
    const used = new Set(seed.levers.map((l) => l.category));
    expect(CATEGORY_IDS.filter((c) => !used.has(c))).toEqual([]);
  });

  it.each(seed.levers.map((l) => [l.id, l] as const))('%s is complete', (_id, lever) => {
    expect(lever.name.trim().length).toBeGreaterThan(0);

    const context = lever.context.trim();
    expect(context.length).toBeGreaterThan(0);
    const n = sentences(context).length;
    expect(n, `context of ${lever.id} has ${n} sentences: ${context}`).toBeGreaterThanOrEqual(1);
    expect(n, `context of ${lever.id} has ${n} sentences: ${context}`).toBeLessThanOrEqual(3);

    expect(isIsoDate(lever.asOf, false), `asOf ${lever.asOf}`).toBe(true);
    expect(lever.holders.filter((h) => !sideIds.has(h)), 'holders that are not side ids').toEqual([]);
    expect(['measure', 'flow']).toContain(lever.polarity);
    expect(lever.aliases.length + (lever.acronyms?.length ?? 0)).toBeGreaterThan(0);
    for (const form of surfaceForms(lever)) expect(form.trim(), `empty surface form in ${lever.id}`).not.toBe('');
  });

  it('gives every fact an ISO date, text, source and web URL (https, or http where the brief cites is http)', () => {
    const problems: string[] = [];
    for (const lever of seed.levers) {
      for (const [i, fact] of lever.facts.entries()) {
        const where = `${lever.id} fact ${i}`;
        if (!isIsoDate(fact.date, true)) problems.push(`${where}: date ${JSON.stringify(fact.date)}`);
        if (!fact.text.trim()) problems.push(`${where}: empty text`);
        if (!fact.source.trim()) problems.push(`${where}: empty source`);
        let url: URL | null = null;
        try {
          url = new URL(fact.url);
        } catch {
          problems.push(`${where}: unparsable url ${fact.url}`);
        }
        if (url && (!['https:', 'http:'].includes(url.protocol) || !url.hostname.includes('.'))) {
          problems.push(`${where}: not a web URL: ${fact.url}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('lets no two levers claim the same alias (case-insensitively)', () => {
    const owners = new Map<string, Set<string>>();
    for (const lever of seed.levers) {
      for (const form of surfaceForms(lever)) {
        const key = form.toLowerCase().trim();
        owners.set(key, (owners.get(key) ?? new Set()).add(lever.id));
      }
    }
    const shared = [...owners]
      .filter(([, ids]) => ids.size > 1)
      .map(([form, ids]) => `"${form}": ${[...ids].join(', ')}`);
    expect(shared).toEqual([]);
  });

  it('gives ref GEN exactly to the generic instruments and a brief id to the others', () => {
    for (const lever of seed.levers) {
      if (lever.generic) expect(lever.ref, lever.id).toBe('GEN');
      else expect(lever.ref, lever.id).toMatch(/^[A-Z]{2}-\d{2}$/);
    }
  });
});

describe('seed levers against the domain brief', () => {
  const briefPath = fileURLToPath(new URL('../../../shared/domain/levers.md', import.meta.url));
  const hasBrief = existsSync(briefPath);

  /** The lever ids of section 1's index table, and the count its heading announces. */
  function briefIndex(): { ids: string[]; announced: number | null } {
    const md = readFileSync(briefPath, 'utf8');
    const start = md.search(/^##\s*1\.\s/m);
    if (start < 0) throw new Error(`${briefPath}: no "## 1." section`);
    const after = md.slice(start);
    const next = after.slice(3).search(/^##\s/m);
    const section = next < 0 ? after : after.slice(0, next + 3);
    const announced = /^##[^\n]*\((\d+)\)/.exec(section);
    const ids = [...section.matchAll(/^\|\s*([A-Z]{2}-\d{2})\s*\|/gm)].map((m) => m[1]);
    return { ids, announced: announced ? Number(announced[1]) : null };
  }

  it.skipIf(!hasBrief)(`covers every lever of the brief's index (${hasBrief ? briefPath : 'brief not found, skipped'})`, () => {
    const { ids, announced } = briefIndex();
    expect(ids.length, 'the index table parsed to no ids').toBeGreaterThan(0);
    if (announced !== null) expect(ids.length).toBe(announced);
    const refs = new Set(seed.levers.map((l) => l.ref));
    expect(ids.filter((id) => !refs.has(id))).toEqual([]);
  });

  it.skipIf(!hasBrief)('uses no ref the brief does not define', () => {
    const ids = new Set(briefIndex().ids);
    const unknown = seed.levers.filter((l) => l.ref !== 'GEN' && !ids.has(l.ref)).map((l) => `${l.id}: ${l.ref}`);
    expect(unknown).toEqual([]);
  });
});

describe('seed sides', () => {
  const REQUIRED = ['us', 'china', 'eu', 'japan', 'south-korea', 'netherlands', 'uk', 'canada', 'taiwan', 'india', 'mexico'];

  it('has unique kebab-case ids including every required side', () => {
    const ids = seed.sides.map((s) => s.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(ids.filter((id) => !KEBAB.test(id))).toEqual([]);
    expect(REQUIRED.filter((id) => !ids.includes(id))).toEqual([]);
  });

  it.each(seed.sides.map((s) => [s.id, s] as const))('%s has a name, actors, demonyms and a #rrggbb colour', (_id, s) => {
    expect(s.name.trim()).not.toBe('');
    expect(s.color).toMatch(HEX_COLOUR);
    expect(s.actors.length).toBeGreaterThan(0);
    expect(s.demonyms.length).toBeGreaterThan(0);
    for (const name of [...s.actors, ...s.demonyms]) expect(name.trim(), `blank name in ${s.id}`).toBe(name);
  });

  it.each([
    ['us', ['Washington', 'White House', 'Commerce Department', 'BIS', 'USTR', 'Treasury']],
    ['china', ['Beijing', 'MOFCOM', 'Ministry of Commerce', 'Xi']],
    ['eu', ['Brussels', 'European Commission']],
    ['japan', ['Tokyo', 'METI']],
    ['netherlands', ['The Hague']],
    ['south-korea', ['Seoul']],
    ['canada', ['Ottawa']],
  ])('%s names the actors the spec lists', (id, actors) => {
    expect(side(id).actors).toEqual(expect.arrayContaining(actors));
  });

  it.each([
    ['china', 'Chinese'],
    ['us', 'American'],
    ['netherlands', 'Dutch'],
    ['japan', 'Japanese'],
  ])('%s has the demonym %s', (id, demonym) => {
    expect(side(id).demonyms).toContain(demonym);
  });

  it('lets no actor or demonym stand for two sides', () => {
    const owners = new Map<string, Set<string>>();
    for (const s of seed.sides) {
      for (const name of [...s.actors, ...s.demonyms]) owners.set(name, (owners.get(name) ?? new Set()).add(s.id));
    }
    expect([...owners].filter(([, ids]) => ids.size > 1).map(([name, ids]) => `${name}: ${[...ids].join(', ')}`)).toEqual([]);
  });
});
