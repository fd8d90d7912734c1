/** Stance classes of the tenth stance round: each test names the class and fails without its rule. */
import { describe, expect, it } from 'vitest';
import { stanceIn } from './stage-context';

const stance = stanceIn;

describe('a stopping verb eases only the measure that is its object', () => {
  it('leaves a measure in force when the stopped thing is someone else', () => {
    expect(stance('Beijing will prohibit foreign firms named on the unreliable entity list from trading in China.', 'unreliable entity list')).toBe('tighten');
    expect(stance('Washington can still restrict more Chinese companies through the Entity List.', 'Entity List')).toBe('tighten');
    expect(stance('Firms found to coerce could be blocked from sourcing goods governed by EU export controls.', 'export controls')).toBe('tighten');
  });

  it('still eases a measure that is the object', () => {
    expect(stance('Senators said they might vote to block the tariffs.', 'tariffs')).toBe('relax');
    expect(stance('The court blocked the new 25% tariffs.', 'tariffs')).toBe('relax');
  });
});

describe('a market that moves on a lever', () => {
  it('says the lever is in force: the move is the market\'s', () => {
    expect(stance('Shares of big chip suppliers fell sharply on the Commerce ban.', 'ban')).toBe('tighten');
    expect(stance('Soybean futures slumped 4% after the new Chinese tariffs.', 'tariffs')).toBe('tighten');
  });

  it('still reads a move of the lever itself', () => {
    expect(stance('Stocks rallied after the tariffs were lifted.', 'tariffs')).toBe('relax');
    expect(stance('Tariffs rose sharply on Monday.', 'Tariffs')).toBe('tighten');
  });
});

describe('verbs of giving and tearing down', () => {
  it('giving a permission or access eases it', () => {
    expect(stance('Japan said it is giving export permits for photoresist shipments to South Korea.', 'export permits')).toBe('relax');
    expect(stance('The act gave African countries preferential access to the US market.', 'preferential access')).toBe('relax');
  });

  it('"given" with no auxiliary before it is a preposition, not a giving', () => {
    expect(stance('Given the impact of the tariffs, firms moved production to Mexico.', 'tariffs')).toBe('neutral');
    expect(stance('Exporters were given licences for the chips last week.', 'licences')).toBe('relax');
  });

  it('tearing down a measure eases it', () => {
    expect(stance('The deal would tear down the tariffs on US pork and beef.', 'tariffs')).toBe('relax');
  });
});

describe('goods that a verb puts something on', () => {
  it('are what the measure falls on', () => {
    expect(stance('Tariffs will be placed on various US agricultural goods, including soybeans.', 'agricultural goods')).toBe('tighten');
    expect(stance('Provisional duties would not be imposed on EU brandy, the ministry said.', 'brandy')).toBe('relax');
  });

  it('goods a flow verb moves directly keep their own polarity', () => {
    expect(stance('China shipped more soybeans after the truce.', 'soybeans')).toBe('relax');
  });
});

describe('a lever that opens the sentence, a long aside, then its verb', () => {
  it('takes the verb after an aside of up to about twenty words', () => {
    expect(stance('The anti-dumping duties, which ranged from 116.2 percent to 218.4 percent depending on the producer, will be lifted on Friday.', 'anti-dumping duties')).toBe('relax');
  });
});

describe('the object of a denied act that no verb of the lexicon names', () => {
  it('is not in force by that act', () => {
    expect(stance('Beijing has not yet published its unreliable entity list.', 'unreliable entity list')).toBe('neutral');
    expect(stance('The ministry has yet to publish the unreliable entity list.', 'unreliable entity list')).toBe('neutral');
    expect(stance('Congress chose not to enact such export bans into law.', 'export bans')).toBe('neutral');
    expect(stance('ASML does not expect the export restrictions to hurt its results.', 'export restrictions')).toBe('neutral');
  });

  it('leaves a measure in force when the denial is of something else', () => {
    expect(stance('The new order does not change the tariffs on Chinese steel.', 'tariffs')).toBe('tighten');
    expect(stance("The decision does not cover Nvidia's Blackwell processors, which remain reserved for allied buyers.", 'Blackwell')).not.toBe('neutral');
    expect(stance('Customs checks goods that are not included in the original export control list.', 'export control list')).toBe('tighten');
    expect(stance('ASML cannot ship the machines to China without a specific export license.', 'export license')).toBe('tighten');
  });
});

describe('an easing of the act of putting a measure in force, named as a noun', () => {
  it('eases the measure', () => {
    expect(stance('France secured a reprieve on the imposition of additional customs duties on brandy.', 'customs duties')).toBe('relax');
    expect(stance('Washington announced a 30-day delay in the implementation of the tariffs on Mexico.', 'tariffs')).toBe('relax');
  });
});
