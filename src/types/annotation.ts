/**
 * A saved annotation and the words it is made of: the quote's selectors, the pull of a mention, the counts of saved
 * annotations. Shared by the page, the background, the database, the views and the wire protocol; imports nothing.
 */
import type { CategoryId, SideId } from './knowledge';

/** Which way a mention pulls its lever. `neutral`: named without a pull either way. */
export type Stance = 'tighten' | 'relax' | 'neutral';
export const STANCES: readonly Stance[] = ['tighten', 'relax', 'neutral'];
/** The pulls that count as moves in the reading log (a neutral mention moves nothing). */
export type MoveStance = Exclude<Stance, 'neutral'>;
export const MOVE_STANCES: readonly MoveStance[] = ['tighten', 'relax'];

/** How "no side" is written where a side id is expected (counters, exports, filters). Never a side's id. */
export const NO_SIDE_KEY = 'none';

/** W3C TextQuoteSelector: the quote and a little context either side. */
export interface QuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C TextPositionSelector: offsets into the article's text. */
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
  stance: Stance;
  quote: QuoteSelector;
  position: PositionSelector;
  sentence: string;
  note: string;
  tags: string[];
  /** The page's publication day (YYYY-MM-DD) when it was known at saving. */
  published?: string | null;
  /** How many times the note and tags were edited: an edit made on an older revision is refused. */
  rev?: number;
}

/**
 * What the content script asks to save. The page's address is not part of it: the background takes it from the
 * browser (the message's sender). `uid` is made by the content script once per Save, so that a save retried after
 * the service worker was stopped is stored once.
 */
export type NewAnnotation = Omit<Annotation, 'id' | 'savedAt' | 'url' | 'site' | 'published'> & { uid: string };

/** Counts of one side's saved annotations, by stance and by lever. */
export interface SideSavedTally {
  count: number;
  tighten: number;
  relax: number;
  neutral: number;
  /** Lever id -> count; a null-prototype object (ids come from users and files). */
  levers: Record<string, number>;
}

/** Counts of saved annotations per side (and lever), from the counters kept with every write. */
export interface SavedTally {
  total: number;
  /** Side id (or NO_SIDE_KEY) -> its counts; a null-prototype object. */
  bySide: Record<string, SideSavedTally>;
}
