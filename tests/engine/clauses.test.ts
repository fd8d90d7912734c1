import { describe, expect, it } from 'vitest';
import { clauseOf, clauseStarts, exampleOf, governingLever, listSibling, punctuationBetween } from '../../src/engine/clauses';
import { tokenize } from '../../src/engine/tokens';
import { prepare, tokenIndex } from './stage-context';

describe('punctuationBetween', () => {
  const between = (text: string) => {
    const [a, b] = tokenize(text);
    return punctuationBetween(text, a, b);
  };

  it('sees commas, semicolons, colons, brackets, dashes and quotes', () => {
    for (const text of ['US, China', 'US; China', 'US: China', 'US (China', 'US \u2014 China', 'US \u2013 China', 'US "China', 'US - China']) {
      expect(between(text), text).toBe(true);
    }
  });

  it('does not see a space, a hyphen inside a word or a slash', () => {
    for (const text of ['US China', 'rare-earth', 'US/China', 'US\nChina']) expect(between(text), text).toBe(false);
  });
});

describe('clauseStarts', () => {
  it('splits at "but" and at "said that"', () => {
    const tokens = tokenize('The US imposed tariffs, but China said that it would retaliate.');
    expect(clauseStarts(tokens)).toEqual([0, tokenIndex(tokens, 'but'), tokenIndex(tokens, 'that')]);
  });

  it('does not split at a "that" no verb of reporting introduces', () => {
    const tokens = tokenize('The tariffs that Washington imposed remain.');
    expect(clauseStarts(tokens)).toEqual([0]);
  });

  it('splits at every clause break word, never at the first token', () => {
    const tokens = tokenize('While tariffs rose, exports fell after the truce because demand slumped.');
    expect(clauseStarts(tokens)).toEqual([0, tokenIndex(tokens, 'after'), tokenIndex(tokens, 'because')]);
  });
});

describe('clauseStarts with the text', () => {
  it('ends a clause that opens the sentence with a subordinator and a verb at its first comma', () => {
    const text = "While the H20 is now permitted, exports of Nvidia's other, more advanced chips remain restricted.";
    const tokens = tokenize(text);
    expect(clauseStarts(tokens, text)).toEqual([0, tokenIndex(tokens, 'exports')]);
    expect(clauseStarts(tokens)).toEqual([0]);
  });

  it('ends an opening phrase of concession at its comma, verb or not', () => {
    const text = 'Despite the truce, export controls on advanced chips stay in place.';
    const tokens = tokenize(text);
    expect(clauseStarts(tokens, text)).toEqual([0, tokenIndex(tokens, 'export')]);
  });

  it('does not split after an opening phrase with no verb, or at a comma in the middle of the sentence', () => {
    const a = 'After the tariffs, exports fell.';
    expect(clauseStarts(tokenize(a), a)).toEqual([0]);
    const b = 'The US imposed tariffs, and China retaliated.';
    expect(clauseStarts(tokenize(b), b)).toEqual([0]);
  });
});

describe('clauseOf', () => {
  it('gives the clause a token is in, as [start, next start)', () => {
    expect(clauseOf([0, 4, 7], 0)).toEqual([0, 4]);
    expect(clauseOf([0, 4, 7], 5)).toEqual([4, 7]);
    expect(clauseOf([0, 4, 7], 4)).toEqual([4, 7]);
  });

  it('leaves the last clause open-ended', () => {
    expect(clauseOf([0, 4, 7], 9)).toEqual([7, Number.MAX_SAFE_INTEGER]);
    expect(clauseOf([0], 3)).toEqual([0, Number.MAX_SAFE_INTEGER]);
  });
});

describe('governingLever', () => {
  it('links "export controls on gallium": the controls govern the mineral', () => {
    const p = prepare('Beijing imposed export controls on gallium.');
    expect(governingLever(p.ctx, p.lever('gallium'))).toBe(p.lever('export controls'));
    expect(governingLever(p.ctx, p.lever('export controls'))).toBeUndefined();
  });

  it('does not make a measure after "over" the object of the lever before it: it is the reason', () => {
    const p = prepare('The US vowed 100% tariffs on French cheese and champagne over the digital tax.');
    expect(governingLever(p.ctx, p.lever('digital tax'))).toBeUndefined();
    // A good after "over" stays governed ("control over rare earths" is the same control).
    const q = prepare('Beijing tightened export controls over gallium.');
    expect(governingLever(q.ctx, q.lever('gallium'))).toBe(q.lever('export controls'));
  });

  it('gives every member of a list the governor of the first', () => {
    const p = prepare('Beijing imposed export controls on gallium, germanium and antimony.');
    const controls = p.lever('export controls');
    for (const term of ['gallium', 'germanium', 'antimony']) expect(governingLever(p.ctx, p.lever(term)), term).toBe(controls);
  });

  it('reaches across a rate and a side adjective ("tariffs of 25 percent on Chinese steel")', () => {
    const p = prepare('Washington imposed tariffs of 25 percent on Chinese rare earths.');
    expect(governingLever(p.ctx, p.lever('rare earths'))).toBe(p.lever('tariffs'));
  });

  it('links across a verb of imposing that leads to the object ("duties ... fell on US pork"), not across a reason', () => {
    const p = prepare('Mexican duties of 15 to 25 percent fell on US pork legs and shoulders, apples and potatoes.');
    for (const term of ['pork', 'apples', 'potatoes']) expect(governingLever(p.ctx, p.lever(term)), term).toBe(p.lever('duties'));
    const reason = prepare('The US will cut a 20% additional tariff on Chinese goods, originally imposed over concerns about fentanyl precursor imports.');
    expect(governingLever(reason.ctx, reason.lever('fentanyl precursor'))).toBeUndefined();
  });

  it('never links across a verb', () => {
    const p = prepare('Beijing imposed export controls and later banned gallium.');
    expect(governingLever(p.ctx, p.lever('gallium'))).toBeUndefined();
  });

  it('does not link a lever the sentence reacts to ("in response to")', () => {
    const p = prepare('China imposed export controls in response to tariffs.');
    expect(governingLever(p.ctx, p.lever('tariffs'))).toBeUndefined();
  });

  it('only links to a lever already settled in ctx.done', () => {
    const p = prepare('Beijing imposed export controls on gallium.');
    const ctx = { ...p.ctx, done: new Map() };
    expect(governingLever(ctx, p.lever('gallium'))).toBeUndefined();
  });
});

describe('listSibling', () => {
  it('finds the lever before this one in a list ("gallium, germanium and antimony")', () => {
    const p = prepare('China banned exports of gallium, germanium and antimony.');
    expect(listSibling(p.ctx, p.lever('germanium'))).toBe(p.lever('gallium'));
    expect(listSibling(p.ctx, p.lever('antimony'))).toBe(p.lever('germanium'));
    expect(listSibling(p.ctx, p.lever('gallium'))).toBeUndefined();
  });

  it('joins two levers with "and", but not across other words', () => {
    const both = prepare('The US imposed tariffs and sanctions.');
    expect(listSibling(both.ctx, both.lever('sanctions'))).toBe(both.lever('tariffs'));
    const apart = prepare('The US imposed tariffs and then sanctions.');
    expect(listSibling(apart.ctx, apart.lever('sanctions'))).toBeUndefined();
  });
});

describe('exampleOf', () => {
  it('finds the lever a list of examples hangs from, only of its own kind', () => {
    const p = prepare('China cancelled its retaliatory tariffs planned for December, including a 25% tariff on U.S. autos.');
    expect(exampleOf(p.ctx, p.lever('tariff'))).toBe(p.lever('retaliatory tariffs'));
    const goods = prepare('Beijing halted purchases of agricultural goods, including a 10 percent duty on U.S. pork.');
    expect(exampleOf(goods.ctx, goods.lever('duty'))).toBeUndefined();
    const plain = prepare('China cancelled its retaliatory tariffs and kept a 25% tariff on U.S. autos.');
    expect(exampleOf(plain.ctx, plain.lever('tariff'))).toBeUndefined();
  });
});
