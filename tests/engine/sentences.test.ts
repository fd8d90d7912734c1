import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/engine/sentences';

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits at a full stop, question mark or exclamation mark followed by space', () => {
    expect(split('Tariffs rose. Did they? Yes! They did.')).toEqual(['Tariffs rose.', 'Did they?', 'Yes!', 'They did.']);
  });

  it('does not split after an initialism that runs on ("U.S. President")', () => {
    expect(split('U.S. President Trump spoke. He left.')).toEqual(['U.S. President Trump spoke.', 'He left.']);
  });

  it('splits after an initialism followed by a typical sentence opener ("the U.S. The")', () => {
    expect(split('It went to the U.S. The talks failed.')).toEqual(['It went to the U.S.', 'The talks failed.']);
  });

  it('does not split after titles and abbreviations', () => {
    expect(split('Mr. Smith met Dr. Jones on Jan. 5. They talked.')).toEqual(['Mr. Smith met Dr. Jones on Jan. 5.', 'They talked.']);
  });

  it('does not split inside a decimal number', () => {
    expect(split('Tariffs rose 3.5 percent. Then they fell.')).toEqual(['Tariffs rose 3.5 percent.', 'Then they fell.']);
  });

  it('does not split before a lower-case word', () => {
    expect(split('He said no. and left.')).toEqual(['He said no. and left.']);
  });

  it('splits at a blank line even without punctuation', () => {
    expect(split('Headline here\n\nFirst paragraph')).toEqual(['Headline here', 'First paragraph']);
  });

  it('keeps closing quotes with their sentence', () => {
    expect(split('"Stop the tariffs," he said. "Now!" She left.')).toEqual(['"Stop the tariffs," he said.', '"Now!"', 'She left.']);
  });

  it('trims whitespace and returns no empty spans', () => {
    const text = '  Leading space.   \n\n\n  ';
    const spans = splitSentences(text);
    expect(spans).toEqual([{ start: 2, end: 16 }]);
    expect(splitSentences('')).toEqual([]);
  });
});
