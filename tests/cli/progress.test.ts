import { describe, expect, it } from 'vitest';
import { formatDuration, Progress, progressLine } from '../../src/cli/progress';

describe('the progress bar', () => {
  it('shows the count, the share, the rate and the time left', () => {
    expect(progressLine(25, 100, 5_000, 80)).toBe('[########----------------------]  25/100  25%  5.0/s  15s left');
    expect(progressLine(100, 100, 4_000, 80)).toBe('[##############################] 100/100 100%  25/s  done');
  });

  it('fits narrow terminals, dropping the bar first', () => {
    expect(progressLine(1, 3, 1_000, 30).length).toBeLessThanOrEqual(29);
    expect(progressLine(1, 3, 1_000, 30)).toContain('1/3');
    expect(progressLine(1, 3, 1_000, 10).length).toBeLessThanOrEqual(9);
  });

  it('says time in seconds, minutes or hours', () => {
    expect(formatDuration(42.4)).toBe('42s');
    expect(formatDuration(125)).toBe('2m05s');
    expect(formatDuration(3 * 3600 + 7 * 60)).toBe('3h07m');
    expect(formatDuration(Number.POSITIVE_INFINITY)).toBe('?');
  });

  it('redraws at most ten times a second but always at the end, and wipes itself', () => {
    const writes: string[] = [];
    const progress = new Progress(1000, { write: (s) => (writes.push(s), true), columns: 80 });
    for (let i = 0; i < 1000; i++) progress.tick();
    expect(writes.length).toBeLessThan(20);
    expect(writes.at(-1)).toContain('1000/1000 100%');
    progress.finish();
    expect(writes.at(-1)).toBe('\r\x1b[K');
  });
});
