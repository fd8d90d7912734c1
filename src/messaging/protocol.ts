/**
 * The one message protocol between the content script, the extension pages and the background. Each message has a
 * request type, a response type and a validator; the background refuses anything that does not validate.
 * Replies travel as `{ok: true, value} | {ok: false, error}` because Error objects do not cross contexts.
 */
import type { Mention, Tally } from '../engine/index';
import type { LogTally, PublishedSource } from '../kb/reading-log';
import type { CategoryId, LeverFact, SideId } from '../kb/types';
import { MAX_TEXT, MAX_TITLE, MAX_URL } from './limits';
import { array, bool, int, nullable, obj, oneOf, optional, SchemaError, str, type Check } from './schema';
import { RETENTION_CHOICES } from '../kb/log-index';

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

export interface QuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface PositionSelector {
  start: number;
  end: number;
}

/** A saved annotation as the user sees it. */
export interface Annotation {
  id: number;
  url: string;
  title: string;
  site: string;
  savedAt: number;
  lever: string;
  category: CategoryId;
  side: SideId | null;
  stance: 'tighten' | 'relax' | 'neutral';
  quote: QuoteSelector;
  position: PositionSelector;
  sentence: string;
  note: string;
  tags: string[];
  /** The page's publication day (YYYY-MM-DD) when it was known at saving. */
  published?: string | null;
}

export type NewAnnotation = Omit<Annotation, 'id' | 'savedAt' | 'url' | 'site' | 'published'> & { pageUrl: string };

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

/** The annotations saved on a page, asked for beside the analysis. */
export interface PageAnnotations {
  saved: Annotation[];
  /** Cards of the levers of saved annotations. */
  levers: Record<string, LeverCard>;
  /** A saved annotation to scroll to and open, when the page was opened from the popup or dashboard. */
  focusAnnotation: number | null;
}

/** Counts of saved annotations per side (and lever), from the counters kept with every write. */
export interface SavedTally {
  total: number;
  bySide: Record<string, { count: number; tighten: number; relax: number; neutral: number; levers: Record<string, number> }>;
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
  /** A page's article text (or new text added to it): mentions and card data. */
  analyzePage: {
    request: { pageUrl: string; title: string; text: string; fragment: boolean };
    response: PageAnalysis;
  };
  /**
   * An article the engine found levers in: what the reading log needs besides its text (the address it is known by,
   * its publication day). Sent once per page after its analysis; the background logs the analysis it just made.
   */
  readPage: {
    request: { pageUrl: string; canonicalUrl: string; title: string; published: { date: string; source: PublishedSource } | null };
    response: null;
  };
  /** The annotations saved on a page, to mark them again. */
  pageAnnotations: { request: { pageUrl: string }; response: PageAnnotations };
  /** The content script tells the background how the page went, for the popup. */
  reportPage: {
    request: { pageUrl: string; title: string; isArticle: boolean; placed: number[]; orphans: { id: number; exact: string }[] };
    response: null;
  };
  /** The popup's data for a tab (the active one when tabId is null). */
  getPopupData: { request: { tabId: number | null; pageUrl: string | null }; response: PopupData };
  /** Opens a saved annotation: its page in a new tab, scrolled to it. */
  openAnnotation: { request: { id: number }; response: null };
  /** The knowledge base was edited in the dashboard: rebuild the lexicon and the candidate words. */
  knowledgeBaseChanged: { request: Record<string, never>; response: null };
  saveAnnotation: { request: NewAnnotation; response: Annotation };
  getTabState: { request: { tabId: number }; response: TabState | null };
  getSiteEnabled: { request: { site: string }; response: boolean };
  setSiteEnabled: { request: { site: string; enabled: boolean }; response: boolean };
  getLogSettings: { request: Record<string, never>; response: LogSettings };
  /** Changes some of the reading log's settings; a shorter retention forgets what is older at once. */
  setLogSettings: { request: { enabled?: boolean; retentionDays?: number; noticeSeen?: boolean }; response: LogSettings };
}

export type MessageName = keyof Protocol;
export type Request<K extends MessageName> = Protocol[K]['request'];
export type Response<K extends MessageName> = Protocol[K]['response'];
export interface Envelope<K extends MessageName = MessageName> {
  pp: 1;
  name: K;
  data: Request<K>;
}

const stance = oneOf('tighten', 'relax', 'neutral');
const quote = obj({ exact: str({ min: 1, max: 2000 }), prefix: str({ max: 200 }), suffix: str({ max: 200 }) });
const position = obj({ start: int({ min: 0 }), end: int({ min: 0 }) });
const category = oneOf(
  'critical-minerals', 'semiconductors-tech', 'tariffs-remedies', 'export-controls', 'finance-sanctions',
  'people-visas', 'agriculture-energy', 'security',
);

export const validators: { [K in MessageName]: Check<Request<K>> } = {
  analyzePage: obj({ pageUrl: str({ max: MAX_URL }), title: str({ max: MAX_TITLE }), text: str({ max: MAX_TEXT }), fragment: bool }),
  readPage: obj({
    pageUrl: str({ max: MAX_URL }),
    canonicalUrl: str({ max: MAX_URL }),
    title: str({ max: MAX_TITLE }),
    published: nullable(
      obj({
        date: (v, path) => {
          const day = str({ min: 10, max: 10 })(v, path);
          if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new SchemaError(`${path}: expected a day like 2025-04-04`);
          return day;
        },
        source: oneOf('meta', 'json-ld', 'itemprop', 'parsely', 'dublin-core', 'cms-meta', 'time', 'url'),
      }),
    ),
  }),
  pageAnnotations: obj({ pageUrl: str({ max: MAX_URL }) }),
  reportPage: obj({
    pageUrl: str({ max: MAX_URL }),
    title: str({ max: MAX_TITLE }),
    isArticle: bool,
    placed: array(int({ min: 1 }), { max: 100_000 }),
    orphans: array(obj({ id: int({ min: 1 }), exact: str({ max: 2000 }) }), { max: 100_000 }),
  }),
  saveAnnotation: obj({
    pageUrl: str({ max: MAX_URL }),
    title: str({ max: MAX_TITLE }),
    lever: str({ min: 1, max: 200 }),
    category,
    side: nullable(str({ min: 1, max: 100 })),
    stance,
    quote,
    position,
    sentence: str({ max: 10_000 }),
    note: str({ max: 20_000 }),
    tags: array(str({ min: 1, max: 100 }), { max: 50 }),
  }),
  getTabState: obj({ tabId: int({ min: 0 }) }),
  getPopupData: obj({ tabId: nullable(int({ min: 0 })), pageUrl: nullable(str({ max: MAX_URL })) }),
  openAnnotation: obj({ id: int({ min: 1 }) }),
  knowledgeBaseChanged: obj({}),
  getSiteEnabled: obj({ site: str({ min: 1, max: 300 }) }),
  setSiteEnabled: obj({ site: str({ min: 1, max: 300 }), enabled: bool }),
  getLogSettings: obj({}),
  setLogSettings: obj({
    enabled: optional(bool),
    retentionDays: optional((v, path) => {
      const days = int({ min: 0 })(v, path);
      if (!(RETENTION_CHOICES as readonly number[]).includes(days)) throw new SchemaError(`${path}: expected one of ${RETENTION_CHOICES.join(', ')}`);
      return days;
    }),
    noticeSeen: optional(bool),
  }),
} as { [K in MessageName]: Check<Request<K>> };

/** Checks an incoming envelope; returns the validated request or throws a SchemaError naming the field. */
export function validateEnvelope(message: unknown): { name: MessageName; data: Request<MessageName> } | null {
  if (typeof message !== 'object' || message === null || (message as Envelope).pp !== 1) return null;
  const { name, data } = message as Envelope;
  if (typeof name !== 'string' || !(name in validators)) return null;
  const check = validators[name] as Check<Request<MessageName>>;
  return { name, data: check(data, name) };
}

