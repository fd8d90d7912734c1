/**
 * The engine's nouns: what a mention is, and the state the stages share while reading one text. Imported by every
 * stage and by the tally; imports nothing of the engine but the lexicon's entry types.
 */
import type { Stance } from '../types/annotation';
import type { CategoryId, SideId } from '../types/knowledge';
import type { ActorEntry, CompiledLexicon, LeverEntry } from './lexicon';
import type { Token } from './tokens';

export type { Stance } from '../types/annotation';

export interface Mention {
  /** JavaScript string offsets into the exact input text. */
  start: number;
  end: number;
  text: string;
  lever: string;
  category: CategoryId;
  /** The side holding or wielding the lever in this sentence; null when nothing says. */
  side: SideId | null;
  stance: Stance;
  /** 0..1: how much the sentence itself says about the side (0.95 possessive … 0.5 knowledge-base default). */
  confidence: number;
  sentence: string;
}

export interface Match<E> {
  /** Token indexes [i, j) within the sentence. */
  i: number;
  j: number;
  entry: E;
}

export type ActorRole = 'holder-of-lever' | 'actor' | 'target' | 'neutral';
export interface ActorHit extends Match<ActorEntry> {
  role: ActorRole;
  /** Looks like the subject of a verb ("Beijing announced", "the US will"). */
  subjectLike: boolean;
}

export interface DocState {
  lastSubject: SideId | null;
  /** Sides given to each lever so far with good evidence, for later mentions that name nobody. */
  leverSides: Map<string, Map<SideId, number>>;
  /** The same by category: "the licensing requirement" of a story about Dutch export restrictions is Dutch. */
  categorySides: Map<string, Map<SideId, number>>;
  /** The document is about trade pressure: enough lever words and side names that an ambiguous word is a lever. */
  tradeDoc: boolean;
  /** The story names a domestic charge ("fuel duty", "the murder tariff") and is not about trade. */
  domesticCharge: boolean;
  /** The story has a word of goods or people crossing a border (CROSS_BORDER_WORDS). */
  crossBorder: boolean;
  /** How often each side is named across the whole text. */
  sideCounts: Map<SideId, number>;
  /** Every side name with its token index in the whole text, in order: who is named near a mention. */
  sideHits: { at: number; side: SideId }[];
  /** Token index, in the whole text, of the sentence being read. */
  at: number;
  /** Capitalised lever words already seen as part of a name ("Levy"), so a later bare "Levy said" is one too. */
  names: Set<string>;
  /** Levers already mentioned: "this ban", "the curbs" later in the story need no more context. */
  seen: Set<string>;
  /** Token index, in the whole text, of each lever's latest mention: what "the list" refers back to. */
  lastAt: Map<string, number>;
  /** The words of each lever phrase of two or more words named so far, by lever: "the temporary licence" after a
   *  "Temporary General License" is that licence again. */
  phrases: Map<string, string[][]>;
  /** The side the story last showed retaliating ("Canada plans additional retaliation"). */
  retaliator?: SideId;
  /**
   * Goods a buyer can withhold that the story has already shown under pressure, by their last word without a plural
   * "s" ("pork", "almond"): a later "Pork and dairy are first at the plate" is that good again.
   */
  pressedGoods?: Set<string>;
  /** Mentions so far of levers named by a phrase that needs no context: three make `tradeDoc` true. */
  plainMentions: number;
  /**
   * Initials the story defined in brackets after a lever's name ("the Anti-Coercion Instrument (ACI)"), as written,
   * with the lever they name: a later "the ACI" is that lever.
   */
  initials?: Map<string, LeverEntry>;
}

/** Everything the rules need to know about one sentence. */
export interface SentenceContext {
  text: string;
  tokens: Token[];
  lexicon: CompiledLexicon;
  actors: ActorHit[];
  levers: Match<LeverEntry>[];
  clauses: number[];
  state: DocState;
  /** Whether each clause (by its first token) speaks of both sides at once ("each other", "the two sides"). */
  reciprocal: Map<number, boolean>;
  /** Results already computed for earlier levers of the sentence, by match. */
  done: Map<Match<LeverEntry>, Attributed>;
  /** Token indexes where ", and", ", but" or a semicolon joins two clauses; computed on first use. */
  coordinateBreaks?: number[];
}

/** A lever of a sentence with the side and stance given to it. */
export interface Attributed {
  match: Match<LeverEntry>;
  side: SideId | null;
  confidence: number;
  stance: Stance;
}

/** The confidence of "nobody's, because both sides'": a lever the sentence gives to both at once. */
export const UNSURE_RECIPROCAL = 0.3;

/** A side chosen for a mention, with how much the sentence itself says about it (0..1). */
export interface Attribution {
  side: SideId | null;
  confidence: number;
}

export interface Analysis {
  mentions: Mention[];
  tally: Tally;
}

export interface SideTally {
  count: number;
  tighten: number;
  relax: number;
  neutral: number;
  levers: Record<string, number>;
  categories: Record<string, number>;
}

export interface Tally {
  total: number;
  /** Per side id (and `none`), most mentions first. */
  bySide: Record<string, SideTally>;
  byLever: Record<string, { count: number; sides: Record<string, number> }>;
  byCategory: Record<string, { count: number; sides: Record<string, number> }>;
}
