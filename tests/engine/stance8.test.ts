/** Stance classes of the eighth stance round: each test names the class and fails without its rule. */
import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/engine/stance';
import { prepare } from './stage-context';

/** stanceOf() for the lever `term` of a one-sentence text. */
function stance(text: string, term: string, nth = 0) {
  const p = prepare(text);
  return stanceOf(p.ctx, p.lever(term, nth));
}

describe('a flow said to go on as before', () => {
  it('is described, not moved, when "continued" or "ongoing" qualifies the flow noun before it', () => {
    expect(stance('Washington raised duties on Turkey over its continued purchase of Russian oil.', 'oil')).toBe('neutral');
    expect(stance('The sanctions target the ongoing imports of Iranian crude by small refiners.', 'crude')).toBe('neutral');
  });

  it('still moves a flow that a verb resumes or halts', () => {
    expect(stance('China halted purchases of Russian oil.', 'oil')).toBe('tighten');
    expect(stance('India resumed imports of Russian oil.', 'oil')).toBe('relax');
  });
});
