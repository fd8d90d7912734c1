import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { applySeed, loadKnowledgeBase, openDb, type PressureDb } from '../../src/kb/db';
import {
  addLever,
  addSide,
  deleteUserLever,
  isHttpUrl,
  isIsoDate,
  KbEditError,
  KbValidationError,
  parseLines,
  resetLever,
  resetSide,
  suggestId,
  updateLever,
  updateSide,
  validateFacts,
  validateNewLever,
  validateNewSide,
  type NewLever,
} from '../../src/kb/kb-edit';
import { seed } from '../../src/kb/seed/index';
import { annotateText } from '../../src/engine/index';

let counter = 0;
const opened: PressureDb[] = [];
async function freshDb(): Promise<PressureDb> {
  const db = openDb(`kb-edit-test-${++counter}`);
  opened.push(db);
  await db.open();
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

/** The validation error a promise rejects with, so tests can look at each field. */
async function refusal(p: Promise<unknown>): Promise<KbValidationError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(KbValidationError);
  return err as KbValidationError;
}
const fields = (e: KbValidationError) => e.errors.map((x) => x.field);

const goodFact = { date: '2025-10-09', text: 'A made-up fact for the test.', source: 'Test Gazette', url: 'https://example.org/fact' };
const newLever = (over: Partial<NewLever> = {}): NewLever => ({
  id: 'pineapple-quota',
  name: 'Pineapple quotas',
  category: 'agriculture-energy',
  holders: ['us'],
  polarity: 'flow',
  aliases: ['pineapple quota'],
  context: 'Quotas on pineapple imports, invented for this test.',
  facts: [goodFact],
  ...over,
});
const mentions = (text: string, kb: Awaited<ReturnType<typeof loadKnowledgeBase>>) =>
  annotateText(text, kb).mentions.map((m) => ({ lever: m.lever, side: m.side, text: m.text }));

describe('small helpers', () => {
  it('parses one-per-line text boxes', () => {
    expect(parseLines('  a \n\n b\r\nc  \n')).toEqual(['a', 'b', 'c']);
  });
  it('suggests kebab-case ids from names', () => {
    expect(suggestId('Pineapple levy')).toBe('pineapple-levy');
    expect(suggestId('  Café & Crème: tariffs! ')).toBe('cafe-creme-tariffs');
  });
  it('knows ISO dates and http(s) addresses', () => {
    expect(isIsoDate('2025-02-28')).toBe(true);
    expect(isIsoDate('2025-02')).toBe(true);
    expect(isIsoDate('2025-02-30')).toBe(false);
    expect(isIsoDate('2025-13')).toBe(false);
    expect(isIsoDate('28/02/2025')).toBe(false);
    expect(isHttpUrl('https://example.org/x')).toBe(true);
    expect(isHttpUrl('http://example.org')).toBe(true);
    expect(isHttpUrl('javascript:alert(1)')).toBe(false);
    expect(isHttpUrl('ftp://example.org')).toBe(false);
    expect(isHttpUrl('example.org')).toBe(false);
  });
  it('names the field of every bad fact', () => {
    const errors = validateFacts([goodFact, { date: '2025-02-30', text: ' ', source: '', url: 'javascript:void(0)' }]);
    expect(errors.map((e) => e.field)).toEqual(['facts.1.date', 'facts.1.text', 'facts.1.source', 'facts.1.url']);
    expect(errors[0].message).toContain('YYYY-MM-DD');
    expect(errors[3].message).toContain('http(s)');
  });
});

describe('updateLever', () => {
  it('changes aliases and marks the lever edited', async () => {
    const db = await freshDb();
    const before = (await db.levers.get('tariffs'))!;
    const row = await updateLever(db, 'tariffs', { aliases: [...before.aliases, '  pineapple   levy ', 'Tariff'] });
    expect(row.edited).toBe(true);
    expect(row.aliases.at(-1)).toBe('pineapple levy');
    // Duplicates (ignoring case) and blanks are dropped.
    expect(row.aliases.filter((a) => a.toLowerCase() === 'tariff')).toHaveLength(1);
    expect((await db.levers.get('tariffs'))!.edited).toBe(true);
    expect((await db.levers.get('tariffs'))!.context).toBe(before.context);
  });

  it('changes every editable field', async () => {
    const db = await freshDb();
    const row = await updateLever(db, 'graphite', {
      name: 'Graphite (anode)',
      acronyms: ['GRPH'],
      contextAliases: ['anode material'],
      holders: ['china', 'us'],
      polarity: 'measure',
      context: '  My own words.  ',
      facts: [goodFact],
    });
    expect(row).toMatchObject({ name: 'Graphite (anode)', acronyms: ['GRPH'], contextAliases: ['anode material'], holders: ['china', 'us'], polarity: 'measure', context: 'My own words.', facts: [goodFact], edited: true });
  });

  it('a save that changes nothing does not mark a seed lever edited', async () => {
    const db = await freshDb();
    const before = (await db.levers.get('graphite'))!;
    const row = await updateLever(db, 'graphite', { name: before.name, aliases: before.aliases, context: before.context, facts: before.facts, acronyms: before.acronyms ?? [] });
    expect(row.edited).toBe(false);
  });

  it('refuses bad changes, naming the field, and writes nothing', async () => {
    const db = await freshDb();
    const before = (await db.levers.get('rare-earths'))!;
    const err = await refusal(
      updateLever(db, 'rare-earths', {
        name: '  ',
        holders: ['china', 'atlantis'],
        polarity: 'sideways' as never,
        aliases: ['???'],
        facts: [{ ...goodFact, url: 'notaurl' }],
      }),
    );
    expect(fields(err)).toEqual(['name', 'aliases', 'holders', 'polarity', 'facts.0.url']);
    expect(err.message).toContain('holders: "atlantis" is not a known side');
    expect(err.message).toContain('name: is required');
    expect(await db.levers.get('rare-earths')).toEqual(before);
  });

  it('refuses to leave a lever with no alias or acronym', async () => {
    const db = await freshDb();
    const err = await refusal(updateLever(db, 'graphite', { aliases: [' ', ''], acronyms: [] }));
    expect(fields(err)).toEqual(['aliases']);
    expect(err.message).toMatch(/at least one alias or acronym/);
  });

  it('refuses fields that are not editable and unknown levers', async () => {
    const db = await freshDb();
    const err = await refusal(updateLever(db, 'graphite', { category: 'security' } as never));
    expect(fields(err)).toEqual(['category']);
    await expect(updateLever(db, 'no-such-lever', { name: 'X' })).rejects.toThrow(/no lever "no-such-lever"/);
  });

  it('an added alias is found by the engine', async () => {
    const db = await freshDb();
    const text = 'Washington will impose a pineapple levy on fruit shipped from China, trade officials said.';
    expect(mentions(text, await loadKnowledgeBase(db)).some((m) => m.text === 'pineapple levy')).toBe(false);
    const tariffs = (await db.levers.get('tariffs'))!;
    await updateLever(db, 'tariffs', { aliases: [...tariffs.aliases, 'pineapple levy'] });
    expect(mentions(text, await loadKnowledgeBase(db))).toContainEqual({ lever: 'tariffs', side: 'us', text: 'pineapple levy' });
  });
});

describe('resetLever and deleteUserLever', () => {
  it('restores the shipped lever and clears the edit mark', async () => {
    const db = await freshDb();
    await updateLever(db, 'tariffs', { aliases: ['pineapple levy'], context: 'Changed.' });
    const row = await resetLever(db, 'tariffs');
    const shipped = seed.levers.find((l) => l.id === 'tariffs')!;
    // The shipped row, one revision on from the edit (an editor open on the edited lever is told).
    expect(row).toEqual({ ...shipped, origin: 'seed', edited: false, seedVersion: seed.version, rev: 2 });
    expect(await db.levers.get('tariffs')).toEqual(row);
    const text = 'Washington will impose a pineapple levy on fruit shipped from China, trade officials said.';
    expect(mentions(text, await loadKnowledgeBase(db)).some((m) => m.text === 'pineapple levy')).toBe(false);
  });

  it('refuses to reset the user\u2019s own levers or unknown ones', async () => {
    const db = await freshDb();
    await addLever(db, newLever());
    await expect(resetLever(db, 'pineapple-quota')).rejects.toThrow(/your own lever.*Delete it instead/);
    await expect(resetLever(db, 'pineapple-quota')).rejects.toBeInstanceOf(KbEditError);
    await expect(resetLever(db, 'nope')).rejects.toThrow(/no lever "nope"/);
  });

  it('deletes the user\u2019s own levers only', async () => {
    const db = await freshDb();
    await addLever(db, newLever());
    const gone = await deleteUserLever(db, 'pineapple-quota');
    expect(gone.id).toBe('pineapple-quota');
    expect(await db.levers.get('pineapple-quota')).toBeUndefined();
    await expect(deleteUserLever(db, 'tariffs')).rejects.toThrow(/shipped lever and cannot be deleted/);
    await expect(deleteUserLever(db, 'pineapple-quota')).rejects.toThrow(/no lever/);
    expect(await db.levers.get('tariffs')).toBeTruthy();
  });
});

describe('addLever', () => {
  it('stores a user lever with defaults and the engine finds it', async () => {
    const db = await freshDb();
    const row = await addLever(db, newLever(), '2026-01-02');
    expect(row).toMatchObject({ id: 'pineapple-quota', ref: 'USER', origin: 'user', edited: true, seedVersion: 0, asOf: '2026-01-02', acronyms: [], contextAliases: [] });
    expect(await db.levers.get('pineapple-quota')).toEqual(row);
    const found = mentions('Washington cut the pineapple quota for imports from Thailand.', await loadKnowledgeBase(db));
    expect(found).toContainEqual(expect.objectContaining({ lever: 'pineapple-quota', text: 'pineapple quota' }));
    // A user lever stays `edited` (a newer seed never touches it) after an update.
    expect((await updateLever(db, 'pineapple-quota', { context: 'New.' })).edited).toBe(true);
  });

  it('validates the id, name, category, holders, aliases and facts', async () => {
    const db = await freshDb();
    const cases: [Partial<NewLever>, string, RegExp][] = [
      [{ id: 'Pineapple Quota' }, 'id', /not kebab-case/],
      [{ id: 'tariffs' }, 'id', /already a lever/],
      [{ id: '' }, 'id', /required/],
      [{ id: '__proto__' }, 'id', /not kebab-case/],
      [{ id: 'constructor' }, 'id', /reserved name/],
      [{ id: 'prototype' }, 'id', /reserved name/],
      [{ name: '' }, 'name', /required/],
      [{ category: 'fruit' as never }, 'category', /not a category/],
      [{ holders: ['us', 'mars'] }, 'holders', /"mars" is not a known side/],
      [{ aliases: [], acronyms: [] }, 'aliases', /at least one alias or acronym/],
      [{ aliases: ['-'] }, 'aliases', /no letters or digits/],
      [{ polarity: 'up' as never }, 'polarity', /"measure" or "flow"/],
      [{ facts: [{ ...goodFact, date: 'last year' }] }, 'facts.0.date', /YYYY-MM-DD/],
      [{ facts: [{ ...goodFact, text: '' }] }, 'facts.0.text', /required/],
      [{ facts: [{ ...goodFact, source: '' }] }, 'facts.0.source', /required/],
      [{ facts: [{ ...goodFact, url: 'file:///etc/passwd' }] }, 'facts.0.url', /http\(s\)/],
    ];
    for (const [over, field, message] of cases) {
      const err = await refusal(addLever(db, newLever(over)));
      expect(fields(err), JSON.stringify(over)).toEqual([field]);
      expect(err.message).toMatch(message);
      expect(err.message.startsWith(`${field}: `)).toBe(true);
    }
    expect(await db.levers.where('origin').equals('user').count()).toBe(0);
  });

  it('accepts a lever found by an acronym alone', async () => {
    const db = await freshDb();
    const row = await addLever(db, newLever({ aliases: [], acronyms: ['PQX'] }));
    expect(row.acronyms).toEqual(['PQX']);
  });

  it('exports the same checks for the editor', () => {
    const errors = validateNewLever(newLever({ id: 'x y' }), new Set(), new Set(['us']));
    expect(errors).toEqual([{ field: 'id', message: expect.stringContaining('kebab-case') }]);
    expect(validateNewLever(newLever(), new Set(), new Set(['us']))).toEqual([]);
  });
});

describe('sides', () => {
  const atlantis = { id: 'atlantis', name: 'Atlantis', color: '#0EA5E9', actors: ['Atlantis', 'Poseidonia', ' Atlantis '], demonyms: ['Atlantean'] };

  it('adds a side whose actor the engine attributes mentions to', async () => {
    const db = await freshDb();
    const text = 'Poseidonia imposed export controls on gallium last week.';
    expect(mentions(text, await loadKnowledgeBase(db)).some((m) => m.side === 'atlantis')).toBe(false);
    const row = await addSide(db, atlantis);
    expect(row).toEqual({ id: 'atlantis', name: 'Atlantis', color: '#0ea5e9', actors: ['Atlantis', 'Poseidonia'], demonyms: ['Atlantean'], origin: 'user', edited: true, seedVersion: 0 });
    const kb = await loadKnowledgeBase(db);
    expect(mentions(text, kb)).toContainEqual(expect.objectContaining({ lever: 'export-controls', side: 'atlantis' }));
    // A new lever may name the new side as its holder.
    await addLever(db, newLever({ holders: ['atlantis'] }));
  });

  it('validates id, name, colour and actors', async () => {
    const db = await freshDb();
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ id: 'Atlantis!' }, 'id', /not kebab-case/],
      [{ id: 'china' }, 'id', /already a side/],
      [{ id: 'none' }, 'id', /reserved for annotations without a side/],
      [{ id: 'constructor' }, 'id', /reserved name/],
      [{ id: 'toString' }, 'id', /not kebab-case/],
      [{ name: ' ' }, 'name', /required/],
      [{ color: 'blue' }, 'color', /#rrggbb/],
      [{ color: '#12345' }, 'color', /#rrggbb/],
      [{ actors: [] }, 'actors', /at least one name/],
      [{ actors: ['  '] }, 'actors', /at least one name/],
      [{ actors: ['Atlantis', 'Beijing'] }, 'actors', /"Beijing" already stands for China/],
      [{ demonyms: ['--'] }, 'demonyms', /no letters or digits/],
    ];
    for (const [over, field, message] of cases) {
      const err = await refusal(addSide(db, { ...atlantis, ...over } as never));
      expect(fields(err), JSON.stringify(over)).toEqual([field]);
      expect(err.message).toMatch(message);
    }
    expect(await db.sides.get('atlantis')).toBeUndefined();
    expect(validateNewSide({ ...atlantis }, [])).toEqual([]);
  });

  it('updates a side, marks it edited, and resets it', async () => {
    const db = await freshDb();
    const text = 'The Binnenhof tightened export controls on lithography machines.';
    expect(mentions(text, await loadKnowledgeBase(db))).not.toContainEqual(expect.objectContaining({ side: 'netherlands' }));
    const row = await updateSide(db, 'netherlands', { actors: ['Netherlands', 'The Hague', 'Binnenhof'], color: '#C2410C' });
    expect(row).toMatchObject({ edited: true, color: '#c2410c', actors: ['Netherlands', 'The Hague', 'Binnenhof'] });
    expect(mentions(text, await loadKnowledgeBase(db))).toContainEqual(expect.objectContaining({ lever: 'export-controls', side: 'netherlands' }));
    await expect(updateSide(db, 'netherlands', { actors: ['Tokyo'] })).rejects.toThrow(/"Tokyo" already stands for Japan/);
    await expect(updateSide(db, 'netherlands', { color: 'orange' })).rejects.toThrow(/^color: /);
    await expect(updateSide(db, 'nowhere', { name: 'X' })).rejects.toThrow(/no side "nowhere"/);
    const back = await resetSide(db, 'netherlands');
    expect(back).toEqual({ ...seed.sides.find((s) => s.id === 'netherlands')!, origin: 'seed', edited: false, seedVersion: seed.version, rev: 2 });
    await addSide(db, atlantis);
    await expect(resetSide(db, 'atlantis')).rejects.toThrow(/your own side/);
    expect((await updateSide(db, 'atlantis', { name: 'Atlantis Republic' })).edited).toBe(true);
  });
});

describe('a newer seed after edits', () => {
  it('keeps the user\u2019s edit and additions and updates the other levers', async () => {
    const db = await freshDb();
    const tariffs = (await db.levers.get('tariffs'))!;
    await updateLever(db, 'tariffs', { aliases: [...tariffs.aliases, 'pineapple levy'] });
    await addLever(db, newLever());
    await addSide(db, { id: 'atlantis', name: 'Atlantis', color: '#0ea5e9', actors: ['Atlantis'] });
    await updateSide(db, 'canada', { actors: ['Canada', 'Ottawa', 'Maple Office'] });

    const next = structuredClone(seed);
    next.version = seed.version + 1;
    next.levers.find((l) => l.id === 'tariffs')!.aliases.push('seed-only tariff word');
    next.levers.find((l) => l.id === 'graphite')!.context = 'Context from the newer seed.';
    next.sides.find((s) => s.id === 'canada')!.actors.push('Seed Ottawa');
    next.sides.find((s) => s.id === 'japan')!.actors.push('Kasumigaseki');
    const result = await applySeed(db, next);
    expect(result).toMatchObject({ kept: 1, added: 0 });

    const kept = (await db.levers.get('tariffs'))!;
    expect(kept.aliases).toContain('pineapple levy');
    expect(kept.aliases).not.toContain('seed-only tariff word');
    expect(kept.edited).toBe(true);
    expect((await db.levers.get('graphite'))!).toMatchObject({ context: 'Context from the newer seed.', edited: false, seedVersion: next.version });
    expect(await db.levers.get('pineapple-quota')).toBeTruthy();
    expect(await db.sides.get('atlantis')).toBeTruthy();
    expect((await db.sides.get('canada'))!.actors).toEqual(['Canada', 'Ottawa', 'Maple Office']);
    expect((await db.sides.get('japan'))!.actors).toContain('Kasumigaseki');

    // Resetting the edited lever now brings back the newer seed's version.
    const reset = await resetLever(db, 'tariffs', next);
    expect(reset.aliases).toContain('seed-only tariff word');
    expect(reset).toMatchObject({ edited: false, seedVersion: next.version });
  });
});

describe('two editors of the same row', () => {
  it('refuses the second write of a lever made on the revision both loaded, and keeps the first', async () => {
    const db = await freshDb();
    const loaded = (await db.levers.get('graphite'))!;
    const first = await updateLever(db, 'graphite', { context: 'From the first tab.' }, undefined, loaded.rev ?? 0);
    expect(first.rev).toBe((loaded.rev ?? 0) + 1);
    await expect(updateLever(db, 'graphite', { context: 'From the second tab.' }, undefined, loaded.rev ?? 0)).rejects.toThrow(/changed in another tab or window since you opened it; nothing was saved/);
    expect((await db.levers.get('graphite'))!.context).toBe('From the first tab.');
    // Opened again, the second tab writes on the new revision.
    expect((await updateLever(db, 'graphite', { context: 'Second, after reloading.' }, undefined, first.rev)).context).toBe('Second, after reloading.');
  });

  it('refuses the second write of a side the same way, and a reset moves the revision on', async () => {
    const db = await freshDb();
    const loaded = (await db.sides.get('japan'))!;
    await updateSide(db, 'japan', { color: '#112233' }, undefined, loaded.rev ?? 0);
    await expect(updateSide(db, 'japan', { color: '#445566' }, undefined, loaded.rev ?? 0)).rejects.toThrow(/another tab/);
    const reset = await resetSide(db, 'japan');
    await expect(updateSide(db, 'japan', { color: '#445566' }, undefined, (reset.rev ?? 0) - 1)).rejects.toThrow(/another tab/);
    expect((await db.sides.get('japan'))!.color).toBe(reset.color);
  });
});
