/**
 * Side classes, fourth round: sentences written here in the style of 2018-2025 trade news (and confirmed on the gold
 * set's tuning part, sets web-2026e to web-2026o) where a later sentence's guess gives a lever to the wrong side.
 */
import { describe, expect, it } from 'vitest';
import { sideOf } from './stage-context';

describe('a bare "ban" after the story showed one side banning', () => {
  const story = 'The U.S. Commerce Department has banned American firms from selling components to the Chinese phone maker Zeta for seven years for breaking U.S. sanctions on Iran. '
    + 'The ban is the result of the company\'s failure to keep an agreement with the U.S. government. '
    + 'Shares of its suppliers in Asia fell sharply on the Commerce ban.';
  it('is the banning side\'s, not the other party of the side its sentence names', () => {
    expect(sideOf(story, 'ban')).toBe('us');
    expect(sideOf(story, 'ban', 1)).toBe('us');
    expect(sideOf('Washington had effectively banned the chip in April. Following the April ban, the firm sought licences from the U.S. government.', 'ban')).toBe('us');
  });
  it('not when the side before the verb is the one banned, nor when two sides ban', () => {
    expect(sideOf('China was banned from buying the chips. The ban hurt the U.S. government\'s standing in talks.', 'ban')).not.toBe('china');
  });
});

describe('the last side of a pair or list a lever falls on', () => {
  it('is a target like the first, though a verb follows it', () => {
    expect(sideOf('The tariffs on Canada and Mexico were set to take effect in February.', 'tariffs')).toBe('us');
    expect(sideOf('Tariffs on Canada, Mexico and China took effect on Tuesday.', 'Tariffs')).toBe('us');
  });
  it('no side listed with the target is its other party', () => {
    expect(sideOf('Ottawa and Mexico City protested. The duties on Canada and Mexico were raised in March.', 'duties')).not.toBe('mexico');
  });
  it('not after ", and", which opens a clause, nor after a comma that ends a phrase', () => {
    expect(sideOf('Trump imposed tariffs on Canada, and Mexico retaliated with duties on pork.', 'duties')).toBe('mexico');
    expect(sideOf('In addition to the Netherlands, Japan also decided to restrict the export of certain chip technology.', 'chip technology')).toBe('japan');
  });
});

describe('a good bought from a third side, named as the reason for a measure', () => {
  it('is held by the buyer a possessive names before its origin', () => {
    expect(sideOf('Trump has doubled tariffs on Indian exports to 50%, citing New Delhi’s Russian oil imports.', 'oil')).toBe('india');
  });
  it('is held by the side the measure falls on, after "over" or "citing"', () => {
    expect(sideOf("Trump's new tariffs on India over Russian oil", 'oil')).toBe('india');
    expect(sideOf('Washington slapped tariffs on Turkey over Iranian oil.', 'oil')).toBe('turkey');
  });
  it('not when no measure falls on a side', () => {
    expect(sideOf('India will keep buying Russian oil despite the tariffs.', 'oil')).toBe('india');
  });
});
