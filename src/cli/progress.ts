/**
 * A progress bar on stderr: inputs done out of all, rate, time left. Drawn only on a terminal (or when asked), at most
 * ten times a second, and wiped before anything else is written to stderr and at the end, so it never mixes into logs.
 */
export interface ProgressStream {
  write(s: string): boolean;
  columns?: number;
}

const REDRAW_MS = 100;

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/** The bar's text for `done` of `total` after `elapsedMs`, fitted to `width` columns. */
export function progressLine(done: number, total: number, elapsedMs: number, width = 80): string {
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const left = rate > 0 ? (total - done) / rate : Number.POSITIVE_INFINITY;
  const pct = total > 0 ? Math.floor((done * 100) / total) : 100;
  const tail = ` ${String(done).padStart(String(total).length)}/${total} ${String(pct).padStart(3)}%  ${rate >= 10 ? rate.toFixed(0) : rate.toFixed(1)}/s  ${done === total ? 'done' : `${formatDuration(left)} left`}`;
  const barWidth = Math.max(0, Math.min(30, width - tail.length - 3));
  const filled = total > 0 ? Math.round((barWidth * done) / total) : barWidth;
  const bar = barWidth > 0 ? `[${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}]` : '';
  return (bar + tail).slice(0, Math.max(0, width - 1));
}

export class Progress {
  private done = 0;
  private lastDraw = 0;
  private drawn = false;
  private readonly started = performance.now();

  constructor(
    private readonly total: number,
    private readonly stream: ProgressStream,
  ) {}

  tick(): void {
    this.done++;
    const now = performance.now();
    if (now - this.lastDraw >= REDRAW_MS || this.done === this.total) {
      this.lastDraw = now;
      this.draw(now);
    }
  }

  /** Wipes the bar so a message can take its line; the next tick draws it again. */
  clear(): void {
    if (this.drawn) this.stream.write('\r\x1b[K');
    this.drawn = false;
  }

  finish(): void {
    this.clear();
  }

  private draw(now: number): void {
    // A terminal that reports no size (a bare pseudo-terminal) says 0 columns.
    this.stream.write(`\r\x1b[K${progressLine(this.done, this.total, now - this.started, this.stream.columns || 80)}`);
    this.drawn = true;
  }
}
