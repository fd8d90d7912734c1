/**
 * Side classes found on the tuning part in the third round: a lever that names what sides contest or deal over, and
 * (below) further classes. Sentences written here in the style of 2019-2025 trade news.
 */
import { describe, expect, it } from 'vitest';
import { sideOf } from './stage-context';

describe('a lever right before a noun of contest or dealing between sides', () => {
  it('is held by neither ("tariff talks", "tariff battles", "a tariff spiral")', () => {
    expect(sideOf('Washington released the text of its deal with Tokyo following tariff talks between the two countries.', 'tariff')).toBeNull();
    expect(sideOf('Relations have been strained by years of tariff battles between Washington and Beijing.', 'tariff')).toBeNull();
    expect(sideOf('Beijing answered with a weaker yuan and a tariff spiral followed.', 'tariff')).toBeNull();
    expect(sideOf('Besides the tariff discussions, US officials raised the flow of fentanyl from China.', 'tariff')).toBeNull();
  });
  it('not when the lever is the head of its own phrase', () => {
    expect(sideOf('The US raised tariffs on Chinese goods during the talks.', 'tariffs')).toBe('us');
    expect(sideOf('China imposed export controls on gallium, a new front in the war over chips.', 'export controls')).toBe('china');
  });
});
