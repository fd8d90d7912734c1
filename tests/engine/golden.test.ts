import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotateText } from '../../src/engine/index';
import { seed } from '../../src/kb/seed/index';
import { addScores, emptyScore, scoreDocument, summarise, type DiffLine, type GoldMention, type LoadedDocument } from '../../scripts/lib/gold';

/**
 * Golden fixtures: each tests/fixtures/NAME.txt has NAME.expected.json with every mention written by hand (text,
 * lever, side, stance) in document order, under the conventions of tests/gold/GUIDE.md (see tests/fixtures/README.md).
 * The engine must find every mention at its exact offsets and agree with the labels at least as well as the floors
 * below, which sit just under what it reaches today: a rule change that loses ground on these articles fails here.
 */
const dir = join(import.meta.dirname, '..', 'fixtures');
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => f.replace(/\.expected\.json$/, ''))
  .sort();

const FLOORS = { precision: 0.98, recall: 0.9, side: 0.96, stance: 0.88 };

function load(name: string): LoadedDocument {
  const text = readFileSync(join(dir, `${name}.txt`), 'utf8');
  const labels = (JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')) as { mentions: GoldMention[] }).mentions;
  let pos = 0;
  const expected = labels.map((m) => {
    const start = text.indexOf(m.text, pos);
    if (start < 0) throw new Error(`${name}: "${m.text}" is not in the text after offset ${pos}`);
    pos = start + m.text.length;
    return { ...m, start, end: pos };
  });
  return { id: name, set: 'fixtures', source: 'written', part: 'tuning', text, expected };
}

describe('golden fixtures', () => {
  it('there are fixtures to compare, one of them without any lever', () => {
    expect(names.length).toBeGreaterThanOrEqual(8);
    expect(names).toContain('no-levers');
  });

  const total = emptyScore();
  const diffs: DiffLine[] = [];
  for (const name of names) {
    it(`${name}: every mention at its exact offsets, nothing found in a lever-free story`, () => {
      const doc = load(name);
      const found = annotateText(doc.text, seed).mentions;
      for (const m of found) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
      if (doc.expected.length === 0) expect(found.map((m) => m.text)).toEqual([]);
      const score = emptyScore();
      scoreDocument(doc, found, score, diffs);
      addScores(total, score);
      expect(summarise(score).f1, name).toBeGreaterThanOrEqual(0.85);
    });
  }

  it('agrees with the labels at least as well as the floors', () => {
    const s = summarise(total);
    const report = diffs.map((d) => `${d.kind} ${d.doc} "${d.text}" got ${d.got ?? '-'} want ${d.want ?? '-'}`).join('\n');
    expect(s.precision, report).toBeGreaterThanOrEqual(FLOORS.precision);
    expect(s.recall, report).toBeGreaterThanOrEqual(FLOORS.recall);
    expect(s.side, report).toBeGreaterThanOrEqual(FLOORS.side);
    expect(s.stance, report).toBeGreaterThanOrEqual(FLOORS.stance);
  });
});
