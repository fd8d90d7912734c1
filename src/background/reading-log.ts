/**
 * The background's side of the reading log: its settings in extension storage, and logging an analysed page when
 * the reader allows it (the log is on, the site is not switched off) and levers were found.
 */
import { browser } from 'wxt/browser';
import type { Mention } from '../engine/index';
import { countWords, DEFAULT_RETENTION_DAYS, RETENTION_CHOICES } from '../kb/log-index';
import { baseDomain } from '../page/canonical-url';
import type { PressureDb } from '../kb/db';
import type { applyRetention, logReading, PublishedSource } from '../kb/reading-log';
import type { LogSettings } from '../messaging/protocol';
import { DISABLED_SITES_KEY, LOG_ENABLED_KEY, LOG_NOTICE_KEY, LOG_RETENTION_KEY, LOG_SWEPT_KEY } from '../page/settings';
import { siteOf } from '../page/url';

const DAY = 86_400_000;

/**
 * What the log needs of the database: given by the caller (the background loads Dexie and the repositories only when
 * a request needs them, so this module imports none of them).
 */
export interface LogStore {
  db: PressureDb;
  logReading: typeof logReading;
  applyRetention: typeof applyRetention;
}

export async function readLogSettings(): Promise<LogSettings> {
  const stored = await browser.storage.local.get([LOG_ENABLED_KEY, LOG_RETENTION_KEY, LOG_NOTICE_KEY]);
  const days = stored[LOG_RETENTION_KEY];
  return {
    enabled: stored[LOG_ENABLED_KEY] !== false,
    retentionDays: typeof days === 'number' && (RETENTION_CHOICES as readonly number[]).includes(days) ? days : DEFAULT_RETENTION_DAYS,
    noticeSeen: stored[LOG_NOTICE_KEY] === true,
  };
}

/** Writes the settings given; a changed retention forgets at once what is now too old. */
export async function writeLogSettings(store: () => LogStore, changes: Partial<LogSettings>, now = Date.now()): Promise<LogSettings> {
  const items: Record<string, unknown> = {};
  if (changes.enabled !== undefined) items[LOG_ENABLED_KEY] = changes.enabled;
  if (changes.retentionDays !== undefined) items[LOG_RETENTION_KEY] = changes.retentionDays;
  if (changes.noticeSeen !== undefined) items[LOG_NOTICE_KEY] = changes.noticeSeen;
  await browser.storage.local.set(items);
  const settings = await readLogSettings();
  if (changes.retentionDays !== undefined) {
    const { db, applyRetention } = store();
    await applyRetention(db, settings.retentionDays, now);
    await browser.storage.local.set({ [LOG_SWEPT_KEY]: now });
  }
  return settings;
}

/** Forgets what is older than the retention, at most once a day. */
async function sweepIfDue(store: LogStore, settings: LogSettings, now: number): Promise<void> {
  const last = (await browser.storage.local.get(LOG_SWEPT_KEY))[LOG_SWEPT_KEY];
  if (typeof last === 'number' && now - last < DAY && now >= last) return;
  await browser.storage.local.set({ [LOG_SWEPT_KEY]: now });
  await store.applyRetention(store.db, settings.retentionDays, now);
}

/** What the content script says about the page besides its text. */
export interface PageFactsInput {
  pageUrl: string;
  canonicalUrl: string;
  title: string;
  published: { date: string; source: PublishedSource } | null;
}

function siteOrNull(url: string): string | null {
  try {
    return siteOf(url);
  } catch {
    return null;
  }
}

/**
 * Logs an analysed page, or a fragment of text added to it, unless the log is off, the page's site (or its canonical
 * address's) is switched off, the canonical address is on another site, or nothing was found. Returns true when
 * something was logged.
 */
export async function logAnalysedPage(store: () => LogStore, page: PageFactsInput, words: number, mentions: Mention[], fragment: boolean, now = Date.now()): Promise<boolean> {
  if (mentions.length === 0) return false;
  const sites = [siteOrNull(page.pageUrl), siteOrNull(page.canonicalUrl)];
  if (sites[0] === null || sites[1] === null || baseDomain(sites[0]) !== baseDomain(sites[1])) return false;
  const settings = await readLogSettings();
  if (!settings.enabled) return false;
  const disabled = ((await browser.storage.local.get(DISABLED_SITES_KEY))[DISABLED_SITES_KEY] as string[] | undefined) ?? [];
  if (sites.some((s) => disabled.includes(s!))) return false;
  const repo = store();
  const logged = await repo.logReading(repo.db, { url: page.canonicalUrl, title: page.title, published: page.published, words, mentions }, { now, fragment });
  await sweepIfDue(repo, settings, now).catch(() => undefined);
  return logged !== null;
}

/**
 * What the background remembers per tab for the log: the analysis it just made of the tab's article (until the page
 * says what it is known by), then the page's facts (so that text the page adds later is logged with it, and an
 * annotation saved there knows the publication day). Kept in memory: a restarted background logs the next reading.
 */
export class ReadingTracker {
  private readonly analysed = new Map<number, { pageUrl: string; words: number; mentions: Mention[] }>();
  private readonly facts = new Map<number, PageFactsInput>();

  constructor(private readonly store: () => LogStore) {}

  /** After an analysis: keep a whole article's, or log a fragment of a page already logged. */
  async onAnalysis(tabId: number, pageUrl: string, text: string, mentions: Mention[], fragment: boolean): Promise<void> {
    if (!fragment) {
      this.facts.delete(tabId);
      if (mentions.length > 0) this.analysed.set(tabId, { pageUrl, words: countWords(text), mentions });
      else this.analysed.delete(tabId);
      return;
    }
    const page = this.facts.get(tabId);
    if (page && page.pageUrl === pageUrl) {
      await logAnalysedPage(this.store, page, countWords(text), mentions, true);
      return;
    }
    // Text added before the page said what it is: part of the same reading.
    const pending = this.analysed.get(tabId);
    if (pending && pending.pageUrl === pageUrl) {
      pending.words += countWords(text);
      pending.mentions = [...pending.mentions, ...mentions];
    } else if (mentions.length > 0) {
      this.analysed.set(tabId, { pageUrl, words: countWords(text), mentions });
    }
  }

  /** The page's facts: logs the analysis made for it. */
  async onPage(tabId: number, page: PageFactsInput): Promise<boolean> {
    const analysis = this.analysed.get(tabId);
    this.facts.set(tabId, page);
    if (!analysis || analysis.pageUrl !== page.pageUrl) return false;
    this.analysed.delete(tabId);
    return logAnalysedPage(this.store, page, analysis.words, analysis.mentions, false);
  }

  /** The publication day of the page a tab shows, when its content script said it. */
  publishedFor(tabId: number, pageUrl: string): string | null {
    const page = this.facts.get(tabId);
    return page && page.pageUrl === pageUrl ? (page.published?.date ?? null) : null;
  }

  forget(tabId: number): void {
    this.analysed.delete(tabId);
    this.facts.delete(tabId);
  }
}
