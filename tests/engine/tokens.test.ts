import { describe, expect, it } from 'vitest';
import { joinable, phraseKey, tokenize } from '../../src/engine/tokens';

describe('tokenize', () => {
  it('gives each word its exact offsets in the source text', () => {
    const text = 'China  curbs\ngallium exports.';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(['China', 'curbs', 'gallium', 'exports']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('lower-cases the normal form and keeps the original text', () => {
    const [t] = tokenize('TARIFFS');
    expect(t.text).toBe('TARIFFS');
    expect(t.norm).toBe('tariffs');
  });

  it("strips a trailing 's and marks the token possessive, with straight or typographic apostrophes", () => {
    for (const text of ["China's curbs", 'China\u2019s curbs']) {
      const [china, curbs] = tokenize(text);
      expect(china).toMatchObject({ text: 'China', norm: 'china', possessive: true, start: 0, end: 5 });
      expect(curbs.possessive).toBe(false);
    }
  });

  it('treats a bare trailing apostrophe as a plural possessive', () => {
    const [countries] = tokenize("countries' tariffs");
    expect(countries).toMatchObject({ text: 'countries', possessive: true, end: 9 });
  });

  it('reads a closing quote as a quote, not a possessive', () => {
    const [, , , aggressively, revoke] = tokenize("The US will 'aggressively' revoke visas");
    expect(aggressively).toMatchObject({ text: 'aggressively', possessive: false });
    expect(revoke.norm).toBe('revoke');
    const [, word] = tokenize('the \u2018tariffs\u2019 were lifted');
    expect(word).toMatchObject({ text: 'tariffs', possessive: false });
  });

  it("keeps an inner apostrophe inside the word (\"won't\") and folds the typographic one in norm", () => {
    const [t] = tokenize('won\u2019t');
    expect(t.text).toBe('won\u2019t');
    expect(t.norm).toBe("won't");
    expect(t.possessive).toBe(false);
  });

  it('splits hyphenated and dotted forms into their words ("rare-earth", "U.S.")', () => {
    expect(tokenize('rare-earth').map((t) => t.norm)).toEqual(['rare', 'earth']);
    expect(tokenize('U.S. firms').map((t) => t.text)).toEqual(['U', 'S', 'firms']);
  });

  it('reads letters and digits of any script as words', () => {
    expect(tokenize('H200 für Zölle 25%').map((t) => t.text)).toEqual(['H200', 'für', 'Zölle', '25']);
  });

  it('leaves out initials in brackets that spell the words before them, and keeps any other bracketed word', () => {
    expect(tokenize('artificial intelligence (AI) chips').map((t) => t.text)).toEqual(['artificial', 'intelligence', 'chips']);
    expect(tokenize('rare earth elements (REEs) mining was curbed').map((t) => t.text)).toEqual(['rare', 'earth', 'elements', 'mining', 'was', 'curbed']);
    // Initials that end their phrase are a word of their own: "(REEs) were curbed", "(LNG) and other products".
    expect(tokenize('rare earth elements (REEs) were curbed').map((t) => t.text)).toEqual(['rare', 'earth', 'elements', 'REEs', 'were', 'curbed']);
    expect(tokenize('extreme ultraviolet (EUV) tools').map((t) => t.text)).toEqual(['extreme', 'ultraviolet', 'EUV', 'tools']);
    expect(tokenize('the ministry (MOFCOM) said').map((t) => t.text)).toEqual(['the', 'ministry', 'MOFCOM', 'said']);
  });

  it('honours the from/to window and keeps offsets absolute', () => {
    const text = 'one two three four';
    const tokens = tokenize(text, 4, 13);
    expect(tokens.map((t) => t.text)).toEqual(['two', 'three']);
    expect(tokens[0].start).toBe(4);
  });
});

describe('joinable', () => {
  const pair = (text: string) => {
    const tokens = tokenize(text);
    return joinable(text, tokens[0], tokens[1]);
  };

  it('joins words across spaces, hyphens, slashes and line breaks', () => {
    for (const text of ['rare earth', 'rare-earth', 'rare/earth', 'rare\nearth', 'rare - earth']) expect(pair(text), text).toBe(true);
  });

  it('does not join across a comma, a full stop between words or a long gap', () => {
    expect(pair('rare, earth')).toBe(false);
    expect(pair('rare. earth')).toBe(false);
    expect(pair('rare          earth')).toBe(false);
  });

  it('joins across initials in brackets only', () => {
    const text = 'artificial intelligence (AI) chips';
    const [, a, b] = tokenize(text);
    expect(b.text).toBe('chips');
    expect(joinable(text, a, b)).toBe(true);
    expect(pair('intelligence (new) chips')).toBe(false);
  });

  it('joins the letters of an initialism but not a full stop after a word', () => {
    expect(pair('U.S')).toBe(true);
    expect(pair('US.EU')).toBe(false);
  });

  it("joins a possessive to the next word only across the 's and a space", () => {
    expect(pair("driver's licence")).toBe(true);
    expect(pair("driver's, licence")).toBe(false);
  });
});

describe('phraseKey', () => {
  it('normalises case, hyphens and whitespace to single spaces', () => {
    expect(phraseKey('Rare-Earth  Export\nControls')).toBe('rare earth export controls');
  });

  it("keeps a possessive as 's", () => {
    expect(phraseKey('Driver’s licence')).toBe("driver's licence");
  });
});
