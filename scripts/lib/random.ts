/** Deterministic randomness for the benchmarks' made-up data: the same rows on every machine and every run. */

/** mulberry32: small, fast, and the same sequence on every machine. */
export function generator(seedValue: number): () => number {
  let a = seedValue >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks items with Zipf-like frequencies (the first most often), by bisection over the cumulative weights. */
export function zipfPicker<T>(items: T[], rand: () => number, s = 1): () => T {
  const cum: number[] = [];
  let sum = 0;
  items.forEach((_, i) => cum.push((sum += 1 / (i + 1) ** s)));
  return () => {
    const x = rand() * sum;
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return items[lo];
  };
}
