/**
 * Ids are data: a knowledge base (an old one, or one imported before ids were checked) may hold a lever called
 * `__proto__` or a side called `constructor`. The engine keys its tallies by ids, so it must treat these as ordinary
 * keys: no exception, the right counts, and nothing written to Object.prototype.
 */
import { describe, expect, it } from 'vitest';
import { analyze, annotateText, buildLexiconData, loadLexicon, verbLexicon } from '../../src/engine/index';
import { seed } from '../../src/kb/seed/index';

const HOSTILE = [
  ['__proto__', 'constructor'],
  ['constructor', '__proto__'],
  ['hasOwnProperty', 'toString'],
  ['valueOf', '__defineGetter__'],
] as const;

const TEXT = 'Freedonia imposed export controls on widgetry. Freedonia later lifted export controls on widgetry.';

function knowledgeWith(leverId: string, sideId: string) {
  const lever = { ...seed.levers.find((l) => l.id === 'gallium-germanium')!, id: leverId, aliases: ['widgetry'], acronyms: [], contextAliases: [], holders: [sideId] };
  const side = { ...seed.sides[0], id: sideId, name: 'Freedonia', actors: ['Freedonia'], demonyms: ['Freedonian'] };
  return { ...seed, levers: [...seed.levers, lever], sides: [...seed.sides, side] };
}

describe('ids that objects already answer to', () => {
  it.each(HOSTILE)('lever %s held by side %s is counted like any other', (leverId, sideId) => {
    const kb = knowledgeWith(leverId, sideId);
    // As the background runs it: the lexicon compiled, stored as JSON, loaded again.
    const lexicon = loadLexicon(JSON.parse(JSON.stringify(buildLexiconData(kb, verbLexicon))));
    const { mentions, tally } = analyze(TEXT, lexicon);
    expect(mentions.filter((m) => m.lever === leverId).map((m) => m.text)).toEqual(['widgetry', 'widgetry']);
    expect(Object.hasOwn(tally.byLever, leverId)).toBe(true);
    expect(tally.byLever[leverId].count).toBe(2);
    expect(Object.hasOwn(tally.bySide, sideId)).toBe(true);
    expect(tally.bySide[sideId].levers[leverId]).toBe(2);
    expect(annotateText(TEXT, kb).tally.total).toBe(tally.total);
    expect(Object.prototype).not.toHaveProperty('count');
    expect(Object.prototype).not.toHaveProperty('tighten');
    expect(({} as Record<string, unknown>).levers).toBeUndefined();
  });
});
