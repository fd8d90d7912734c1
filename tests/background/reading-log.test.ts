import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Mention } from '../../src/engine/index';

/** Extension storage as a plain map (the background reads its settings there). */
const storage = new Map<string, unknown>();
vi.mock('wxt/browser', () => ({
  browser: {
    storage: {
      local: {
        get: async (keys: string | string[]) => Object.fromEntries((Array.isArray(keys) ? keys : [keys]).filter((k) => storage.has(k)).map((k) => [k, storage.get(k)])),
        set: async (items: Record<string, unknown>) => {
          for (const [k, v] of Object.entries(items)) storage.set(k, v);
        },
      },
    },
  },
}));

const { openDb } = await import('../../src/kb/db');
const { applyRetention, logReading } = await import('../../src/kb/reading-log');
const { readLogSettings, ReadingTracker, writeLogSettings } = await import('../../src/background/reading-log');
const { DISABLED_SITES_KEY } = await import('../../src/page/settings');

type Db = ReturnType<typeof openDb>;
let db: Db;
let counter = 0;
beforeEach(() => {
  storage.clear();
  db = openDb(`bg-log-${process.pid}-${++counter}`);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const store = () => ({ db, logReading, applyRetention });
const PAGE = 'https://www.news.example/2025/06/02/story?utm_source=x';
const FACTS = { pageUrl: PAGE, canonicalUrl: 'https://news.example/2025/06/02/story', title: 'Story', published: { date: '2025-06-02', source: 'url' as const } };

function mention(stance: Mention['stance'] = 'tighten', lever = 'rare-earths'): Mention {
  return { start: 0, end: 5, text: lever, lever, category: 'critical-minerals', side: 'china', stance, confidence: 0.9, sentence: 'Beijing curbed rare earths.' };
}

describe('the background and the reading log', () => {
  it('logs the analysis of a tab once the page says what it is, under its canonical address', async () => {
    const tracker = new ReadingTracker(store);
    await tracker.onAnalysis(7, PAGE, 'Beijing curbed rare earths.', [mention()], false);
    expect(await db.logPages.count()).toBe(0);
    expect(await tracker.onPage(7, FACTS)).toBe(true);
    expect(await db.logPages.get('https://news.example/2025/06/02/story')).toMatchObject({ published: '2025-06-02', words: 4, moves: 1 });
    expect(tracker.publishedFor(7, PAGE)).toBe('2025-06-02');
    expect(tracker.publishedFor(7, 'https://news.example/other')).toBeNull();
    // Text the page adds later joins the reading.
    await tracker.onAnalysis(7, PAGE, 'More curbs.', [mention('relax')], true);
    expect((await db.logPages.get('https://news.example/2025/06/02/story'))?.moves).toBe(2);
  });

  it('keeps text added before the page spoke, and logs nothing for a page of another tab or address', async () => {
    const tracker = new ReadingTracker(store);
    await tracker.onAnalysis(1, PAGE, 'No lever here.', [], false);
    await tracker.onAnalysis(1, PAGE, 'Beijing curbed rare earths.', [mention()], true);
    expect(await tracker.onPage(2, FACTS)).toBe(false);
    expect(await tracker.onPage(1, { ...FACTS, pageUrl: 'https://www.news.example/elsewhere' })).toBe(false);
    await tracker.onAnalysis(1, PAGE, 'Beijing curbed rare earths.', [mention()], true);
    expect(await tracker.onPage(1, FACTS)).toBe(true);
    expect(await db.logPages.count()).toBe(1);
  });

  it('logs nothing when the log is off, the site is switched off, or the canonical address is another site', async () => {
    const tracker = new ReadingTracker(store);
    await writeLogSettings(store, { enabled: false });
    await tracker.onAnalysis(1, PAGE, 'x', [mention()], false);
    expect(await tracker.onPage(1, FACTS)).toBe(false);
    await writeLogSettings(store, { enabled: true });
    storage.set(DISABLED_SITES_KEY, ['news.example']);
    await tracker.onAnalysis(1, PAGE, 'x', [mention()], false);
    expect(await tracker.onPage(1, FACTS)).toBe(false);
    storage.delete(DISABLED_SITES_KEY);
    await tracker.onAnalysis(1, PAGE, 'x', [mention()], false);
    expect(await tracker.onPage(1, { ...FACTS, canonicalUrl: 'https://rival.example/story' })).toBe(false);
    expect(await db.logPages.count()).toBe(0);
  });

  it('keeps its settings, one year by default, and forgets what a shorter retention leaves out at once', async () => {
    expect(await readLogSettings()).toEqual({ enabled: true, retentionDays: 365, noticeSeen: false });
    const now = Date.now();
    await logReading(db, { url: 'https://news.example/old', title: 'Old', published: null, words: 1, mentions: [mention()] }, { now: now - 100 * 86_400_000 });
    await logReading(db, { url: 'https://news.example/new', title: 'New', published: null, words: 1, mentions: [mention()] }, { now });
    expect(await writeLogSettings(store, { retentionDays: 90, noticeSeen: true }, now)).toEqual({ enabled: true, retentionDays: 90, noticeSeen: true });
    expect((await db.logPages.toArray()).map((p) => p.title)).toEqual(['New']);
  });
});
