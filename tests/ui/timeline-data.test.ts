import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TimelineCount } from '../../src/kb/reading-log';
import { packedTimeline, type PackedCounters } from '../../src/kb/timeline-counters';
import { countsSource, defaultRange, packedSource, rangeWeeks, timelineSeries, weekSides } from '../../src/ui/dashboard/timeline/timeline-data';
import { textFragmentUrl } from '../../src/ui/text-fragment';

const NOW = Date.UTC(2025, 5, 11, 12); // Wednesday 2025-06-11

const c = (week: string, side: string, stance: 'tighten' | 'relax', count: number, dated = true): TimelineCount => ({ week, side, stance, count, dated });

describe('timeline series', () => {
  const counts = [
    c('2025-05-19', 'us', 'tighten', 1),
    c('2025-06-02', 'china', 'tighten', 2),
    c('2025-06-02', 'china', 'tighten', 1, false),
    c('2025-06-02', 'us', 'relax', 3),
    c('2019-03-11', 'china', 'relax', 1),
  ];

  it('spans the data for "everything" and the last weeks up to now otherwise', () => {
    expect(rangeWeeks(counts, 13, NOW)).toHaveLength(13);
    expect(rangeWeeks(counts, 13, NOW).at(-1)).toBe('2025-06-09');
    const all = rangeWeeks(counts, 'all', NOW);
    expect([all[0], all.at(-1)]).toEqual(['2019-03-11', '2025-06-02']);
    expect(defaultRange(counts)).toBe('all');
    expect(defaultRange([...counts, c('1990-01-01', 'us', 'relax', 1)])).toBe(104);
    expect(rangeWeeks([], 'all')).toEqual([]);
  });

  it('stacks each week: tightening above, relaxing below, sides with most moves first, undated apart', () => {
    const s = timelineSeries(counts, 13, new Map([['2025-06-02', 2]]), NOW);
    // In these 13 weeks the US has four moves, China three.
    expect(s.sides).toEqual(['us', 'china']);
    const june = s.columns.find((col) => col.week === '2025-06-02')!;
    expect(june.up).toEqual([{ side: 'china', stance: 'tighten', dated: 2, undated: 1 }]);
    expect(june.down).toEqual([{ side: 'us', stance: 'relax', dated: 3, undated: 0 }]);
    expect([june.tighten, june.relax, june.articles]).toEqual([3, 3, 2]);
    expect([s.max, s.tighten, s.relax, s.undated]).toEqual([3, 4, 3, 1]);
    // The 2019 move is outside the last 13 weeks.
    expect(s.columns.some((col) => col.week === '2019-03-11')).toBe(false);
    expect(weekSides(june)).toEqual([{ side: 'china', tighten: 3, relax: 0 }, { side: 'us', tighten: 0, relax: 3 }]);
    expect(timelineSeries(counts, 'all', null, NOW).sides).toEqual(['china', 'us']);
  });

  it('does not depend on the order of the counts (the first chart draws them unsorted)', () => {
    const reversed = [...counts].reverse();
    const rotated = [...counts.slice(2), ...counts.slice(0, 2)];
    for (const range of ['all', 13] as const) {
      const s = timelineSeries(counts, range, new Map([['2025-06-02', 2]]), NOW);
      expect(timelineSeries(reversed, range, new Map([['2025-06-02', 2]]), NOW)).toEqual(s);
      expect(timelineSeries(rotated, range, new Map([['2025-06-02', 2]]), NOW)).toEqual(s);
    }
  });
});

/** The series spelled out plainly: each week's segments keyed by stance and side, sorted by the sides' totals. */
function plainSeries(counts: TimelineCount[], weeks: string[], articles: Map<string, number> | null) {
  const totals = new Map<string, number>();
  for (const x of counts) if (weeks.includes(x.week) && x.count > 0) totals.set(x.side, (totals.get(x.side) ?? 0) + x.count);
  const sides = [...totals].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([side]) => side);
  const columns = weeks.map((week) => {
    const segs = new Map<string, { side: string; stance: 'tighten' | 'relax'; dated: number; undated: number }>();
    for (const x of counts) {
      if (x.week !== week || x.count <= 0) continue;
      const key = `${x.stance} ${x.side}`;
      const seg = segs.get(key) ?? { side: x.side, stance: x.stance, dated: 0, undated: 0 };
      seg[x.dated ? 'dated' : 'undated'] += x.count;
      segs.set(key, seg);
    }
    const inOrder = [...segs.values()].sort((a, b) => sides.indexOf(a.side) - sides.indexOf(b.side));
    const up = inOrder.filter((x) => x.stance === 'tighten');
    const down = inOrder.filter((x) => x.stance === 'relax');
    const sum = (xs: typeof up) => xs.reduce((n, x) => n + x.dated + x.undated, 0);
    return { week, up, down, tighten: sum(up), relax: sum(down), articles: articles ? (articles.get(week) ?? 0) : null };
  });
  return { sides, columns };
}

describe('timeline series, against the plain spelling', () => {
  it('gives the same columns and sides for any counts', () => {
    const countArb = fc.record({
      week: fc.constantFrom('2025-05-19', '2025-05-26', '2025-06-02', '2025-06-09'),
      side: fc.constantFrom('china', 'us', 'eu', 'none', 'japan'),
      stance: fc.constantFrom('tighten' as const, 'relax' as const),
      dated: fc.boolean(),
      count: fc.integer({ min: 0, max: 20 }),
    });
    fc.assert(
      fc.property(fc.array(countArb, { maxLength: 40 }), fc.constantFrom('all' as const, 13 as const), (counts, range) => {
        const articles = new Map([['2025-06-02', 4]]);
        const s = timelineSeries(counts, range, articles, NOW);
        const plain = plainSeries(counts, s.weeks, articles);
        expect(s.sides).toEqual(plain.sides);
        expect(s.columns).toEqual(plain.columns);
        expect(s.max).toBe(Math.max(0, ...plain.columns.flatMap((c) => [c.tighten, c.relax])));
      }),
    );
  });
});

describe('timeline series from the packed counters', () => {
  const weekArb = fc.constantFrom('1990-01-01', '2019-03-11', '2025-05-19', '2025-05-26', '2025-06-02', '2025-06-09');
  const packedArb = fc
    .uniqueArray(fc.constantFrom('china', 'us', 'eu', 'none', 'japan'), { minLength: 1, maxLength: 5 })
    .chain((keys) => {
      const rowArb = fc.record({
        period: weekArb,
        articles: fc.integer({ min: 0, max: 9 }),
        // Pairs of slot (side number times two, plus 1 when relaxing) and count.
        counts: fc.array(fc.tuple(fc.integer({ min: 0, max: keys.length * 2 - 1 }), fc.integer({ min: 0, max: 20 })), { maxLength: 8 }).map((pairs) => pairs.flat()),
      });
      return fc.record({ keys: fc.constant(keys), pub: fc.array(rowArb, { maxLength: 6 }), undated: fc.array(rowArb, { maxLength: 4 }) });
    });

  it('is the series of the counts packedTimeline reads from them, for any counters, side filter and range', () => {
    fc.assert(
      fc.property(packedArb, fc.constantFrom(undefined, 'china', 'us', 'eu'), fc.constantFrom('all' as const, 13 as const, 104 as const), (packed: PackedCounters, side, range) => {
        const filter = side ? { side } : {};
        const read = packedTimeline(packed, filter);
        const source = packedSource(packed, filter);
        expect(source.defaultRange()).toBe(countsSource(read).defaultRange());
        expect(source.series(range, NOW)).toEqual(timelineSeries(read.counts, range, read.articles, NOW));
      }),
    );
  });

  it('draws a log of twenty years and more from its last two years by default', () => {
    const packed: PackedCounters = { keys: ['us'], pub: [{ period: '1990-01-01', articles: 1, counts: [0, 1] }, { period: '2025-06-02', articles: 1, counts: [1, 2] }], undated: [] };
    expect(packedSource(packed, {}).defaultRange()).toBe(104);
    // Filtered to a side without the 1990 move, the span is short again.
    expect(packedSource({ ...packed, keys: ['us', 'china'], pub: [{ period: '1990-01-01', articles: 1, counts: [0, 1] }, { period: '2025-06-02', articles: 1, counts: [3, 2] }] }, { side: 'china' }).defaultRange()).toBe('all');
  });
});

describe('textFragmentUrl', () => {
  it('links a short sentence whole, a long one by its first and last words, with the separators encoded', () => {
    expect(textFragmentUrl('https://news.example/a#top', 'Beijing curbed rare-earth exports, officials said.')).toBe(
      'https://news.example/a#:~:text=Beijing%20curbed%20rare%2Dearth%20exports%2C%20officials%20said.',
    );
    expect(textFragmentUrl('https://news.example/a', 'One two three four five six seven eight nine ten eleven & twelve.')).toBe(
      'https://news.example/a#:~:text=One%20two%20three%20four%20five,nine%20ten%20eleven%20%26%20twelve.',
    );
    expect(textFragmentUrl('https://news.example/a', 'A sentence that was cut short \u2026')).toBe('https://news.example/a#:~:text=A%20sentence%20that%20was%20cut%20short');
    expect(textFragmentUrl('https://news.example/a', '   ')).toBe('https://news.example/a');
  });
});
