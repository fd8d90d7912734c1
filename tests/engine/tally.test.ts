import { describe, expect, it } from 'vitest';
import type { CategoryId } from '../../src/types/knowledge';
import { addToTally, byCountDesc, mergeTallies, NO_SIDE, tallyMentions } from '../../src/engine/tally';
import type { Stance, Tally } from '../../src/engine/types';

const m = (lever: string, category: CategoryId, side: string | null, stance: Stance) => ({ lever, category, side, stance });

const MENTIONS = [
  m('tariffs', 'tariffs-remedies', 'us', 'tighten'),
  m('tariffs', 'tariffs-remedies', 'us', 'relax'),
  m('rare-earths', 'critical-minerals', 'china', 'tighten'),
  m('tariffs', 'tariffs-remedies', 'china', 'tighten'),
  m('entity-list', 'export-controls', 'us', 'neutral'),
  m('sanctions', 'finance-sanctions', null, 'neutral'),
];

describe('tallyMentions', () => {
  it('counts per side, with stances, levers and categories', () => {
    const t = tallyMentions(MENTIONS);
    expect(t.total).toBe(6);
    expect(t.bySide.us).toEqual({
      count: 3,
      tighten: 1,
      relax: 1,
      neutral: 1,
      levers: { tariffs: 2, 'entity-list': 1 },
      categories: { 'tariffs-remedies': 2, 'export-controls': 1 },
    });
    expect(t.bySide.china).toMatchObject({ count: 2, tighten: 2, relax: 0, neutral: 0 });
  });

  it('counts per lever and per category, with the sides of each', () => {
    const t = tallyMentions(MENTIONS);
    expect(t.byLever.tariffs).toEqual({ count: 3, sides: { us: 2, china: 1 } });
    expect(t.byCategory['critical-minerals']).toEqual({ count: 1, sides: { china: 1 } });
    expect(t.byCategory['finance-sanctions']).toEqual({ count: 1, sides: { [NO_SIDE]: 1 } });
  });

  it('files mentions without a side under "none"', () => {
    const t = tallyMentions(MENTIONS);
    expect(NO_SIDE).toBe('none');
    expect(t.bySide.none).toMatchObject({ count: 1, neutral: 1, levers: { sanctions: 1 } });
  });

  it('orders every record most first, ties by key', () => {
    const t = tallyMentions(MENTIONS);
    expect(Object.keys(t.bySide)).toEqual(['us', 'china', 'none']);
    expect(Object.keys(t.byLever)).toEqual(['tariffs', 'entity-list', 'rare-earths', 'sanctions']);
    expect(Object.keys(t.bySide.us.levers)).toEqual(['tariffs', 'entity-list']);
  });

  it('gives an empty tally for no mentions, and accepts any iterable', () => {
    expect(tallyMentions([])).toEqual({ total: 0, bySide: {}, byLever: {}, byCategory: {} });
    function* gen() {
      yield MENTIONS[0];
      yield MENTIONS[2];
    }
    expect(tallyMentions(gen()).total).toBe(2);
  });

  it('counts the same, in the same side order, for a mention list and its reversed copy', () => {
    const reversed = tallyMentions([...MENTIONS].reverse());
    expect(reversed).toEqual(tallyMentions(MENTIONS));
    expect(Object.keys(reversed.bySide)).toEqual(['us', 'china', 'none']);
  });
});

describe('addToTally', () => {
  it('adds one mention with a weight everywhere it counts', () => {
    const t: Tally = { total: 0, bySide: {}, byLever: {}, byCategory: {} };
    addToTally(t, MENTIONS[0], 2.5);
    addToTally(t, MENTIONS[0]);
    expect(t.total).toBe(3.5);
    expect(t.bySide.us).toMatchObject({ count: 3.5, tighten: 3.5, levers: { tariffs: 3.5 }, categories: { 'tariffs-remedies': 3.5 } });
    expect(t.byLever.tariffs).toEqual({ count: 3.5, sides: { us: 3.5 } });
    expect(t.byCategory['tariffs-remedies']).toEqual({ count: 3.5, sides: { us: 3.5 } });
  });
});

describe('mergeTallies', () => {
  it('adds two tallies field by field', () => {
    const a = tallyMentions(MENTIONS.slice(0, 3));
    const b = tallyMentions(MENTIONS.slice(3));
    const merged = mergeTallies([a, b]);
    expect(merged).toEqual(tallyMentions(MENTIONS));
    expect(Object.keys(merged.bySide)).toEqual(['us', 'china', 'none']);
  });

  it('sums the same tally twice to double counts', () => {
    const t = tallyMentions(MENTIONS);
    const twice = mergeTallies([t, t]);
    expect(twice.total).toBe(12);
    expect(twice.bySide.us).toMatchObject({ count: 6, tighten: 2, relax: 2, neutral: 2, levers: { tariffs: 4, 'entity-list': 2 } });
    expect(twice.byLever.tariffs).toEqual({ count: 6, sides: { us: 4, china: 2 } });
  });

  it('does not change its inputs', () => {
    const t = tallyMentions(MENTIONS);
    const before = JSON.stringify(t);
    mergeTallies([t, t]);
    expect(JSON.stringify(t)).toBe(before);
  });

  it('merges tallies that went through JSON (extension storage)', () => {
    const t = JSON.parse(JSON.stringify(tallyMentions(MENTIONS))) as Tally;
    expect(mergeTallies([t]).byLever.tariffs.count).toBe(3);
  });

  it('gives an empty tally for no input', () => {
    expect(mergeTallies([])).toEqual({ total: 0, bySide: {}, byLever: {}, byCategory: {} });
  });
});

describe('byCountDesc', () => {
  it('sorts record entries most first, ties by key', () => {
    expect(byCountDesc({ b: 1, a: 1, c: 5 })).toEqual([
      ['c', 5],
      ['a', 1],
      ['b', 1],
    ]);
  });

  it('sorts by a count taken from each value', () => {
    const t = tallyMentions(MENTIONS);
    expect(byCountDesc(t.byLever, (l) => l.count).map(([id]) => id)).toEqual(['tariffs', 'entity-list', 'rare-earths', 'sanctions']);
  });
});

describe('ids that name Object.prototype members', () => {
  it('counts a lever or side called __proto__ or constructor as an ordinary key and leaves Object.prototype alone', () => {
    const odd = [
      { lever: '__proto__', category: 'security' as const, side: 'constructor', stance: 'tighten' as const },
      { lever: 'toString', category: 'security' as const, side: '__proto__', stance: 'relax' as const },
    ];
    const t = tallyMentions(odd);
    expect(t.byLever['__proto__'].count).toBe(1);
    expect(t.bySide['__proto__'].relax).toBe(1);
    expect(t.bySide['constructor'].levers['__proto__']).toBe(1);
    const merged = mergeTallies([t, JSON.parse(JSON.stringify(t)) as Tally]);
    expect(merged.byLever['toString'].count).toBe(2);
    expect(({} as Record<string, unknown>).count).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'tighten')).toBe(false);
  });
});
