/** Stance classes of the ninth stance round: each test names the class and fails without its rule. */
import { describe, expect, it } from 'vitest';
import { stanceIn } from './stage-context';

const stance = stanceIn;

describe('a lever said not to fall on a target', () => {
  it('eases after "face no" or "will be no", an adverb between allowed', () => {
    expect(stance('Firms in these countries face essentially no export controls.', 'export controls')).toBe('relax');
    expect(stance('There will, therefore, be no tariff on these products if construction has started.', 'tariff')).toBe('relax');
    expect(stance('For allies there would be no tariffs under the new plan.', 'tariffs')).toBe('relax');
  });

  it('still only names a lever said not to exist', () => {
    expect(stance('There was no new tariff on LNG in the deal.', 'tariff')).toBe('neutral');
  });
});

describe('an easing still to come', () => {
  it('leaves the lever held when "before" opens it and a passive easing closes it', () => {
    expect(stance('The firm was told it would be 45 days before export licenses are issued.', 'export licenses')).toBe('tighten');
    expect(stance('The bill requires a review before any further export licences for advanced chips are granted.', 'export licences')).toBe('tighten');
  });

  it('still eases a lever whose easing is had', () => {
    expect(stance('Commerce said export licenses were issued on Monday.', 'export licenses')).toBe('relax');
  });
});

describe('a measure "no longer" borne', () => {
  it('eases after "no longer face", "no longer be subject to", "no longer be hit by"', () => {
    expect(stance('US-made goods will no longer face the 25% tariffs.', 'tariffs')).toBe('relax');
    expect(stance('Canadian steel will no longer be subject to the tariffs.', 'tariffs')).toBe('relax');
    expect(stance('Goods from Mexico will no longer be hit by tariffs.', 'tariffs')).toBe('relax');
  });

  it('a measure still faced stays in force', () => {
    expect(stance('Canadian steel still faces the tariffs.', 'tariffs')).toBe('tighten');
  });
});
