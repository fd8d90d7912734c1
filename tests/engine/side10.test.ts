/**
 * Side classes found on the tuning part of the newest sets (web-2026p, web-2026q): a side a measure strikes or harms
 * taken for its holder. Sentences written here in the style of 2023-2025 chip-rule news.
 */
import { describe, expect, it } from 'vitest';
import { sideOf } from './stage-context';
import { annotateText } from '../../src/engine';
import { seed } from '../../src/kb/seed';

describe('a side right after a verb that strikes it with a measure', () => {
  it('is the target ("hit China with", "slapped Canada with")', () => {
    expect(sideOf('The rules hit China with new export restrictions.', 'export restrictions')).toBe('us');
    expect(sideOf('The package is hitting China with curbs on memory chips.', 'curbs')).toBe('us');
  });
  it('not when the side is the one striking back', () => {
    expect(sideOf('China hit back with tariffs on US soybeans.', 'tariffs')).toBe('china');
    expect(sideOf('The sanctions China imposed on US defence firms took effect.', 'sanctions')).toBe('china');
  });
});

describe('a side or its possessive after a verb of harming', () => {
  it('is the target ("to hobble Beijing\'s ambitions", "to contain China")', () => {
    expect(sideOf('The effort to hobble Beijing\'s chipmaking ambitions also hits Chinese toolmakers with new export restrictions.', 'export restrictions')).toBe('us');
    expect(sideOf('The aim is to contain China with export controls.', 'export controls')).toBe('us');
  });
});

describe('a side the goods are bound for', () => {
  it('is where they go, not the exporter that holds the control', () => {
    expect(sideOf('The package includes curbs on China-bound shipments of memory chips.', 'curbs')).toBe('us');
    expect(sideOf('It adds restrictions on Russia-bound exports of machine tools.', 'restrictions')).not.toBe('russia');
  });
});

describe('a good that only qualifies a maker', () => {
  it('is no lever ("Chinese chip toolmakers")', () => {
    const found = annotateText('The rules hit Chinese chip toolmakers and chipmaking tools with new curbs.', seed).mentions.map((m) => m.text);
    expect(found).not.toContain('chip');
    expect(found).toContain('chipmaking tools');
  });
});

describe('a good its buyer holds, bought by a side in a story without the usual buyer', () => {
  it('is the buying subject\'s, not the usual buyer\'s (China) when the story never names China', () => {
    const story = 'India’s international trade is in turmoil as never before. Donald Trump told reporters that India had agreed to taper off energy purchases from Russia.';
    expect(sideOf(story, 'energy purchases')).toBe('india');
  });
  it('still the usual buyer\'s when the story names it and the subject is the seller', () => {
    expect(sideOf('China agreed to the deal in Beijing. The United States expects soybean purchases to double.', 'soybean purchases')).toBe('china');
  });
});

describe('a side\'s name right before its goods ("US goods", "EU products")', () => {
  it('names where the goods come from, not a government acting, even before a verb', () => {
    expect(sideOf('US goods subject to Canadian duties include whiskey, ketchup and toilet paper.', 'whiskey')).toBe('canada');
    expect(sideOf('EU products subject to Chinese duties include brandy and pork.', 'pork')).toBe('china');
  });
  it('while the measure named on them stays its own', () => {
    expect(sideOf('US goods subject to Canadian duties include whiskey, ketchup and toilet paper.', 'duties')).toBe('canada');
  });
});

describe('the other party of a named target, when the knowledge base\'s usual holder is absent from the story', () => {
  it('is a side the story names, not the usual holder it never mentions', () => {
    expect(sideOf('The US doubled tariffs on India over Russian oil. The larger aim is to push India toward diversifying oil imports away from Russia.', 'oil', 1)).toBe('india');
    expect(sideOf('The US doubled tariffs on Turkey over Russian oil. The larger aim is to push Turkey toward diversifying oil imports away from Russia.', 'oil', 1)).toBe('turkey');
  });
  it('while the usual holder the story does name keeps it', () => {
    expect(sideOf('The US doubled tariffs on India over Russian oil while China kept buying. The larger aim is to push India toward diversifying oil imports away from Russia.', 'oil', 1)).toBe('china');
  });
});
