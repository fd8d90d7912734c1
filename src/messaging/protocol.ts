/**
 * The one message protocol between the content script, the extension pages and the background: each message's
 * request and response types. Requests are checked where they are received (validators.ts); the domain's nouns
 * (annotations, selectors, stances, tallies) live in src/types.
 * Replies travel as `{ok: true, value} | {ok: false, error}` because Error objects do not cross contexts.
 * A content script never says which page it is on: the background reads that from the browser (the sender).
 */
import type { Mention, Tally } from '../engine/index';
import type { LogTally, PublishedSource } from '../kb/reading-log';
import type { AnnotationPage } from '../kb/annotation-query';
import type { PackedCounters } from '../kb/timeline-counters';
import type { Annotation, NewAnnotation, SavedTally } from '../types/annotation';
import type { CategoryId, LeverFact, SideId } from '../types/knowledge';

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

/** What the in-page card shows for a lever. */
export interface LeverCard {
  id: string;
  name: string;
  category: CategoryId;
  categoryName: string;
  holders: SideId[];
  context: string;
  facts: LeverFact[];
  asOf: string;
}

export interface SideInfo {
  id: SideId;
  name: string;
  color: string;
}

/** The per-tab summary the popup shows at once. */
export interface TabState {
  tabId: number;
  url: string;
  title: string;
  isArticle: boolean;
  tally: Tally;
  mentions: number;
  saved: number;
  orphans: { id: number; exact: string }[];
  updatedAt: number;
  /** Display names of the levers and sides in the tally. */
  labels: { levers: Record<string, string>; sides: Record<string, SideInfo> };
}

/** The engine's reading of a page's text: what the page paints. Never waits for the database. */
export interface PageAnalysis {
  mentions: Mention[];
  levers: Record<string, LeverCard>;
  sides: Record<string, SideInfo>;
}

/** How the content script paints, from extension storage (the background reads it for the page). */
export interface PageSettings {
  /** Paint with <pp-mark> wrappers instead of the Highlight API. */
  wrapperMode: boolean;
  /** Write `pp:painted` lines to the console (tests and benchmark). */
  trace: boolean;
}

/**
 * The background's answer to an article's text: `disabled` (the site is switched off), `no lever` (no lever phrase in
 * the text: the engine did not run), or the engine's analysis (perhaps without a mention). With the settings the page
 * needs to paint, and the page's site as the background names it (for the site switch).
 */
export type ArticleReading = { site: string; settings: PageSettings } & (
  | { stopped: 'disabled' | 'no lever'; analysis: null }
  | { stopped: null; analysis: PageAnalysis }
);

/** The annotations saved on a page, asked for beside the analysis. */
export interface PageAnnotations {
  saved: Annotation[];
  /** Cards of the levers of saved annotations. */
  levers: Record<string, LeverCard>;
  /** A saved annotation to scroll to and open, when the page was opened from the popup or dashboard. */
  focusAnnotation: number | null;
}

/** The reading log's settings (kept in extension storage by the background). */
export interface LogSettings {
  /** Articles read are logged (the default). */
  enabled: boolean;
  /** Days an article stays in the log after it was last read; 0 keeps it. */
  retentionDays: number;
  /** The popup's first-use notice about the log was dismissed. */
  noticeSeen: boolean;
}

/** Everything the popup shows, in one answer. */
export interface PopupData {
  tab: TabState | null;
  site: string | null;
  siteEnabled: boolean;
  saved: { week: SavedTally; allTime: SavedTally };
  /** The reading log's settings and its totals over the articles read this week and this month. */
  log: { settings: LogSettings; week: LogTally; month: LogTally };
  labels: { levers: Record<string, string>; sides: Record<string, SideInfo> };
}

export interface Protocol {
  /**
   * The loader's one message on an article page: its text. The background answers whether the site is switched on
   * (taking the page's address from the sender), whether a lever phrase is in the text (the gate), and if so the
   * engine's mentions; it records the tab for the popup as a `reportPage` would.
   */
  readArticle: {
    request: { title: string; text: string };
    response: ArticleReading;
  };
  /** New text added to a page already read (fragment), or an article's text: mentions and card data. */
  analyzePage: {
    request: { title: string; text: string; fragment: boolean };
    response: PageAnalysis;
  };
  /** The annotations saved on a page, to mark them again. */
  pageAnnotations: { request: Record<string, never>; response: PageAnnotations };
  /**
   * The content script tells the background how the page went, for the popup. On an article the engine found levers
   * in, the first report also carries what the reading log needs besides its text (`facts`: the address the page is
   * known by, its publication day), and the background logs the analysis it made; in one message rather than two,
   * each of which cost the page's main thread a fraction of a millisecond.
   */
  reportPage: {
    request: {
      title: string;
      isArticle: boolean;
      placed: number[];
      orphans: { id: number; exact: string }[];
      facts?: { canonicalUrl: string; published: { date: string; source: PublishedSource } | null };
    };
    response: null;
  };
  /**
   * The popup's data for a tab (the active one when tabId is null). `fresh`: read the counters again rather than take
   * the ones the background keeps (the popup has just written the database itself).
   */
  getPopupData: { request: { tabId: number | null; pageUrl: string | null; fresh?: boolean }; response: PopupData };
  /** Opens a saved annotation: its page in a new tab, scrolled to it. */
  openAnnotation: { request: { id: number }; response: null };
  /** The knowledge base was edited in the dashboard: rebuild the lexicon and the candidate words. */
  knowledgeBaseChanged: { request: Record<string, never>; response: null };
  /** Saves a mention from the in-page card; saving the same `uid` again answers with the annotation stored first. */
  saveAnnotation: { request: NewAnnotation; response: Annotation };
  setSiteEnabled: { request: { site: string; enabled: boolean }; response: boolean };
  getLogSettings: { request: Record<string, never>; response: LogSettings };
  /** Changes some of the reading log's settings; a shorter retention forgets what is older at once. */
  setLogSettings: { request: { enabled?: boolean; retentionDays?: number; noticeSeen?: boolean }; response: LogSettings };
  /**
   * The reading log's counters of one timeline facet (src/kb/timeline-counters.ts facetFor), by week of publication and
   * for undated articles, packed (their moves only, as numbers), with the sides' names: the timeline's chart, drawn
   * before the dashboard's own database is open.
   */
  getTimelineCounters: { request: { facet: string }; response: TimelineCounters };
  /**
   * The first page of every saved annotation, newest first, with the names of levers and sides: the dashboard's list,
   * drawn before the page's own database has opened.
   */
  getFirstAnnotations: { request: { limit: number }; response: FirstAnnotations };
}

export interface FirstAnnotations {
  /** The rows as the list shows them (without their search keys), and the number of annotations. */
  page: AnnotationPage;
  levers: { id: string; name: string; category: CategoryId }[];
  sides: SideInfo[];
}

export interface TimelineCounters extends PackedCounters {
  sides: SideInfo[];
}

export type MessageName = keyof Protocol;
export type Request<K extends MessageName> = Protocol[K]['request'];
export type Response<K extends MessageName> = Protocol[K]['response'];
export interface Envelope<K extends MessageName = MessageName> {
  pp: 1;
  name: K;
  data: Request<K>;
}
