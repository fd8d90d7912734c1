import nlp from 'compromise';
import type { CategoryId, KnowledgeBase, Polarity, SideId } from '../types/knowledge';
import type { VerbLexicon } from './verbs';
import { phraseKey, tokenize } from './tokens';
import { CUE_WORDS, NOT_ACTORS, TRAPS } from './rules';

/**
 * `keep`: keeps a lever as it is ("the tariffs remain in force", "maintained its controls"): for a measure that is
 * holding it against easing, which tightens; for a flow it says nothing.
 */
export type VerbClass = 'tighten' | 'relax' | 'more' | 'less' | 'keep';

export interface LeverEntry {
  kind: 'lever';
  lever: string;
  category: CategoryId;
  /** Counts only with trade evidence near it (generic instrument or ambiguous word). */
  needsContext: boolean;
  generic: boolean;
  polarity: Polarity;
  /** A word the sentence makes a lever, not a phrase of the lexicon ("a 40% penalty"): its side is a weaker vote. */
  inferred?: boolean;
}
export interface ActorEntry {
  kind: 'actor' | 'demonym';
  side: SideId | null;
  /** An actor name that is also used as an adjective ("US", "EU"): "US tariffs", "US goods". */
  alsoDemonym?: boolean;
}
export interface TrapEntry {
  kind: 'trap';
}
export type Entry = LeverEntry | ActorEntry | TrapEntry;

export interface Phrase {
  /** Normalised tokens of the phrase. */
  tokens: string[];
  /** Exact-case tokens when the phrase must match its case. */
  exact: string[] | null;
  entry: Entry;
}

/** What the engine needs to know of a lever beyond its words. */
export interface LeverInfo {
  id: string;
  category: CategoryId;
  holders: SideId[];
  polarity: Polarity;
  openHolder: 'buyer' | 'seller' | null;
  exclusive: boolean;
  /** Normalised head nouns (singular and plural) that refer back to the lever once named (Lever.anaphors). */
  anaphors: string[];
  /** Normalised one-word names of the lever's subject (Lever.topics). */
  topics?: string[];
}

/**
 * The expanded lexicon as plain data (JSON-safe): every surface form with its entry, every verb form with its
 * class. Building it takes compromise's inflection tables; loading it into maps takes a millisecond, so a content
 * script can receive it ready-made instead of building it on every page.
 */
export interface LexiconData {
  phrases: Phrase[];
  verbs: [string, VerbClass][];
  leverVerbs: [string, [string, VerbClass][]][];
  measureNouns: string[];
  flowNouns: string[];
  moreModifiers: string[];
  lessModifiers: string[];
  negations: string[];
  levers: LeverInfo[];
  sideIds: SideId[];
}

/**
 * The phrases that start with one word, indexed by their second word: a word like "chip" starts some fifty phrases,
 * and at each "chip" of a text only those whose second word follows it can match.
 */
export interface PhraseGroup {
  /** Every phrase of the word, longest first (as `CompiledLexicon.phrases` has them). */
  all: Phrase[];
  /** Second word -> the phrases of two or more words with that second word, then the one-word phrases; in `all`'s order. */
  after: Map<string, Phrase[]>;
  /** The one-word phrases, in `all`'s order: all that can match when the next word starts no longer phrase. */
  single: Phrase[];
  /** Some phrase of the word is a lever (the word is one of `leverFirstTokens`). */
  lever: boolean;
  /** The word alone is a lever without context (one of `strongFirstTokens`). */
  strong: boolean;
}

export interface CompiledLexicon {
  /** Phrases by their first normalised token, longest first. */
  phrases: Map<string, Phrase[]>;
  /** The same lists, indexed by second word (see PhraseGroup). */
  phraseGroups: Map<string, PhraseGroup>;
  /** The groups of phrases whose first word is a possessive ("driver's licence"), by that word without its "'s". */
  possessiveGroups: Map<string, PhraseGroup>;
  /** Inflected verb form (lower case) -> class, shared by all levers. */
  verbs: Map<string, VerbClass>;
  /** Lever-specific verb forms: lever id -> form -> class. */
  leverVerbs: Map<string, Map<string, VerbClass>>;
  measureNouns: Set<string>;
  flowNouns: Set<string>;
  moreModifiers: Set<string>;
  lessModifiers: Set<string>;
  negations: Set<string>;
  cueWords: Set<string>;
  levers: Map<string, LeverInfo>;
  sideIds: Set<SideId>;
  /** Lowercase first tokens of every lever phrase: the cheap pre-scan for "is there anything here at all". */
  leverFirstTokens: Set<string>;
  /** First tokens of phrases that are levers without any context (to tell a trade article from a stray word). */
  strongFirstTokens: Set<string>;
  /** First words of every verb form, shared or lever-specific: most words are not, and are skipped at once. */
  verbFirstWords: Set<string>;
  /** The rest of every verb form of two words or more ("to" of "end to"): a pair of words is built and looked up only when its second is one. */
  verbPairSeconds: Set<string>;
  /** Head noun -> the levers it can refer back to ("list" -> entity-list, counter-sanctions, …), in lexicon order. */
  anaphors: Map<string, string[]>;
  /** Lower-case name of a lever's subject ("tiktok", "nexperia") -> the levers it makes a story about (Lever.topics). */
  topics: Map<string, string[]>;
}

const cache = new WeakMap<object, CompiledLexicon>();

/**
 * compromise's inflection tables, called directly: building a document per word costs about a millisecond, the
 * transform itself a microsecond, and a lexicon has over a thousand forms.
 */
interface Inflector {
  noun: { toPlural(w: string, m: unknown): string; toSingular(w: string, m: unknown): string };
  verb: { conjugate(w: string, m: unknown): Record<string, string> | undefined };
}
type World = { methods: { two: { transform: Inflector } }; model: unknown };
let world: World | undefined;
const inflect = (): Inflector => (world ??= (nlp as unknown as { world(): World }).world()).methods.two.transform;
const model = (): unknown => (world ??= (nlp as unknown as { world(): World }).world()).model;

/** Builds the matcher once per knowledge base object; later calls with the same object are free. */
export function compileLexicon(kb: Pick<KnowledgeBase, 'levers' | 'sides'>, verbs: VerbLexicon): CompiledLexicon {
  const hit = cache.get(kb);
  if (hit) return hit;
  const compiled = loadLexicon(buildLexiconData(kb, verbs));
  cache.set(kb, compiled);
  return compiled;
}

/** Expands every alias, actor and verb of a knowledge base into the forms the matcher looks up. */
export function buildLexiconData(kb: Pick<KnowledgeBase, 'levers' | 'sides'>, verbs: VerbLexicon): LexiconData {
  const phrases: Phrase[] = [];
  const seen = new Set<string>();
  const add = (form: string, entry: Entry, exactCase: boolean) => {
    const toks = tokenize(form);
    if (toks.length === 0) return;
    // A possessive inside a phrase is part of it ("driver's licence"); at the end it is the text's business.
    const norm = toks.map((t, k) => (t.possessive && k < toks.length - 1 ? `${t.norm}'s` : t.norm));
    const key = `${entry.kind}:${'lever' in entry ? entry.lever : 'side' in entry ? entry.side : ''}:${exactCase ? toks.map((t) => t.text).join(' ') : norm.join(' ')}`;
    if (seen.has(key)) return;
    seen.add(key);
    phrases.push({ tokens: norm, exact: exactCase ? toks.map((t) => t.text) : null, entry });
  };

  for (const lever of kb.levers) {
    const base = {
      kind: 'lever' as const,
      lever: lever.id,
      category: lever.category,
      generic: Boolean(lever.generic),
      polarity: lever.polarity,
    };
    for (const alias of lever.aliases) {
      for (const form of nounVariants(alias, true)) add(form, { ...base, needsContext: false }, false);
    }
    for (const alias of lever.contextAliases ?? []) {
      for (const form of nounVariants(alias, false)) add(form, { ...base, needsContext: true }, false);
    }
    for (const acronym of lever.acronyms ?? []) {
      add(acronym, { ...base, needsContext: false }, true);
      if (/^[A-Z][A-Z0-9]+$/.test(acronym)) add(`${acronym}s`, { ...base, needsContext: false }, true);
    }
  }
  for (const side of kb.sides) {
    const demonyms = new Set(side.demonyms);
    for (const actor of side.actors) add(actor, { kind: 'actor', side: side.id, ...(demonyms.has(actor) ? { alsoDemonym: true } : {}) }, true);
    for (const demonym of side.demonyms) add(demonym, { kind: 'demonym', side: side.id }, true);
  }
  for (const name of NOT_ACTORS) add(name, { kind: 'actor', side: null }, true);
  for (const trap of TRAPS) add(trap, { kind: 'trap' }, false);

  const verbForms_: [string, VerbClass][] = [];
  for (const cls of ['keep', 'more', 'less', 'relax', 'tighten'] as const) {
    for (const lemma of verbs[cls]) for (const form of verbForms(lemma)) verbForms_.push([form, cls]);
  }
  const leverVerbs: [string, [string, VerbClass][]][] = [];
  for (const lever of kb.levers) {
    if (!lever.tightenVerbs?.length && !lever.relaxVerbs?.length) continue;
    const forms: [string, VerbClass][] = [];
    for (const v of lever.tightenVerbs ?? []) for (const f of verbForms(v)) forms.push([f, 'tighten']);
    for (const v of lever.relaxVerbs ?? []) for (const f of verbForms(v)) forms.push([f, 'relax']);
    leverVerbs.push([lever.id, forms]);
  }
  const nouns = (words: string[]) => [...new Set(words.flatMap((w) => nounVariants(w, true).map(phraseKey)))];
  return {
    phrases,
    verbs: verbForms_,
    leverVerbs,
    measureNouns: nouns(verbs.measureNouns),
    flowNouns: nouns(verbs.flowNouns),
    moreModifiers: verbs.moreModifiers,
    lessModifiers: verbs.lessModifiers,
    negations: verbs.negations,
    levers: kb.levers.map((l) => ({
      id: l.id,
      category: l.category,
      holders: [...l.holders],
      polarity: l.polarity,
      openHolder: l.openHolder ?? null,
      exclusive: l.exclusive === true,
      anaphors: [...new Set((l.anaphors ?? []).flatMap((w) => nounVariants(w.toLowerCase(), true)).filter((w) => !w.includes(' ')))],
      ...(l.topics?.length ? { topics: l.topics.map((w) => w.toLowerCase()).filter((w) => !w.includes(' ')) } : {}),
    })),
    sideIds: kb.sides.map((s) => s.id),
  };
}

/** Turns lexicon data into lookup maps: no inflection, no compromise, about a millisecond. */
export function loadLexicon(data: LexiconData): CompiledLexicon {
  const phrases = new Map<string, Phrase[]>();
  for (const d of data.phrases) {
    // Every phrase, and every lever entry, is made afresh with one literal, its fields in the order of the entries the
    // rules make (match.ts): objects parsed from JSON or spread from another have other shapes, and every rule that
    // reads a lever's fields would have to handle each of them.
    const e = d.entry;
    const entry: Entry = e.kind === 'lever' ? { kind: 'lever', lever: e.lever, category: e.category, needsContext: e.needsContext, generic: e.generic, polarity: e.polarity } : e;
    const p: Phrase = { tokens: d.tokens, exact: d.exact, entry };
    const list = phrases.get(p.tokens[0]);
    if (list) list.push(p);
    else phrases.set(p.tokens[0], [p]);
  }
  for (const list of phrases.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  const phraseGroups = new Map<string, PhraseGroup>();
  const possessiveGroups = new Map<string, PhraseGroup>();
  for (const [first, list] of phrases) {
    const group = phraseGroup(list);
    phraseGroups.set(first, group);
    if (first.endsWith("'s")) possessiveGroups.set(first.slice(0, -2), group);
  }
  const leverFirstTokens = new Set<string>();
  const strongFirstTokens = new Set<string>();
  for (const [first, list] of phrases) {
    if (list.some((p) => p.entry.kind === 'lever')) leverFirstTokens.add(first);
    if (list.some((p) => p.entry.kind === 'lever' && !p.entry.needsContext && p.tokens.length === 1)) strongFirstTokens.add(first);
  }
  const anaphors = new Map<string, string[]>();
  for (const l of data.levers) {
    for (const w of l.anaphors ?? []) anaphors.set(w, [...(anaphors.get(w) ?? []), l.id]);
  }
  const topics = new Map<string, string[]>();
  for (const l of data.levers) {
    for (const w of l.topics ?? []) topics.set(w, [...(topics.get(w) ?? []), l.id]);
  }
  const verbForms = [...data.verbs.map(([f]) => f), ...data.leverVerbs.flatMap(([, forms]) => forms.map(([f]) => f))];
  return {
    phrases,
    phraseGroups,
    possessiveGroups,
    anaphors,
    topics,
    verbs: new Map(data.verbs),
    leverVerbs: new Map(data.leverVerbs.map(([id, forms]) => [id, new Map(forms)])),
    measureNouns: new Set(data.measureNouns),
    flowNouns: new Set(data.flowNouns),
    moreModifiers: new Set(data.moreModifiers),
    lessModifiers: new Set(data.lessModifiers),
    negations: new Set(data.negations),
    cueWords: new Set(CUE_WORDS),
    levers: new Map(data.levers.map((l) => [l.id, l])),
    sideIds: new Set(data.sideIds),
    leverFirstTokens,
    strongFirstTokens,
    verbFirstWords: new Set(verbForms.map((f) => f.split(' ')[0])),
    verbPairSeconds: new Set(verbForms.filter((f) => f.includes(' ')).map((f) => f.slice(f.indexOf(' ') + 1))),
  };
}

/** Splits one first word's phrases (longest first) by their second word, keeping their order. */
function phraseGroup(all: Phrase[]): PhraseGroup {
  const single = all.filter((p) => p.tokens.length === 1);
  const longer = new Map<string, Phrase[]>();
  for (const p of all) {
    if (p.tokens.length < 2) continue;
    const list = longer.get(p.tokens[1]);
    if (list) list.push(p);
    else longer.set(p.tokens[1], [p]);
  }
  // The one-word phrases are the shortest, so they come after every longer one in `all` too.
  const after = new Map<string, Phrase[]>();
  for (const [second, list] of longer) after.set(second, [...list, ...single]);
  const lever = all.some((p) => p.entry.kind === 'lever');
  const strong = all.some((p) => p.entry.kind === 'lever' && !p.entry.needsContext && p.tokens.length === 1);
  return { all, after, single, lever, strong };
}

const SPELLINGS: [RegExp, string][] = [
  [/licen[cs]e/g, 'licence'],
  [/labou?r/g, 'labour'],
];
/** A text with one spelling of licence and labour, to compare names written either way. */
export function oneSpelling(text: string): string {
  // Most words have neither: no regular expression for them.
  if (!text.includes('licen') && !text.includes('labo')) return text;
  let out = text;
  for (const [re, to] of SPELLINGS) out = out.replace(re, to);
  return out;
}

const ALT_SPELLINGS: [RegExp, string][] = [
  [/licence/g, 'license'],
  [/labour/g, 'labor'],
  [/ise\b/g, 'ize'],
];

/**
 * The forms of a noun phrase the matcher accepts: as written, plural of the last word, and (for strong aliases)
 * the singular too; British and American spellings of licence and labour.
 */
export function nounVariants(alias: string, withSingular: boolean): string[] {
  const out = new Set<string>([alias]);
  const words = alias.split(' ');
  const last = words[words.length - 1];
  if (/^[a-z][a-z-]*[a-z]$/.test(last) && !UNCOUNTABLE.has(last)) {
    const plural = inflect().noun.toPlural(last, model());
    if (plural && plural.toLowerCase() !== last && /^[a-z-]+$/.test(plural)) {
      out.add([...words.slice(0, -1), plural].join(' '));
    } else if (!last.endsWith('s')) {
      out.add(`${alias}s`);
    }
    if (withSingular && last.endsWith('s')) {
      const singular = inflect().noun.toSingular(last, model());
      if (singular && singular !== last && /^[a-z-]+$/.test(singular)) out.add([...words.slice(0, -1), singular].join(' '));
    }
  }
  for (const form of [...out]) {
    let spelled = form;
    for (const [re, to] of SPELLINGS) spelled = spelled.replace(re, to);
    out.add(spelled);
    let alt = spelled;
    for (const [re, to] of ALT_SPELLINGS) alt = alt.replace(re, to);
    out.add(alt);
  }
  for (const form of [...out]) for (const other of prefixSpellings(form)) out.add(other);
  return [...out];
}

/**
 * A prefix word is written closed or hyphenated: "superhard materials" and "super-hard materials", "counter-tariffs"
 * and "countertariffs". The other way of writing each such word of a phrase. Only the two prefixes of lever words
 * the seed writes one way: each form is one more phrase for the page gate to hold (with "anti-", "semi-", "multi-"
 * and "ultra-" as well the gate string passed its bound), and "re-" or "co-" would split "reserve" and "cobalt".
 */
const PREFIXED = /^(counter|super)(-?)([a-z]{3,})$/;
function prefixSpellings(form: string): string[] {
  const words = form.split(' ');
  const out: string[] = [];
  words.forEach((w, k) => {
    const m = PREFIXED.exec(w);
    if (m) out.push([...words.slice(0, k), m[2] === '-' ? `${m[1]}${m[3]}` : `${m[1]}-${m[3]}`, ...words.slice(k + 1)].join(' '));
  });
  return out;
}

/** Mass nouns whose plural is never what news copy means ("graphites", "antimonies"). */
const UNCOUNTABLE = new Set([
  'graphite', 'antimony', 'gallium', 'germanium', 'tungsten', 'tellurium', 'bismuth', 'molybdenum', 'indium',
  'terbium', 'dysprosium', 'samarium', 'gadolinium', 'lutetium', 'scandium', 'yttrium', 'ethane', 'sorghum',
  'labour', 'labor', 'overcapacity', 'theft', 'espionage', 'software', 'equipment', 'memory', 'oil', 'coal',
  'gas', 'corn', 'wheat', 'pork', 'beef', 'canola', 'lithium', 'neodymium', 'oxide', 'screening', 'delisting',
  'manipulation', 'capacity', 'transfer', 'evidence', 'trade', 'access', 'minimis', 'intelligence', 'cobalt',
]);

/** Inflections of a verb (or the plural of a verbal noun), from compromise, computed once per lexicon. */
export function verbForms(lemma: string): string[] {
  const words = lemma.toLowerCase().split(/\s+/);
  const head = words[0];
  const rest = words.length > 1 ? ` ${words.slice(1).join(' ')}` : '';
  const forms = new Set<string>([head]);
  if (words.length === 1 && (NOUN_SUFFIX.test(head) || VERBAL_NOUNS.has(head))) {
    forms.add(head.endsWith('y') ? `${head.slice(0, -1)}ies` : `${head}s`);
  } else {
    const conj = (inflect().verb.conjugate(head, model()) ?? {}) as Record<string, string>;
    const found = ['Infinitive', 'PastTense', 'PresentTense', 'Gerund', 'Participle']
      .map((k) => conj[k])
      .filter((v): v is string => Boolean(v) && !v.includes(' '));
    if (found.length > 0) {
      for (const f of found) forms.add(f.toLowerCase());
      // "canceled" and "cancelled", "labeling" and "labelling": both spellings, whichever compromise gives.
      if (/[^aeiou][aeiou]l$/.test(head)) for (const end of ['ed', 'ing']) forms.add(`${head}${end}`).add(`${head}l${end}`);
    } else {
      // compromise leaves hyphenated verbs ("slow-walk", "fast-track") alone: regular forms are right for them.
      const stem = head.endsWith('e') ? head.slice(0, -1) : head;
      forms.add(`${head}s`).add(`${stem}ed`).add(`${stem}ing`);
    }
  }
  return [...forms].map((f) => phraseKey(f + rest));
}

const NOUN_SUFFIX = /(tion|sion|ment)$/;
const VERBAL_NOUNS = new Set(['threat', 'enforcement', 'weaponization', 'weaponisation', 'removal', 'approval', 'denial', 'waiver', 'relief', 'rollback', 'crackdown', 'easing', 'tightening']);
