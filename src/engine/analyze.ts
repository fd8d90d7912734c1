/**
 * The engine's entry: text in, mentions and tally out. One tokenising pass decides cheaply whether anything is
 * there; sentences with a lever word go through the stages (match, roles, attribute, stance), the rest only move
 * the subject carried between sentences.
 */
import type { SideId } from '../types/knowledge';
import type { ActorEntry, CompiledLexicon, LeverEntry, PhraseGroup } from './lexicon';
import { oneSpelling } from './lexicon';
import { isSpaceCode, startsWithDigit, startsWithUpper } from './chars';
import { attribute, acceptsSide, answeredByReply, facedBy, goodsTargetOf, probedAt } from './attribute';
import { clauseStarts, exampleOf, governingLever, listSibling } from './clauses';
import { packedList } from './spans';
import { addAnaphors, joinProbes, addChipModels, addDefinedInitials, isDefinedInitials, addChipTools, addMakingTechnology, addCompanyLists, addOpenedProbes, addPurchasedGoods, addBarredProducts, barredProductStart, isProductsWord, grown, addRatedCharges, countSides, phraseGroupsOf, isCurrencyMark, isEndUse, hasTradeEvidence, isAttributive, isDirectProductOrigin, isSpared, intoOrigins, isGroundOfSame, isIdleGood, isDumpingOf, isObligation, isPracticeAlone, isWordMentioned, isBareStatute, isAccountsItem, isDomesticGood, isLikenedTo, isStatuteName, isPartOfName, isTitleCase, matchPhrases, mergeHeads, needsCueWord, isVerbUse, isSectorListed } from './match';
import { classifyActors, updateSubject } from './roles';
import { splitSentences, type Span } from './sentences';
import { CONTROL_ONLY, CROSS_BORDER_WORDS, DOMESTIC_CHARGE_HEADS, DOMESTIC_CHARGE_QUALIFIERS, LIST_WORDS, NUMBER_WORDS, OWN_GOODS_WORDS, PROBE_ONLY, PURCHASE_WORDS, TRADE_CHARGE_CUES } from './rules';
import { stanceOf } from './stance';
import { tallyMentions } from './tally';
import { joinable, tokenize, type Token } from './tokens';
import { UNSURE_RECIPROCAL, type ActorHit, type Analysis, type Attributed, type DocState, type Match, type Mention, type SentenceContext } from './types';

export type { Analysis, Mention, Stance } from './types';

const EMPTY: Analysis = { mentions: [], tally: tallyMentions([]) };

/**
 * "access to U.S. technology", "American technology": a side's technology in general says who holds the controls around
 * it (it is read as a lever while the sentence is worked out) but is not itself reported: the gold sets name it a lever
 * in one sentence of five, the tools, chips and software it stands for are levers of their own.
 */
const EVIDENCE_ONLY = /^technolog(y|ies)$/i;

/**
 * Finds every lever mention in `text` with its side and stance. Cheap first: one tokenising pass and a map lookup
 * per token decide whether anything is there; sentences without a lever word are never looked at again.
 */
export function analyze(text: string, lexicon: CompiledLexicon): Analysis {
  const tokens = tokenize(text);
  // The phrases each word starts, looked up once: the document pass, the sentence filter and the matcher share them.
  const groups = phraseGroupsOf(tokens, lexicon);
  if (!groups.some((g) => g?.lever)) return EMPTY;

  const mentions: Mention[] = [];
  const targets = new Map<Mention, SideId | null>();
  const state = newDocState(text, tokens, lexicon, groups);
  let ti = 0;
  for (const span of splitSentences(text)) {
    while (ti < tokens.length && tokens[ti].start < span.start) ti++;
    let tj = ti;
    while (tj < tokens.length && tokens[tj].end <= span.end) tj++;
    if (tj > ti) {
      const sentenceTokens = tokens.slice(ti, tj);
      let has = false;
      for (let k = ti; k < tj; k++) {
        if (groups[k]?.lever || refersBack(tokens[k], lexicon, state) || (state.initials !== undefined && isDefinedInitials(tokens[k], state.initials)) || (isProductsWord(tokens[k].norm) && k - ti >= 3 && barredProductStart(text, tokens, k) >= ti)) {
          has = true;
          break;
        }
      }
      state.at = ti;
      if (has) analyzeSentence(text, span, sentenceTokens, lexicon, state, mentions, groups.slice(ti, tj), targets);
      else updateSubjectOnly(text, sentenceTokens, lexicon, state);
    }
    ti = tj;
  }
  settleFromDocument(mentions, lexicon, targets, measureImposers(tokens, state));
  const reported = mentions.filter((m) => !(m.lever === 'controlled-goods' && EVIDENCE_ONLY.test(m.text)));
  return { mentions: reported, tally: tallyMentions(reported) };
}

/** The state of a document before its first sentence: which sides it names, and where, and whether it is about trade. */
export function newDocState(text: string, tokens: Token[], lexicon: CompiledLexicon, groups = phraseGroupsOf(tokens, lexicon)): DocState {
  const sideHits: { at: number; side: SideId }[] = [];
  const sideCounts = countSides(text, tokens, lexicon, sideHits, groups);
  let strongWords = 0;
  // (Index loops in these once-a-document passes: a for-of over a long array allocates at every step until V8 optimises.)
  for (let k = 0; k < groups.length; k++) if (groups[k]?.strong) strongWords++;
  let sideWords = 0;
  for (const n of sideCounts.values()) sideWords += n;
  const tradeDoc = strongWords >= 3 && strongWords + sideWords >= 8;
  return {
    lastSubject: null,
    leverSides: new Map(),
    categorySides: new Map(),
    sideCounts,
    sideHits,
    at: 0,
    tradeDoc,
    domesticCharge: !tradeDoc && namesDomesticCharge(tokens),
    // (A sentence or two is too little to tell that nothing in the story crosses a border.)
    crossBorder: tradeDoc || tokens.length < STORY_TOKENS || tokens.some((t) => CROSS_BORDER_WORDS.has(t.norm)),
    names: new Set(),
    seen: topicLevers(tokens, lexicon),
    lastAt: new Map(),
    phrases: new Map(),
    plainMentions: 0,
  };
}

/**
 * Levers whose subject the story names ("TikTok", "Nexperia", capitalised): they count as named from the start, so "the
 * law" of a story about TikTok is the TikTok law even where no alias of it comes first.
 */
function topicLevers(tokens: Token[], lexicon: CompiledLexicon): Set<string> {
  const out = new Set<string>();
  if (lexicon.topics.size === 0) return out;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    // Topics are names, capitalised: a word opening in a lower-case ASCII letter is passed over without a lookup.
    const c = t.text.charCodeAt(0);
    if (c >= 0x61 && c <= 0x7a) continue;
    const ids = lexicon.topics.get(t.norm);
    if (ids && startsWithUpper(t.text)) for (const id of ids) out.add(id);
  }
  return out;
}

/** "fuel duty", "murder tariff": a domestic charge named with its qualifier anywhere in the text. */
function namesDomesticCharge(tokens: Token[]): boolean {
  for (let k = 1; k < tokens.length; k++) if (DOMESTIC_CHARGE_HEADS.has(tokens[k].norm) && DOMESTIC_CHARGE_QUALIFIERS.has(tokens[k - 1].norm)) return true;
  return false;
}

/** Tokens of a text long enough to be a story (about four sentences). */
const STORY_TOKENS = 80;

/**
 * A bare "ban" or "subsidies" in a story where nothing crosses a border: a domestic ban ("a ban on disposable vapes"),
 * no control; subsidies for the poor, no trade-distorting state aid; and goods a buyer could withhold, just goods.
 */
function isDomesticBan(tokens: Token[], m: Match<LeverEntry>, state: DocState, lexicon: CompiledLexicon): boolean {
  if (state.crossBorder) return false;
  // ("a roll call of flavours: brie, mint, whisky and haggis": goods a buyer could withhold, in a story where nothing is
  // imported or exported, are just goods.)
  if (m.entry.polarity === 'flow' && lexicon.levers.get(m.entry.lever)?.openHolder === 'buyer') return true;
  if (m.j - m.i !== 1) return false;
  if (/^subsid(y|ies)$/.test(tokens[m.i].norm)) return true;
  if (!m.entry.generic || !/^bans?$/.test(tokens[m.i].norm)) return false;
  // ("the ban" of a story about the TikTok law refers back to that law.)
  for (const lever of state.seen) if (lexicon.levers.get(lever)?.anaphors.includes(tokens[m.i].norm)) return false;
  return true;
}

/**
 * A bare "duty" or "tariff" in a story about a domestic charge, in a sentence with no word of trade and no side it
 * falls on ("raised tariffs on China"): that charge.
 */
function isDomesticCharge(tokens: Token[], m: Match<LeverEntry>, state: DocState, actors: Match<ActorEntry>[]): boolean {
  if (!state.domesticCharge || m.j - m.i !== 1 || !DOMESTIC_CHARGE_HEADS.has(tokens[m.i].norm)) return false;
  if (actors.some((a) => a.entry.side !== null && a.i > 0 && /^(on|against)$/.test(tokens[a.i - 1].norm))) return false;
  return !tokens.some((t) => TRADE_CHARGE_CUES.has(t.norm));
}

/**
 * Confidence at or below which a side was inferred (the other party of a named target, a reaction, a subject carried
 * over from an earlier sentence, the knowledge-base default) rather than read off the sentence.
 */
const INFERRED = 0.6;
/** The most a lever word inferred from its sentence (LeverEntry.inferred) is trusted: below the story's vote (0.75). */
const INFERRED_WORD = 0.7;

/** How far (in characters, about two paragraphs) a stated side of the same lever may lend itself to a mention. */
const NEAR_CHARS = 1000;

/** The confidence of a side guessed as the other party of the sentence's only named side (attribute.ts). */
const GUESSED_OTHER_PARTY = 0.55;

/** Words before a past participle that make it passive ("was banned"): the side before it is then the target. */
const PASSIVE_BE = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'get', 'got']);

/** A verb of imposing a measure, and the noun a later sentence names that measure by ("banned" ... "the ban"). */
const MEASURE_VERB_NOUNS: ReadonlyMap<string, RegExp> = new Map([
  ['banned', /^bans?$/i],
  ['sanctioned', /^sanctions?$/i],
  ['blacklisted', /^blacklists?$/i],
  ['embargoed', /^embargo(e?s)?$/i],
]);

/** For each verb of imposing a measure the story uses, the one side shown using it (null for two) and where it is first used. */
type Imposers = Map<string, { side: SideId | null; from: number }>;

/**
 * "The U.S. Department of Commerce has banned American companies from selling components to ZTE": the sides the story
 * shows imposing a measure by its verb, the side named in the few words before the verb (its subject).
 */
function measureImposers(tokens: Token[], state: DocState): Imposers {
  const imposers: Imposers = new Map();
  let h = 0;
  for (let k = 1; k < tokens.length; k++) {
    const verb = tokens[k].norm;
    if (!MEASURE_VERB_NOUNS.has(verb) || PASSIVE_BE.has(tokens[k - 1].norm)) continue;
    // The nearest side named in the few words before the verb: its subject ("Washington had effectively banned").
    while (h < state.sideHits.length && state.sideHits[h].at < k) h++;
    const hit = state.sideHits[h - 1];
    if (!hit || hit.at < k - 6) continue;
    const known = imposers.get(verb);
    if (!known) imposers.set(verb, { side: hit.side, from: tokens[k].end });
    else if (known.side !== hit.side) known.side = null;
  }
  return imposers;
}

/**
 * "... The ban is the result of ZTE's failure": a later bare "ban" whose own sentence only names its target (a guess of
 * the other party) is the ban of the one side the story showed banning, or undefined.
 */
function imposedBy(m: Mention, imposers: Imposers): SideId | undefined {
  if (m.confidence > GUESSED_OTHER_PARTY) return undefined;
  for (const [verb, { side, from }] of imposers) {
    if (side && m.start > from && MEASURE_VERB_NOUNS.get(verb)!.test(m.text)) return side;
  }
  return undefined;
}

/**
 * Second pass: a mention whose side the sentence did not state (a headline, "the tariffs" in paragraph nine) takes
 * the side of the one side the story showed imposing it by its verb (measureImposers), else the side the whole story
 * gives that lever where it does say, when the story is clear about it.
 */
function settleFromDocument(mentions: Mention[], lexicon: CompiledLexicon, targets: Map<Mention, SideId | null>, imposers: Imposers): void {
  const sides = new Map<string, Map<SideId, number>>();
  for (const m of mentions) {
    if (!m.side || m.confidence < 0.75) continue;
    const seen = sides.get(m.lever) ?? new Map<SideId, number>();
    seen.set(m.side, (seen.get(m.side) ?? 0) + 1);
    sides.set(m.lever, seen);
  }
  // Across all levers: the side the story shows wielding most, for a generic lever it never gives a holder.
  const overall = new Map<SideId, number>();
  for (const seen of sides.values()) for (const [side, n] of seen) overall.set(side, (overall.get(side) ?? 0) + n);
  for (const m of mentions) {
    const imposer = imposers.size > 0 ? imposedBy(m, imposers) : undefined;
    if (imposer) {
      m.side = imposer;
      continue;
    }
    if ((m.side !== null && m.confidence > INFERRED) || m.confidence === UNSURE_RECIPROCAL) continue;
    const seen = sides.get(m.lever) ?? (m.side === null && (lexicon.levers.get(m.lever)?.holders.length ?? 0) === 0 ? overall : undefined);
    if (!seen) continue;
    let total = 0;
    let best: SideId | null = null;
    let bestCount = 0;
    for (const [side, n] of seen) {
      total += n;
      if (n > bestCount) [best, bestCount] = [side, n];
    }
    const info = lexicon.levers.get(m.lever);
    const allowed = !info || (info.exclusive ? info.holders.includes(best!) || seen !== overall : !(info.polarity === 'flow' && info.holders.length > 0 && !info.openHolder) || info.holders.includes(best!));
    // ("tariffs on Canadian agricultural products" in a story where Canada's own tariffs are the majority: never the side
    // its own sentence names as the target right after it.)
    // (A lever a reply answers keeps its sentence's reading: the story's majority is mostly the replier's.)
    if (targets.get(m) === null) continue;
    if (best && bestCount / total >= 0.6 && allowed && targets.get(m) !== best) m.side = best;
    else if (m.side === null) {
      // No clear majority: the nearest mention of the same lever whose side the sentence stated.
      let near: Mention | undefined;
      for (const o of mentions) {
        if (o.lever !== m.lever || !o.side || o.confidence < 0.75) continue;
        if (!near || Math.abs(o.start - m.start) < Math.abs(near.start - m.start)) near = o;
      }
      if (near && Math.abs(near.start - m.start) < NEAR_CHARS) m.side = near.side;
    }
  }
}

/**
 * A bare "fee" belongs to the topic of the story around it ("a 15% fee" on licensed chip sales, not the $100,000 H-1B
 * fee): it is its lever only where a lever of the same category is named in the sentence or was named before.
 */
function isStrayFee(tokens: Token[], m: Match<LeverEntry>, levers: Match<LeverEntry>[], lexicon: CompiledLexicon, state: DocState): boolean {
  if (!isFee(tokens, m) || state.seen.has(m.entry.lever)) return false;
  return !levers.some((o) => o !== m && o.entry.category === m.entry.category) && !categorySeen(m, lexicon, state);
}

/** A lever of the same category as `m`'s was named earlier in the story ("duties" after "anti-dumping duties"). */
function categorySeen(m: Match<LeverEntry>, lexicon: CompiledLexicon, state: DocState): boolean {
  for (const id of state.seen) if (lexicon.levers.get(id)?.category === m.entry.category) return true;
  return false;
}

/**
 * "The temporary licence expires on August 19" after "it issued a Temporary General License": a context alias of a lever
 * the story has not named, whose words are all (in order) in a longer phrase the story named for another lever, is a
 * shortened name of that one. Returns the match given to that lever, or undefined.
 */
function shortenedNameOf(tokens: Token[], m: Match<LeverEntry>, lexicon: CompiledLexicon, state: DocState): Match<LeverEntry> | undefined {
  if (!m.entry.needsContext || state.seen.has(m.entry.lever) || m.j - m.i < 2) return undefined;
  const words = tokens.slice(m.i, m.j).map((t) => oneSpelling(t.norm));
  const within = (phrase: string[]) => {
    if (phrase.length <= words.length) return false;
    let k = 0;
    for (const w of phrase) if (w === words[k]) k++;
    return k === words.length;
  };
  for (const [id, named] of state.phrases) {
    if (id === m.entry.lever || !named.some(within)) continue;
    const info = lexicon.levers.get(id);
    if (!info) continue;
    return { i: m.i, j: m.j, entry: { kind: 'lever', lever: id, category: info.category, needsContext: false, generic: false, polarity: info.polarity } };
  }
  return undefined;
}

/** A bare "fee" or "fees" (which isStrayFee has let through: its story is the lever's). */
const isFee = (tokens: Token[], m: Match<LeverEntry>) => m.j - m.i === 1 && (tokens[m.i].norm === 'fee' || tokens[m.i].norm === 'fees');

/** "400 yuan per net ton", "seven yuan to the dollar": a currency named as the unit of an amount. */
function isAmountUnit(tokens: Token[], m: Match<LeverEntry>): boolean {
  if (m.j - m.i !== 1 || (tokens[m.i].norm !== 'yuan' && tokens[m.i].norm !== 'renminbi')) return false;
  const prev = tokens[m.i - 1]?.norm ?? '';
  return startsWithDigit(prev) || NUMBER_WORDS.has(prev) || /^(million|billion|trillion|hundred|thousand)$/.test(prev);
}

/** Institutions that a side's name before them makes its own. */
const INSTITUTIONS = /^(senate|congress|parliament|treasury|department|ministry|commission|cabinet|court|customs|diet|assembly|representative|commerce|affairs|council)$/;

/**
 * "Mexico's Senate", "the Brazilian Congress": an institution the knowledge base gives one side ("Senate" is the US
 * one) belongs to the side named right before it, in a possessive or as an adjective.
 */
function ownInstitutions(text: string, tokens: Token[], actors: Match<ActorEntry>[]): Match<ActorEntry>[] {
  return packedList(actors, (a, k) => {
    const before = actors[k - 1];
    if (!before || before.j !== a.i || before.entry.side === a.entry.side || a.entry.kind !== 'actor' || !INSTITUTIONS.test(tokens[a.j - 1].norm)) return a;
    const owner = tokens[before.j - 1].possessive || before.entry.kind === 'demonym' || before.entry.alsoDemonym === true;
    if (!owner || (!tokens[before.j - 1].possessive && !joinable(text, tokens[before.j - 1], tokens[a.i]))) return a;
    return { ...a, entry: { ...a.entry, side: before.entry.side } };
  });
}

/** A sentence made ready for attribution: its levers (verbs and idle words set aside), actors with roles, clauses. */
export interface PreparedSentence {
  ctx: SentenceContext;
  /** Everything the phrase matcher found, before any filter. */
  raw: ReturnType<typeof matchPhrases>;
}

/**
 * Match, filter and classify one sentence's tokens: lever and actor phrases, traps, names, obligations, verbs,
 * model names merged with their noun, actor roles, trade evidence and idle goods.
 */
export function prepareSentence(text: string, tokens: Token[], lexicon: CompiledLexicon, state: DocState, groups?: (PhraseGroup | undefined)[]): PreparedSentence {
  const raw = matchPhrases(text, tokens, lexicon, groups);
  const { levers: rawLevers, actors: rawActors, traps } = raw;
  // A lever phrase that holds a whole trap and more is the longer match ("the duty-free de minimis treatment").
  const inTrap = (i: number, j: number) => traps.some((t) => i < t.j && t.i < j && !(i <= t.i && t.j <= j && j - i > t.j - t.i));
  let titleCase: boolean | undefined;
  const isTitle = () => (titleCase ??= isTitleCase(tokens));
  // Words that are no lever here and may still refer back to one ("the fees" of a port-fee story).
  let stray: Set<Match<LeverEntry>> | undefined;
  let levers = rawLevers.filter((m) => {
    if (inTrap(m.i, m.j) || isObligation(tokens, m) || isDumpingOf(tokens, m) || isPracticeAlone(text, tokens, m) || isWordMentioned(text, tokens, m) || isBareStatute(text, tokens, m) || isAccountsItem(tokens, m) || isSectorListed(tokens, m) || isDomesticGood(tokens, m) || isLikenedTo(tokens, m) || isAmountUnit(tokens, m) || isDomesticCharge(tokens, m, state, rawActors) || isDomesticBan(tokens, m, state, lexicon) || (isStrayFee(tokens, m, rawLevers, lexicon, state) && (stray ??= new Set()).add(m)) || (needsCueWord(tokens, m, rawLevers, text) && !refersToProbe(tokens, m, state, lexicon, rawActors)) || isAttributive(text, tokens, m) || isStatuteName(tokens, m, text) || isDirectProductOrigin(text, tokens, m) || isGroundOfSame(tokens, m, rawLevers)) return false;
    if (!isPartOfName(text, tokens, m, isTitle, state.names)) return true;
    state.names.add(tokens[m.i].text);
    return false;
  });
  const leverStart = new Map<number, Match<LeverEntry>>();
  for (const m of levers) leverStart.set(m.i, m);

  // Before the verbs are set aside, the noun/verb call only needs to know which side names sit right before a lever.
  const sided = ownInstitutions(text, tokens, rawActors.filter((a) => a.entry.side !== null && !isCurrencyMark(text, tokens[a.j - 1])));
  const actorEnd = new Map<number, ActorHit>();
  for (const a of sided) {
    const adjective = a.entry.kind === 'demonym' || a.entry.alsoDemonym === true;
    actorEnd.set(a.j - 1, { i: a.i, j: a.j, entry: a.entry, role: adjective && leverStart.has(a.j) ? 'holder-of-lever' : 'actor', subjectLike: false });
  }

  // Generic and ambiguous words must be nouns, and ambiguous ones need trade evidence nearby.
  const strong = levers.some((m) => !m.entry.needsContext && !m.entry.generic);
  let verbal: Set<Match<LeverEntry>> | undefined;
  for (const m of levers) {
    if ((m.entry.needsContext || m.entry.generic) && isVerbUse(text, tokens, m, actorEnd)) (verbal ??= new Set()).add(m);
  }
  levers = mergeHeads(text, tokens, addChipModels(text, tokens, verbal ? levers.filter((m) => !verbal!.has(m)) : levers, lexicon, state));
  // "the critical minerals gallium, germanium and antimony": a kind of goods right before the goods it names is their
  // label; the named goods are the mentions.
  levers = levers.filter((m, k) => {
    const next = levers[k + 1];
    return !(next && m.entry.generic && m.entry.polarity === 'flow' && next.i === m.j && !next.entry.generic && next.entry.polarity === 'flow' && text.slice(tokens[m.j - 1].end, tokens[next.i].start) === ' ');
  });
  levers = addAnaphors(text, tokens, levers, stray ? raw.levers.filter((m) => !stray!.has(m)) : raw.levers, lexicon, state, actorEnd);
  levers = addRatedCharges(text, tokens, levers, raw.levers, lexicon, state);
  levers = addChipTools(tokens, levers, lexicon, state);
  levers = addMakingTechnology(text, tokens, levers, lexicon, state);
  levers = addCompanyLists(text, tokens, levers, lexicon, state);
  levers = joinProbes(text, tokens, addOpenedProbes(text, tokens, levers, sided, lexicon, state));
  levers = addPurchasedGoods(text, tokens, levers, actorEnd, lexicon);
  levers = addBarredProducts(text, tokens, levers, lexicon);
  levers = packedList(levers, (m) => shortenedNameOf(tokens, m, lexicon, state) ?? m);
  // Who a side name qualifies depends on which words are levers: classify again now that verbs are set aside.
  const finalStart = new Map<number, Match<LeverEntry>>();
  for (const m of levers) finalStart.set(m.i, m);
  const actors = classifyActors(text, tokens, sided, finalStart, lexicon);
  // A list of goods ("pork legs and shoulders, apples and potatoes") carries its evidence along: a word next to an
  // accepted one is accepted too.
  let lastAccepted = -Infinity;
  const unsupported: Match<LeverEntry>[] = [];
  levers = levers.filter((m) => {
    if (!m.entry.needsContext) return true;
    // In an article about trade pressure, a generic word ("sanctions", "curbs", "chips") needs less around it.
    const window = state.tradeDoc && m.entry.generic ? tokens.length : 6;
    const ok = state.seen.has(m.entry.lever) || isFee(tokens, m) || (m.entry.generic && categorySeen(m, lexicon, state)) || hasTradeEvidence(tokens, m, lexicon, actors, levers, window) || (strong && m.entry.generic) || (m.entry.generic && tokens[m.i].norm === 'sanctions') || (state.tradeDoc && m.entry.generic && /^sanction/.test(tokens[m.i].norm))
      || (m.i - lastAccepted <= 7 && inList(text, tokens, lastAccepted, m.i)) || controlledHardware(tokens, m, state, lexicon) || refersToProbe(tokens, m, state, lexicon, actors);
    if (ok) lastAccepted = m.j;
    else unsupported.push(m);
    return ok;
  });
  if (state.tradeDoc) levers = withFellowGoods(levers, unsupported, lexicon);
  levers = levers.filter((m) => (!isIdleGood(tokens, m, levers, lexicon) || pressedBefore(tokens, m, state)) && !isEndUse(text, tokens, m, lexicon) && !isSpared(text, tokens, m));
  levers = extendGoodsList(text, tokens, levers, lexicon);
  levers = addDefinedInitials(text, tokens, levers, state);
  const ctx: SentenceContext = { text, tokens, lexicon, actors, levers, clauses: clauseStarts(tokens, text), state, done: new Map(), reciprocal: new Map(), coordinateBreaks: undefined };
  return { ctx, raw };
}

/**
 * "memory, standard processors, commodity components", "Hikvision buys processors from Intel": a word for chips or parts
 * that counts only in a sentence about export controls (CONTROL_ONLY; needsCueWord has found its cue) is that sentence's
 * good under control in a story that has already named an export control or a controlled chip, however far the cue.
 */
function controlledHardware(tokens: Token[], m: Match<LeverEntry>, state: DocState, lexicon: CompiledLexicon): boolean {
  if (!CONTROL_ONLY.has(tokens[m.j - 1].norm)) return false;
  for (const id of state.seen) {
    const category = lexicon.levers.get(id)?.category;
    if (category === 'export-controls' || category === 'semiconductors-tech') return true;
  }
  return false;
}

/**
 * "US exports of corn, wheat and sorghum to China fell to zero, and sales of pork and cotton remain sluggish", "tariffs
 * on Australian barley ..., raising hope that wine could be next": in a story about trade pressure (DocState.tradeDoc),
 * a good a buyer can withhold, in a sentence where another such good is under pressure, is under it too, however far
 * the evidence. Returns `levers` with these put back, in text order.
 */
function withFellowGoods(levers: Match<LeverEntry>[], unsupported: Match<LeverEntry>[], lexicon: CompiledLexicon): Match<LeverEntry>[] {
  if (unsupported.length === 0) return levers;
  const bought = (m: Match<LeverEntry>) => lexicon.levers.get(m.entry.lever)?.openHolder === 'buyer';
  if (!levers.some(bought)) return levers;
  const back = unsupported.filter(bought);
  return back.length ? [...levers, ...back].sort((a, b) => a.i - b.i) : levers;
}

/** A good's last word without its plural "s": "almonds" and "almond" are one good. */
const goodWord = (t: Token) => (t.norm.length > 3 && t.norm.endsWith('s') ? t.norm.slice(0, -1) : t.norm);

/**
 * "Pork and dairy are first at the plate", "raising hope that wine could be next": a good the story has already shown
 * under pressure (a tariff on it, a halt to its purchases) stays the lever in a later sentence that names no pressure.
 */
function pressedBefore(tokens: Token[], m: Match<LeverEntry>, state: DocState): boolean {
  return state.pressedGoods?.has(goodWord(tokens[m.j - 1])) === true && !grown(tokens, m) && !valuesTrade(tokens);
}

/**
 * "beef exports were worth roughly $2.2 billion", "China imported 4.3 billion yuan in pork products": a sentence that
 * only puts a value on a good's trade counts it; a good pressed earlier in the story is not pressed again there. (Not
 * where someone buys: "China has purchased more than $1 billion of barley a year" is the buyer's lever.)
 */
function valuesTrade(tokens: Token[]): boolean {
  let value = false;
  for (const t of tokens) {
    if (PURCHASE_WORDS.has(t.norm)) return false;
    if (TRADE_VALUE_WORDS.has(t.norm)) value = true;
  }
  return value;
}

/** Words that put a value on trade. */
const TRADE_VALUE_WORDS = new Set(['worth', 'million', 'billion', 'mn', 'bn']);

/**
 * Side and stance for each lever of a prepared sentence, in order: its own evidence, then what a governing lever
 * ("export controls on gallium") or a list ("gallium, germanium and antimony") lends it. Fills `ctx.done`.
 */
export function readSentence(ctx: SentenceContext): Attributed[] {
  const { levers, state } = ctx;
  const made: Attributed[] = [];
  for (const m of levers) {
    const governor = governingLever(ctx, m);
    const own = attribute(ctx, m);
    let { side, confidence } = own;
    // "cancelled its retaliatory tariffs, including a 25% tariff on U.S. autos": an example moves with what it is an
    // example of.
    const head = governor ? undefined : exampleOf(ctx, m);
    // (The pull of a governor or of what this is an example of replaces the lever's own: that is read only without them.)
    let stance = governor || head ? 'neutral' : stanceOf(ctx, m);
    if (head) stance = ctx.done.get(head)!.stance;
    const sibling = listSibling(ctx, m);
    if (sibling && !governor) {
      const g = ctx.done.get(sibling)!;
      if (own.confidence < 0.85 && g.side && acceptsSide(ctx, m, g.side)) {
        side = g.side;
        confidence = g.confidence;
      }
      if (stance === 'neutral') stance = g.stance;
    }
    if (governor) {
      // "export controls on rare earths": the object of a lever shares its holder and its pull, unless the sentence
      // says more about the object itself; "no new tariff on LNG" leaves LNG unmoved too.
      // (A measure a probe is into is the other party's: "an anti-discrimination investigation into the tariffs".)
      const g = ctx.done.get(governor)!;
      const probed = m.entry.polarity === 'measure' && probedAt(ctx, m) >= 0;
      if (own.confidence < 0.85 && g.side && !probed && acceptsSide(ctx, m, g.side)) {
        side = g.side;
        confidence = Math.min(g.confidence, 0.85);
      }
      stance = g.stance;
    }
    // A word only its rate makes a tariff says less about who holds the story's levers than a named one.
    if (m.entry.inferred) confidence = Math.min(confidence, INFERRED_WORD);
    const result = { match: m, side, confidence, stance };
    ctx.done.set(m, result);
    made.push(result);
    state.seen.add(m.entry.lever);
    state.lastAt.set(m.entry.lever, state.at + m.i);
    if (ctx.lexicon.levers.get(m.entry.lever)?.openHolder) (state.pressedGoods ??= new Set()).add(goodWord(ctx.tokens[m.j - 1]));
    if (m.j - m.i >= 2) {
      const named = state.phrases.get(m.entry.lever) ?? [];
      if (named.length < 20) named.push(ctx.tokens.slice(m.i, m.j).map((t) => oneSpelling(t.norm)));
      state.phrases.set(m.entry.lever, named);
    }
    // A story that has named three levers outright ("Entity List", "export restrictions") is about trade pressure, even
    // when its words are phrases the first count (single words) does not see.
    if (!m.entry.needsContext && ++state.plainMentions >= 3) state.tradeDoc = true;
    if (side && confidence >= 0.7) {
      const seen = state.leverSides.get(m.entry.lever) ?? new Map<SideId, number>();
      seen.set(side, (seen.get(side) ?? 0) + 1);
      state.leverSides.set(m.entry.lever, seen);
      const byCategory = state.categorySides.get(m.entry.category) ?? new Map<SideId, number>();
      byCategory.set(side, (byCategory.get(side) ?? 0) + 1);
      state.categorySides.set(m.entry.category, byCategory);
    }
  }
  // A list takes the pull of whichever member has a verb: "gallium, germanium and antimony ... were not permitted".
  for (let k = levers.length - 1; k > 0; k--) {
    const sibling = listSibling(ctx, levers[k]);
    if (!sibling) continue;
    const s = made[levers.indexOf(sibling)];
    if (s.stance === 'neutral' && made[k].stance !== 'neutral') s.stance = made[k].stance;
  }
  return made;
}

/** "on", "against" or "targeting" (perhaps with "the") right before the actor at token i. */
function targetingAt(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1]?.norm === 'the' ? i - 2 : i - 1;
  const n = tokens[before]?.norm ?? '';
  return n === 'on' || n === 'against' || n === 'targeting';
}

/**
 * The side a measure's sentence names as its target right after it ("tariffs on Canadian agricultural products",
 * "sanctions against Russia"), or undefined. An export control on a side's goods is that side's own, not aimed at it
 * ("controls on American know-how").
 */
function namedTarget(ctx: SentenceContext, m: Match<LeverEntry>): SideId | undefined {
  if (m.entry.polarity !== 'measure') return undefined;
  const { tokens } = ctx;
  for (const a of ctx.actors) {
    if (a.role !== 'target' || !a.entry.side || a.i < m.j || a.i > m.j + 3 || !targetingAt(tokens, a.i)) continue;
    const goods = ctx.levers.some((o) => o.i === a.j) || OWN_GOODS_WORDS.has(tokens[a.j]?.norm ?? '');
    return m.entry.category === 'export-controls' && goods ? undefined : a.entry.side;
  }
  return undefined;
}

/**
 * Reads one sentence into `out`. `targets` records, for a measure, the side named right after it behind "on",
 * "against" or "targeting" ("tariffs on Canadian goods"), which the document pass must not make its holder; null for a
 * lever answered by a reply ("in response to U.S. steel tariffs"), which the document pass leaves alone.
 */
function analyzeSentence(text: string, span: Span, tokens: Token[], lexicon: CompiledLexicon, state: DocState, out: Mention[], groups: (PhraseGroup | undefined)[], targets: Map<Mention, SideId | null>): void {
  const { ctx } = prepareSentence(text, tokens, lexicon, state, groups);
  if (ctx.levers.length > 0) {
    const raw = text.slice(span.start, span.end);
    const sentence = hasSpaceToFold(text, span.start, span.end) ? raw.replace(/\s+/g, ' ') : raw;
    for (const r of readSentence(ctx)) {
      const start = tokens[r.match.i].start;
      const end = tokens[r.match.j - 1].end;
      const target = namedTarget(ctx, r.match) ?? goodsTargetOf(ctx, r.match) ?? facedBy(ctx, r.match) ?? (answeredByReply(ctx, r.match) ? null : undefined);
      const mention: Mention = {
        start,
        end,
        text: text.slice(start, end),
        lever: r.match.entry.lever,
        category: r.match.entry.category,
        side: r.side,
        stance: r.stance,
        confidence: r.confidence,
        sentence,
      };
      if (target !== undefined) targets.set(mention, target);
      out.push(mention);
    }
  }
  updateSubject(tokens, ctx.actors, state);
}

/** Whether text[from, to) has white space that a mention's sentence folds: two in a row, a tab, a line break, a no-break space. */
function hasSpaceToFold(text: string, from: number, to: number): boolean {
  let previous = false;
  for (let q = from; q < to; q++) {
    const c = text.charCodeAt(q);
    if (c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0) return true;
    const space = isSpaceCode(c);
    if (space && previous) return true;
    previous = space;
  }
  return false;
}

/** Whether tokens from..to-1 only join list members: commas, "and", "or" and the nouns of one member. */
function inList(text: string, tokens: Token[], from: number, to: number): boolean {
  if (from < 0) return false;
  let joined = false;
  for (let k = from; k < to; k++) {
    const n = tokens[k].norm;
    if (/^(and|or)$/.test(n)) joined = true;
    // "beef, lamb and pork products, as well as various varieties of vegetables": only list words between.
    else if (to - from > 3 && !LIST_WORDS.has(n) && !/^(various|varieties|variety|assorted|certain|other|products|goods|items)$/.test(n)) return false;
  }
  return joined || /,/.test(text.slice(tokens[from - 1].end, tokens[to].start));
}

/**
 * "It covers orange juice, peanut butter, coffee, wine, cosmetics, clothing, footwear and furniture": a list that
 * names at least two goods a buyer can withhold, in a sentence with a measure on them, is a retaliation list, and its
 * other members (one to three plain words each) are goods on it too. Without a measure in the sentence ("It covers
 * ... cosmetics, clothing, footwear", "including whiskey, coffee, toilet paper and sleeping bags"), only the members
 * between two such goods of one list are.
 */
function extendGoodsList(text: string, tokens: Token[], levers: Match<LeverEntry>[], lexicon: CompiledLexicon): Match<LeverEntry>[] {
  // ("resuming purchases of soybeans and cracking down on fentanyl": "purchases" is the buying, not a good on a list.)
  const goods = levers.filter((m) => lexicon.levers.get(m.entry.lever)?.openHolder === 'buyer' && !(m.j - m.i === 1 && PURCHASE_WORDS.has(tokens[m.i].norm)));
  if (goods.length < 2) return levers;
  const measured = levers.some((m) => m.entry.polarity === 'measure');
  const taken = (i: number, j: number) => levers.some((o) => o.i < j && i < o.j);
  const added: Match<LeverEntry>[] = [];
  const gap = (a: number, b: number) => text.slice(tokens[a].end, tokens[b].start);
  // A member: plain lower-case words, joined tightly; its end is where a separator (", ", " and ", ", and ") starts.
  const plain = (k: number) => k >= 0 && k < tokens.length && /^[a-z][a-z-]*$/.test(tokens[k].text) && !LIST_STOP.has(tokens[k].norm) && !lexicon.verbs.has(tokens[k].norm);
  // The start of the member after token k (after ", ", " and ", ", and "), or -1 where the list ends.
  const nextMember = (k: number) => {
    if (k + 1 >= tokens.length) return -1;
    const g = gap(k, k + 1);
    let next = k + 1;
    if (/^\s*,\s*$/.test(g)) {
      if (/^(and|or)$/.test(tokens[next].norm)) next++;
    } else if (/^\s+$/.test(g) && /^(and|or)$/.test(tokens[next].norm)) next++;
    else return -1;
    return next < tokens.length ? next : -1;
  };
  // The last token of the member before token i (before ", ", " and ", ", and "), or -1 where the list starts.
  const previousMember = (i: number) => {
    if (i < 1) return -1;
    let e = i - 1;
    if (/^(and|or)$/.test(tokens[e].norm)) {
      if (e < 1 || !/^\s*,?\s*$/.test(gap(e - 1, e))) return -1;
      e--;
    } else if (!/^\s*,\s*$/.test(gap(e, i))) return -1;
    return e;
  };
  for (const seed of goods) {
    // Walk left from the seed, member by member.
    let i0 = seed.i;
    for (let steps = 0; steps < 15 && measured; steps++) {
      const e = previousMember(i0);
      if (e < 0) break;
      const lever = levers.find((o) => o.j - 1 === e);
      let i = lever ? lever.i : e + 1;
      if (!lever) {
        let top = e;
        if (/^(products|goods|equipment|parts)$/.test(tokens[e].norm) && e > 0 && plain(e - 1)) top = e - 1;
        else if (!plain(e)) break;
        i = top;
        while (i > 0 && top - i < 2 && plain(i - 1) && /^[\s-]+$/.test(gap(i - 1, i))) i--;
        // Where a member starts must be plain too ("such as passenger vehicles", not "covers passenger vehicles").
        if (i > 0 && plain(i - 1) && /^[\s-]+$/.test(gap(i - 1, i))) break;
        if (tokens.slice(i, e + 1).some((t) => /(ly|ed)$/.test(t.norm))) break;
        if (!taken(i, e + 1)) added.push({ i, j: e + 1, entry: { ...seed.entry, needsContext: false } });
      }
      i0 = i;
    }
    // Walk right from the seed, member by member. (Without a measure, members wait for a good after them.)
    let k = seed.j - 1;
    let pending: Match<LeverEntry>[] = [];
    for (let steps = 0; steps < 15; steps++) {
      const i = nextMember(k);
      if (i < 0) break;
      let j = i;
      while (j < tokens.length && j - i < 3 && plain(j) && (j === i || /^[\s-]+$/.test(gap(j - 1, j)))) j++;
      // "paper products", "sports equipment": a kind of goods. ("boats - products chosen": not across a dash.)
      if (j > i && j < tokens.length && /^(products|goods|equipment|parts)$/.test(tokens[j].norm) && /^(\s+|-)$/.test(gap(j - 1, j))) j++;
      const lever = levers.find((o) => o.i === i);
      if (lever) j = Math.max(j, lever.j);
      if (j === i) break;
      // A member ends at a separator, at punctuation or before a preposition; "soybeans, sources said" is no member.
      const after = j < tokens.length ? tokens[j].norm : '';
      const ends = j >= tokens.length || nextMember(j - 1) >= 0 || !/^\s+$/.test(gap(j - 1, j)) || /^(from|in|to|on|that|which|for|at|with)$/.test(after);
      if (!lever && (!ends || tokens.slice(i, j).some((t) => /(ly|ed)$/.test(t.norm)))) break;
      if (lever && lexicon.levers.get(lever.entry.lever)?.openHolder === 'buyer') {
        added.push(...pending);
        pending = [];
      }
      if (!taken(i, j)) (measured ? added : pending).push({ i, j, entry: { ...seed.entry, needsContext: false } });
      k = j - 1;
    }
  }
  if (added.length === 0) return levers;
  const seen = new Set<string>();
  return [...levers, ...added.filter((m) => !seen.has(`${m.i}`) && seen.add(`${m.i}`))].sort((a, b) => a.i - b.i);
}

/** Words that end or are no member of a goods list. */
const LIST_STOP = new Set([
  'and', 'or', 'the', 'a', 'an', 'other', 'some', 'many', 'more', 'its', 'their', 'of', 'on', 'from', 'to', 'with', 'for',
  'in', 'at', 'by', 'as', 'such', 'including', 'which', 'that', 'who', 'while', 'but', 'also', 'etc', 'among', 'others',
  'goods', 'products', 'items', 'imports', 'exports', 'percent', 'per', 'cent', 'billion', 'million', 'worth', 'us',
  'several', 'according', 'along', 'after', 'before', 'effective', 'said', 'says', 'sources', 'officials', 'will',
  'would', 'were', 'was', 'is', 'are', 'did', 'does', 'has', 'have', 'had', 'be', 'services', 'equipment', 'parts',
]);

/**
 * "The ministry extended the probe": a bare probe word after "the" refers back to a trade probe already named. In a
 * story that has named a probe lever, any probe word in a sentence that names a side is one of its kind: "Beijing will
 * conduct a further investigation", "the EU now maintains dozens of active probes" (not "an inquiry into AOL").
 */
function refersToProbe(tokens: Token[], m: Match<LeverEntry>, state: DocState, lexicon: CompiledLexicon, actors: Match<ActorEntry>[]): boolean {
  if (m.j - m.i !== 1 || !PROBE_ONLY.has(tokens[m.i].norm) || intoOrigins(tokens, m.j)) return false;
  if (state.seen.has(m.entry.lever) && /^(the|this|that|its|their)$/.test(tokens[m.i - 1]?.norm ?? '')) return true;
  // "will conduct a further investigation", "opened a second probe": another probe of the story's kind.
  const probeSeen = state.seen.has(m.entry.lever) || (lexicon.anaphors.get(tokens[m.i].norm) ?? []).some((id) => state.seen.has(id));
  if (probeSeen && /^(further|fresh|second|third|separate|parallel|formal|full|broader|wider|follow-up|new)$/.test(tokens[m.i - 1]?.norm ?? '')) return true;
  return actors.some((a) => a.entry.side !== null) && (lexicon.anaphors.get(tokens[m.i].norm) ?? []).some((id) => state.seen.has(id));
}

/** A word that may refer back to a lever the story has named ("the list" after the Entity List). */
function refersBack(t: Token, lexicon: CompiledLexicon, state: DocState): boolean {
  const ids = lexicon.anaphors.get(t.norm);
  return ids !== undefined && ids.some((id) => state.seen.has(id));
}

function updateSubjectOnly(text: string, tokens: Token[], lexicon: CompiledLexicon, state: DocState): void {
  // Only sentences that open with a side move the carried-over subject; cheap enough to do without a full match.
  const first = tokens.slice(0, 6);
  const { actors } = matchPhrases(text, first, lexicon);
  const hits = classifyActors(text, first, actors.filter((a) => a.entry.side !== null), new Map(), lexicon);
  updateSubject(first, hits, state);
}
