/**
 * Side classes, second round: sentences written here in the style of 2018-2025 trade news (and confirmed on the gold
 * set's tuning part) where the nearer rules give a lever to the wrong side.
 */
import { describe, expect, it } from 'vitest';
import { sideOf } from './stage-context';

describe('farm goods bought, with the seller as the subject', () => {
  it('the buying of a good its usual buyer holds is that buyer\'s when its counterpart is the subject', () => {
    expect(sideOf('China promised to buy more. U.S. Trade Representative Robert Lighthizer has said the deal would include $80 billion in agricultural purchases.', 'agricultural purchases')).toBe('china');
    expect(sideOf('Beijing stalled. Washington accused China of failing to resume purchasing soybeans.', 'soybeans')).toBe('china');
  });
  it('not when the subject is a buyer itself', () => {
    expect(sideOf('India said it would keep up its oil purchases from Russia despite US pressure.', 'oil')).toBe('india');
  });
});

describe("another side's list under a name the knowledge base gives to one side", () => {
  it('"Taiwan added Huawei to its entity list" is Taiwan\'s', () => {
    expect(sideOf("Taiwan's economy ministry added Huawei and SMIC to its entity list on Monday.", 'entity list')).toBe('taiwan');
    expect(sideOf("Taiwan's entity list now includes Huawei and SMIC.", 'entity list')).toBe('taiwan');
  });
  it('"its" is the nearest side before it, and the plain list stays the knowledge base\'s holder', () => {
    expect(sideOf("China announced new restrictions on dual-use exports, responding to Washington's addition of 140 companies to its Entity List.", 'Entity List')).toBe('us');
    expect(sideOf('Huawei has been on the entity list since 2019, Taiwanese officials said.', 'entity list')).toBe('us');
  });
});

describe('a measure evaded or circumvented', () => {
  it('is not the evader\'s, nor its helpers\'', () => {
    expect(sideOf('Officials say Russia has circumvented sanctions by using a fleet of shadow tankers.', 'sanctions')).toBe(null);
    expect(sideOf('Russia has organized a “shadow fleet” of over 600 tankers, often hidden through shell companies, to circumvent the G7 price cap of $60 per barrel.', 'price cap')).toBe(null);
    expect(sideOf('Chinese firms helped Russia circumvent Western export controls.', 'export controls')).toBe(null);
  });
  it('is the accuser\'s when a side accuses the evader, and a named holder stays', () => {
    expect(sideOf('The US accused Chinese companies of helping Iran evade sanctions.', 'sanctions')).toBe('us');
    expect(sideOf('Iran has long evaded US sanctions by selling oil abroad.', 'sanctions')).toBe('us');
  });
  it('not a measure violated, whose target names the holder elsewhere', () => {
    expect(sideOf('Washington indicted the Chinese company for violating sanctions on Iran.', 'sanctions')).toBe('us');
  });
});

describe('a list of three or more sides', () => {
  it('as the subject, holds no one lever', () => {
    expect(sideOf('Canada, Mexico and the EU all retaliated with tariffs on American goods.', 'tariffs')).toBe(null);
  });
  it('two sides keep the first as before, and a list after a preposition is no subject', () => {
    expect(sideOf('Japan and the Netherlands tightened export controls on chipmaking tools.', 'export controls')).toBe('japan');
    expect(sideOf('The US imposed tariffs on steel from Canada, Mexico and the EU.', 'tariffs')).toBe('us');
    expect(sideOf('Steel from the EU, Canada and Mexico faced 25% tariffs from June 1, 2018.', 'tariffs')).toBe('us');
  });
});

describe('"The measures" opening a sentence', () => {
  it("carries over the previous sentence's subject, whose move they are", () => {
    const story = 'Ottawa unveiled its response to the US steel levies on Tuesday. The measures include 25% tariffs on orange juice, wine and appliances.';
    expect(sideOf(story, 'orange juice')).toBe('canada');
    expect(sideOf(story, 'wine')).toBe('canada');
  });
});

describe('a side taken to the WTO over a lever', () => {
  it('holds it', () => {
    expect(sideOf('Australia took China to the WTO over the wine tariffs.', 'wine tariffs')).toBe('china');
    expect(sideOf('India took the EU to the WTO over the steel safeguard duties.', 'duties')).toBe('eu');
    // (Not a verb of taking that brings no one to court.)
    expect(sideOf('It took China two years to lift the tariffs on Australian barley.', 'tariffs')).toBe('china');
  });
});

describe('a participle between a side\'s possessive and the lever', () => {
  it('"the United States\' newly imposed port fees", "China\'s recently announced export controls": the possessor holds it', () => {
    expect(sideOf("China has unveiled retaliatory measures against the United States' newly imposed port fees.", 'port fees')).toBe('us');
    expect(sideOf("Japan protested against China's recently announced export controls on dual-use items.", 'export controls')).toBe('china');
  });
});

describe('a measure between two sides', () => {
  it('"tariffs between the United States and China", "tariffs between the two countries": both sides\' at once, whatever the story says before', () => {
    expect(sideOf('The United States imposed tariffs on Chinese goods in April. In eight months, tariffs between the United States and China rose to levels that halted much of their trade.', 'tariffs', 1)).toBeNull();
    expect(sideOf('Washington raised tariffs. Tariffs between the two countries fell after the truce.', 'Tariffs')).toBeNull();
    // A flow between two sides is still one side's (the buyer's or the seller's).
    expect(sideOf('Washington raised tariffs. Soybean sales between the two countries collapsed.', 'Soybean')).not.toBeNull();
  });
});

describe('a quoted "we" that moves the lever, with the speaker named after the quote', () => {
  it('"We will not lift the sanctions," the EU\'s foreign policy chief said: the speaker\'s side', () => {
    expect(sideOf('"We will not lift the sanctions," the EU\'s foreign policy chief said.', 'sanctions')).toBe('eu');
    expect(sideOf('"We will keep the export controls in place," Japan\'s trade minister told reporters.', 'export controls')).toBe('japan');
  });

  it('a "we" that answers the lever, or only talks about it, does not hold it', () => {
    expect(sideOf('Washington imposed tariffs. "We will respond to these tariffs," China\'s commerce ministry said.', 'tariffs', 1)).toBe('us');
    expect(sideOf('The US lifted its duties. "Two weeks earlier we were celebrating the end of the steel tariffs," said a Mexican official.', 'steel tariffs')).not.toBe('mexico');
  });
});
