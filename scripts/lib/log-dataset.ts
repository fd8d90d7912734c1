/**
 * A deterministic reading log for `npm run bench:store`: ARTICLES logged articles holding MOVES moves in all, made with
 * the functions the extension uses (countMentions, movesOf, logStatsDelta), so the stored rows and counters are the
 * ones real reading would leave. Articles are spread over 200 sites (a few big ones), published over the two years up
 * to now (one in ten without a date), read over the last year; each has a long-tailed number of moves and as many
 * neutral mentions again.
 */
import { NO_SIDE_KEY } from '../../src/kb/annotation-index';
import { countMentions, logStatsDelta, mergeStatDeltas, movesOf, type LogMoveRow, type LogPageRow, type LogStatRow, type MentionLike } from '../../src/kb/log-index';
import { seed } from '../../src/kb/seed/index';
import { generator, zipfPicker } from './random';

const DAY = 86_400_000;

export interface LogDataset {
  pages: LogPageRow[];
  moves: LogMoveRow[];
  stats: LogStatRow[];
  sites: number;
  /** The side with the most moves, for a filtered timeline. */
  topSide: string;
}

const WORDS = 'officials said the measures would take effect next month after talks in Geneva stalled over quotas licences and tariffs on steel chips and rare earths'.split(' ');

export function makeLogDataset(articles: number, totalMoves: number, now: number): LogDataset {
  const rand = generator(20251011);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const lever = zipfPicker(seed.levers, rand, 0.8);
  const sideIds = seed.sides.map((s) => s.id);
  const siteNames = Array.from({ length: 200 }, (_, i) => `${pick(['daily', 'global', 'trade', 'market', 'wire', 'asia', 'euro', 'capital'])}-news-${i}.example`);
  const site = zipfPicker(siteNames, rand, 1.1);
  const sentence = () => `${Array.from({ length: 14 + Math.floor(rand() * 16) }, () => pick(WORDS)).join(' ')}.`;

  // Moves per article: long-tailed, summing to totalMoves exactly.
  const weights = Array.from({ length: articles }, () => 1 / (0.05 + rand()));
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => Math.max(1, Math.floor((w / sum) * totalMoves)));
  let diff = totalMoves - counts.reduce((a, b) => a + b, 0);
  for (let i = 0; diff !== 0; i = (i + 1) % articles) {
    if (diff > 0) {
      counts[i]++;
      diff--;
    } else if (counts[i] > 1) {
      counts[i]--;
      diff++;
    }
  }

  const pages: LogPageRow[] = [];
  const moves: LogMoveRow[] = [];
  const stats: LogStatRow[] = [];
  const sideMoves = new Map<string, number>();
  const used = new Set<string>();
  for (let i = 0; i < articles; i++) {
    const host = site();
    used.add(host);
    const lastRead = now - Math.floor(rand() * 365 * DAY);
    const firstRead = lastRead - (rand() < 0.2 ? Math.floor(rand() * 30 * DAY) : 0);
    const publishedAt = firstRead - Math.floor(rand() * (rand() < 0.8 ? 3 * DAY : 365 * DAY));
    const dated = rand() >= 0.1;
    const mentions: MentionLike[] = [];
    const main = lever();
    for (let k = 0; k < counts[i] * 2; k++) {
      const l = k % 3 === 0 ? main : lever();
      const r = rand();
      const side = r < 0.05 ? null : r < 0.2 || l.holders.length === 0 ? pick(sideIds) : pick(l.holders);
      const stance = k < counts[i] ? (rand() < 0.6 ? 'tighten' : 'relax') : 'neutral';
      const text = pick(l.aliases);
      mentions.push({ lever: l.id, category: l.category, side, stance, text, sentence: `${sentence()} ${text} ${sentence()}`, start: k * 80, end: k * 80 + text.length });
    }
    const url = `https://${host}/story/${i}`;
    const page: LogPageRow = {
      url,
      title: `Story ${i}: ${main.name} in the balance`,
      site: host,
      published: dated ? new Date(publishedAt).toISOString().slice(0, 10) : null,
      publishedSource: dated ? 'meta' : null,
      firstRead,
      lastRead,
      reads: 1 + (firstRead < lastRead ? 1 : 0),
      words: 400 + Math.floor(rand() * 1600),
      counts: countMentions(mentions),
      moves: 0,
    };
    const own = movesOf(page, mentions);
    page.moves = own.length;
    for (const m of own) sideMoves.set(m.side, (sideMoves.get(m.side) ?? 0) + 1);
    pages.push(page);
    moves.push(...own);
    stats.push(...logStatsDelta(page, 1));
  }
  const merged = [...mergeStatDeltas(stats).values()];
  const topSide = [...sideMoves].filter(([s]) => s !== NO_SIDE_KEY).sort((a, b) => b[1] - a[1])[0][0];
  return { pages, moves, stats: merged, sites: used.size, topSide };
}
