/**
 * What the background does, apart from wiring: owns the database, runs the engine for content scripts, keeps each
 * tab's results for the popup, stores annotations and the per-site switch.
 */
import { browser, type Browser } from 'wxt/browser';
import { analyze, compileLexicon, mergeTallies, tallyMentions, type CompiledLexicon, type Tally } from '../engine/index';
import { annotationsForUrl, recordAnchoring, saveAnnotation, savedTallies } from '../kb/annotations';
import { applySeed, loadKnowledgeBase, openDb, type PressureDb } from '../kb/db';
import { verbLexicon } from '../engine/verbs';
import { CATEGORY_NAMES, type KnowledgeBase } from '../kb/types';
import type { Handlers } from '../messaging/server';
import type { LeverCard, PageAnalysis, SideInfo, TabState } from '../messaging/protocol';
import { siteOf } from '../page/url';
import { applyRetention, logPeriodTotals, logReading } from '../kb/reading-log';
import { readLogSettings, ReadingTracker, writeLogSettings, type LogStore } from './reading-log';
import { CANDIDATES_KEY, DISABLED_SITES_KEY } from '../page/settings';

interface Loaded {
  kb: KnowledgeBase;
  lexicon: CompiledLexicon;
  cards: Map<string, LeverCard>;
  sides: Record<string, SideInfo>;
}

export class BackgroundService {
  private loaded: Promise<Loaded> | undefined;
  private readonly memoryTabs = new Map<number, TabState>();
  /** Tabs opened to show a saved annotation: the annotation to scroll to once the page is analysed. */
  private readonly pendingFocus = new Map<number, number>();
  private readonly logStore = (): LogStore => ({ db: this.db, logReading, applyRetention });
  private readonly reading = new ReadingTracker(this.logStore);

  constructor(readonly db: PressureDb = openDb()) {}

  /** First install or update: bring the stored knowledge base up to the shipped seed, publish candidate words. */
  async onInstalled(): Promise<void> {
    await this.db.open();
    await applySeed(this.db);
    this.invalidate();
    await this.publishCandidates();
  }

  /** The knowledge base changed: rebuild the lexicon on next use. */
  invalidate(): void {
    this.loaded = undefined;
  }

  private load(): Promise<Loaded> {
    this.loaded ??= (async () => {
      const kb = await loadKnowledgeBase(this.db);
      const lexicon = compileLexicon(kb, verbLexicon);
      const cards = new Map<string, LeverCard>(
        kb.levers.map((l) => [
          l.id,
          { id: l.id, name: l.name, category: l.category, categoryName: CATEGORY_NAMES[l.category] ?? l.category, holders: l.holders, context: l.context, facts: l.facts, asOf: l.asOf },
        ]),
      );
      const sides = Object.fromEntries(kb.sides.map((s) => [s.id, { id: s.id, name: s.name, color: s.color }]));
      return { kb, lexicon, cards, sides };
    })();
    return this.loaded;
  }

  /** The lower-case words that can start a lever: content scripts skip pages with none of them. */
  async publishCandidates(): Promise<void> {
    const { lexicon } = await this.load();
    await browser.storage.local.set({ [CANDIDATES_KEY]: [...lexicon.leverFirstTokens] });
  }

  private async getTab(tabId: number): Promise<TabState | null> {
    const session = browser.storage.session;
    if (!session) return this.memoryTabs.get(tabId) ?? null;
    const key = `tab:${tabId}`;
    return ((await session.get(key))[key] as TabState | undefined) ?? null;
  }

  private async putTab(state: TabState): Promise<void> {
    const session = browser.storage.session;
    if (!session) this.memoryTabs.set(state.tabId, state);
    else await session.set({ [`tab:${state.tabId}`]: state });
  }

  async forgetTab(tabId: number): Promise<void> {
    this.memoryTabs.delete(tabId);
    this.pendingFocus.delete(tabId);
    this.reading.forget(tabId);
    await browser.storage.session?.remove(`tab:${tabId}`);
  }

  handlers(): Handlers {
    return {
      analyzePage: async (req, sender) => {
        const { lexicon, cards, sides } = await this.load();
        const result = analyze(req.text, lexicon);
        const saved = req.fragment ? [] : await annotationsForUrl(this.db, req.pageUrl).catch(() => []);
        const levers: Record<string, LeverCard> = {};
        for (const m of result.mentions) levers[m.lever] ??= cards.get(m.lever)!;
        for (const a of saved) if (cards.has(a.lever)) levers[a.lever] ??= cards.get(a.lever)!;
        const tabId = sender.tab?.id;
        if (tabId !== undefined) {
          // The reading log: remember the analysis until the page says what it is known by (or log a fragment).
          this.reading.onAnalysis(tabId, req.pageUrl, req.text, result.mentions, req.fragment).catch((err) => console.warn('Pressure Points: could not log this page.', err));
          const previous = req.fragment ? await this.getTab(tabId) : null;
          const tally = previous ? mergeTallies([previous.tally, result.tally]) : result.tally;
          await this.putTab({
            tabId,
            url: req.pageUrl,
            title: req.title,
            isArticle: true,
            tally,
            mentions: (previous?.mentions ?? 0) + result.mentions.length,
            saved: previous?.saved ?? saved.length,
            orphans: previous?.orphans ?? [],
            updatedAt: Date.now(),
            labels: labelsFor(tally, cards, sides),
          });
        }
        let focusAnnotation: number | null = null;
        if (!req.fragment && tabId !== undefined && this.pendingFocus.has(tabId)) {
          const wanted = this.pendingFocus.get(tabId)!;
          if (saved.some((a) => a.id === wanted)) {
            focusAnnotation = wanted;
            this.pendingFocus.delete(tabId);
          }
        }
        const analysis: PageAnalysis = { mentions: result.mentions, levers, sides, saved, focusAnnotation };
        return analysis;
      },
      readPage: async (req, sender) => {
        const tabId = sender.tab?.id;
        if (tabId !== undefined) await this.reading.onPage(tabId, req);
        return null;
      },
      reportPage: async (req, sender) => {
        const tabId = sender.tab?.id;
        if (tabId === undefined) return null;
        const previous = await this.getTab(tabId);
        const sameUrl = previous?.url === req.pageUrl;
        await this.putTab({
          tabId,
          url: req.pageUrl,
          title: req.title,
          isArticle: req.isArticle,
          tally: sameUrl && previous ? previous.tally : tallyMentions([]),
          mentions: sameUrl && previous ? previous.mentions : 0,
          saved: req.placed.length + req.orphans.length,
          orphans: req.orphans,
          updatedAt: Date.now(),
          labels: sameUrl && previous ? previous.labels : { levers: {}, sides: {} },
        });
        await recordAnchoring(this.db, req.placed, req.orphans.map((o) => o.id)).catch(() => undefined);
        return null;
      },
      saveAnnotation: async (req, sender) => {
        const tabId = sender.tab?.id;
        const saved = await saveAnnotation(this.db, req, Date.now(), tabId === undefined ? null : this.reading.publishedFor(tabId, req.pageUrl));
        if (tabId !== undefined) {
          const state = await this.getTab(tabId);
          if (state) await this.putTab({ ...state, saved: state.saved + 1, updatedAt: Date.now() });
        }
        return saved;
      },
      getTabState: async (req) => this.getTab(req.tabId),
      getPopupData: async (req) => {
        // Names only: reading them is cheap, while building the engine's lexicon would delay the popup.
        const [leverRows, sideRows] = await Promise.all([this.db.levers.toArray(), this.db.sides.toArray()]);
        const sides = Object.fromEntries(sideRows.map((s) => [s.id, { id: s.id, name: s.name, color: s.color }]));
        let tabId = req.tabId;
        let pageUrl = req.pageUrl;
        if (tabId === null) {
          const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
          tabId = tab?.id ?? null;
          pageUrl = tab?.url ?? pageUrl;
        }
        const tab = tabId === null ? null : await this.getTab(tabId);
        const url = tab?.url ?? pageUrl;
        let site: string | null = null;
        try {
          site = url && /^https?:/i.test(url) ? siteOf(url) : null;
        } catch {
          site = null;
        }
        const now = Date.now();
        const [tallies, disabled, logSettings, logTotals] = await Promise.all([
          savedTallies(this.db, now, { withWeeks: false }),
          disabledSites(),
          readLogSettings(),
          logPeriodTotals(this.db, now),
        ]);
        const levers: Record<string, string> = {};
        for (const l of leverRows) levers[l.id] = l.name;
        return {
          tab,
          site,
          siteEnabled: site ? !disabled.includes(site) : true,
          saved: { week: tallies.week, allTime: tallies.allTime },
          log: { settings: logSettings, ...logTotals },
          labels: { levers, sides },
        };
      },
      openAnnotation: async (req) => {
        const row = await this.db.annotations.get(req.id);
        if (!row) throw new Error('That annotation no longer exists.');
        const tab = await browser.tabs.create({ url: row.url, active: true });
        if (tab.id !== undefined) this.pendingFocus.set(tab.id, req.id);
        return null;
      },
      knowledgeBaseChanged: async () => {
        this.invalidate();
        await this.publishCandidates();
        return null;
      },
      getSiteEnabled: async (req) => !(await disabledSites()).includes(siteOf(`https://${req.site}/`)),
      setSiteEnabled: async (req) => {
        const site = siteOf(`https://${req.site}/`);
        const sites = new Set(await disabledSites());
        if (req.enabled) sites.delete(site);
        else sites.add(site);
        await browser.storage.local.set({ [DISABLED_SITES_KEY]: [...sites].sort() });
        return req.enabled;
      },
      getLogSettings: () => readLogSettings(),
      setLogSettings: (req) => writeLogSettings(this.logStore, req),
    };
  }
}

function labelsFor(tally: Tally, cards: Map<string, LeverCard>, sides: Record<string, SideInfo>): TabState['labels'] {
  const levers: Record<string, string> = {};
  for (const id of Object.keys(tally.byLever)) levers[id] = cards.get(id)?.name ?? id;
  const used: Record<string, SideInfo> = {};
  for (const id of Object.keys(tally.bySide)) if (sides[id]) used[id] = sides[id];
  return { levers, sides: used };
}

async function disabledSites(): Promise<string[]> {
  return ((await browser.storage.local.get(DISABLED_SITES_KEY))[DISABLED_SITES_KEY] as string[] | undefined) ?? [];
}

export type { Browser };
