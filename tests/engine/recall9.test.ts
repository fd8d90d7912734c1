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
