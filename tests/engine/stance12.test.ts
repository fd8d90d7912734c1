/** Stance classes of the twelfth stance round: each test names the class and fails without its rule. */
import { describe, expect, it } from 'vitest';
import { stanceIn } from './stage-context';

const stance = stanceIn;

describe('a lever whose start is put off', () => {
  it('eases a lever to be imposed when the date or decision is delayed', () => {
    expect(stance('The tariff on heavy trucks would begin on Nov. 1, postponing the date that he initially threatened to impose such tariffs.', 'tariffs')).toBe('relax');
    expect(stance('Mr Trump said he would delay for six months a decision on whether to impose Section 232 tariffs on imported cars.', 'Section 232 tariffs')).toBe('relax');
    expect(stance('Brussels deferred the start date it had set to introduce the new tariffs on steel.', 'tariffs')).toBe('relax');
  });

  it('eases a lever whose start is moved from the date first set', () => {
    expect(stance('The new tariffs will go into effect on Aug. 6, not on Friday as Trump announced originally.', 'tariffs')).toBe('relax');
    expect(stance('The new export controls are set to take effect August 6, and not August 1, as the ministry first said.', 'export controls')).toBe('relax');
  });

  it('still tightens a lever set to start, or decided on without delay', () => {
    expect(stance('The new tariffs will go into effect on Aug. 6, the White House said.', 'tariffs')).toBe('tighten');
    expect(stance('He set a date to impose the tariffs on imported cars.', 'tariffs')).toBe('tighten');
  });
});

describe('a lever regarded as something', () => {
  it('only describes a lever "seen as", "framed as", "referred to as" or "considered" something', () => {
    expect(stance('However, the 15% tariff is still seen as a disappointing outcome for Europe.', 'tariff')).toBe('neutral');
    expect(stance('The steel tariffs were at least framed as a trade remedy under a trade statute.', 'steel tariffs')).toBe('neutral');
    expect(stance('The export controls are widely regarded as a blunt instrument.', 'export controls')).toBe('neutral');
    expect(stance('The entity listing is considered a key tool by hawks in Congress.', 'entity listing')).toBe('neutral');
  });

  it('still reads a lever seen as a reply, or as biting', () => {
    expect(stance('The export curbs were seen as retaliation for the court ruling.', 'export curbs')).toBe('tighten');
  });
});
