/**
 * Recall classes of the recall9 round, measured on the gold set's tuning part, on sentences written here.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze';
import { lexicon } from './stage-context';

const spans = (text: string) => analyze(text, lexicon).mentions.map((m) => [m.text, m.lever]);

describe('a measure word whose object is a flow of goods', () => {
  it('"existing limits on these exports", "earlier limits on more advanced chips": the story\'s export controls', () => {
    const text = 'Beijing announced export controls on graphite on Monday. The ban strengthens existing limits on these exports to America.';
    expect(spans(text)).toContainEqual(['limits', 'export-controls']);
    const chips = 'Washington enforces export controls on chips. Nvidia designed the part after earlier limits on more advanced AI chips.';
    expect(spans(chips)).toContainEqual(['limits', 'export-controls']);
  });

  it('without such an object the word stays unmarked ("limits to self-reliance", "limits on numbers")', () => {
    const text = 'Washington enforces export controls on chips. There are limits to self-reliance, and limits on numbers of staff.';
    expect(spans(text).map((m) => m[0])).not.toContain('limits');
  });
});

describe('products a ban keeps a firm from trading', () => {
  it('"barred X from exporting certain products", "prohibited from purchasing Micron products", "stop purchasing"', () => {
    const story = ' Washington has kept its export controls on chips in place.';
    expect(spans('China has barred the chipmaker from exporting certain products made at its plants.' + story)).toContainEqual(['products', 'controlled-goods']);
    expect(spans('Operators in China are now prohibited from purchasing Micron products.' + story)).toContainEqual(['Micron products', 'controlled-goods']);
    expect(spans('Operators of critical infrastructure should stop purchasing Micron products.' + story)).toContainEqual(['Micron products', 'controlled-goods']);
    expect(spans('China has prohibited exports of specific products made by the firm.' + story)).toContainEqual(['products', 'controlled-goods']);
  });

  it('products that are only sold, or kept from another use, stay unmarked', () => {
    const story = ' Washington has kept its export controls on chips in place.';
    const found = (t: string) => spans(t + story).map((m) => m[0]);
    expect(found('The company sells products made at its plants.')).not.toContain('products');
    expect(found('The court barred the firm from advertising its products.')).not.toContain('its products');
    expect(found('Nothing stops buyers from comparing products online.')).not.toContain('products');
  });
});
