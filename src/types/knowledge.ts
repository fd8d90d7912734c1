/**
 * The knowledge base as plain data. The engine reads these rows; Dexie stores them; the seed ships them.
 * Nothing here may import a browser or DOM API: the CLI and the Node tests use the same types.
 */

export type SideId = string;

export const CATEGORY_IDS = [
  'critical-minerals',
  'semiconductors-tech',
  'tariffs-remedies',
  'export-controls',
  'finance-sanctions',
  'people-visas',
  'agriculture-energy',
  'security',
] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];

export const CATEGORY_NAMES: Record<CategoryId, string> = {
  'critical-minerals': 'Critical minerals',
  'semiconductors-tech': 'Semiconductors and technology',
  'tariffs-remedies': 'Tariffs and trade remedies',
  'export-controls': 'Export controls and licences',
  'finance-sanctions': 'Finance and sanctions',
  'people-visas': 'People and visas',
  'agriculture-energy': 'Agriculture and energy',
  security: 'Security and grievances',
};

/**
 * How a lever is pulled. A "measure" is pressure in itself (a tariff, a control, a list): more of it tightens.
 * A "flow" is something the holder can withhold (licences, visas, purchases, shipments): less of it tightens.
 * This is what lets one verb lexicon serve both: "suspend tariffs" relaxes, "suspend licences" tightens.
 */
export type Polarity = 'measure' | 'flow';

export interface LeverFact {
  /** ISO date (YYYY-MM-DD, or YYYY-MM when the day is unknown). */
  date: string;
  /** One sentence, written for this project. */
  text: string;
  /** Title of the source document or outlet. */
  source: string;
  url: string;
}

export interface Lever {
  /** Stable kebab-case id, e.g. `rare-earths`. */
  id: string;
  /** Reference in ../shared/domain/levers.md (e.g. `CM-01`), or `GEN` for the generic instruments. */
  ref: string;
  name: string;
  category: CategoryId;
  /** Default holder side ids when the sentence names nobody; empty when anyone may hold it. */
  holders: SideId[];
  polarity: Polarity;
  /**
   * Any side the sentence names may hold this flow. `buyer`: whoever buys it can withhold it (farm goods, energy,
   * aircraft), so a side adjective on it ("American soybeans") names the seller. `seller`: whoever makes it can
   * withhold it (chips in general), so the adjective names the holder. Without this, a flow lever goes only to its
   * default holders (only China can withhold its rare earths).
   */
  openHolder?: 'buyer' | 'seller';
  /**
   * Only the default holders can wield this measure (a US statute, a Chinese list): a sentence naming another side
   * names its target. Without this, a measure goes to whichever side the sentence shows imposing it.
   */
  exclusive?: boolean;
  /**
   * Surface forms matched case-insensitively. Write the singular or the plural once: the engine adds plural,
   * singular, hyphen/space and licence/license variants itself.
   */
  aliases: string[];
  /** Forms matched with their exact case only (acronyms and model names: REE, EDA, H20, UEL). */
  acronyms?: string[];
  /**
   * Ambiguous forms ("magnets", "coal", "yuan", "chips") that count only when the sentence is about trade pressure
   * (a side, another lever, or a trade word nearby).
   */
  contextAliases?: string[];
  /**
   * Head nouns that refer back to this lever once it has been named, after "the", "this", "its" or a possessive:
   * "the list" in a story about the Entity List, "the exemption" after de minimis. Singular, lower case.
   */
  anaphors?: string[];
  /**
   * Names of the lever's subject, matched with their capital ("TikTok", "Nexperia"): a story that names one is about
   * the lever, so its anaphors ("the law", "the order") refer to it before any alias has named it.
   */
  topics?: string[];
  /** A generic instrument (tariffs, sanctions, visas…): needs trade evidence near it, like contextAliases. */
  generic?: boolean;
  /** Extra verbs (base form) that tighten or relax this lever beyond the shared verb lexicon. */
  tightenVerbs?: string[];
  relaxVerbs?: string[];
  /** 1–3 sentences of context, written for this project. */
  context: string;
  facts: LeverFact[];
  /** ISO date the context and facts were last checked against their sources. */
  asOf: string;
}

export interface Side {
  id: SideId;
  name: string;
  /** Display colour on light backgrounds (hex); the page derives a dark-theme variant. */
  color: string;
  /**
   * Names that stand for the side as an actor, matched case-sensitively: countries, capitals, governments,
   * agencies, leaders ("Washington", "the White House", "BIS", "Beijing", "MOFCOM", "Xi Jinping").
   */
  actors: string[];
  /** Adjectives and demonyms ("Chinese", "American", "Dutch"). A demonym names the side only when it
   * qualifies the lever or a governing noun ("Chinese authorities"), not when it qualifies goods or people. */
  demonyms: string[];
}

export interface KnowledgeBase {
  /** Bumped whenever the shipped seed changes; user edits are kept across bumps. */
  version: number;
  levers: Lever[];
  sides: Side[];
}
