import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotateText } from '../../src/engine/index';
import { seed } from '../../src/kb/seed/index';

/**
 * Golden fixtures: each tests/fixtures/NAME.txt has NAME.expected.json with every mention written by hand
 * (text, lever, side, stance) in document order. See tests/fixtures/README.md.
 */
const dir = join(import.meta.dirname, '..', 'fixtures');
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => f.replace(/\.expected\.json$/, ''))
  .sort();

interface Expected {
  mentions: { text: string; lever: string; side: string | null; stance: string }[];
}

describe('golden fixtures', () => {
  it('there are fixtures to compare', () => {
    expect(names.length).toBeGreaterThanOrEqual(8);
  });
  for (const name of names) {
    it(name, () => {
      const text = readFileSync(join(dir, `${name}.txt`), 'utf8');
      const expected = (JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')) as Expected).mentions;
      const actual = annotateText(text, seed).mentions.map(({ text: t, lever, side, stance }) => ({ text: t, lever, side, stance }));
      expect(actual).toEqual(expected);
    });
  }
});
