/**
 * The stage tests build their input with tests/engine/stage-context.ts, which repeats the steps of analyzeSentence
 * (not exported). These checks keep that copy honest: on one-sentence texts it must find what analyze() finds.
 */
import { describe, expect, it } from 'vitest';
import { annotateText } from '../../src/engine/index';
import { seed } from '../../src/kb/seed/index';
import { prepare } from './stage-context';

const SENTENCES = [
  'China tightened rare earth export controls on Monday.',
  'Nvidia sold H200 chips to China.',
  'Washington raised tariffs on Chinese goods.',
  'Dutch export controls hit ASML.',
  'Beijing imposed export controls on gallium, germanium and antimony.',
  'Tariffs imposed by Ottawa on Chinese electric vehicles reached 100 percent.',
  'The US will sanction the banks and ban the apps.',
  'The state has the duty to protect farmers from tariffs.',
  'Economists have long studied the impact of tariffs on consumer prices.',
];

describe('stage-context mirrors analyze()', () => {
  for (const sentence of SENTENCES) {
    it(`same levers, sides and stances for "${sentence}"`, () => {
      const p = prepare(sentence);
      const mine = p.levers.map((m) => {
        const r = p.results.get(m)!;
        return { text: p.textOf(m), lever: m.entry.lever, side: r.side, stance: r.stance };
      });
      const theirs = annotateText(sentence, seed).mentions.map((m) => ({ text: m.text, lever: m.lever, side: m.side, stance: m.stance }));
      expect(mine).toEqual(theirs);
    });
  }
});
