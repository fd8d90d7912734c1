import { describe, expect, it } from 'vitest';
import { anchorQuote, CONTEXT_CHARS, describeQuote, type QuoteSelector } from '../../src/page/anchor-text';

// A short wire story written for these tests. "tariffs" appears five times on purpose.
const ARTICLE = [
  'GENEVA — Negotiators from both capitals met again on Tuesday as the truce on tariffs entered its third month.',
  'Beijing has kept its export controls on gallium and germanium in place, officials said, and has signalled that ' +
    'graphite could be next. Washington answered by widening the list of chip-making tools that need a licence.',
  'Farm groups want the soybean tariffs lifted before the harvest. Steel makers want the tariffs on wire rod kept, ' +
    'and carmakers say tariffs on parts have already raised prices at dealerships.',
  'A senior official said the tariffs would stay "as long as they are needed", while a trade envoy described the ' +
    'talks as constructive but slow.',
].join('\n\n');

/** Offsets of the `nth` (0-based) occurrence of `needle`, failing the test when there is none. */
function find(text: string, needle: string, nth = 0): [number, number] {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`no occurrence ${nth} of ${needle}`);
  }
  return [at, at + needle.length];
}

/** Selectors for the `nth` occurrence of `needle` in `text`. */
function describe_(text: string, needle: string, nth = 0) {
  const [start, end] = find(text, needle, nth);
  return describeQuote(text, start, end);
}

describe('describeQuote', () => {
  it('takes up to CONTEXT_CHARS characters of context either side', () => {
    const [start, end] = find(ARTICLE, 'export controls on gallium');
    const { quote, position } = describeQuote(ARTICLE, start, end);
    expect(quote.exact).toBe('export controls on gallium');
    expect(quote.prefix).toBe(ARTICLE.slice(start - CONTEXT_CHARS, start));
    expect(quote.prefix).toHaveLength(CONTEXT_CHARS);
    expect(quote.suffix).toBe(ARTICLE.slice(end, end + CONTEXT_CHARS));
    expect(position).toEqual({ start, end });
  });

  it('takes less context at the edges of the text', () => {
    const text = 'Tariffs rose. Exports fell.';
    const head = describeQuote(text, 0, 7);
    expect(head.quote).toEqual({ exact: 'Tariffs', prefix: '', suffix: ' rose. Exports fell.' });
    const tail = describeQuote(text, text.length - 5, text.length);
    expect(tail.quote).toEqual({ exact: 'fell.', prefix: 'Tariffs rose. Exports ', suffix: '' });
    expect(describeQuote(text, 0, text.length).quote).toEqual({ exact: text, prefix: '', suffix: '' });
  });

  it('never cuts an emoji in half at the edge of the context', () => {
    const text = `${'🚢'.repeat(20)}tariffs${'🚢'.repeat(20)}`;
    const [start, end] = find(text, 'tariffs');
    const { quote } = describeQuote(text, start, end);
    // 32 UTF-16 units is 16 emoji exactly; one more unit would split a pair, so the context stays whole.
    expect(quote.prefix).toBe('🚢'.repeat(16));
    expect(quote.suffix).toBe('🚢'.repeat(16));
    const odd = `x${text}x`;
    const shifted = describeQuote(odd, start + 1, end + 1).quote;
    expect(shifted.prefix).toBe('🚢'.repeat(16));
    expect(shifted.suffix).toBe('🚢'.repeat(16));
    expect(shifted.prefix.isWellFormed?.() ?? true).toBe(true);
  });

  it.each([
    [0, 0, 'an empty range'],
    [5, 3, 'a reversed range'],
    [-1, 4, 'a negative start'],
    [0, 1_000_000, 'an end past the text'],
    [1.5, 4, 'a fractional offset'],
    [Number.NaN, 4, 'NaN'],
  ])('rejects %d..%d (%s)', (start, end) => {
    expect(() => describeQuote(ARTICLE, start, end)).toThrow(RangeError);
  });

  it('rejects any range in an empty text', () => {
    expect(() => describeQuote('', 0, 0)).toThrow(RangeError);
  });
});

describe('anchorQuote on unchanged text', () => {
  it('uses the saved position', () => {
    const { quote, position } = describe_(ARTICLE, 'export controls on gallium');
    expect(anchorQuote(ARTICLE, quote, position)).toEqual({ ...position, method: 'position', score: 1 });
  });

  it('re-finds every sentence of the article at its old position', () => {
    for (const sentence of ARTICLE.split(/(?<=\.)\s+/)) {
      const { quote, position } = describe_(ARTICLE, sentence);
      expect(anchorQuote(ARTICLE, quote, position)).toMatchObject({ ...position, method: 'position', score: 1 });
    }
  });

  it('uses a short quote’s position when its context still agrees', () => {
    const { quote, position } = describe_(ARTICLE, 'tariffs', 2);
    expect(anchorQuote(ARTICLE, quote, position)).toEqual({ ...position, method: 'position', score: 1 });
  });

  it('finds a unique quote without a position', () => {
    const { quote, position } = describe_(ARTICLE, 'chip-making tools');
    expect(anchorQuote(ARTICLE, quote)).toEqual({ ...position, method: 'exact', score: 0.95 });
  });
});

describe('anchorQuote after a paragraph is inserted before the quote', () => {
  const inserted = 'UPDATE: This story has been updated with comments from the trade envoy.\n\n';
  const changed = inserted + ARTICLE;

  it('finds a unique quote by exact match when the position is stale', () => {
    const { quote, position } = describe_(ARTICLE, 'export controls on gallium');
    const anchor = anchorQuote(changed, quote, position);
    expect(anchor).toEqual({
      start: position.start + inserted.length,
      end: position.end + inserted.length,
      method: 'exact',
      score: 0.95,
    });
    expect(changed.slice(anchor!.start, anchor!.end)).toBe(quote.exact);
  });

  it('finds a repeated short quote by its context, not the nearest copy', () => {
    // The old position of the fourth "tariffs" now points into the middle of the third paragraph.
    const { quote, position } = describe_(ARTICLE, 'tariffs', 3);
    const anchor = anchorQuote(changed, quote, position);
    expect(anchor).toMatchObject({ start: position.start + inserted.length, end: position.end + inserted.length, method: 'context' });
    expect(anchor!.score).toBeGreaterThan(0.9);
    expect(anchor!.score).toBeLessThanOrEqual(0.95);
  });
});

describe('anchorQuote with a repeated short quote', () => {
  it('has five copies of "tariffs" to choose from', () => {
    expect(ARTICLE.match(/tariffs/g)).toHaveLength(5);
  });

  it.each([0, 1, 2, 3, 4])('resolves copy %d by its context alone', (nth) => {
    const { quote, position } = describe_(ARTICLE, 'tariffs', nth);
    const anchor = anchorQuote(ARTICLE, quote);
    expect(anchor).toMatchObject({ start: position.start, end: position.end, method: 'context' });
  });

  it('prefers context over a misleading old position', () => {
    const { quote, position } = describe_(ARTICLE, 'tariffs', 4);
    const misleading = { start: find(ARTICLE, 'tariffs', 0)[0], end: find(ARTICLE, 'tariffs', 0)[1] };
    expect(anchorQuote(ARTICLE, quote, misleading)).toMatchObject({ start: position.start, method: 'context' });
  });

  it('breaks a tie in context by distance to the old position', () => {
    const text = 'Duties rose. [tariffs] and more. Duties rose. [tariffs] and more. Duties rose. [tariffs] and more.';
    const quote = { exact: 'tariffs', prefix: 'Duties rose. [', suffix: '] and more.' };
    const second = find(text, 'tariffs', 1);
    const third = find(text, 'tariffs', 2);
    expect(anchorQuote(text, quote, { start: second[0] + 3, end: second[1] + 3 })).toMatchObject({ start: second[0], method: 'context' });
    expect(anchorQuote(text, quote, { start: third[0] - 2, end: third[1] - 2 })).toMatchObject({ start: third[0], method: 'context' });
    expect(anchorQuote(text, quote)).toMatchObject({ start: find(text, 'tariffs', 0)[0] });
  });

  it('ranks a repeated long quote by context too', () => {
    const line = 'Officials said the talks would resume next week.';
    const text = `In March: ${line} In April the envoy repeated it: ${line} Nothing changed.`;
    const { quote, position } = describe_(text, line, 1);
    expect(anchorQuote(text, quote)).toMatchObject({ start: position.start, method: 'context' });
  });
});

describe('anchorQuote with an edited quote', () => {
  const edited = ARTICLE.replace('export controls on gallium', 'export control on gallium');

  it('falls back to a fuzzy match scoring below 1', () => {
    const { quote, position } = describe_(ARTICLE, 'export controls on gallium');
    const anchor = anchorQuote(edited, quote, position);
    const [start, end] = find(edited, 'export control on gallium');
    expect(anchor).toMatchObject({ start, end, method: 'fuzzy' });
    expect(anchor!.score).toBeLessThan(1);
    expect(anchor!.score).toBeGreaterThanOrEqual(1 - 1 / quote.exact.length);
  });

  it('finds the edited quote without a position, and after other edits moved it', () => {
    const { quote } = describe_(ARTICLE, 'export controls on gallium');
    const moved = `Correction appended.\n\n${edited}`;
    const [start, end] = find(moved, 'export control on gallium');
    expect(anchorQuote(moved, quote)).toMatchObject({ start, end, method: 'fuzzy' });
  });

  it('finds a reworded sentence within a quarter of its length in edits', () => {
    const original = 'Washington answered by widening the list of chip-making tools that need a licence.';
    const reworded = 'Washington responded by widening the list of chipmaking tools that need licences.';
    const { quote, position } = describe_(ARTICLE, original);
    const text = ARTICLE.replace(original, reworded);
    const anchor = anchorQuote(text, quote, position);
    const [start, end] = find(text, reworded);
    expect(anchor).toMatchObject({ start, end, method: 'fuzzy' });
    expect(anchor!.score).toBeGreaterThan(0.75);
    expect(anchor!.score).toBeLessThan(1);
  });

  it('respects the score floor', () => {
    const { quote, position } = describe_(ARTICLE, 'export controls on gallium');
    expect(anchorQuote(edited, quote, position, { minScore: 0.99 })).toBeNull();
    expect(anchorQuote(edited, quote, position, { minScore: 0.9 })).toMatchObject({ method: 'fuzzy' });
  });

  it('leaves a quote edited beyond a quarter of its length as an orphan', () => {
    const { quote, position } = describe_(ARTICLE, 'export controls on gallium');
    const rewritten = ARTICLE.replace('export controls on gallium', 'curbs on shipments of gallium');
    expect(anchorQuote(rewritten, quote, position)).toBeNull();
  });

  it('never fuzzy-matches a short quote', () => {
    const { quote, position } = describe_(ARTICLE, 'graphite');
    const text = ARTICLE.replace('graphite', 'graphites');
    // "graphite" is still there, at its old place, as the start of "graphites".
    expect(anchorQuote(text, quote, position)).toMatchObject({ ...position, method: 'position' });
    const respelled = ARTICLE.replace('graphite', 'grafite');
    expect(anchorQuote(respelled, quote, position)).toBeNull();
  });
});

describe('anchorQuote when the quote is gone', () => {
  it('returns null when the sentence was deleted', () => {
    const sentence = 'Washington answered by widening the list of chip-making tools that need a licence.';
    const { quote, position } = describe_(ARTICLE, sentence);
    expect(anchorQuote(ARTICLE.replace(` ${sentence}`, ''), quote, position)).toBeNull();
  });

  it('returns null when the quoted phrase was deleted', () => {
    const { quote, position } = describe_(ARTICLE, 'export controls on gallium');
    const text = ARTICLE.replace('Beijing has kept its export controls on gallium and germanium in place, officials said, and ', '');
    expect(anchorQuote(text, quote, position)).toBeNull();
  });

  it('does not guess a short quote whose context is gone', () => {
    const { quote, position } = describe_(ARTICLE, 'tariffs', 1);
    // The soybean sentence is rewritten; "tariffs" still occurs four times elsewhere, each in other words.
    const text = ARTICLE.replace('Farm groups want the soybean tariffs lifted before the harvest.', 'Farmers are quiet for now.');
    expect(text.match(/tariffs/g)).toHaveLength(4);
    expect(anchorQuote(text, quote, position)).toBeNull();
    expect(anchorQuote(text, quote)).toBeNull();
  });

  it('does not trust a short quote at its old position once its context is gone', () => {
    const quote = { exact: 'tariffs', prefix: 'Farm groups want the soybean ', suffix: ' lifted before the harvest.' };
    const text = 'The rules on tariffs and quotas changed.';
    expect(anchorQuote(text, quote, { start: 13, end: 20 })).toBeNull();
  });

  it('returns null for a short quote that occurs once but without its context', () => {
    const quote = { exact: 'gallium', prefix: 'kept its export controls on ', suffix: ' and germanium in place' };
    expect(anchorQuote('Prices of gallium doubled this year.', quote)).toBeNull();
  });
});

describe('anchorQuote with unicode text', () => {
  const text =
    'Le ministre a déclaré: « Les droits de douane 🚢 sur l’acier resteront en vigueur. » ' +
    'Zölle auf Stahl 🇪🇺 bleiben bestehen, sagte die Ministerin in Brüssel. 日本の関税は変わらない。';

  it('describes and re-finds quotes around accents and emoji in UTF-16 offsets', () => {
    for (const needle of ['droits de douane 🚢 sur l’acier', 'Zölle auf Stahl 🇪🇺 bleiben', 'Brüssel', '日本の関税', '🇪🇺']) {
      const [start, end] = find(text, needle);
      const { quote, position } = describeQuote(text, start, end);
      expect(quote.exact).toBe(needle);
      expect(anchorQuote(text, quote, position)).toMatchObject({ start, end, method: 'position' });
      const shifted = `🎉🎉 Édition spéciale 🎉🎉\n\n${text}`;
      const anchor = anchorQuote(shifted, quote, position);
      expect(anchor).not.toBeNull();
      expect(shifted.slice(anchor!.start, anchor!.end)).toBe(needle);
    }
  });

  it('never returns a fuzzy match that splits an emoji', () => {
    const needle = 'droits de douane 🚢 sur l’acier';
    const { quote, position } = describe_(text, needle);
    const changed = text.replace('🚢', '⚓️');
    const anchor = anchorQuote(changed, quote, position);
    expect(anchor).toMatchObject({ method: 'fuzzy' });
    const found = changed.slice(anchor!.start, anchor!.end);
    expect(found).toBe('droits de douane ⚓️ sur l’acier');
    expect(found.isWellFormed?.() ?? true).toBe(true);
  });

  it('keeps accents significant: a quote stripped of them is matched fuzzily, not exactly', () => {
    const quote: QuoteSelector = { exact: 'Zolle auf Stahl', prefix: '', suffix: '' };
    expect(anchorQuote(text, quote)).toMatchObject({ start: find(text, 'Zölle auf Stahl')[0], method: 'fuzzy' });
  });
});

describe('anchorQuote edge cases', () => {
  const quote = { exact: 'export controls on gallium', prefix: 'has kept its ', suffix: ' and germanium' };

  it('returns null in an empty text', () => {
    expect(anchorQuote('', quote)).toBeNull();
    expect(anchorQuote('', quote, { start: 0, end: 26 })).toBeNull();
  });

  it('returns null for an empty quote', () => {
    expect(anchorQuote(ARTICLE, { exact: '', prefix: '', suffix: '' })).toBeNull();
    expect(anchorQuote(ARTICLE, { exact: '', prefix: 'a', suffix: 'b' }, { start: 3, end: 3 })).toBeNull();
  });

  it('returns null for a quote longer than the text could hold', () => {
    expect(anchorQuote('export controls', quote)).toBeNull();
  });

  it('ignores a position that is out of range or nonsense', () => {
    const [start, end] = find(ARTICLE, quote.exact);
    for (const position of [
      { start: -5, end: 21 },
      { start: ARTICLE.length - 3, end: ARTICLE.length + 23 },
      { start: 40, end: 10 },
      { start: Number.NaN, end: 26 },
      { start: 0.5, end: 26.5 },
    ]) {
      expect(anchorQuote(ARTICLE, quote, position)).toMatchObject({ start, end, method: 'exact' });
    }
  });

  it('anchors the whole text as a quote with no context', () => {
    const text = 'Tariffs.';
    const { quote: whole, position } = describeQuote(text, 0, text.length);
    expect(anchorQuote(text, whole, position)).toMatchObject({ start: 0, end: text.length, method: 'position' });
    expect(anchorQuote(text, whole)).toMatchObject({ start: 0, end: text.length, method: 'context' });
  });

  it('finds a quote at the very start and the very end of the text', () => {
    const first = describe_(ARTICLE, 'GENEVA — Negotiators');
    const last = describe_(ARTICLE, 'constructive but slow.');
    const moved = `Lead-in.\n\n${ARTICLE}\n\nEnd.`;
    expect(anchorQuote(moved, first.quote, first.position)).toMatchObject({ start: 10, method: 'exact' });
    expect(anchorQuote(moved, last.quote, last.position)).toMatchObject({ end: moved.length - '\n\nEnd.'.length, method: 'exact' });
  });

  it('copes with overlapping occurrences in repetitive text', () => {
    const text = 'a'.repeat(200);
    const { quote, position } = describeQuote(text, 50, 70);
    expect(anchorQuote(text, quote, position)).toMatchObject({ start: 50, end: 70, method: 'position' });
    expect(anchorQuote(text, quote)).not.toBeNull();
  });
});

describe('anchorQuote on a long text', () => {
  /** Deterministic pseudo-random numbers (mulberry32), so the text is the same on every run. */
  function random(seed: number): () => number {
    let a = seed;
    return () => {
      a = (a + 0x6d2b79f5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  const WORDS = (
    'the a of to in and on for with said officials tariffs duties exports imports steel aluminium soybeans chips ' +
    'gallium germanium graphite rare earths licences quotas sanctions truce talks envoy ministry commerce Beijing ' +
    'Washington Brussels Tokyo Geneva week month year talks would could might raise lower extend suspend impose ' +
    'lift review widen narrow controls rules list tools makers farmers carmakers prices market shares investors'
  ).split(' ');

  function longText(rand: () => number, chars: number): string {
    const sentences: string[] = [];
    let length = 0;
    while (length < chars) {
      const count = 8 + Math.floor(rand() * 14);
      const words = Array.from({ length: count }, () => WORDS[Math.floor(rand() * WORDS.length)]);
      const sentence = `${words.join(' ')}.`;
      sentences.push(sentence.charAt(0).toUpperCase() + sentence.slice(1));
      length += sentence.length + 1;
    }
    return sentences.join(' ').slice(0, chars);
  }

  it('anchors 50 quotes in a 100,000-character text that changed', () => {
    const rand = random(20_240_611);
    const original = longText(rand, 100_000);
    expect(original).toHaveLength(100_000);

    // 50 quotes of 8 to 80 characters, spread through the text and not overlapping.
    const saved = Array.from({ length: 50 }, (_, i) => {
      const start = i * 2000 + 100 + Math.floor(rand() * 1500);
      const length = i % 10 === 0 ? 8 : 20 + Math.floor(rand() * 60);
      return describeQuote(original, start, start + length);
    });

    // Insert a paragraph at the top, and edit one character in the middle of every fifth quote.
    const lead = 'Editor’s note: this article was updated to add reaction from Brussels.\n\n';
    const editedQuotes = new Set<number>();
    let changed = original;
    for (let i = saved.length - 1; i >= 0; i--) {
      if (i % 5 !== 2) continue;
      const { position } = saved[i];
      const mid = position.start + Math.floor((position.end - position.start) / 2);
      const replacement = changed[mid] === '#' ? '%' : '#';
      changed = changed.slice(0, mid) + replacement + changed.slice(mid + 1);
      editedQuotes.add(i);
    }
    changed = lead + changed;

    const t0 = performance.now();
    const anchors = saved.map(({ quote, position }) => anchorQuote(changed, quote, position));
    const elapsed = performance.now() - t0;
    console.log(`anchored ${saved.length} quotes in a ${changed.length}-character text in ${elapsed.toFixed(1)} ms`);

    anchors.forEach((anchor, i) => {
      const { quote, position } = saved[i];
      expect(anchor, `quote ${i}`).not.toBeNull();
      expect(anchor!.start, `quote ${i}`).toBe(position.start + lead.length);
      expect(anchor!.end, `quote ${i}`).toBe(position.end + lead.length);
      if (editedQuotes.has(i)) {
        expect(anchor!.method).toBe('fuzzy');
        expect(anchor!.score).toBeLessThan(1);
      } else {
        expect(['exact', 'context']).toContain(anchor!.method);
        expect(changed.slice(anchor!.start, anchor!.end)).toBe(quote.exact);
      }
    });
  });

  it('finds a long edited quote in a text too long for a full scan', () => {
    const rand = random(7);
    const original = longText(rand, 200_000);
    const start = 150_321;
    const { quote, position } = describeQuote(original, start, start + 400);
    // Ten scattered one-character edits: 2.5% of the quote.
    let changed = original;
    for (let k = 0; k < 10; k++) {
      const at = start + 20 + k * 38;
      changed = changed.slice(0, at) + '#' + changed.slice(at + 1);
    }
    changed = `${'Preface. '.repeat(500)}${changed}`; // the old position is now 4,500 characters off
    const t0 = performance.now();
    const anchor = anchorQuote(changed, quote, position);
    console.log(`fuzzy-anchored a 400-character quote in a ${changed.length}-character text in ${(performance.now() - t0).toFixed(1)} ms`);
    expect(anchor).toMatchObject({ start: start + 4500, end: start + 4900, method: 'fuzzy' });
    expect(anchor!.score).toBeGreaterThanOrEqual(1 - 10 / 400);
    expect(anchor!.score).toBeLessThan(1);
  });
});
