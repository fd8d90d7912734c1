import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annotateText } from '../../src/engine/index';
import { seed } from '../../src/kb/seed/index';

/**
 * The engine reads whatever a page holds: no run of words, however odd, may make it throw or give a mention whose
 * offsets do not point at its own text. Words are drawn from what the rules look at (lever words, verbs, sides, the
 * nouns read after a lever), so the random texts reach the rules' edges: a sentence that ends right after a lever,
 * a reply word with nothing after it, a lone possessive.
 */
const VOCABULARY = [
  'tariffs', 'tariff', 'export controls', 'visa', 'visas', 'licences', 'soybeans', 'rare earths', 'H20', 'Entity List',
  'sanctions', 'duties', 'ban', 'probe', 'purchases', 'gallium', 'chips', 'application', 'processing', 'filing', 'entry',
  'issuance', 'renewal', 'fee', 'imposed', 'lifted', 'suspended', 'stays', 'remain', 'cancelled', 'canceled', 'yet', 'to',
  'has', 'the', 'its', 'their', 'on', 'against', 'from', 'for', 'in', 'exchange', 'return', 'after', 'which', 'who',
  'responsible', 'warned', 'pushed', 'accused', 'of', 'target', 'China', "China's", 'US', 'the EU', 'Japan', 'Canada',
  'Beijing', 'Washington', 'retaliation', 'response', 'not', 'new', 'designed', 'was', 'undermine', 'dependence', 'whether',
];

describe('engine robustness', () => {
  it('reads a sentence that ends right after a lever and a noun of filing', () => {
    const text = 'Washington imposed tariffs on China. Beijing delayed his visa application.';
    const mentions = annotateText(text, seed).mentions;
    expect(mentions.map((m) => m.text)).toContain('visa');
  });

  it('never throws and gives mentions that point at their own text, whatever the words', () => {
    const word = fc.constantFrom(...VOCABULARY);
    const separator = fc.constantFrom(' ', ' ', ' ', ', ', '. ', '.', '? ', '\n\n', ': ', ' (', ') ', '\u2014');
    const text = fc.array(fc.tuple(word, separator), { minLength: 1, maxLength: 14 }).map((parts) => parts.map(([w, s]) => w + s).join(''));
    fc.assert(
      fc.property(text, (t) => {
        for (const m of annotateText(t, seed).mentions) {
          if (m.start < 0 || m.end > t.length || m.start >= m.end || t.slice(m.start, m.end) !== m.text) return false;
        }
        return true;
      }),
      { numRuns: 1500 },
    );
  });
});
