import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotateText } from '../../src/engine/index';
import { seed } from '../../src/kb/seed/index';

/**
 * Golden fixtures: each tests/fixtures/NAME.txt has NAME.expected.json with every mention written by hand
 * (text, lever, side, stance) in document order. See tests/fixtures/README.md. The few places where the engine
 * is known to be wrong are listed, with the reason, in known-differences.json; each must still be exactly as
 * recorded, so fixing one (or breaking something else) fails this test until the list is updated.
 */
const dir = join(import.meta.dirname, '..', 'fixtures');
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => f.replace(/\.expected\.json$/, ''))
  .sort();

type Row = { text: string; lever: string; side: string | null; stance: string };
interface Difference {
  fixture: string;
  text: string;
  occurrence: number;
  field: keyof Row;
  expected: string | null;
  actual: string | null;
}
const known = (JSON.parse(readFileSync(join(dir, 'known-differences.json'), 'utf8')) as { differences: Difference[] }).differences;

describe('golden fixtures', () => {
  it('there are fixtures to compare, one of them without any lever', () => {
    expect(names.length).toBeGreaterThanOrEqual(8);
    expect(names).toContain('no-levers');
  });

  it('lists at most a handful of known differences', () => {
    expect(known.length).toBeLessThanOrEqual(5);
  });

  for (const name of names) {
    it(name, () => {
      const text = readFileSync(join(dir, `${name}.txt`), 'utf8');
      const expected = (JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')) as { mentions: Row[] }).mentions;
      const found = annotateText(text, seed).mentions;
      for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
      const actual: Row[] = found.map(({ text: t, lever, side, stance }) => ({ text: t, lever, side, stance }));
      for (const d of known.filter((k) => k.fixture === name)) {
        const index = actual.map((r, i) => [r, i] as const).filter(([r]) => r.text === d.text)[d.occurrence - 1]?.[1];
        expect(index, `known difference ${d.text} #${d.occurrence}`).toBeDefined();
        expect(actual[index!][d.field], `known difference ${d.text} #${d.occurrence} changed`).toBe(d.actual);
        (actual[index!] as Record<string, unknown>)[d.field] = d.expected;
      }
      expect(actual).toEqual(expected);
    });
  }
});
