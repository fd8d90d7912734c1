import { describe, expect, it } from 'vitest';
import { activeVerbAt, classifyActors, looksLikeSubject, passiveTarget, updateSubject } from '../../src/engine/roles';
import { tokenize } from '../../src/engine/tokens';
import { docState, lexicon, prepare, tokenIndex } from './stage-context';

/** Role of each side name in a sentence, by its text. */
function roles(text: string): Record<string, string> {
  const p = prepare(text);
  return Object.fromEntries(p.actors.map((a) => [p.textOf(a), a.role]));
}

describe('classifyActors', () => {
  it('gives "tariffs on Chinese goods" a target', () => {
    expect(roles('Washington raised tariffs on Chinese goods.')).toEqual({ Washington: 'actor', Chinese: 'target' });
  });

  it('reads "in response to Trump raising the tariff" as Trump acting, "exports to China" as a target', () => {
    expect(roles('China hit back in response to Trump raising the tariff on Chinese imports.')).toMatchObject({ Trump: 'actor', Chinese: 'target' });
    expect(roles('The rule applies to exports to China starting in May.')).toMatchObject({ China: 'target' });
  });

  it('reads goods "from the EU" as coming from a target, even when a verb follows ("imports from the EU were subject to duties")', () => {
    expect(roles('Pork imports from the EU were subject to anti-dumping duties.')).toMatchObject({ EU: 'target' });
    expect(roles('Pork imports from EU were subject to anti-dumping duties.')).toMatchObject({ EU: 'target' });
  });

  it('reads a side before a time and a verb as its subject, and a side after "of" with a gerund as its agent', () => {
    expect(roles('It comes on the heels of Mexico last month imposing its own tariffs on U.S. apples.')).toMatchObject({ Mexico: 'actor' });
    expect(roles('Beijing on Friday announced export controls on gallium.')).toMatchObject({ Beijing: 'actor' });
    expect(roles('Canada earlier this year raised duties on US steel.')).toMatchObject({ Canada: 'actor' });
    // A side after a lever's preposition stays its target, gerund or not.
    expect(roles('The tariffs on China hitting consumers were raised.')).toMatchObject({ China: 'target' });
  });

  it('reads a controlled item\'s origin as its holder and a good\'s destination or origin as the target', () => {
    expect(roles('Firms must bring U.S.-origin advanced semiconductor equipment into China.')).toMatchObject({ 'U.S': 'holder-of-lever' });
    expect(roles('China buys US-origin soybeans.')).toMatchObject({ US: 'target' });
    expect(roles('A cap limits China-bound H200 shipments.')).toMatchObject({ China: 'target' });
  });

  it('reads a side joined to "made" or "based" by a hyphen as the origin of goods, not a subject ("U.S.-made beer")', () => {
    expect(roles('U.S.-made beer and bourbon are on the EU tariff list.')['U.S']).toBe('target');
    expect(roles('The U.S. made its tariffs permanent.')['U.S']).toBe('actor');
  });

  it('gives a leader or a capital before a measure the lever ("Trump steel tariffs"), a bare country its target', () => {
    expect(roles('The EU answered the Trump steel and aluminum tariffs.')).toMatchObject({ Trump: 'holder-of-lever' });
    expect(roles('Beijing curbs on gallium bit hard.')).toMatchObject({ Beijing: 'holder-of-lever' });
    expect(roles('Japan sanctions were lifted.')).toMatchObject({ Japan: 'target' });
  });

  it('reads a city named as the venue of talks ("talks in Madrid") as no side acting', () => {
    expect(roles('The talks in Madrid covered tariffs.')).toEqual({ Madrid: 'neutral' });
    expect(roles('Madrid imposed tariffs on steel.')).toEqual({ Madrid: 'actor' });
  });

  it('gives "Dutch export controls" a holder of the lever', () => {
    expect(roles('Dutch export controls hit ASML.')).toEqual({ Dutch: 'holder-of-lever' });
  });

  it('gives the subject of "was hit with tariffs" a target', () => {
    expect(roles('China was hit with tariffs last year.')).toEqual({ China: 'target' });
    // The one charged or taxed pays the lever: "the 20% tariff China is already charged".
    expect(roles('Mexico is charged a 25% tariff.')).toEqual({ Mexico: 'target' });
    expect(roles("That's on top of the 20% tariff China is already charged.")).toEqual({ China: 'target' });
  });

  it('marks a side followed by its verb as an acting subject', () => {
    const p = prepare('Beijing announced new tariffs.');
    expect(p.actor('Beijing')).toMatchObject({ role: 'actor', subjectLike: true });
  });

  it('gives a possessive the actor role, unless it follows a lever and a preposition', () => {
    expect(roles("China's tariffs rose.")).toEqual({ China: 'actor' });
    expect(roles("Tariffs on China's goods rose.")).toEqual({ China: 'target' });
  });

  it('reads a bloc before a measure as its holder, a bare country as its target', () => {
    expect(roles('EU sanctions on Russia were extended.')).toEqual({ EU: 'holder-of-lever', Russia: 'target' });
    expect(roles('Japan sanctions hit exports.')).toEqual({ Japan: 'target' });
  });

  it('reads sanctions named after a country that rarely imposes them as sanctions on it', () => {
    expect(roles('Polish sanctions were lifted.')).toEqual({ Polish: 'target' });
  });

  it('lets a bloc name reach a measure across a noun ("US car tariffs")', () => {
    expect(roles('US car tariffs hit Japan.')).toMatchObject({ US: 'holder-of-lever' });
  });

  it('keeps a side qualifying a lever its holder after any other preposition ("the lifting of US sanctions")', () => {
    expect(roles('The lifting of US sanctions was welcomed.')).toEqual({ US: 'holder-of-lever' });
  });

  it('makes a side after "between" neutral', () => {
    expect(roles('Talks between China and the US on tariffs resumed.')).toMatchObject({ China: 'neutral' });
  });

  it('makes a passive agent ("imposed by Ottawa") an actor and a demonym on goods a target', () => {
    expect(roles('Tariffs imposed by Ottawa on Chinese electric vehicles reached 100 percent.')).toEqual({ Ottawa: 'actor', Chinese: 'target' });
  });

  it('makes a side after a preposition the object even when a verb follows ("selling to China begins")', () => {
    expect(roles('Selling chips to China begins.')).toEqual({ China: 'target' });
  });

  it('re-classifies with the lever map it is given: no lever, no holder', () => {
    const p = prepare('Dutch export controls hit ASML.');
    const sided = p.raw.actors.filter((a) => a.entry.side !== null);
    const [dutch] = classifyActors(p.text, p.tokens, sided, new Map(), lexicon);
    expect(dutch.role).not.toBe('holder-of-lever');
  });
});

describe('looksLikeSubject', () => {
  const subject = (text: string, side: string) => {
    const tokens = tokenize(text);
    return looksLikeSubject(text, tokens, tokenIndex(tokens, side) + 1, lexicon);
  };

  it('sees a verb, an auxiliary or a relative pronoun after the name', () => {
    expect(subject('Beijing announced tariffs.', 'Beijing')).toBe(true);
    expect(subject('the US will act.', 'US')).toBe(true);
    expect(subject('Washington, which had waited, acted.', 'Washington')).toBe(true);
  });

  it('steps over "in return" and over a governing noun ("Chinese officials said")', () => {
    expect(subject('Washington in return lifted sanctions.', 'Washington')).toBe(true);
    expect(subject('Chinese officials said so.', 'Chinese')).toBe(true);
  });

  it('sees no subject before a preposition, "and", or across a comma', () => {
    expect(subject('China to retaliate.', 'China')).toBe(false);
    expect(subject('China and Japan met.', 'China')).toBe(false);
    expect(subject('China, officials said, will act.', 'China')).toBe(false);
  });
});

describe('passiveTarget', () => {
  const target = (text: string, side: string) => {
    const tokens = tokenize(text);
    return passiveTarget(tokens, tokenIndex(tokens, side) + 1);
  };

  it('sees a passive verb of being hit, or a verb of facing', () => {
    expect(target('China was hit with tariffs.', 'China')).toBe(true);
    expect(target('China has been targeted by tariffs.', 'China')).toBe(true);
    expect(target('Canada faces duties on steel.', 'Canada')).toBe(true);
  });

  it('sees no target in an active clause', () => {
    expect(target('China was planning tariffs.', 'China')).toBe(false);
    expect(target('China will retaliate.', 'China')).toBe(false);
    expect(target('China hit back.', 'China')).toBe(false);
  });
});

describe('activeVerbAt', () => {
  const active = (text: string, word: string) => {
    const tokens = tokenize(text);
    return activeVerbAt(tokens, tokenIndex(tokens, word), lexicon);
  };

  it('sees an active verb after a noun ("firms agreed", "chipmakers urge")', () => {
    expect(active('Japanese firms agreed to halt sales.', 'agreed')).toBe(true);
    expect(active('US chipmakers urge caution.', 'urge')).toBe(true);
  });

  it('does not take a passive ("were banned", "were not") for an active verb', () => {
    expect(active('Chinese firms were banned outright.', 'were')).toBe(false);
    expect(active('Chinese firms were not pleased.', 'were')).toBe(false);
  });
});

describe('updateSubject', () => {
  it('carries the acting subject of a sentence over to the next', () => {
    const p = prepare('Beijing announced new tariffs.');
    const state = docState(p.text);
    updateSubject(p.tokens, p.actors, state);
    expect(state.lastSubject).toBe('china');
  });

  it('does not carry a target over', () => {
    const p = prepare('China was hit with tariffs last year.');
    const state = docState(p.text);
    state.lastSubject = 'eu';
    updateSubject(p.tokens, p.actors, state);
    expect(state.lastSubject).toBe('eu');
  });
});
