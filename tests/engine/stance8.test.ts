/** Stance classes of the eighth stance round: each test names the class and fails without its rule. */
import { describe, expect, it } from 'vitest';
import { stanceIn } from './stage-context';

const stance = stanceIn;

describe('a flow said to go on as before', () => {
  it('is described, not moved, when "continued" or "ongoing" qualifies the flow noun before it', () => {
    expect(stance('Washington raised duties on Turkey over its continued purchase of Russian oil.', 'oil')).toBe('neutral');
    expect(stance('The sanctions target the ongoing imports of Iranian crude by small refiners.', 'crude')).toBe('neutral');
  });

  it('still moves a flow that a verb resumes or halts', () => {
    expect(stance('China halted purchases of Russian oil.', 'oil')).toBe('tighten');
    expect(stance('India resumed imports of Russian oil.', 'oil')).toBe('relax');
  });
});

describe('a lever set beside something for comparison', () => {
  it('is described after "unlike", or after "than" and an indefinite determiner', () => {
    expect(stance('Unlike sanctions, the new instrument can be used by a simple majority.', 'sanctions')).toBe('neutral');
    expect(stance('Farmers say a lost market is far worse than a tariff.', 'tariff')).toBe('neutral');
    expect(stance('The pact sets up a monitoring scheme for steel rather than a new tariff.', 'tariff')).toBe('neutral');
  });

  it('still reads a lever compared with a definite one, or the lever after the comma of the comparison', () => {
    expect(stance('The new duties are lower than provisional tariffs imposed in March.', 'tariffs')).toBe('tighten');
    expect(stance('Unlike Japan, China imposed export controls on gallium.', 'export controls')).toBe('tighten');
  });
});

describe('a lever whose effect on prices is told', () => {
  it('is analysed when the object of the verb it is subject of is a price or a cost', () => {
    expect(stance('Economists agree that tariffs do raise prices for shoppers.', 'tariffs')).toBe('neutral');
    expect(stance('Retailers warned that import duties on steel will increase the costs of cars.', 'import duties')).toBe('neutral');
  });

  it('still reads a lever that acts on exports or firms as biting', () => {
    expect(stance('The restrictions have slashed exports of gallium.', 'restrictions')).toBe('tighten');
  });
});

describe('what a side failed to do', () => {
  it('is not done: a tightening failed at says nothing, an easing not won leaves the measure standing', () => {
    expect(stance('Washington blamed Beijing for its failure to curb fentanyl exports.', 'fentanyl exports')).toBe('neutral');
    expect(stance('The talks in Geneva failed to produce a quick rollback of the steel tariffs.', 'steel tariffs')).toBe('tighten');
    expect(stance('Seoul retaliated after it failed to persuade Washington to grant an exemption from the steel tariffs.', 'steel tariffs')).toBe('tighten');
  });

  it('still reads a lever past the comma after the failure by its own verb', () => {
    expect(stance('The duty was a response to the failure to curb fentanyl exports, and a 10% tariff imposed on all countries.', 'tariff')).toBe('tighten');
  });
});

describe('"raise" with a worry for object', () => {
  it('moves no lever: "raised alarm over the shortage of magnets" reads the lever by the rest of the sentence', () => {
    expect(stance('Carmakers raised alarm over the shortage of rare-earth magnets from China.', 'rare-earth magnets')).toBe('tighten');
  });

  it('still raises a lever that is its object', () => {
    expect(stance('India raised import duties on almonds by 20 percent.', 'import duties')).toBe('tighten');
  });
});

describe('a definition that tells a lever\'s bite', () => {
  it('is no mere definition: pressure or harm in the predicate after "is the", "was a"', () => {
    expect(stance('Beef was the heaviest blow for Australian farmers.', 'Beef')).toBe('tighten');
    expect(stance("China's wine duties were the most damaging of the measures.", 'wine duties')).toBe('tighten');
    expect(stance('The visa restrictions are the first that Washington has imposed on officials.', 'visa restrictions')).toBe('tighten');
  });

  it('still reads a plain definition as a description', () => {
    expect(stance('Graphite is a key material for batteries.', 'Graphite')).toBe('neutral');
    expect(stance('The H20 is the chip that Nvidia made for China.', 'H20')).toBe('neutral');
  });
});

describe('a lever counted or compared', () => {
  it('is analysed: the object of "counted", "compared" or "calculated"', () => {
    expect(stance('The analysts counted the 25 percent steel tariff in their total.', 'steel tariff')).toBe('neutral');
    expect(stance('Officials calculated the tariffs that each partner applied to US goods.', 'tariffs')).toBe('neutral');
  });
});
