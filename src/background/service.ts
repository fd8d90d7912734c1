/**
 * What the background does, apart from wiring: runs the engine for content scripts, keeps each tab's results for the
 * popup, stores annotations and the per-site switch, and keeps the knowledge base's compiled form current.
 *
 * Waking up is cheap: analysing a page needs the compiled knowledge (built at build time, or kept in storage after an
 * edit) and the engine, nothing else. The database (Dexie, the seed) and compromise are evaluated only by the
 * requests that need them (on-demand.ts).
 */
import { browser, type Browser } from 'wxt/browser';
import { seedKnowledge } from 'virtual:seed-knowledge';
import { analyze, mergeTallies, tallyMentions, type Tally } from '../engine/index';
import type { Handlers } from '../messaging/server';
import { idRecord, idRecordFrom } from '../types/ids';
import { storageError } from '../kb/storage-errors';
import type { From } from '../messaging/server';
import type { ArticleReading, LeverCard, LogSettings, PageAnalysis, PageSettings, SideInfo, TabState } from '../messaging/protocol';
import { mayMention } from '../engine/gate';
import { siteOf } from '../types/url';
import { readLogSettings, ReadingTracker, writeLogSettings, type LogStore } from './reading-log';
import { DISABLED_SITES_KEY, GATE_KEY, LOG_ENABLED_KEY, LOG_NOTICE_KEY, LOG_RETENTION_KEY, TRACE_KEY, WRAPPER_MODE_KEY } from '../types/settings';
import { buildKnowledge, loadKnowledge, type Knowledge, type KnowledgeData } from './knowledge';
import { loadStore } from './on-demand';
import type { PressureDb } from './store';

/** The stored settings the popup shows (kept in memory by the service until one changes). */
const POPUP_SETTING_KEYS = new Set([DISABLED_SITES_KEY, LOG_ENABLED_KEY, LOG_RETENTION_KEY, LOG_NOTICE_KEY]);

/** The compiled knowledge of an edited knowledge base (absent while it is the shipped seed). */
export const KNOWLEDGE_KEY = 'pp:knowledge';

export class BackgroundService {
  private knowledgeLoaded: Promise<Knowledge> | undefined;
  private database: PressureDb | undefined;
  /** Each tab's record as last written by this worker (a copy of session storage's, or the only one without it). */
  private readonly memoryTabs = new Map<number, TabState>();
  private settingsKept: Promise<[string[], LogSettings]> | null = null;
  private tabWrites: Promise<void> = Promise.resolve();
  /** Tabs opened to show a saved annotation: the annotation to scroll to once the page has asked for its own. */
  private readonly pendingFocus = new Map<number, number>();
  private readonly logStore = (): LogStore => {
    const { db, repo } = this.store();
    return { db, logReading: repo.logReading, applyRetention: repo.applyRetention };
  };
  private readonly reading = new ReadingTracker(this.logStore);

  /** The database and its repositories, evaluated and opened on first use. */
  private store(): { db: PressureDb; repo: ReturnType<typeof loadStore> } {
    const repo = loadStore();
    this.database ??= repo.openDb();
    return { db: this.database, repo };
  }

  /** First install or update: bring the stored knowledge base up to the shipped seed, then its compiled form. */
  async onInstalled(): Promise<void> {
    const { db, repo } = this.store();
    await db.open();
    await repo.applySeed(db);
    await this.refreshKnowledge();
  }

  /**
   * Compiles the stored knowledge base again after a change (an edit, or a new seed), keeps it in storage unless it
   * is the shipped seed, and publishes the lever phrases the content script looks for.
   */
  async refreshKnowledge(): Promise<void> {
    const { db, repo } = this.store();
    let data: KnowledgeData;
    if (await repo.isShippedSeed(db)) {
      data = seedKnowledge();
      await browser.storage.local.remove(KNOWLEDGE_KEY);
    } else {
      data = buildKnowledge(await repo.loadKnowledgeBase(db));
      await browser.storage.local.set({ [KNOWLEDGE_KEY]: data });
    }
    this.knowledgeLoaded = Promise.resolve(loadKnowledge(data));
    await browser.storage.local.set({ [GATE_KEY]: data.gate });
  }

  private knowledge(): Promise<Knowledge> {
    this.knowledgeLoaded ??= (async () => {
      const stored = (await browser.storage.local.get(KNOWLEDGE_KEY))[KNOWLEDGE_KEY] as KnowledgeData | undefined;
      return loadKnowledge(stored ?? seedKnowledge());
    })();
    return this.knowledgeLoaded;
  }

  /**
   * A tab's record: from memory while this worker lives (it alone writes them), else from session storage, which
   * outlives a stopped worker.
   */
  private async getTab(tabId: number): Promise<TabState | null> {
    const known = this.memoryTabs.get(tabId);
    const session = browser.storage.session;
    if (known || !session) return known ?? null;
    const key = `tab:${tabId}`;
    const stored = ((await session.get(key))[key] as TabState | undefined) ?? null;
    if (stored && !this.memoryTabs.has(tabId)) this.memoryTabs.set(tabId, stored);
    return this.memoryTabs.get(tabId) ?? stored;
  }

  private async putTab(state: TabState): Promise<void> {
    this.memoryTabs.set(state.tabId, state);
    await browser.storage.session?.set({ [`tab:${state.tabId}`]: state });
  }

  /** The settings the popup shows, read once and kept until they change (storage.onChanged, or our own writes). */
  private popupSettings(): Promise<[string[], LogSettings]> {
    const reading = (this.settingsKept ??= Promise.all([disabledSites(), readLogSettings()]));
    reading.catch(() => {
      if (this.settingsKept === reading) this.settingsKept = null;
    });
    return reading;
  }

  /** storage.onChanged: a change to the site switches or the log's settings empties what popupSettings kept. */
  onStorageChanged(changes: Record<string, unknown>, area: string): void {
    if (area === 'local' && Object.keys(changes).some((k) => POPUP_SETTING_KEYS.has(k))) this.settingsKept = null;
  }

  /** Read-modify-write of a tab's record, one at a time, so that an analysis and a report never overwrite each other. */
  private updateTab(tabId: number, next: (previous: TabState | null) => TabState): Promise<void> {
    const write = this.tabWrites.then(async () => this.putTab(next(await this.getTab(tabId))));
    this.tabWrites = write.catch(() => undefined);
    return write;
  }

  async forgetTab(tabId: number): Promise<void> {
    this.memoryTabs.delete(tabId);
    this.pendingFocus.delete(tabId);
    this.reading.forget(tabId);
    await browser.storage.session?.remove(`tab:${tabId}`);
  }

  /**
   * The engine's reading of a page's text, recorded for the tab (popup) and the reading log. The tab's address is the
   * sender's, as the browser gives it.
   */
  private async analyse(req: { title: string; text: string; fragment: boolean }, from: From): Promise<PageAnalysis> {
    const { lexicon, cards, sides } = await this.knowledge();
    const result = analyze(req.text, lexicon);
    const levers = idRecord<LeverCard>();
    for (const m of result.mentions) levers[m.lever] ??= cards.get(m.lever)!;
    const { tabId, url: pageUrl } = from;
    if (tabId !== undefined) {
      // The reading log: remember the analysis until the page says what it is known by (or log a fragment).
      this.reading.onAnalysis(tabId, pageUrl, req.text, result.mentions, req.fragment).catch((err) => console.warn('Pressure Points: could not log this page.', err));
      // Written after the answer is on its way: painting does not wait for it.
      void this.updateTab(tabId, (prev) => {
        const before = req.fragment && prev?.url === pageUrl ? prev : null;
        const tally = before ? mergeTallies([before.tally, result.tally]) : result.tally;
        return {
          tabId,
          url: pageUrl,
          title: req.title,
          isArticle: true,
          tally,
          mentions: (before?.mentions ?? 0) + result.mentions.length,
          saved: before?.saved ?? 0,
          orphans: before?.orphans ?? [],
          updatedAt: Date.now(),
          labels: labelsFor(tally, cards, sides),
        };
      });
    }
    const analysis: PageAnalysis = { mentions: result.mentions, levers, sides };
    return analysis;
  }

  /** What reportPage records for a tab: the page as the popup shows it, with its saved annotations placed or not. */
  private reportTab(tabId: number, url: string, report: { title: string; isArticle: boolean; placed: number[]; orphans: { id: number; exact: string }[] }): Promise<void> {
    return this.updateTab(tabId, (previous) => {
      const same = previous?.url === url ? previous : null;
      return {
        tabId,
        url,
        title: report.title,
        isArticle: report.isArticle,
        tally: same?.tally ?? tallyMentions([]),
        mentions: same?.mentions ?? 0,
        saved: report.placed.length + report.orphans.length,
        orphans: report.orphans,
        updatedAt: Date.now(),
        labels: same?.labels ?? { levers: idRecord(), sides: idRecord() },
      };
    });
  }

  handlers(): Handlers {
    return {
      readArticle: async (req, from) => {
        // Read afresh for every article (not kept in memory): a page loaded just after the site was switched off must
        // not be painted on a stale copy.
        const [stored, { gate }] = await Promise.all([browser.storage.local.get([DISABLED_SITES_KEY, WRAPPER_MODE_KEY, TRACE_KEY]), this.knowledge()]);
        const site = siteOf(from.url);
        const settings: PageSettings = { wrapperMode: stored[WRAPPER_MODE_KEY] === true, trace: stored[TRACE_KEY] === true };
        const disabled = stored[DISABLED_SITES_KEY];
        let stopped: ArticleReading['stopped'] = null;
        if (Array.isArray(disabled) && disabled.includes(site)) stopped = 'disabled';
        else if (!mayMention(req.text, gate)) stopped = 'no lever';
        if (stopped !== null) {
          // The popup learns which page the tab shows (to offer the site switch, or to say it names no lever).
          if (from.tabId !== undefined) void this.reportTab(from.tabId, from.url, { title: req.title, isArticle: stopped !== 'disabled', placed: [], orphans: [] }).catch(() => undefined);
          return { site, settings, stopped, analysis: null };
        }
        return { site, settings, stopped, analysis: await this.analyse({ ...req, fragment: false }, from) };
      },
      analyzePage: (req, from) => this.analyse(req, from),
      pageAnnotations: async (_req, from) => {
        const { db, repo } = this.store();
        const [{ cards }, saved] = await Promise.all([this.knowledge(), repo.annotationsForUrl(db, from.url).catch(() => [])]);
        const levers = idRecord<LeverCard>();
        for (const a of saved) if (cards.has(a.lever)) levers[a.lever] ??= cards.get(a.lever)!;
        let focusAnnotation: number | null = null;
        const tabId = from.tabId;
        if (tabId !== undefined && this.pendingFocus.has(tabId)) {
          const wanted = this.pendingFocus.get(tabId)!;
          if (saved.some((a) => a.id === wanted)) {
            focusAnnotation = wanted;
            this.pendingFocus.delete(tabId);
          }
        }
        return { saved, levers, focusAnnotation };
      },
      reportPage: async (req, from) => {
        const tabId = from.tabId;
        if (tabId === undefined) return null;
        const { facts, ...report } = req;
        if (facts) await this.reading.onPage(tabId, { title: req.title, ...facts, pageUrl: from.url });
        await this.reportTab(tabId, from.url, report);
        // Most pages have no saved annotations: they do not wake the database.
        if (req.placed.length + req.orphans.length > 0) {
          const { db, repo } = this.store();
          await repo.recordAnchoring(db, req.placed, req.orphans.map((o) => o.id)).catch(() => undefined);
        }
        return null;
      },
      saveAnnotation: async (req, from) => {
        const { db, repo } = this.store();
        const tabId = from.tabId;
        const { annotation: saved, created } = await repo
          .saveAnnotation(db, req, from.url, Date.now(), tabId === undefined ? null : this.reading.publishedFor(tabId, from.url))
          .catch((err: unknown) => {
            throw storageError(err, 'the annotation');
          });
        if (tabId !== undefined && created) {
          const state = await this.getTab(tabId);
          if (state) await this.updateTab(tabId, (prev) => ({ ...(prev ?? state), saved: (prev ?? state).saved + 1, updatedAt: Date.now() }));
        }
        return saved;
      },
      getPopupData: async (req) => {
        const { db, repo } = this.store();
        const now = Date.now();
        // Everything at once: the tab's record, the names, the counters and the settings do not depend on each other.
        const tabLookup = (async () => {
          let tabId = req.tabId;
          let pageUrl = req.pageUrl;
          if (tabId === null) {
            const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
            tabId = tab?.id ?? null;
            pageUrl = tab?.url ?? pageUrl;
          }
          return { tab: tabId === null ? null : await this.getTab(tabId), pageUrl };
        })();
        const [{ tab, pageUrl }, { names, tallies, logTotals }, [disabled, logSettings]] = await Promise.all([tabLookup, repo.popupCounts(db, now, req.fresh === true), this.popupSettings()]);
        const url = tab?.url ?? pageUrl;
        let site: string | null = null;
        try {
          site = url && /^https?:/i.test(url) ? siteOf(url) : null;
        } catch {
          site = null;
        }
        return {
          tab,
          site,
          siteEnabled: site ? !disabled.includes(site) : true,
          saved: { week: tallies.week, allTime: tallies.allTime },
          log: { settings: logSettings, ...logTotals },
          labels: names,
        };
      },
      openAnnotation: async (req) => {
        const { db } = this.store();
        const row = await db.annotations.get(req.id);
        if (!row) throw new Error('That annotation no longer exists.');
        const tab = await browser.tabs.create({ url: row.url, active: true });
        if (tab.id !== undefined) this.pendingFocus.set(tab.id, req.id);
        return null;
      },
      knowledgeBaseChanged: async () => {
        await this.refreshKnowledge();
        return null;
      },
      setSiteEnabled: async (req) => {
        const site = siteOf(`https://${req.site}/`);
        const sites = new Set(await disabledSites());
        if (req.enabled) sites.delete(site);
        else sites.add(site);
        try {
          await browser.storage.local.set({ [DISABLED_SITES_KEY]: [...sites].sort() });
        } finally {
          this.settingsKept = null;
        }
        return req.enabled;
      },
      getLogSettings: () => readLogSettings(),
      getFirstAnnotations: (req) => {
        const { db, repo } = this.store();
        return repo.firstAnnotations(db, req.limit);
      },
      getTimelineCounters: (req) => {
        const { db, repo } = this.store();
        return repo.timelineCounters(db, req.facet);
      },
      setLogSettings: async (req) => {
        try {
          return await writeLogSettings(this.logStore, req);
        } finally {
          this.settingsKept = null;
        }
      },
    };
  }
}

function labelsFor(tally: Tally, cards: Map<string, LeverCard>, sides: Record<string, SideInfo>): TabState['labels'] {
  const levers = idRecord<string>();
  for (const id of Object.keys(tally.byLever)) levers[id] = cards.get(id)?.name ?? id;
  const used = idRecord<SideInfo>();
  for (const id of Object.keys(tally.bySide)) if (sides[id]) used[id] = sides[id];
  return { levers, sides: used };
}

async function disabledSites(): Promise<string[]> {
  return ((await browser.storage.local.get(DISABLED_SITES_KEY))[DISABLED_SITES_KEY] as string[] | undefined) ?? [];
}

export type { Browser };
