/**
 * Side classes, fifth round: sentences written here in the style of 2018-2025 trade news (and confirmed on the gold
 * set's tuning part) where a side that only owns a firm, sells a good or shares a pair was taken for the holder.
 */
import { describe, expect, it } from 'vitest';
import { sideOf } from './stage-context';

describe('a side in the possessive before a firm, a trade or people', () => {
  it('is no subject: it speaks for a private body, not its government', () => {
    expect(sideOf('The U.S. raised its metals duties in June. Britain\'s steel sector has warned the tariffs threaten thousands of jobs.', 'tariffs')).not.toBe('uk');
    expect(sideOf('China announced tariffs on $75 billion of US goods. Among automakers, Tesla Inc and Germany\'s Daimler AG are the most vulnerable to the additional levies.', 'levies')).toBe('china');
    expect(sideOf('Tokyo eased its curbs on photoresist. South Korea\'s Yonhap news agency said the shipment receiving export permission was bound for Samsung.', 'permission')).not.toBe('south-korea');
  });
  it('while a possessive government body still acts', () => {
    expect(sideOf('China\'s commerce ministry said the controls on antimony exports will take effect next month.', 'controls')).toBe('china');
  });
});

describe('a good a buyer holds, in the possessive of its seller', () => {
  it('is the buyer\'s: the subject, the destination, or the other party', () => {
    expect(sideOf('Analysts said the tariff would hurt Moscow, since India is among Russia\'s top crude buyers.', 'crude')).toBe('india');
    expect(sideOf('Brazil\'s soybean shipments to China rose to a record last year.', 'soybean')).toBe('china');
    expect(sideOf('China imposed an 80% tariff on Australian barley. The measure cuts off the market of Australia\'s biggest barley customer.', 'barley', 1)).toBe('china');
  });
  it('while a seller\'s own good without a buyer named stays as before', () => {
    expect(sideOf('China\'s rare earths are a powerful lever in the trade war.', 'rare earths')).toBe('china');
  });
});

describe('a pair named around a good only one side can withhold', () => {
  it('leaves the good to that side', () => {
    expect(sideOf('Trump said the two nations would revisit the rare earth issue every year.', 'rare earth')).toBe('china');
  });
  it('while a measure both hold stays both sides\'', () => {
    expect(sideOf('The two countries agreed to cut tariffs on each other\'s goods.', 'tariffs')).toBeNull();
  });
});

describe('the agent of a passive past a title and given names', () => {
  it('holds the lever', () => {
    expect(sideOf('China retaliated on Wednesday to new tariffs imposed by President Donald Trump, announcing it would raise duties on U.S. goods.', 'tariffs')).toBe('us');
  });
  it('not a lower-case word after "by"', () => {
    expect(sideOf('China said the tariffs imposed by several trading partners on its goods were unfair.', 'tariffs')).not.toBe('us');
  });
});

describe('the side whose move reaches the lever, with a time between the move and "to"', () => {
  it('holds the lever', () => {
    expect(sideOf('India slapped retaliatory tariffs on 29 US goods in response to the Trump administration\'s move last year to impose extra levies on steel.', 'levies')).toBe('us');
    expect(sideOf('Tokyo protested against Seoul\'s plan this week to tighten export controls on chip materials.', 'export controls')).toBe('south-korea');
  });
});

describe('a side that frames the sentence before a comma', () => {
  it('speaks for a clause that names no side acting', () => {
    expect(sideOf('The US cut its fentanyl tariffs. On the Chinese side, the October export controls were suspended for a year.', 'export controls')).toBe('china');
    expect(sideOf('In the UK, more export licences were refused under the code than under the embargo.', 'export licences')).toBe('uk');
  });
  it('not when the clause names another side', () => {
    expect(sideOf('In Japan, the US export controls on chip tools drew complaints.', 'export controls')).toBe('us');
  });
});

describe('the side the story shows retaliating', () => {
  it('is the subject nearest before the word of retaliation, not the sentence\'s first subject', () => {
    const story = 'If Washington restricts imports of steel, the EU threatens with retaliatory duties on bourbon. '
      + 'There are plans to retaliate with tariffs on products such as motorcycles, potatoes, tomatoes and orange juice.';
    expect(sideOf(story, 'tariffs')).toBe('eu');
    expect(sideOf(story, 'potatoes')).toBe('eu');
  });
});

describe('two sides as the subject with "both" or "each" after them', () => {
  it('hold the lever together, so no one side', () => {
    expect(sideOf('Beijing and Washington have both taken steps to ease tensions by lifting sanctions and pausing trade investigations.', 'sanctions')).toBeNull();
    expect(sideOf('Canada and Mexico both imposed tariffs in June.', 'tariffs')).toBeNull();
  });
  it('while a good only one side holds stays that side\'s', () => {
    expect(sideOf('China and the US have both discussed rare earths.', 'rare earths')).toBe('china');
  });
});
