/**
 * The timeline's counters packed for the background's answer (src/kb/timeline-counters.ts): read back, they give the
 * very counts, in the same order, that the rows give.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countKey, type LogStatRow, type Stance } from '../../src/kb/log-index';
import { countersTimeline, packCounters, packedTimeline } from '../../src/kb/timeline-counters';
import { NO_SIDE_KEY } from '../../src/types/annotation';

const SIDES = ['china', 'us', 'eu', NO_SIDE_KEY, 'side\u0000with a null'];
const STANCES: Stance[] = ['tighten', 'relax', 'neutral'];

const rowArb = (scope: 'pub' | 'undated') =>
  fc.record({
    week: fc.integer({ min: 0, max: 40 }),
    articles: fc.integer({ min: 0, max: 50 }),
    counts: fc.uniqueArray(fc.tuple(fc.constantFrom(...SIDES), fc.constantFrom(...STANCES), fc.integer({ min: 1, max: 1_000 })), { selector: ([side, stance]) => `${side} ${stance}`, maxLength: 15 }),
  }).map(
    (r): LogStatRow => ({
      scope,
      facet: '*',
      period: new Date(Date.UTC(2024, 0, 1) + r.week * 7 * 86_400_000).toISOString().slice(0, 10),
      articles: r.articles,
      counts: new Map(r.counts.map(([side, stance, n]) => [countKey(side, stance), n])),
    }),
  );

describe('packed timeline counters', () => {
  it('read back as the rows they were packed from, for every side filter', () => {
    fc.assert(
      fc.property(fc.array(rowArb('pub'), { maxLength: 12 }), fc.array(rowArb('undated'), { maxLength: 6 }), fc.constantFrom(undefined, ...SIDES), (pub, undated, side) => {
        const packed = packCounters(pub, undated);
        // As it travels: JSON, as runtime messages are.
        const sent = JSON.parse(JSON.stringify(packed)) as typeof packed;
        expect(packedTimeline(sent, { side })).toEqual(countersTimeline(pub, undated, { side }, false));
      }),
    );
  });

  it('leave the neutral mentions out and name each side once', () => {
    const row: LogStatRow = { scope: 'pub', facet: '*', period: '2025-06-02', articles: 2, counts: new Map([[countKey('china', 'neutral'), 4], [countKey('china', 'relax'), 2], [countKey('us', 'tighten'), 1], [countKey('china', 'tighten'), 3]]) };
    expect(packCounters([row], [])).toEqual({ keys: ['china', 'us'], pub: [{ period: '2025-06-02', articles: 2, counts: [1, 2, 2, 1, 0, 3] }], undated: [] });
  });
});
