/**
 * Matching: lever, actor and trap phrases over the tokens of a sentence, model names merged with the generic
 * noun after them, and the noun/verb call for ambiguous words ("curbs", "sanctions", "chip").
 */
import type { SideId } from '../types/knowledge';
import type { ActorEntry, CompiledLexicon, LeverEntry, LeverInfo, Phrase, PhraseGroup } from './lexicon';
import { punctuationBetween } from './clauses';
import { PURCHASE_WORDS, GOODS_NOUNS, CHIP_MODEL, CHIP_MODEL_MAKERS, CHIP_MODEL_NOUNS, BODY_HEADS, BLACKLIST_CUES, LISTED_PARTIES, CALENDAR_NAMES, CHIPMAKING_WORDS, NOT_CHIP_TOOLS, INVESTMENT_CUES, MINERAL_FORMS, MINERAL_SITES, SUBSTITUTE_ORIGINS, QUARREL_HEADS, END_USE_BEFORE_LINK, END_USE_LINKS, END_USE_MODIFIERS, END_USE_VERBS, ANAPHOR_DETERMINERS, ANAPHOR_MODIFIERS, ANAPHOR_NOT_BEFORE, ATTRIBUTIVE_HEADS, NOT_TARIFF_TAXES, RATED_CHARGES, TAXED_GOODS, COMPANY_SUFFIXES, TITLE_MINOR_WORDS, COMPANY_WORDS, NOUN_BEFORE, CONTROL_CUES, CONTROL_ONLY, MAKING_PART_VERBS, FENTANYL_SOURCE_WORDS, BORDER_FLOW_WORDS, OWNED_ONLY, OWNED_VIA, OWNER_WORDS, PROBE_CUES, PROBE_ONLY, PRESSURE_CUES, HALT_FORMS, COMMERCIAL_HALTS, NAME_TITLES, OBLIGATION_BEFORE, PREPOSITION_AFTER, VERBABLE, VERB_CONTEXT, BODY_NAMES, CLAUSE_BREAKS, DEAL_HEADS, STATUTE_ALIASES, STATUTE_MEASURE_NOUNS, PRACTICES, PRACTICE_MEASURE_NEXT, MODEL_DESCRIPTORS, MODEL_KIND_NOUNS, NOT_CHIP_EQUIPMENT, MADE_WITH, MAKING_WORDS, MADE_CHIPS, PROBE_OPENERS, OPENED_PROBES, NUMBER_WORDS, FLOW_NOUNS, BARRED_TRADE, BARRED_PRODUCT_WORDS, BAN_FORMS, STOP_FORMS, FIELD_WORDS, SECTOR_OPENERS, GROWING_WORDS, GROWING_PLACES } from './rules';
import { initialsAlone, joinable, type Token } from './tokens';
import type { ActorHit, DocState, Match } from './types';
import { startsWithDigit, startsCapitalised, startsWithUpper, startsWithLetter } from './chars';
import { covers, packedList } from './spans';

/**
 * The phrase group of each token: the phrases the word starts, or undefined for the many words that start none. Looked
 * up once per text and shared by the document pass, the sentence filter and the matcher.
 */
export function phraseGroupsOf(tokens: Token[], lexicon: CompiledLexicon): (PhraseGroup | undefined)[] {
  const groups: (PhraseGroup | undefined)[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) groups[i] = lexicon.phraseGroups.get(tokens[i].norm);
  return groups;
}

/** Counts the sides a document names, with one map lookup per token (none when `groups` has them). */
export function countSides(text: string, tokens: Token[], lexicon: CompiledLexicon, hits?: { at: number; side: SideId }[], groups?: (PhraseGroup | undefined)[]): Map<SideId, number> {
  const counts = new Map<SideId, number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const group = groups ? groups[i] : lexicon.phraseGroups.get(t.norm);
    if (!group) continue;
    // (Words are compared as they are here, possessive or not: the phrases with the next word second, then single words.)
    const next = tokens[i + 1];
    for (const p of (next && group.after.get(next.norm)) || group.single) {
      if (p.entry.kind !== 'actor' && p.entry.kind !== 'demonym') continue;
      const n = p.tokens.length;
      let ok = i + n <= tokens.length;
      for (let k = 0; ok && k < n; k++) {
        const u = tokens[i + k];
        ok = u.norm === p.tokens[k] && (!p.exact || u.text === p.exact[k] || isUpperCase(u.text)) && (k === 0 || joinable(text, tokens[i + k - 1], u));
      }
      if (!ok) continue;
      if (p.entry.side && !isCurrencyMark(text, tokens[i + n - 1])) {
        counts.set(p.entry.side, (counts.get(p.entry.side) ?? 0) + 1);
        hits?.push({ at: i, side: p.entry.side });
      }
      i += n - 1;
      break;
    }
  }
  return counts;
}

/** "US$112 billion", "S$3": a side's name used as the mark of its currency names no one. */
export function isCurrencyMark(text: string, last: Token): boolean {
  return text.charCodeAt(last.end) === 0x24 /* $ */;
}

export function isAllCaps(tokens: Token[]): boolean {
  let upper = 0;
  let letters = 0;
  for (const t of tokens) {
    if (hasCasedLetter(t.text)) {
      letters++;
      if (isUpperCase(t.text)) upper++;
    }
  }
  return letters > 2 && upper / letters > 0.8;
}

/**
 * Whether a word has a letter with an upper and a lower case; and whether it has no lower-case letter (it equals its
 * upper case). Both read ASCII words in place: toUpperCase and toLowerCase copy every word they are given.
 */
function hasCasedLetter(word: string): boolean {
  let ascii = true;
  for (let k = 0; k < word.length && ascii; k++) {
    const c = word.charCodeAt(k) | 0x20;
    if (c >= 0x61 && c <= 0x7a) return true;
    ascii = word.charCodeAt(k) < 0x80;
  }
  return !ascii && word.toUpperCase() !== word.toLowerCase();
}

function isUpperCase(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= 0x80) return word === word.toUpperCase();
    if (c >= 0x61 && c <= 0x7a) return false;
  }
  return true;
}

/** Lever, actor and trap phrases over the tokens of a sentence; `groups`, when given, is phraseGroupsOf(tokens). */
export function matchPhrases(text: string, tokens: Token[], lexicon: CompiledLexicon, groups?: (PhraseGroup | undefined)[]) {
  const levers: Match<LeverEntry>[] = [];
  const actors: Match<ActorEntry>[] = [];
  const traps: Match<null>[] = [];
  let caps: boolean | undefined;
  const allCaps = () => (caps ??= isAllCaps(tokens));
  let nextLever = 0;
  let nextActor = 0;
  let nextTrap = 0;
  for (let i = 0; i < tokens.length; i++) {
    const list = phrasesAt(tokens, i, lexicon, groups);
    if (!list) continue;
    let gotLever = i < nextLever;
    let gotActor = i < nextActor;
    let gotTrap = i < nextTrap;
    for (const p of list) {
      const kind = p.entry.kind;
      const group = kind === 'lever' ? gotLever : kind === 'trap' ? gotTrap : gotActor;
      if (group) continue;
      const n = p.tokens.length;
      if (!phraseAt(text, tokens, i, p, allCaps)) continue;
      if (kind === 'lever') {
        // "advanced chip-manufacturing equipment": a longer lever that starts inside this one and runs past it wins.
        gotLever = true;
        if (longerLeverInside(text, tokens, lexicon, i, n, allCaps, groups)) continue;
        levers.push({ i, j: i + n, entry: p.entry as LeverEntry });
        nextLever = i + n;
      } else if (kind === 'trap') {
        traps.push({ i, j: i + n, entry: null });
        nextTrap = i + n;
        gotTrap = true;
      } else {
        actors.push({ i, j: i + n, entry: p.entry as ActorEntry });
        nextActor = i + n;
        gotActor = true;
      }
    }
  }
  return { levers, actors, traps };
}

/**
 * The phrases whose first word is token `i` (a possessive first word looks up "x's" first) that the next token lets
 * match: those with the next word second, and the one-word ones. In lexicon order, longest first.
 */
function phrasesAt(tokens: Token[], i: number, lexicon: CompiledLexicon, groups?: (PhraseGroup | undefined)[]): Phrase[] | undefined {
  const t0 = tokens[i];
  const group = (t0.possessive ? lexicon.possessiveGroups.get(t0.norm) : undefined) ?? (groups ? groups[i] : lexicon.phraseGroups.get(t0.norm));
  if (!group) return undefined;
  const next = tokens[i + 1];
  if (!next) return group.single;
  // A possessive second word may be compared as "x's" (see phraseAt): those few try every phrase.
  // (A first word that starts no phrase of two words or more needs no lookup.)
  return next.possessive ? group.all : group.after.size === 0 ? group.single : group.after.get(next.norm) ?? group.single;
}

/** Whether `word` is token `t`'s normal form, or with `possessive`, that form followed by "'s" ("driver's licence"). */
function sameWord(t: Token, word: string, possessive: boolean): boolean {
  if (!possessive) return t.norm === word;
  return word.length === t.norm.length + 2 && word.endsWith("'s") && word.startsWith(t.norm);
}

/** Whether phrase `p` matches the tokens from `i`: the same words, the same case where it asks, joined tightly. */
function phraseAt(text: string, tokens: Token[], i: number, p: Phrase, allCaps: () => boolean): boolean {
  const n = p.tokens.length;
  if (i + n > tokens.length) return false;
  for (let k = 0; k < n; k++) {
    const t = tokens[i + k];
    if (!sameWord(t, p.tokens[k], k < n - 1 && t.possessive)) return false;
    if (p.exact && t.text !== p.exact[k] && !(allCaps() && isUpperCase(t.text))) return false;
    if (k > 0 && !joinable(text, tokens[i + k - 1], t)) return false;
  }
  return true;
}

/** Whether a lever phrase longer than `n` tokens starts inside tokens i+1 .. i+n-1 and ends after i+n. */
function longerLeverInside(text: string, tokens: Token[], lexicon: CompiledLexicon, i: number, n: number, allCaps: () => boolean, groups?: (PhraseGroup | undefined)[]): boolean {
  for (let q = i + 1; q < i + n; q++) {
    for (const p of phrasesAt(tokens, q, lexicon, groups) ?? []) {
      const len = p.tokens.length;
      if (p.entry.kind === 'lever' && len > n && q + len > i + n && phraseAt(text, tokens, q, p, allCaps)) return true;
    }
  }
  return false;
}

/** "domestic chips", "chips produced domestically": words of a side's own goods (isDomesticGood). */
const DOMESTIC_WORDS = new Set(['domestic', 'homegrown', 'indigenous']);
const MADE_WORDS = new Set(['produced', 'made', 'developed', 'designed', 'built']);
/** Determiners before a measure named as the ground of the same one (isGroundOfSame). */
const GROUND_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their']);

/** Nouns that close the name of a measure: "export laws" has its noun, "anti-dumping" has none. */
const MEASURE_HEADS = /^(duty|duties|tariffs?|controls?|laws?|rules?|regulations?|restrictions?|bans?|curbs?|limits?|probes?|investigations?|inquiry|inquiries|measures?|levy|levies|sanctions?|embargo(es)?|quotas?|fees?|taxe?s?|lists?)$/;

/** "‘de minimis’ exemptions", "“232 semiconductor” tariffs": a quote that holds `a` (and a word before it) closes, then `b`. */
function quotedBefore(text: string, tokens: Token[], a: Match<LeverEntry>, b: Match<LeverEntry>): boolean {
  if (!/^['"\u2019\u201d]\s$/u.test(text.slice(tokens[a.j - 1].end, tokens[b.i].start))) return false;
  const from = a.i > 0 && /^\s$/.test(text.slice(tokens[a.i - 1].end, tokens[a.i].start)) ? a.i - 1 : a.i;
  return /['"\u2018\u201c]$/u.test(text.slice(Math.max(0, tokens[from].start - 1), tokens[from].start));
}

/**
 * "MI308 artificial intelligence accelerators", "Blackwell architecture chips", "H20 HGX AI GPU", "H20 [GPUs]", "1980i DUV
 * immersion lithography systems": a model name absorbs the noun of its kind after it across words that only describe
 * the model (MODEL_DESCRIPTORS), as it does the noun right after it ("H200 chips"). The model name is the mention.
 */
function modelAbsorbs(text: string, tokens: Token[], a: Match<LeverEntry>, b: Match<LeverEntry>): boolean {
  if (a.j - a.i !== 1 || a.entry.generic || b.entry.polarity !== 'flow' || b.entry.category !== a.entry.category || b.i - a.j > 3) return false;
  const name = tokens[a.i].text;
  // (A model has a number or is a capitalised word; initials such as "EUV" name a technology, not a model.)
  if (!/\d/.test(name) && !(startsWithUpper(name) && /\p{Ll}/u.test(name))) return false;
  for (let k = a.i; k < b.i; k++) {
    if (k > a.i && !MODEL_DESCRIPTORS.has(tokens[k].norm)) return false;
    // (Initials in brackets may stand among the words: "deep ultraviolet (DUV) lithography systems", "H20 [GPUs]".)
    if (!joinable(text, tokens[k], tokens[k + 1]) && !/^\s*[([)\]]?\s*$/.test(text.slice(tokens[k].end, tokens[k + 1].start))) return false;
  }
  for (let k = b.i; k < b.j; k++) if (!MODEL_DESCRIPTORS.has(tokens[k].norm) && !MODEL_KIND_NOUNS.has(tokens[k].norm)) return false;
  return true;
}

/**
 * "the antidumping duty investigation", "an anti-subsidy duty probe": a measure and the bare word of probing right after
 * it, found as the probe the story spoke of, are one mention, the probe into that measure.
 */
export function joinProbes(text: string, tokens: Token[], levers: Match<LeverEntry>[]): Match<LeverEntry>[] {
  const out: Match<LeverEntry>[] = [];
  for (let k = 0; k < levers.length; k++) {
    const a = levers[k];
    const b = levers[k + 1];
    if (b && b.i === a.j && b.j - b.i === 1 && PROBE_ONLY.has(tokens[b.i].norm) && a.entry.polarity === 'measure' && a.entry.lever === b.entry.lever && joinable(text, tokens[a.j - 1], tokens[b.i])) {
      out.push({ i: a.i, j: b.j, entry: a.entry });
      k++;
    } else out.push(a);
  }
  return out;
}

/** A bare noun of buying that, right after a good, is the buying of that good ("oil purchases"). */
const BOUGHT_NOUNS = new Set(['purchases', 'purchase']);

/**
 * "anti-subsidy duties", "rare-earth export controls": a named lever followed by a generic instrument is one
 * mention of the named lever, spanning both.
 */
export function mergeHeads(text: string, tokens: Token[], levers: Match<LeverEntry>[]): Match<LeverEntry>[] {
  const out: Match<LeverEntry>[] = [];
  for (let k = 0; k < levers.length; k++) {
    const a = levers[k];
    const b = levers[k + 1];
    // "rare earths-related curbs", "chip-linked controls": a hyphenated "related" or "linked" may join the two.
    const bridged = b && b.i === a.j + 1 && /^(related|linked)$/.test(tokens[a.j].norm) && text.slice(tokens[a.j - 1].end, tokens[a.j].start) === '-' && joinable(text, tokens[a.j], tokens[b.i]);
    const adjacent = b && !a.entry.generic && b.entry.generic && (bridged || (b.i === a.j && joinable(text, tokens[a.j - 1], tokens[b.i])));
    // "cashmere sweaters": two words for goods of one lever, side by side, are one good.
    // ("‘de minimis’ exemptions", "“232 semiconductor” tariffs": a quoted qualifier and its noun are joined across the quote.)
    const joined = b && b.i === a.j && (joinable(text, tokens[a.j - 1], tokens[b.i]) || quotedBefore(text, tokens, a, b));
    const oneGood = b && joined && a.entry.lever === b.entry.lever && a.entry.polarity === 'flow' && b.entry.polarity === 'flow';
    // "chip restrictions", "semiconductor tariffs": chips in general and the generic measure on them are one mention of
    // the measure.
    const genericPair = b && joined && a.entry.generic && a.entry.polarity === 'flow' && b.entry.generic && b.entry.polarity === 'measure';
    // "export control restrictions": a generic measure qualifying another word for the same one is one mention.
    const sameMeasure = b && b.i === a.j && a.entry.generic && b.entry.generic && a.entry.lever === b.entry.lever && a.entry.polarity === 'measure' && b.entry.polarity === 'measure' && joinable(text, tokens[a.j - 1], tokens[b.i]);
    // "extreme ultraviolet (EUV) lithography machines", "validated end-user (VEU) waivers", "the (UFLPA) Entity List":
    // initials in brackets that name a lever, then the noun they qualify, are one mention: the noun's.
    const bracketed = b && b.i === a.j && a.j - a.i === 1 && /\($/.test(text.slice(Math.max(0, tokens[a.i].start - 2), tokens[a.i].start)) && /^\p{Lu}{2,6}$/u.test(tokens[a.i].text) && /^['\u2018\u2019]?\)\s+$/u.test(text.slice(tokens[a.i].end, tokens[b.i].start));
    // "anti-dumping and countervailing duties", "anti-dumping and anti-subsidy duties": a measure named without its
    // noun, "and" or "or", and a measure of the same lever are one mention ("export laws and export rules" stay two).
    const coordinated = b && b.i === a.j + 1 && (tokens[a.j].norm === 'and' || tokens[a.j].norm === 'or') && a.entry.lever === b.entry.lever && a.entry.polarity === 'measure' && b.entry.polarity === 'measure' && !MEASURE_HEADS.test(tokens[a.j - 1].norm) && !punctuationBetween(text, tokens[a.j - 1], tokens[a.j]);
    // "IEEPA reciprocal tariffs", "the Entity List affiliates rule": a measure's name right before another measure names
    // its legal ground; the two are one mention of the second.
    const groundedMeasure = b && b.i === a.j && a.entry.polarity === 'measure' && b.entry.polarity === 'measure' && !a.entry.generic && !b.entry.generic && joinable(text, tokens[a.j - 1], tokens[b.i]);
    // "Russian oil purchases", "the H20 purchases": a good and the buying of it are one mention, the good's. (The span
    // stays the good's: the buyer is found from the word of buying after it.)
    const goodBought = b && joined && b.j - b.i === 1 && BOUGHT_NOUNS.has(tokens[b.i].norm) && b.entry.needsContext && a.entry.polarity === 'flow' && a.entry.lever !== b.entry.lever;
    if (goodBought) {
      out.push(a);
      k++;
    } else if (oneGood || sameMeasure) {
      out.push({ i: a.i, j: b.j, entry: a.entry.needsContext ? b.entry : a.entry });
      k++;
    } else if (b && modelAbsorbs(text, tokens, a, b)) {
      out.push(a);
      k++;
    } else if (groundedMeasure) {
      out.push({ i: a.i, j: b.j, entry: b.entry });
      k++;
    } else if (coordinated) {
      // ("an anti-dumping and anti-subsidy tariff": the generic noun after the pair is still theirs.)
      const c = levers[k + 2];
      const noun = c && c.i === b.j && c.entry.generic && c.entry.polarity === 'measure' && joinable(text, tokens[b.j - 1], tokens[c.i]);
      out.push({ i: a.i, j: noun ? c.j : b.j, entry: a.entry });
      k += noun ? 2 : 1;
    } else if (bracketed) {
      out.push(b);
      k++;
    } else if (genericPair) {
      out.push({ i: a.i, j: b.j, entry: b.entry });
      k++;
    } else if (adjacent && b.entry.polarity === 'measure' && !(a.j - a.i === 1 && CHIP_MODEL.test(tokens[a.i].text))) {
      // ("the H20 export halt": a model name and the measure on it stay two, as "H20 licences" do.)
      out.push({ i: a.i, j: b.j, entry: a.entry });
      k++;
    } else if (adjacent && (b.entry.category === a.entry.category || (a.entry.polarity === 'flow' && b.entry.polarity === 'flow' && b.entry.lever === 'controlled-goods'))) {
      // ("graphite dual-use items": a named good and the generic kind of controlled goods after it are the good.)
      // "H200 chips": the model name is the mention; the generic noun after it adds nothing.
      out.push(a);
      k++;
    } else out.push(a);
  }
  return out;
}

/**
 * Noun or verb, for an ambiguous one-word lever ("China curbs exports" / "China's curbs"). Measured against the
 * gold sets, a part-of-speech tagger run on the few sentences these rules leave open did no better than calling
 * them nouns, which trade copy mostly makes them, so the engine needs no tagger at all.
 */
export function isVerbUse(text: string, tokens: Token[], m: Match<LeverEntry>, actorAt: Map<number, ActorHit>): boolean {
  if (m.j - m.i !== 1) return false;
  const t = tokens[m.i];
  if (!VERBABLE.has(t.norm)) return false;
  const prev = m.i > 0 ? tokens[m.i - 1] : undefined;
  const next = m.j < tokens.length && !punctuationBetween(text, t, tokens[m.j]) ? tokens[m.j] : undefined;
  if (!prev) return false;
  if (punctuationBetween(text, prev, t)) return false;
  // "would effectively ban TikTok": an adverb between a modal and the verb.
  if (prev.norm.endsWith('ly') && m.i > 1 && VERB_CONTEXT.has(tokens[m.i - 2].norm) && next) return true;
  // "The administration may now permit exports", "Beijing will also ban sales": a plain adverb after a modal likewise.
  if (next && m.i > 1 && /^(now|soon|also|still|then|again|once|even|already|further)$/.test(prev.norm) && /^(to|will|would|could|can|may|might|must|should|shall|did|does|do)$/.test(tokens[m.i - 2].norm)) return true;
  if (prev.possessive) return false;
  if (NOUN_BEFORE.has(prev.norm)) {
    return false;
  }
  if (VERB_CONTEXT.has(prev.norm)) {
    // "and" is a verb cue only between two verbs ("blocked and bans the sale").
    return prev.norm !== 'and' || Boolean(next && /^(the|a|an|all|its|their)$/.test(next.norm));
  }
  if (next && PREPOSITION_AFTER.has(next.norm)) return false;
  if (!next) return false;
  // "The Asian nation controls 70 percent of global mining", "China controls most of the supply": a share held.
  if (t.norm === 'controls' && (/^(most|much|nearly|about|around|roughly|almost|half|over|more|up|close|well|some|two-thirds|three-quarters)$/.test(next.norm) || (/^\d/.test(next.norm) && /^(percent|per|%)/.test(text.slice(next.end, next.end + 9).trim() || tokens[m.j + 1]?.norm || '')))) return true;
  // "China sanctions 20 US firms", "Beijing bans the export": a side, the word, then its object.
  const prevActor = actorAt.get(m.i - 1);
  // "EU sanctions 4 officials and 1 entity", "US sanctions three Chinese refiners": a count of those hit makes even
  // "EU sanctions" a verb (not a count of time: "US sanctions 20 years on").
  if (prevActor && (startsWithDigit(next.norm) || NUMBER_WORDS.has(next.norm)) && countedParties(tokens, m.j + 1)) return true;
  if (prevActor?.entry.kind === 'demonym' || prevActor?.entry.alsoDemonym || prevActor?.role === 'holder-of-lever') return false;
  if (prevActor && (startsWithDigit(next.norm) || /^(the|a|an|its|their|all|some|more|exports?|imports?|shipments?|sales?)$/.test(next.norm) || actorAt.has(m.j))) {
    return true;
  }
  return false;
}

/** From token k, up to two modifiers and then a plural noun of parties ("officials", "Chinese refiners", "US firms"). */
function countedParties(tokens: Token[], k: number): boolean {
  for (let q = k; q < Math.min(tokens.length, k + 3); q++) {
    const w = tokens[q].norm;
    if (/^(years?|months?|weeks?|days?|hours?|percent|per|cent|times|billion|million|trillion)$/.test(w)) return false;
    if (/^(officials|entities|entity|firms|companies|individuals|people|persons|executives|refiners|banks|vessels|tankers|ships|organisations|organizations|groups|suppliers|makers|manufacturers|contractors|businesses)$/.test(w)) return true;
  }
  return false;
}

export function hasTradeEvidence(
  tokens: Token[],
  m: Match<LeverEntry>,
  lexicon: CompiledLexicon,
  actors: ActorHit[],
  levers: Match<LeverEntry>[],
  window: number,
): boolean {
  const lo = Math.max(0, m.i - window);
  const hi = Math.min(tokens.length, m.j + window);
  for (const a of actors) if (a.j > lo && a.i < hi) return true;
  for (const o of levers) if (o !== m && !o.entry.needsContext && o.j > lo && o.i < hi) return true;
  for (let k = lo; k < hi; k++) {
    if (k >= m.i && k < m.j) continue;
    if (lexicon.cueWords.has(tokens[k].norm)) return true;
  }
  if (m.i > 0 && tokens[m.i - 1].possessive) return true;
  return false;
}

/**
 * A headline in title case, where capitals say nothing about names: most words of four letters or more capitalised,
 * or every word capitalised but the short ones title case leaves in lower case ("Key Details of the New Tariffs").
 */
export function isTitleCase(tokens: Token[]): boolean {
  let words = 0;
  let capitals = 0;
  let major = 0;
  let majorCapitals = 0;
  let small = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!startsWithLetter(t.text)) continue;
    const upper = startsWithUpper(t.text);
    if (!TITLE_MINOR_WORDS.has(t.norm)) {
      major++;
      if (upper) majorCapitals++;
    }
    if (t.text.length < 4) continue;
    words++;
    if (upper) capitals++;
    else if (!TITLE_MINOR_WORDS.has(t.norm)) small++;
  }
  // ("China's Bellatrix Energy, Zhu Jiang Shipmanagement ... have fallen under European sanctions": a list of names in
  // running text, whose long words in lower case a headline would have capitalised.)
  return (words >= 3 && capitals / words >= 0.6 && small < 3) || (major >= 3 && majorCapitals === major);
}

const capitalised = (t: Token | undefined) => Boolean(t && startsCapitalised(t.text));

/**
 * A lever word that is part of a name, not a lever: "Steven Levy", "Mr Levy", "Chip Wilson", "Duty Street". Only
 * single capitalised words in running text; acronyms and model names ("H20") are names of levers and stay.
 */
export function isPartOfName(text: string, tokens: Token[], m: Match<LeverEntry>, titleCase: () => boolean, known: Set<string>): boolean {
  // "JL MAG Rare-Earth Co.", "Tariff Holdings Ltd": capitalised lever words before a company suffix.
  const suffix = tokens[m.j];
  if (suffix && capitalised(tokens[m.i]) && COMPANY_SUFFIXES.has(suffix.norm) && startsWithUpper(suffix.text)) return true;
  // ("the United States, Tariffs will rise", "Bourbon, Harleys and orange juice": a comma parts a name.)
  const spaced = (a: Token, b: Token) => /^(\s+|-)$/.test(text.slice(a.end, b.start));
  if (capitalised(tokens[m.i]) && !titleCase() && inBodyName(text, tokens, m.i)) return true;
  if (m.j - m.i !== 1) return m.entry.polarity === 'flow' && (m.entry.generic || COMMODITY_CATEGORIES.has(m.entry.category)) && namedGoods(text, tokens, m, titleCase, spaced);
  const t = tokens[m.i];
  if (!capitalised(t) || titleCase()) return false;
  // "Pork, Bourbon Tariffs", "Tariffs Cut: the US will halve...": a plural instrument is no one's name.
  if (PLURAL_INSTRUMENTS.has(t.norm) && !NAME_TITLES.has(tokens[m.i - 1]?.norm ?? '')) return false;
  if (known.has(t.text)) return true;
  const prev = m.i > 0 ? tokens[m.i - 1] : undefined;
  const next = tokens[m.j];
  if (prev && NAME_TITLES.has(prev.norm)) return true;
  if (prev && capitalised(prev) && !prev.possessive && spaced(prev, t) && (m.i > 1 || (!isKnownWord(prev) && t.start - prev.end === 1))) return true;
  // "ON Semiconductor", "NXP Semiconductors": initials that open a chip company's name (not a side's: "US Tariffs"; not
  // a shouted word before a measure: "at ZERO Tariff").
  if (prev && m.entry.category === 'semiconductors-tech' && /^\p{Lu}{2,5}$/u.test(prev.text) && !isKnownWord(prev) && prev.norm !== 'ai' && !prev.possessive && t.start - prev.end === 1) return true;
  // "Apple shipped iPhones": a capitalised fruit is a company.
  // ("Apple's A18 chip": a fruit owns nothing either.)
  if (COMPANY_WORDS.has(t.norm)) return true;
  return capitalised(next) && !t.possessive && spaced(t, next);
}

/** Plural instruments that no person, street or company is named by. */
const PLURAL_INSTRUMENTS = new Set(['tariffs', 'duties', 'sanctions', 'levies', 'quotas', 'embargoes', 'curbs', 'surcharges']);

/** Categories of commodities, whose names companies take ("Lynas Rare Earths"); not chip models ("Huawei Ascend"). */
const COMMODITY_CATEGORIES = new Set(['critical-minerals', 'agriculture-energy']);

/**
 * "Lynas Rare Earths", "JL Mag Rare-Earth", "Northern Rare Earth Group": goods of several words, each capitalised, right
 * after a capitalised name in running text are the end of a company's name. (One-word goods are read as above.)
 */
function namedGoods(text: string, tokens: Token[], m: Match<LeverEntry>, titleCase: () => boolean, spaced: (a: Token, b: Token) => boolean): boolean {
  for (let k = m.i; k < m.j; k++) if (!capitalised(tokens[k])) return false;
  const prev = m.i > 0 ? tokens[m.i - 1] : undefined;
  if (!prev || !capitalised(prev) || prev.possessive || !spaced(prev, tokens[m.i]) || isKnownWord(prev) || CALENDAR_NAMES.has(prev.norm)) return false;
  return !titleCase();
}

/**
 * "the Ministry of Trade, Industry and Energy", "the Department of Energy", "the Secretary of Agriculture": a
 * capitalised lever word after "of" in the name of a body (its capitalised words, "of", "and" and commas between).
 */
function inBodyName(text: string, tokens: Token[], i: number): boolean {
  let ofSeen = false;
  for (let k = i - 1; k >= Math.max(0, i - 7); k--) {
    const t = tokens[k];
    if (!/^(\s+|\s*,\s*)$/.test(text.slice(t.end, tokens[k + 1].start))) return false;
    if (/^(of|and|for)$/.test(t.text)) {
      if (t.text === 'of') ofSeen = true;
      continue;
    }
    if (!capitalised(t) || t.possessive) return false;
    if (ofSeen && BODY_NAMES.has(t.norm)) return true;
  }
  return false;
}

/** A word the matcher knows as something (a side, a lever): "US Tariffs" is not a person called Tariffs. */
function isKnownWord(t: Token): boolean {
  return /^(us|u|eu|uk|un|wto|new|the|china|japan|india|canada|mexico)$/.test(t.norm);
}

/** "the dumping of tariffs on wine and beef": a measure thrown out, not the selling below cost that a probe looks at. */
export function isDumpingOf(tokens: Token[], m: Match<LeverEntry>): boolean {
  if (m.j - m.i !== 1 || tokens[m.i].norm !== 'dumping' || tokens[m.j]?.norm !== 'of') return false;
  const k = /^(the|its|their|his|her|all|some)$/.test(tokens[m.j + 1]?.norm ?? '') ? m.j + 2 : m.j + 1;
  return DUMPED_MEASURES.has(tokens[k]?.norm ?? '');
}
const DUMPED_MEASURES = new Set(['tariff', 'tariffs', 'duty', 'duties', 'levy', 'levies', 'sanctions', 'curbs', 'restrictions', 'controls', 'ban', 'bans', 'quota', 'quotas', 'plan', 'plans', 'policy', 'rule', 'rules']);

/** "duty" as an obligation: "the duty to protect", "his duty", "a duty of care", "moral duty". */
export function isObligation(tokens: Token[], m: Match<LeverEntry>): boolean {
  const t = tokens[m.i];
  if (m.j - m.i !== 1 || t.norm !== 'duty') return false;
  const prev = m.i > 0 ? tokens[m.i - 1].norm : '';
  const next = tokens[m.j]?.norm ?? '';
  const after = tokens[m.j + 1]?.norm ?? '';
  if (OBLIGATION_BEFORE.has(prev)) return true;
  if (next === 'to' && !startsWithDigit(after)) return true;
  return next === 'of' && after !== '' && !startsWithDigit(after) && !/^(up|about|around|some|more|nearly|almost|over|between)$/.test(after);
}

/**
 * "failed to use the words \"tariff\" or \"duty\"", "the term 'sanctions'": a lever word in quotes after "word" or
 * "term" is the word itself, not the measure.
 */
export function isWordMentioned(text: string, tokens: Token[], m: Match<LeverEntry>): boolean {
  const quoted = (i: number, j: number) => i > 0 && /["\u201c\u2018']\s*$/.test(text.slice(tokens[i - 1].end, tokens[i].start)) && /^\s*[,.]?["\u201d\u2019']/.test(text.slice(tokens[j - 1].end, j < tokens.length ? tokens[j].start : text.length));
  // (Goods so named are described: "the term \"rare earths\" refers to 17 elements".)
  const open = m.i > 0 ? text.charCodeAt(tokens[m.i].start - 1) : 0;
  // (A quote right before the word: straight or curly, double or single.)
  if (m.entry.polarity !== 'measure' || !(open === 0x22 || open === 0x27 || open === 0x201c || open === 0x2018) || !quoted(m.i, m.j)) return false;
  for (let k = m.i - 1; k >= Math.max(0, m.i - 6); k--) {
    if (/^(word|words|term|terms|phrase)$/.test(tokens[k].norm)) return true;
    if (!/^(or|and)$/.test(tokens[k].norm) && !quoted(k, k + 1)) return false;
  }
  return false;
}

/**
 * "negotiate with China pursuant to Section 301", "IEEPA does not authorize the President to impose tariffs": the name of
 * a statute alone, with no word of the measure within five words after it (see STATUTE_ALIASES), is the law, not the
 * measure.
 */
export function isBareStatute(text: string, tokens: Token[], m: Match<LeverEntry>): boolean {
  const first = tokens[m.i].norm;
  if (m.j - m.i > 2 || (first !== 'section' && first !== 'ieepa')) return false;
  if (!STATUTE_ALIASES.has(m.j - m.i === 1 ? first : `${first} ${tokens[m.i + 1].norm}`)) return false;
  for (let k = m.j; k < Math.min(tokens.length, m.j + 5); k++) {
    if (/[.;:!?()]/.test(text.slice(tokens[k - 1].end, tokens[k].start))) return true;
    if (STATUTE_MEASURE_NOUNS.has(tokens[k].norm)) return false;
  }
  return true;
}

/**
 * "charges for inventory, purchase commitments, and related reserves", "wrote off inventory and purchase commitments": a
 * chipmaker's own commitments to its suppliers, an item of its accounts next to its inventory, not a buyer's pledge.
 */
export function isAccountsItem(tokens: Token[], m: Match<LeverEntry>): boolean {
  if (tokens[m.i].norm !== 'purchase' || !/^(commitments?|obligations?)$/.test(tokens[m.j - 1].norm)) return false;
  for (let k = Math.max(0, m.i - 3); k < Math.min(tokens.length, m.j + 4); k++) if (/^(inventory|inventories|reserves)$/.test(tokens[k].norm)) return true;
  return false;
}

/**
 * "use only domestically produced AI chips", "pledges to buy domestic accelerators", "bolster its domestic rare earth
 * supply": a side's own home-made goods, the substitute for the lever, not the lever.
 */
export function isDomesticGood(tokens: Token[], m: Match<LeverEntry>): boolean {
  if (m.entry.polarity !== 'flow' || m.i === 0) return false;
  const prev = tokens[m.i - 1].norm;
  if (DOMESTIC_WORDS.has(prev)) return true;
  return MADE_WORDS.has(prev) && m.i > 1 && /^(domestically|locally)$/.test(tokens[m.i - 2].norm);
}

/**
 * "investments in entities working on semiconductors, AI systems, or quantum information technologies", "$200 billion
 * in sectors like semiconductors, nuclear power, biotech, and batteries": a good in a list of fields to invest in, beside
 * a field no good is (AI, quantum computing, biotech), names an industry, not goods withheld or bought. Both are needed:
 * a word of investment or of sectors before the list, and a field in it (not in the good's own name: "AI chips").
 */
export function isSectorListed(tokens: Token[], m: Match<LeverEntry>): boolean {
  if (m.entry.polarity !== 'flow') return false;
  let field = false;
  for (let k = Math.max(0, m.i - 8); k < Math.min(tokens.length, m.j + 8); k++) if ((k < m.i || k >= m.j) && FIELD_WORDS.has(tokens[k].norm)) field = true;
  if (!field) return false;
  for (let k = m.i - 1; k >= Math.max(0, m.i - 10); k--) {
    if (SECTOR_OPENERS.has(tokens[k].norm)) return true;
  }
  return false;
}

/**
 * "the tariffs had become the equivalent of an embargo", "tantamount to a ban": the measure a move is likened to, not one
 * that is used.
 */
export function isLikenedTo(tokens: Token[], m: Match<LeverEntry>): boolean {
  let k = m.i - 1;
  if (k >= 0 && (tokens[k].norm === 'a' || tokens[k].norm === 'an' || tokens[k].norm === 'the')) k--;
  if (k < 1) return false;
  const link = tokens[k].norm;
  const before = tokens[k - 1].norm;
  return (link === 'of' && before === 'equivalent') || (link === 'to' && /^(tantamount|akin|equivalent)$/.test(before));
}

/**
 * "victims of wartime forced labor", "goods made with forced labour": a practice a measure is aimed at, named alone, is
 * no lever; "forced labor import ban", "the forced-labour law" name the measure (see PRACTICES).
 */
export function isPracticeAlone(text: string, tokens: Token[], m: Match<LeverEntry>): boolean {
  if (m.j - m.i !== 2 || tokens[m.i].norm !== 'forced' || !PRACTICES.has(`forced ${tokens[m.i + 1].norm}`)) return false;
  const next = tokens[m.j];
  if (!next || (punctuationBetween(text, tokens[m.j - 1], next) && text.slice(tokens[m.j - 1].end, next.start) !== '-')) return true;
  return !PRACTICE_MEASURE_NEXT.has(next.norm);
}

/** Words that are a lever only in a sentence about export controls ("processors", "components") or about trade ("probe"). */
/** Words that make a bare "quota" one on trade. */
const QUOTA_CUES = new Set(['import', 'imports', 'imported', 'export', 'exports', 'tariff', 'tariffs', 'steel', 'textile', 'textiles', 'goods', 'products', 'wto', 'trade', 'dairy', 'sugar', 'rice', 'beef', 'cars', 'clothing', 'safeguard', 'safeguards', 'duty', 'duties']);

/** Words that make a "price cap" the G7 cap on Russian oil, not a regulator's cap on household energy bills. */
const PRICE_CAP_CUES = new Set(['oil', 'crude', 'russia', 'russian', 'g7', 'sanctions', 'barrel', 'tanker', 'tankers', 'fleet', 'petroleum']);

/**
 * "called for an inquiry into the origins of COVID-19": a probe word at token j - 1 followed by "into (the) origins",
 * an inquiry into how something began, is no trade probe however much trade its sentence names.
 */
export function intoOrigins(tokens: Token[], j: number): boolean {
  let k = j;
  if (tokens[k]?.norm !== 'into') return false;
  k++;
  if (tokens[k]?.norm === 'the') k++;
  return /^(origin|origins|cause|causes|source|sources|outbreak)$/.test(tokens[k]?.norm ?? '');
}

export function needsCueWord(tokens: Token[], m: Match<LeverEntry>, levers: Match<LeverEntry>[] = [], text = ''): boolean {
  const head = tokens[m.j - 1].norm;
  // "the price cap" is the sanctions on Russian oil only beside oil, Russia or the G7 ("the energy price cap" is Ofgem's).
  if (m.j - m.i === 2 && tokens[m.i].norm === 'price' && /^caps?$/.test(head)) return !tokens.some((t) => PRICE_CAP_CUES.has(t.norm));
  if (CONTROL_ONLY.has(head)) {
    // "a critical component of electric vehicle batteries", "crucial components of global trade infrastructure",
    // "a major component of a plant": a bare part word with "of" after it says what something is made of, not what
    // is controlled ("controls on components" has its goods after the measure, not after the part word).
    if (m.j - m.i === 1 && tokens[m.j]?.norm === 'of') return true;
    // "design more components in-house", "producing its own parts": parts made, not parts whose sale is barred ("barred
    // vendors from using U.S. technology to produce components for Huawei" makes them for a listed buyer).
    if (m.j - m.i === 1 && tokens[m.j]?.norm !== 'for') {
      let k = m.i - 1;
      while (k > 0 && /^(more|its|their|own|the|some|many|key)$/.test(tokens[k].norm)) k--;
      if (k >= 0 && MAKING_PART_VERBS.has(tokens[k].norm)) return true;
    }
    for (const t of tokens) if (CONTROL_CUES.has(t.norm)) return false;
    return true;
  }
  if (m.j - m.i === 1 && OWNED_ONLY.has(head)) {
    if (!tokens.some((t) => CONTROL_CUES.has(t.norm))) return true;
    return !ownedBySide(tokens, m.i) && !levers.some((o) => o !== m && listedAfter(text, tokens, o, m));
  }
  // A bare "quota" is a trade lever only beside goods or trade ("tariffs and quotas on steel products"), not a quota
  // on migrants.
  if (m.j - m.i === 1 && (head === 'quota' || head === 'quotas')) return !tokens.some((t) => QUOTA_CUES.has(t.norm));
  // "the flow of fentanyl" across the northern or southern border is no lever of China's: "accusing Canada of failing to
  // stop the flow of fentanyl", "a border plan ... to stop the flow of fentanyl" (unless China is named too: "China's
  // promise to curb the flow of fentanyl"; "the two sides agreed on curbing fentanyl flows" stays).
  if (m.entry.lever === 'fentanyl-precursors' && tokens.slice(m.i, m.j).some((t) => t.norm === 'flow' || t.norm === 'flows')) {
    return !tokens.some((t) => FENTANYL_SOURCE_WORDS.has(t.norm)) && tokens.some((t) => BORDER_FLOW_WORDS.has(t.norm));
  }
  // "investments in China-based entities" are a lever only where a rule bars or screens them, not "Tesla's investment in
  // China".
  if (m.entry.lever === 'outbound-investment' && /^investments?$/.test(tokens[m.i].norm) && tokens[m.i + 1]?.norm === 'in') {
    return !tokens.some((t) => INVESTMENT_CUES.test(t.norm));
  }
  // A bare "investigation" or "probe" is a trade lever only in a sentence about trade: "an investigation into
  // Chinese state aid", "the probe into imports of brandy"; not "an inquiry into AOL by market regulators".
  if (m.j - m.i === 1 && PROBE_ONLY.has(head)) {
    if (intoOrigins(tokens, m.j)) return true;
    for (const t of tokens) if (PROBE_CUES.has(t.norm)) return false;
    return !levers.some((o) => o !== m && !o.entry.needsContext);
  }
  return false;
}

/** "components, software or technology": `m` follows `o` in a list (a comma, "and" or "or" between, nothing else). */
function listedAfter(text: string, tokens: Token[], o: Match<LeverEntry>, m: Match<LeverEntry>): boolean {
  if (o.j > m.i || m.i - o.j > 1) return false;
  if (m.i - o.j === 1) return tokens[o.j].norm === 'and' || tokens[o.j].norm === 'or';
  return /^\s*,\s*$/.test(text.slice(tokens[o.j - 1].end, tokens[m.i].start));
}

/** "American technology", "U.S.-origin software", "US-designed equipment": a side's name or demonym right before. */
function ownedBySide(tokens: Token[], i: number): boolean {
  let k = i - 1;
  if (k >= 0 && OWNED_VIA.has(tokens[k].norm)) k--;
  if (k < 0) return false;
  const n = tokens[k].norm;
  return OWNER_WORDS.has(n) || (n === 's' && tokens[k - 1]?.norm === 'u');
}

/**
 * A good that a buyer can withhold ("pork", "wine", "apples") or that a seller can ("chips") is a lever only where the
 * sentence puts pressure on it: another lever (a tariff, a ban, a probe) or a word of retaliation, boycott, control
 * or buying. "Beef exports were worth $2 billion" and "the chip will run games" name no lever.
 */
/** Verbs and measures of growing a crop. */
const GROWING = /^(crop|crops|grow|grows|grew|grown|growing|farm|farms|farmed|farming|plant|plants|planted|planting|harvest|harvests|harvested|harvesting|raise|raises|raising|acres|hectares)$/;

/**
 * A crop right after a verb of growing it, or after "acres of" (a word of the list between: "more soybeans"), or a later
 * crop of a list grown ("who farms soybeans and corn", when the sentence's levers are given).
 */
export function grown(tokens: Token[], m: Match<LeverEntry>, levers: Match<LeverEntry>[] = []): boolean {
  let k = m.i - 1;
  for (;;) {
    while (k > 0 && /^(and|or|of|more|fewer|less)$/.test(tokens[k].norm)) k--;
    const crop = levers.find((o) => o !== m && o.j === k + 1 && o.entry.polarity === 'flow');
    if (!crop || k === m.i - 1) break;
    k = crop.i - 1;
  }
  // ("U.S. grown chicken", "home-grown corn": where the crop comes from, not its growing.)
  if (tokens[k]?.norm === 'grown' && k > 0 && (startsWithUpper(tokens[k - 1].text) || /^(home|locally)$/.test(tokens[k - 1].norm))) return false;
  // ("a record crop of soybeans" is grown; "new-crop soybeans" is a season's sales, "crop" only before "of".)
  if (/^crops?$/.test(tokens[k]?.norm ?? '') && tokens[k + 1]?.norm !== 'of') return false;
  return k >= 0 && k < m.i && GROWING.test(tokens[k].norm) && tokens[k].norm !== tokens[m.i].norm;
}

export function isIdleGood(tokens: Token[], m: Match<LeverEntry>, levers: Match<LeverEntry>[], lexicon: CompiledLexicon): boolean {
  const open = lexicon.levers.get(m.entry.lever)?.openHolder;
  const good = (o: Match<LeverEntry>) => {
    const h = lexicon.levers.get(o.entry.lever)?.openHolder;
    return (h === 'buyer' && o.entry.needsContext) || (h === 'seller' && o.entry.generic);
  };
  // "who farms soybeans and corn", "how many acres of soybeans to plant": a crop grown is no crop withheld.
  if (open === 'buyer' && grown(tokens, m, levers)) return true;
  // "wine duties": a good merged with the measure on it is under pressure by its own words.
  if (!good(m) || lexicon.measureNouns.has(tokens[m.j - 1].norm)) return false;
  for (const o of levers) if (o !== m && !good(o)) return false;
  for (const t of tokens) if (PRESSURE_CUES.has(t.norm) || (open === 'seller' && CONTROL_CUES.has(t.norm))) return false;
  for (let k = 0; k < tokens.length; k++) if (HALT_FORMS.has(tokens[k].norm) && !COMMERCIAL_HALTS.has(tokens[k + 1]?.norm ?? '')) return false;
  // "US ethanol will enter the UK tariff-free": the good is spared a measure.
  for (let k = 1; k < tokens.length; k++) if (tokens[k].norm === 'free' && lexicon.measureNouns.has(tokens[k - 1].norm)) return false;
  return true;
}

/** Whether a word that may head a noun phrase follows token k - 1 tightly (not a preposition, a verb of being or punctuation). */
function nounAfter(text: string, tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || punctuationBetween(text, tokens[k - 1], t)) return false;
  return !/^(to|into|from|for|under|until|in|on|at|by|with|and|or|but|as|if|is|are|was|were|will|would|since|after|before|through|via|starting|from)$/.test(t.norm);
}

/** "export-control war" from token k: up to three words joined tightly, then a quarrel. */
function quarrelAfter(text: string, tokens: Token[], k: number): boolean {
  for (let q = k; q < Math.min(tokens.length, k + 4); q++) {
    if (q > k && punctuationBetween(text, tokens[q - 1], tokens[q])) return false;
    if (QUARREL_HEADS.has(tokens[q].norm)) return q > k;
  }
  return false;
}

/** "chip industry", "rare-earth producer", "magnet shortage": a good named only to qualify another noun. */
export function isAttributive(text: string, tokens: Token[], m: Match<LeverEntry>): boolean {
  const next = tokens[m.j];
  // ("the semiconductor, telecommunications, and electric vehicle industries": the first of a list sharing a head.)
  if (next && m.entry.polarity === 'flow' && /^\s*,\s*$/.test(text.slice(tokens[m.j - 1].end, next.start))) return /^\p{Ll}/u.test(next.text) && sharedAttributiveHead(text, tokens, m.j);
  if (!next || (punctuationBetween(text, tokens[m.j - 1], next) && text.slice(tokens[m.j - 1].end, next.start) !== '-')) return false;
  // "a tariff spat", "the tariff war", "a tariff-driven trade war", "the tariff and export-control war": the quarrel,
  // not the lever.
  if (QUARREL_HEADS.has(next.norm)) return true;
  if ((next.norm === 'and' || next.norm === 'or') && quarrelAfter(text, tokens, m.j + 1)) return true;
  // "a UK-US tariff agreement", "the quota deal": the deal, not the lever.
  if (DEAL_HEADS.has(next.norm)) return true;
  // (Permissions to export are named like measures: "licensing offices", "license-free".)
  const measureLike = m.entry.polarity === 'measure' || (m.entry.generic && m.entry.category === 'export-controls');
  if (measureLike && BODY_HEADS.has(next.norm) && !punctuationBetween(text, tokens[m.j - 1], next)) return true;
  // "ethanol will enter the UK tariff-free", "to export the technology license-free to China": the lever's absence, said of
  // a flow; before a noun ("a tariff-free quota", "duty-free access") it names an easing and stays.
  if (measureLike && next.norm === 'free' && text.slice(tokens[m.j - 1].end, next.start) === '-' && !nounAfter(text, tokens, m.j + 1)) return true;
  if (m.entry.polarity !== 'flow') return false;
  // "a new visa restriction policy", "the new end-use check policy": a policy of a restriction or a check is that measure.
  if (m.j - m.i > 1 && /^polic(y|ies)$/.test(next.norm) && (MEASURE_HEADS.test(tokens[m.j - 1].norm) || /^(checks?|reviews?)$/.test(tokens[m.j - 1].norm))) return false;
  // ("rare earth materials", "gallium materials" are the minerals themselves.)
  if (m.entry.category === 'critical-minerals' && MINERAL_FORMS.test(next.norm)) return false;
  // (A bare "magnet factory" is any magnet maker's; "a rare-earth magnet factory" names the mineral.)
  const bareMagnet = m.j - m.i === 1 && /^magnets?$/.test(tokens[m.i].norm);
  // ("the JL MAG Rare-Earth factory": capitalised after a capitalised word, the end of a company's name.)
  const named = /^\p{Lu}/u.test(tokens[m.i].text) && m.i > 0 && /^\p{Lu}/u.test(tokens[m.i - 1].text);
  // ("the first American rare earths processing plant", "Lynas's Malaysian rare earth processing": a plant outside China
  // is the substitute for the lever, as a domestic good is; see isDomesticGood.)
  const elsewhere = m.i > 0 && SUBSTITUTE_ORIGINS.has(tokens[m.i - 1].norm);
  if (m.entry.category === 'critical-minerals' && !bareMagnet && !named && !elsewhere && (MINERAL_SITES.has(next.norm) || (next.norm === 'mine' && tokens[m.j + 1]?.norm === 'production'))) return false;
  if (!punctuationBetween(text, tokens[m.j - 1], next) && ATTRIBUTIVE_HEADS.has(next.norm)) return true;
  // ("chip trade policies", "the soybean trade association": the same, with "trade" between.)
  const after = tokens[m.j + 1];
  if (next.norm === 'trade' && after && ATTRIBUTIVE_HEADS.has(after.norm) && !punctuationBetween(text, tokens[m.j - 1], next) && !punctuationBetween(text, next, after)) return true;
  // "the top ten pork producing states", "most coffee-producing countries": the places that make the good, not the good
  // ("microchip-producing machines" are goods, so only a place may follow).
  if (GROWING_WORDS.has(next.norm) && GROWING_PLACES.has(tokens[m.j + 1]?.norm ?? '')) return true;
  // "the global semiconductor supply chain": the industry, not a supply withheld.
  if (next.norm === 'supply' && /^chains?$/.test(tokens[m.j + 1]?.norm ?? '') && !punctuationBetween(text, tokens[m.j - 1], next)) return true;
  return sharedAttributiveHead(text, tokens, m.j);
}

/** Words that end a list member rather than continue it ("Shein and Temu among firms hit"). */
const NOT_MEMBER_WORDS = /^(among|of|in|on|for|to|with|by|at|from|as|are|is|were|was|be|and|or|the|a|an)$/;

/** Heads that a list of single words can share: "the car, semiconductor and aerospace industries". */
const SHARED_HEADS = new Set(['industry', 'industries', 'sector', 'sectors', 'makers', 'producers', 'manufacturers', 'companies', 'firms', 'markets', 'stocks', 'shares', 'suppliers']);

/**
 * "the car, semiconductor and aerospace industries": a word in a list of single words that share one head after the
 * last, an industry or a maker, qualifies that head.
 */
function sharedAttributiveHead(text: string, tokens: Token[], j: number): boolean {
  // Members: the lever, then ", word" any number of times, then "and word" or "or word", then the head.
  let k = j;
  while (k < tokens.length && /^\s*,\s*$/.test(text.slice(tokens[k - 1].end, tokens[k].start)) && !(tokens[k].norm === 'and' || tokens[k].norm === 'or')) k++;
  if (k >= j + 4 || k + 2 >= tokens.length || !(tokens[k].norm === 'and' || tokens[k].norm === 'or')) return false;
  const last = tokens[k + 1];
  if (/^(the|a|an|its|their|his|her|our|other)$/.test(last.norm)) return false;
  // ("the semiconductor, telecommunications, and electric vehicle industries", "the battery, solar and semiconductor
  // supply chains": the last member may be two words, the head "supply chains".)
  for (let h = k + 2; h <= Math.min(k + 3, tokens.length - 1); h++) {
    if (!/^\s+$/.test(text.slice(tokens[h - 1].end, tokens[h].start)) || (h > k + 2 && (!/^\p{Ll}/u.test(tokens[h - 1].text) || NOT_MEMBER_WORDS.test(tokens[h - 1].norm)))) return false;
    const head = tokens[h].norm;
    if (SHARED_HEADS.has(head) || (head === 'supply' && /^chains?$/.test(tokens[h + 1]?.norm ?? ''))) return true;
  }
  return false;
}

/**
 * "semiconductors that are the direct product of certain U.S. software and technology", "the direct product of a plant
 * or major component of a plant": the technology a foreign-made item is derived from says how far a rule reaches; the
 * lever is the rule, not that technology. Up to five words (modifiers, "and", "or") may stand between "of" and the good.
 */
/** Words that end the search for "of" in isDirectProductOrigin: another clause or phrase begins. */
const ORIGIN_BREAKS = new Set(['that', 'which', 'to', 'by', 'from', 'in', 'on', 'is', 'are', 'was', 'were']);

export function isDirectProductOrigin(text: string, tokens: Token[], m: Match<LeverEntry>): boolean {
  if (m.entry.polarity !== 'flow') return false;
  for (let k = m.i - 1; k >= Math.max(2, m.i - 6); k--) {
    if (punctuationBetween(text, tokens[k], tokens[k + 1]) && text.slice(tokens[k].end, tokens[k + 1].start) !== '-') return false;
    if (tokens[k].norm === 'of') return /^products?$/.test(tokens[k - 1].norm) && tokens[k - 2].norm === 'direct';
    if (ORIGIN_BREAKS.has(tokens[k].norm)) return false;
  }
  return false;
}

/**
 * "trade privileges under the Generalized System of Preferences", "preferential access under the GSP": a flow named
 * right after "under (the)" as the ground of a mention of the same lever just before it is that mention's name, not a
 * second one. (A measure opened under a law of its kind stays two: "a probe under the Foreign Subsidies Regulation".)
 */
export function isGroundOfSame(tokens: Token[], m: Match<LeverEntry>, levers: Match<LeverEntry>[]): boolean {
  if (m.entry.polarity !== 'flow') return false;
  let k = m.i - 1;
  if (k >= 0 && GROUND_DETERMINERS.has(tokens[k].norm)) k--;
  if (k < 1 || tokens[k].norm !== 'under') return false;
  return levers.some((o) => o !== m && o.j === k && o.entry.lever === m.entry.lever);
}

/**
 * "Section 232 of the Trade Expansion Act": the name of a statute, not the measure taken under it. "the CHIPS Act",
 * "the Stop CCP VISAs Act", "the Export Control Reform Act": a capitalised lever word inside an Act's name (up to three
 * more capitalised words, then "Act") is part of that name. (A lever named by the whole Act, "the Uyghur Forced Labor
 * Prevention Act", is the longer match and ends at "Act" itself.)
 */
export function isStatuteName(tokens: Token[], m: Match<LeverEntry>, text = ''): boolean {
  if (text && startsWithUpper(tokens[m.i].text)) {
    for (let k = m.j; k < Math.min(tokens.length, m.j + 4); k++) {
      if (!/^[ \u00a0]+$/.test(text.slice(tokens[k - 1].end, tokens[k].start)) || !startsWithUpper(tokens[k].text)) break;
      if (tokens[k].text === 'Act') return true;
    }
  }
  if (tokens[m.j]?.norm !== 'of') return false;
  for (let k = m.j + 1; k < Math.min(tokens.length, m.j + 8); k++) if (/^(act|law|code|statute)$/.test(tokens[k].norm) && startsWithUpper(tokens[k].text)) return true;
  return false;
}

/**
 * Head nouns that refer back to a lever the story has already named: "the list" after the Entity List, "the
 * exemption" after de minimis, "China's probe" after an anti-dumping investigation. Only after a definite determiner
 * or a possessive (with at most one modifier or a name between: "the new list", "the Huawei listing"), only for a lever already mentioned (the latest
 * one when several share the word), and never a word that is part of another match or qualifies a noun ("the law
 * firm"). Returns `levers` with these added, in text order. `actorEnds` holds the token indexes where a side's name
 * ends (any Set or Map keyed by them).
 */
export function addAnaphors(text: string, tokens: Token[], levers: Match<LeverEntry>[], raw: Match<LeverEntry>[], lexicon: CompiledLexicon, state: DocState, actorEnds: { has(k: number): boolean } = new Set<number>()): Match<LeverEntry>[] {
  if (state.seen.size === 0 && levers.length === 0) return levers;
  let added: Match<LeverEntry>[] | undefined;
  for (let k = 1; k < tokens.length; k++) {
    const ids = lexicon.anaphors.get(tokens[k].norm);
    if (!ids || intoOrigins(tokens, k + 1)) continue;
    let latest: string | undefined;
    for (const id of ids) if (state.seen.has(id) && (latest === undefined || (state.lastAt.get(id) ?? -1) > (state.lastAt.get(latest) ?? -1))) latest = id;
    // "changes to the H-1B visa program ... by requiring a $100,000 fee": a lever named earlier in the same sentence
    // is the latest of all.
    for (const o of levers) if (o.j <= k && ids.includes(o.entry.lever) && !o.entry.needsContext) latest = o.entry.lever;
    if (latest === undefined) continue;
    const forLicence = licenceApplication(tokens, k);
    if (!(refersBackAt(text, tokens, k) || imposedAt(text, tokens, k, lexicon) || namedCharge(text, tokens, k, actorEnds) || forLicence || onFlow(text, tokens, k, raw))) continue;
    // "its applications for patents": an application whose object is named is one only for a licence.
    if (!forLicence && tokens[k + 1]?.norm === 'for' && /^applications?$/.test(tokens[k].norm)) continue;
    // A one-word context alias of a lever the story has not named gives way: "the ban" of a TikTok story is the TikTok
    // ban, "the fees" of a port-fee story the port fees.
    // (Not to one of its own kind: "its investigations" is a probe of the story's, not the Section 301 one.)
    const info = lexicon.levers.get(latest)!;
    if (takenAt(raw, k, info, state) || takenAt(levers, k, info, state)) continue;
    // "‘de minimis’ exemptions": the word right after a mention of its lever is that mention's noun.
    const named = levers.findIndex((o) => o.j === k && o.entry.lever === latest && (joinable(text, tokens[k - 1], tokens[k]) || quotedBefore(text, tokens, o, { i: k, j: k + 1, entry: o.entry })));
    if (named >= 0) {
      levers = packedList(levers, (o, n) => (n === named ? { ...o, j: k + 1 } : o));
      continue;
    }
    (added ??= []).push({ i: k, j: k + 1, entry: { kind: 'lever', lever: latest, category: info.category, needsContext: false, generic: false, polarity: info.polarity } });
  }
  if (!added) return levers;
  const taken = new Set(added.map((m) => m.i));
  return [...levers.filter((m) => !taken.has(m.i)), ...added].sort((a, b) => a.i - b.i);
}

/**
 * A charge word that a rate or the goods it falls on make a tariff: "slaps 10 per cent taxes on $200 billion of
 * Chinese products", "a 40% penalty on Brazil", "Trump's taxes on steel and aluminum imports". Never a word inside
 * another match, nor a kind of domestic tax ("income tax", "a 50% tax rate"). Only in a story that names a lever
 * before or in the same sentence: the words alone are in too many pages for the page gate (gate.ts) to look for, and
 * it must let through whatever the engine finds. Returns `levers` with these added, in text order.
 */
export function addRatedCharges(text: string, tokens: Token[], levers: Match<LeverEntry>[], raw: Match<LeverEntry>[], lexicon: CompiledLexicon, state: DocState): Match<LeverEntry>[] {
  const info = lexicon.levers.get('tariffs');
  // (A story about trade pressure, DocState.tradeDoc, may open with one: "March 2018: Tax on steel, aluminium".)
  if (!info || (state.seen.size === 0 && levers.length === 0 && !state.tradeDoc)) return levers;
  let added: Match<LeverEntry>[] | undefined;
  for (let k = 1; k < tokens.length; k++) {
    if (!RATED_CHARGES.has(tokens[k].norm) || NOT_TARIFF_TAXES.has(tokens[k - 1].norm) || NOT_TARIFF_TAXES.has(tokens[k + 1]?.norm ?? '')) continue;
    if (covers(raw, k) || covers(levers, k)) continue;
    if (!ratedAt(text, tokens, k) && !(tokens[k].norm.startsWith('tax') && onGoods(text, tokens, k, raw))) continue;
    (added ??= []).push({ i: k, j: k + 1, entry: { kind: 'lever', lever: 'tariffs', category: info.category, needsContext: false, generic: false, polarity: info.polarity, inferred: true } });
  }
  if (!added) return levers;
  return [...levers, ...added].sort((a, b) => a.i - b.i);
}

/**
 * "Nvidia's H800", "the B40 chips", "AMD's MI325X accelerators", "shipments of H20s": a model number the knowledge base
 * does not list yet names the chip (ai-chips) when a chip noun follows it or a chipmaker or chip line comes right before
 * it, in a story that names a lever before or in the same sentence. Returns `levers` with these added, in text order.
 */
export function addChipModels(text: string, tokens: Token[], levers: Match<LeverEntry>[], lexicon: CompiledLexicon, state: DocState): Match<LeverEntry>[] {
  const info = lexicon.levers.get('ai-chips');
  if (!info || (state.seen.size === 0 && levers.length === 0)) return levers;
  let added: Match<LeverEntry>[] | undefined;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const prev = tokens[k - 1];
    // ("Ascend 920": a line's bare number.)
    // Model numbers open with a capital or a digit: most words are passed over without a regular expression.
    const c = t.text.charCodeAt(0);
    if (!((c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39))) continue;
    const bare = prev !== undefined && prev.norm === 'ascend' && /^\d{3}[A-Z]?$/.test(t.text);
    if (!(CHIP_MODEL.test(t.text) || bare) || covers(levers, k)) continue;
    const next = tokens[k + 1];
    const nounAfter = next !== undefined && CHIP_MODEL_NOUNS.has(next.norm) && joinable(text, t, next);
    const makerBefore = prev !== undefined && CHIP_MODEL_MAKERS.has(prev.norm) && (prev.possessive || joinable(text, prev, t));
    // "shipments of B40s": a plural model number in a sentence about export controls.
    const controlledPlural = /\ds$|\d[A-Z]{1,2}s$/.test(t.text) && tokens.some((u) => CONTROL_CUES.has(u.norm));
    if (!nounAfter && !makerBefore && !controlledPlural) continue;
    (added ??= []).push({ i: bare ? k - 1 : k, j: k + 1, entry: { kind: 'lever', lever: 'ai-chips', category: info.category, needsContext: false, generic: false, polarity: info.polarity } });
  }
  if (!added) return levers;
  return [...levers, ...added].sort((a, b) => a.i - b.i);
}

/**
 * "restricted its ability to supply tools to China's memory chipmakers", "the export of advanced wafer fabrication
 * equipment and tools to China", "chips produced using US-designed tools": a bare "tools" in a sentence about export
 * controls and chipmaking (or in a story that has named the tools) is the chipmaking tools (chipmaking-tools), in a story
 * that names a lever before or in the same sentence. Not "cutting tools", "the regulatory tools we have"
 * (NOT_CHIP_TOOLS). Likewise a bare "equipment" beside a word of chipmaking ("restrictions on advanced chips and their
 * manufacturing equipment", "export controls on six categories of equipment used in chip manufacturing"), not
 * "military equipment" or "equipment makers" (NOT_CHIP_EQUIPMENT). Returns `levers` with these added.
 */
export function addChipTools(tokens: Token[], levers: Match<LeverEntry>[], lexicon: CompiledLexicon, state: DocState): Match<LeverEntry>[] {
  const info = lexicon.levers.get('chipmaking-tools');
  if (!info || (state.seen.size === 0 && levers.length === 0)) return levers;
  let at = -1;
  for (let k = 1; k < tokens.length && at < 0; k++) if (isToolWord(tokens, k) && !covers(levers, k)) at = k;
  if (at < 0) return levers;
  let cue = false;
  // ("can no longer ship certain tools to Chinese customers" in a story about the tools.)
  const toolStory = state.seen.has('chipmaking-tools');
  let chipWord = false;
  for (const t of tokens) {
    if (CONTROL_CUES.has(t.norm)) cue = true;
    if (CHIPMAKING_WORDS.has(t.norm)) chipWord = true;
  }
  const chip = chipWord || toolStory || levers.some((m) => m.entry.category === 'semiconductors-tech');
  if (!cue || !chip) return levers;
  const added: Match<LeverEntry>[] = [];
  for (let k = at; k < tokens.length; k++) {
    if (!isToolWord(tokens, k) || covers(levers, k)) continue;
    // ("equipment", a word of far more trades than "tools", only beside a word of chipmaking or in a story about the tools.)
    if (tokens[k].norm === 'equipment' && !chipWord && !toolStory) continue;
    // ("immersion lithography tools": the noun of a tool named just before is part of its name.)
    const before = levers.findIndex((m) => m.j === k && m.entry.lever === 'chipmaking-tools');
    if (before >= 0) {
      levers = packedList(levers, (m, n) => (n === before ? { ...m, j: k + 1 } : m));
      continue;
    }
    added.push({ i: k, j: k + 1, entry: { kind: 'lever', lever: 'chipmaking-tools', category: info.category, needsContext: false, generic: false, polarity: info.polarity } });
  }
  return [...levers, ...added].sort((a, b) => a.i - b.i);
}

/**
 * "tools" (not "cutting tools", NOT_CHIP_TOOLS) or "equipment" (not "military equipment", nor "equipment makers" or
 * "equipment for SMIC": NOT_CHIP_EQUIPMENT): a word addChipTools may take for the chipmaking tools.
 */
function isToolWord(tokens: Token[], k: number): boolean {
  const w = tokens[k].norm;
  const prev = tokens[k - 1].norm;
  if (w === 'tools') return !NOT_CHIP_TOOLS.has(prev);
  return w === 'equipment' && !NOT_CHIP_TOOLS.has(prev) && !NOT_CHIP_EQUIPMENT.has(prev) && !NOT_CHIP_EQUIPMENT.has(tokens[k + 1]?.norm ?? '');
}

/**
 * "accessing technology to produce semiconductors", "supply Chinese factories with technologies used to manufacture DRAM",
 * "banned the export of technology to make rare earth magnets", "permission for technologies used for rare-earth mining":
 * a technology, machine or tools named by the chips or the rare earths it makes is the chipmaking tools
 * (chipmaking-tools) or the rare-earth technology (rare-earth-technology), one mention from the technology to the good
 * (the good alone is an end use; see isEndUse). Up to five words after "to", "for" or "in" must hold a word of making
 * and the good; the sentence must be about export controls (CONTROL_CUES). Only in a story that names a lever before or
 * in the same sentence. Returns `levers` with these added (and the good they absorb removed), in text order.
 */
export function addMakingTechnology(text: string, tokens: Token[], levers: Match<LeverEntry>[], lexicon: CompiledLexicon, state: DocState): Match<LeverEntry>[] {
  if (state.seen.size === 0 && levers.length === 0) return levers;
  let out = levers;
  let cue: boolean | undefined;
  for (let k = 0; k + 3 < tokens.length; k++) {
    if (!MADE_WITH.has(tokens[k].norm) || covers(out, k)) continue;
    if (!(cue ??= tokens.some((t) => CONTROL_CUES.has(t.norm)))) return out;
    let q = k + 1;
    if (/^(used|needed|required)$/.test(tokens[q].norm)) q++;
    if (!/^(to|for|in)$/.test(tokens[q]?.norm ?? '') || punctuationBetween(text, tokens[k], tokens[k + 1])) continue;
    let making = false;
    let end = -1;
    let lever = '';
    for (let p = q + 1; p < Math.min(tokens.length, q + 6) && !lever; p++) {
      if (punctuationBetween(text, tokens[p - 1], tokens[p]) && text.slice(tokens[p - 1].end, tokens[p].start) !== '-') break;
      if (MAKING_WORDS.has(tokens[p].norm)) making = true;
      const good = out.find((m) => m.i === p && m.entry.polarity === 'flow');
      if (good && /^rare-earth/.test(good.entry.lever)) {
        lever = 'rare-earth-technology';
        end = good.j;
      } else if (tokens[p].norm === 'rare' && /^earths?$/.test(tokens[p + 1]?.norm ?? '')) {
        // ("rare-earth mining": the mineral named only to qualify its mining is no mention of its own.)
        lever = 'rare-earth-technology';
        end = p + 2;
        if (end < tokens.length && MAKING_WORDS.has(tokens[end].norm)) {
          making = true;
          end++;
        }
      } else if (CHIPMAKING_WORDS.has(tokens[p].norm) || MADE_CHIPS.has(tokens[p].norm)) {
        lever = 'chipmaking-tools';
        end = good ? good.j : p + 1;
      }
    }
    // ("technologies used for rare-earth mining and smelting": the word of making may follow the good.)
    if (lever && !making && end < tokens.length && MAKING_WORDS.has(tokens[end].norm)) making = true;
    const info = lever ? lexicon.levers.get(lever) : undefined;
    if (!making || !info) continue;
    const i = k;
    const j = end;
    const made: Match<LeverEntry> = { i, j, entry: { kind: 'lever', lever: info.id, category: info.category, needsContext: false, generic: false, polarity: info.polarity } };
    out = [...out.filter((m) => m.j <= i || m.i >= j), made].sort((a, b) => a.i - b.i);
    k = j - 1;
  }
  return out;
}

/** Names of the two sides that keep blacklists of each other's companies, as addCompanyLists reads them. */
const LIST_HOLDERS = new Set(['china', 'beijing', 'washington', 'us', 'states', 'administration']);

/**
 * "expanded its list of Chinese companies subject to export controls", "a list of companies that harm its interests",
 * "the government's list of companies that American suppliers may not sell to": a list of companies in a sentence about
 * export controls or sanctions is a blacklist: the Entity List, or China's Unreliable Entity List when the companies are
 * American or foreign or called unreliable, or when that is the list the story named last. Returns `levers` with these added, in text order.
 */
export function addCompanyLists(text: string, tokens: Token[], levers: Match<LeverEntry>[], lexicon: CompiledLexicon, state: DocState): Match<LeverEntry>[] {
  let added: Match<LeverEntry>[] | undefined;
  for (let k = 0; k + 2 < tokens.length; k++) {
    if (tokens[k].norm !== 'list' || tokens[k + 1].norm !== 'of' || covers(levers, k)) continue;
    let whose = '';
    let listed = false;
    for (let q = k + 2; q < Math.min(tokens.length, k + 8) && !listed; q++) {
      if (punctuationBetween(text, tokens[q - 1], tokens[q])) break;
      if (LISTED_PARTIES.has(tokens[q].norm)) listed = true;
      else whose = tokens[q].norm;
    }
    if (!listed || !tokens.some((t) => BLACKLIST_CUES.has(t.norm))) continue;
    // (Otherwise the side named first before it, most often the subject: "China added 17 US defence contractors to its list of firms", or the
    // list the story spoke of last: "a list of companies that harm its interests" in a story on China's.)
    let before = '';
    for (let q = 0; q < k && !before; q++) if (LIST_HOLDERS.has(tokens[q].norm)) before = tokens[q].norm;
    const lastChina = state.lastAt.get('counter-sanctions') ?? -1;
    const china = whose === 'american' || whose === 'foreign' || whose === 's' || tokens.some((t) => t.norm === 'unreliable') ||
      (whose !== 'chinese' && (before ? /^(china|beijing)$/.test(before) : lastChina > (state.lastAt.get('entity-list') ?? -1)));
    const info = lexicon.levers.get(china ? 'counter-sanctions' : 'entity-list');
    if (!info) continue;
    (added ??= []).push({ i: k, j: k + 1, entry: { kind: 'lever', lever: info.id, category: info.category, needsContext: false, generic: false, polarity: info.polarity } });
  }
  if (!added) return levers;
  return [...levers, ...added].sort((a, b) => a.i - b.i);
}

/**
 * "Chinese regulators said they had opened an investigation into FedEx", "Beijing began a review of Nvidia's deal",
 * "Chinese authorities launched a review in March of products sold by Micron": an investigation a side opens into a
 * firm or its goods is a lever, whatever the sentence says of trade: China's probes of foreign firms (china-probes)
 * when the sentence names China, a trade probe otherwise. The probe word right after a verb of opening and "a", "an",
 * "its" or "their" (up to two words between: "launched a new antitrust probe"), and "into", "of" or "on" within three
 * words after it ("launching an investigation and" opens nothing named). Returns `levers` with these added, in text
 * order.
 */
export function addOpenedProbes(text: string, tokens: Token[], levers: Match<LeverEntry>[], actors: { entry: ActorEntry }[], lexicon: CompiledLexicon, state: DocState): Match<LeverEntry>[] {
  let sides: SideId[] | undefined;
  let added: Match<LeverEntry>[] | undefined;
  // ("review" is no phrase of the lexicon, so the page gate cannot look for it: only in a story that names a lever.)
  const named = state.seen.size > 0 || levers.length > 0;
  for (let k = 2; k < tokens.length; k++) {
    if (!OPENED_PROBES.has(tokens[k].norm) || covers(levers, k) || (!named && !PROBE_ONLY.has(tokens[k].norm)) || intoOrigins(tokens, k + 1)) continue;
    let q = k - 1;
    while (q > k - 3 && q > 1 && !/^(a|an|its|their)$/.test(tokens[q].norm) && /^\p{Ll}/u.test(tokens[q].text)) q--;
    if (!/^(a|an|its|their)$/.test(tokens[q].norm) || !PROBE_OPENERS.has(tokens[q - 1].norm)) continue;
    let tight = true;
    for (let p = q; p < k && tight; p++) tight = !punctuationBetween(text, tokens[p - 1], tokens[p]) || text.slice(tokens[p - 1].end, tokens[p].start) === '-';
    if (!tight) continue;
    let object = false;
    for (let p = k + 1; p < Math.min(tokens.length, k + 4) && !object; p++) {
      if (/[.;:!?]/.test(text.slice(tokens[p - 1].end, tokens[p].start))) break;
      object = /^(into|of|on)$/.test(tokens[p].norm);
    }
    if (!object) continue;
    sides ??= actors.map((a) => a.entry.side).filter((s): s is SideId => s !== null);
    if (sides.length === 0) continue;
    const info = lexicon.levers.get(sides.includes('china') ? 'china-probes' : 'trade-remedies');
    if (!info) continue;
    (added ??= []).push({ i: k, j: k + 1, entry: { kind: 'lever', lever: info.id, category: info.category, needsContext: false, generic: false, polarity: info.polarity } });
  }
  if (!added) return levers;
  return [...levers, ...added].sort((a, b) => a.i - b.i);
}

/**
 * "barred Nexperia from exporting certain products", "prohibited from purchasing Micron products", "should stop
 * purchasing Micron products", "has prohibited exports of specific products made by Nexperia": products that a ban
 * keeps a firm from trading are goods under control (controlled-goods). The products noun (with a maker's capitalised
 * name or one word such as "certain" before it) is the object of a gerund of trade right after a ban verb's "from"
 * (at most eight words after the verb) or after "stop", or of a ban on their exports. The pattern alone makes analyze look at
 * the sentence; the page gate still needs a lever word somewhere in the story (analyze returns nothing without one).
 * Returns `levers` with these added, in text order.
 */
export function addBarredProducts(text: string, tokens: Token[], levers: Match<LeverEntry>[], lexicon: CompiledLexicon): Match<LeverEntry>[] {
  const info = lexicon.levers.get('controlled-goods');
  // (The sentence may name no other lever: "China has barred Nexperia from exporting certain products" opens a story.)
  if (!info) return levers;
  let added: Match<LeverEntry>[] | undefined;
  for (let k = 2; k < tokens.length; k++) {
    if (!isProductsWord(tokens[k].norm) || covers(levers, k)) continue;
    const start = barredProductStart(text, tokens, k);
    if (start < 0 || covers(levers, start)) continue;
    (added ??= []).push({ i: start, j: k + 1, entry: { kind: 'lever', lever: info.id, category: info.category, needsContext: false, generic: false, polarity: info.polarity } });
  }
  if (!added) return levers;
  return [...levers, ...added].sort((a, b) => a.i - b.i);
}

/** Whether a word is the noun addBarredProducts looks for (a string compare: analyze asks it of every word). */
export function isProductsWord(norm: string): boolean {
  return norm === 'products' || norm === 'product';
}

/** Where the barred products of addBarredProducts that end at the "products" token k start (a maker's name), or -1. */
export function barredProductStart(text: string, tokens: Token[], k: number): number {
  const tight = (a: number) => a >= 0 && a + 1 < tokens.length && !punctuationBetween(text, tokens[a], tokens[a + 1]);
  let start = k;
  let q = k - 1;
  while (q >= 0 && k - q <= 2 && startsWithUpper(tokens[q].text) && !BARRED_TRADE.has(tokens[q].norm) && tight(q)) start = q--;
  if (q >= 0 && BARRED_PRODUCT_WORDS.has(tokens[q].norm) && tight(q)) q--;
  if (q < 2 || !tight(q)) return -1;
  if (BARRED_TRADE.has(tokens[q].norm) && tight(q - 1)) {
    const before = tokens[q - 1].norm;
    if (STOP_FORMS.has(before)) return start;
    if (before !== 'from') return -1;
    for (let b = q - 2; b >= Math.max(0, q - 10); b--) {
      if (!tight(b)) return -1;
      if (BAN_FORMS.has(tokens[b].norm)) return start;
    }
    return -1;
  }
  if (tokens[q].norm === 'of' && /^(exports|sales|shipments|purchases)$/.test(tokens[q - 1].norm) && tight(q - 1) && tight(q - 2) && BAN_FORMS.has(tokens[q - 2].norm)) return start;
  return -1;
}

/**
 * "China agrees to purchase a \"very substantial\" amount of US products", "offering to buy extra US goods", "hopes China
 * will import more American goods": a side's goods in general, bought as a concession, are the buyer's lever (the
 * farm-purchases flow). The goods noun after a side word, with a word of buying at most six words before, in one
 * stretch of the sentence (quotes aside). Returns `levers` with these added, in text order.
 */
export function addPurchasedGoods(text: string, tokens: Token[], levers: Match<LeverEntry>[], actorEnds: { has(k: number): boolean }, lexicon: CompiledLexicon): Match<LeverEntry>[] {
  const info = lexicon.levers.get('farm-purchases');
  if (!info) return levers;
  let added: Match<LeverEntry>[] | undefined;
  for (let k = 2; k < tokens.length; k++) {
    if (!GOODS_NOUNS.has(tokens[k].norm) || !actorEnds.has(k - 1) || covers(levers, k) || covers(levers, k - 1)) continue;
    let bought = false;
    for (let q = k - 2; q >= Math.max(0, k - 8) && !bought; q--) {
      if (/[.;:!?()]/.test(text.slice(tokens[q].end, tokens[q + 1].start))) break;
      // ("a 25% import tariff on Canadian goods": an import that qualifies a measure is no buying.)
      // ("purchases of American goods": the purchases are the lever already, the goods what they buy.)
      bought = PURCHASE_WORDS.has(tokens[q].norm) && !lexicon.measureNouns.has(tokens[q + 1].norm) && !lexicon.phraseGroups.get(tokens[q + 1].norm)?.strong && !covers(levers, q);
    }
    if (!bought) continue;
    (added ??= []).push({ i: k, j: k + 1, entry: { kind: 'lever', lever: 'farm-purchases', category: info.category, needsContext: false, generic: false, polarity: info.polarity } });
  }
  if (!added) return levers;
  return [...levers, ...added].sort((a, b) => a.i - b.i);
}

/** A rate right before the word at `k`, tightly: "10 per cent taxes", "a 25% penalty", "25-percent tax". */
function ratedAt(text: string, tokens: Token[], k: number): boolean {
  const prev = tokens[k - 1];
  if (punctuationBetween(text, prev, tokens[k]) && !/^\s*%\s*$/.test(text.slice(prev.end, tokens[k].start)) && !/^-$/.test(text.slice(prev.end, tokens[k].start))) return false;
  if (startsWithDigit(prev.norm)) return /%/.test(text.slice(prev.end, tokens[k].start));
  return (prev.norm === 'percent' || (prev.norm === 'cent' && tokens[k - 2]?.norm === 'per')) && /^\d/.test(tokens[k - (prev.norm === 'cent' ? 3 : 2)]?.norm ?? '');
}

/** "taxes on steel and aluminum imports", "taxes against 29 US product lines": goods within a few words after on/against. */
function onGoods(text: string, tokens: Token[], k: number, raw: Match<LeverEntry>[]): boolean {
  if (!/^(on|against)$/.test(tokens[k + 1]?.norm ?? '') || punctuationBetween(text, tokens[k], tokens[k + 1])) return false;
  for (let q = k + 2; q < Math.min(tokens.length, k + 8); q++) {
    if (punctuationBetween(text, tokens[q - 1], tokens[q]) && !/^\s*,\s*$/.test(text.slice(tokens[q - 1].end, tokens[q].start))) return false;
    if (TAXED_GOODS.has(tokens[q].norm) || flowStartingAt(raw, q)) return true;
  }
  return false;
}

/**
 * "existing limits on these exports", "earlier limits on more advanced AI chips": a measure word whose object, within a
 * few words after on/against, is a flow of goods (an export noun or a good the lexicon knows) is the measure the story
 * spoke of, with no determiner needed.
 */
function onFlow(text: string, tokens: Token[], k: number, raw: Match<LeverEntry>[]): boolean {
  if (!/^(on|against)$/.test(tokens[k + 1]?.norm ?? '') || punctuationBetween(text, tokens[k], tokens[k + 1])) return false;
  for (let q = k + 2; q < Math.min(tokens.length, k + 7); q++) {
    if (punctuationBetween(text, tokens[q - 1], tokens[q])) return false;
    if (FLOW_NOUNS.has(tokens[q].norm) || flowStartingAt(raw, q)) return true;
  }
  return false;
}

/** Whether a flow (a good) of `list` starts at token q. */
function flowStartingAt(list: Match<LeverEntry>[], q: number): boolean {
  for (const m of list) if (m.i === q && m.entry.polarity === 'flow') return true;
  return false;
}

/**
 * Whether a match of `list` covers token k and keeps it: a one-word context alias of a lever the story has not named,
 * of another kind than the lever `info` the word refers back to, gives way (see addAnaphors).
 */
function takenAt(list: Match<LeverEntry>[], k: number, info: LeverInfo, state: DocState): boolean {
  for (const m of list) {
    if (m.i > k || k >= m.j) continue;
    const yields = m.i === k && m.j === k + 1 && m.entry.needsContext && !state.seen.has(m.entry.lever) && m.entry.category !== info.category;
    if (!yields) return true;
  }
  return false;
}

/**
 * "Annex I imposed fees on vessels", "China responded by imposing similar fees", "would prohibit investments in
 * quantum computing": a verb of imposing or prohibiting takes the word.
 */
function imposedAt(text: string, tokens: Token[], k: number, lexicon: CompiledLexicon): boolean {
  const at = ANAPHOR_MODIFIERS.has(tokens[k - 1].norm) || tokens[k - 1].norm === 'similar' ? k - 2 : k - 1;
  const verb = tokens[at];
  if (!verb || punctuationBetween(text, verb, tokens[at + 1])) return false;
  return /^(impose|imposes|imposed|imposing|levy|levies|levied|levying|slap|slaps|slapped|slapping|charge|charged|charging|prohibit|prohibits|prohibited|prohibiting)$/.test(verb.norm) && lexicon.verbs.has(verb.norm);
}

/**
 * An application that its object makes one for an export licence: "applications to sell the H20", "waived applications
 * for individual licenses", "filing applications for each transaction".
 */
function licenceApplication(tokens: Token[], k: number): boolean {
  if (!/^applications?$/.test(tokens[k].norm)) return false;
  const next = tokens[k + 1]?.norm;
  const then = tokens[k + 2]?.norm ?? '';
  if (next === 'to') return /^(export|sell|ship|supply|import|buy)$/.test(then);
  if (next !== 'for') return false;
  const object = /^(each|every|individual|an|a|new|export|the)$/.test(then) ? tokens[k + 3]?.norm ?? '' : then;
  return /^(licen[cs]es?|permits?|exports?|shipments?|transactions?|approvals?)$/.test(object);
}

/**
 * A charge word that names the story's charge by who levies it, its amount or its imposing: "U.S. fees for
 * Chinese-built vessels", "a fee of $100,000", "the imposition of fees".
 */
function namedCharge(text: string, tokens: Token[], k: number, actorEnds: { has(k: number): boolean }): boolean {
  if (!/^(fee|fees|levy|levies|charge|charges)$/.test(tokens[k].norm)) return false;
  const prev = tokens[k - 1];
  if (prev && !punctuationBetween(text, prev, tokens[k]) && actorEnds.has(k - 1)) return true;
  if (tokens[k + 1]?.norm === 'of' && /^\s*\$?\s*$/.test(text.slice(tokens[k + 1].end, tokens[k + 2]?.start ?? tokens[k + 1].end)) && /^\d/.test(tokens[k + 2]?.norm ?? '')) return true;
  return prev?.norm === 'of' && /^(imposition|introduction|collection|payment)$/.test(tokens[k - 2]?.norm ?? '');
}

function refersBackAt(text: string, tokens: Token[], k: number): boolean {
  const next = tokens[k + 1];
  if (next && !punctuationBetween(text, tokens[k], next) && (ANAPHOR_NOT_BEFORE.has(next.norm) || DEAL_HEADS.has(next.norm))) return false;
  const before = (at: number) => {
    const t = tokens[at];
    // (Not "its members' applications": whose applications they are, not which.)
    return t !== undefined && !punctuationBetween(text, t, tokens[at + 1]) && (ANAPHOR_DETERMINERS.has(t.norm) || (t.possessive && !/^applications?$/.test(tokens[k].norm)));
  };
  if (before(k - 1)) return true;
  if (k >= 2 && ANAPHOR_MODIFIERS.has(tokens[k - 1].norm) && before(k - 2)) return true;
  // "the Huawei listing", "the Xinjiang listings", "the FedEx investigation": a name says which one.
  if (k >= 2 && startsWithUpper(tokens[k - 1].text) && !CALENDAR_NAMES.has(tokens[k - 1].norm) && !startsWithUpper(tokens[k].text) && !punctuationBetween(text, tokens[k - 1], tokens[k]) && before(k - 2)) return true;
  // "its own retaliatory fees": two modifiers.
  if (k >= 3 && ANAPHOR_MODIFIERS.has(tokens[k - 1].norm) && ANAPHOR_MODIFIERS.has(tokens[k - 2].norm) && before(k - 3)) return true;
  // "pays a $100,000 fee", "a 15% fee": an amount names the charge the story spoke of.
  return k >= 1 && startsWithDigit(tokens[k - 1].norm) && /^(fee|fees|levy|charge|charges)$/.test(tokens[k].norm);
}

/**
 * Chips in general named only as what something else is for: "materials needed to produce semiconductors", "used to
 * make chips", "crucial for chip production". The pressure is on the material or the tool, not on chips. And any good
 * named as one of the uses of another ("used in weapons, semiconductors and cutting tools", "used in products from
 * batteries to weapons"): the pressure is on what is used.
 */
export function isEndUse(text: string, tokens: Token[], m: Match<LeverEntry>, lexicon: CompiledLexicon): boolean {
  if (m.entry.polarity !== 'flow') return false;
  if ((madeChips(tokens, m) || (m.entry.generic && lexicon.levers.get(m.entry.lever)?.openHolder === 'seller')) && endUseRightBefore(tokens, m.i)) return true;
  return usedInList(text, tokens, m.i) || inRangeOfUses(text, tokens, m);
}

/**
 * "exempting sectors like aircraft, energy, and orange juice from higher levies", "except energy products and potash",
 * "a zero tariff exemption for alcohol, including champagne, wines, and spirits": goods a measure spares are not under
 * it; the measure is the lever. Up to eight words of a list (commas, "and", "or", "such as", "like", "including",
 * lower-case words) may stand between the word of sparing and the good. A verb with its own object ("the U.S. excluded
 * rare earths from its list", "exempt certain products") is read by the stance of the good instead.
 */
export function isSpared(text: string, tokens: Token[], m: Match<LeverEntry>): boolean {
  if (m.entry.polarity !== 'flow') return false;
  for (let k = m.i - 1; k >= Math.max(0, m.i - 9); k--) {
    const w = tokens[k].norm;
    if (SPARING_WORDS.has(w)) return true;
    if (w === 'for' && k > 0 && /^exemptions?$/.test(tokens[k - 1].norm)) return true;
    const gap = text.slice(tokens[k].end, tokens[k + 1].start);
    if (!/^\s*,?\s*$/.test(gap) && gap !== '-') return false;
    if (tokens[k].possessive || SPARED_LIST_BREAKS.test(w) || CLAUSE_BREAKS.has(w)) return false;
  }
  return false;
}

/** Words after which a list of goods is what a measure spares. */
const SPARING_WORDS = new Set(['except', 'excepting', 'excluding', 'exempting']);
/** Words that end the list back from a good: a preposition, a verb of being, a relative. */
const SPARED_LIST_BREAKS = /^(on|from|to|of|in|into|at|by|with|under|is|are|was|were|be|been|which|that|who|but)$/;

/** "make advanced chips", "produce AI chips": a class of controlled chips named in lower case (not a model: "build the H20"). */
function madeChips(tokens: Token[], m: Match<LeverEntry>): boolean {
  if (m.entry.lever !== 'ai-chips') return false;
  for (let k = m.i; k < m.j; k++) if (!/^\p{Ll}/u.test(tokens[k].text) && tokens[k].norm !== 'ai') return false;
  return true;
}

/** "produce computer chips", "to produce high-end chips", "the manufacturing of certain high-end semiconductors". */
function endUseRightBefore(tokens: Token[], i: number): boolean {
  let k = i - 1;
  // ("high-end" is two words.)
  for (let n = 0; n < 3 && k > 0 && END_USE_MODIFIERS.has(tokens[k].norm); n++) k--;
  // ("makers of analog and embedded semiconductors": two plain modifiers joined by "and" or "or".)
  if (k > 3 && /^(and|or)$/.test(tokens[k - 1].norm) && /^\p{Ll}+$/u.test(tokens[k].text) && /^\p{Ll}+$/u.test(tokens[k - 2].text) && END_USE_LINKS.has(tokens[k - 3].norm)) k -= 3;
  // ("goes into the compound semiconductors": the article before them.)
  if (k > 1 && tokens[k].norm === 'the' && END_USE_LINKS.has(tokens[k - 1].norm)) k--;
  const prev = tokens[k]?.norm ?? '';
  const prev2 = tokens[k - 1]?.norm ?? '';
  return END_USE_VERBS.has(prev) || (END_USE_LINKS.has(prev) && END_USE_BEFORE_LINK.has(prev2));
}

/**
 * "used in weapons, semiconductors, and industrial cutting machines", "go into parts such as spark plugs and jet
 * engines": a later member of a list of uses (words in lower case, commas, "and", "or", "such as"; up to eight words
 * back). Not past a member of another list: "gallium, used in chips, and germanium", "polyimide, which is used in
 * displays, as well as resists".
 */
function usedInList(text: string, tokens: Token[], i: number): boolean {
  let link = false;
  for (let k = Math.max(2, i - 8); k < i && !link; k++) link = USE_LINKS.has(tokens[k].norm);
  if (!link) return false;
  let commas = false;
  let listed = false;
  for (let k = i - 1; k >= Math.max(2, i - 8); k--) {
    const gap = text.slice(tokens[k].end, tokens[k + 1].start);
    if (/^\s*,\s*$/.test(gap)) commas = listed = true;
    else if (!/^\s+$/.test(gap) && gap !== '-') return false;
    const w = tokens[k].norm;
    if (w === 'and' || w === 'or') listed = true;
    if (USE_LINKS.has(w)) {
      const use = tokens[k - 1];
      if (!USES_BEFORE_LINK.has(use.norm)) return false;
      // A use named in a clause of its own ("gallium, used in chips, and germanium") lists nothing of its own by commas.
      const before = /^(is|are|was|were)$/.test(tokens[k - 2].norm) ? k - 2 : k - 1;
      const commaAside = /,/.test(text.slice(tokens[before - 1].end, tokens[before].start));
      const aside = commaAside || /^(which|that)$/.test(tokens[before - 1].norm);
      // The first use, right after "used in", is an end use too ("a metal used in batteries", "the main ingredient in
      // the anodes of batteries"), except in a list of materials each glossed by a use ("neodymium, used in magnets, and
      // yttrium, used for electronics"), where the use is named as a good of its own.
      return !(aside && commas) && (listed || (!commaAside && FIRST_USE_BEFORE_LINK.has(use.norm)));
    }
    if (!/^\p{Ll}/u.test(tokens[k].text) || tokens[k].possessive || /^(to|which|that|who|well|is|are|was|were|has|have|had|will|would|can|could|may)$/.test(w) || CLAUSE_BREAKS.has(w) || (w === 'as' && tokens[k - 1].norm !== 'such')) return false;
  }
  return false;
}

/** "in", "into", "for": what links a use to the word of using ("used in", "goes into"). */
const USE_LINKS = new Set(['in', 'into', 'for']);

/**
 * Of those, the ones that make even the first good after them a use: "used in batteries", "the main ingredient in the
 * anodes of batteries". What a material "goes into" is where it flows ("graphite goes into the batteries of every
 * electric car"), still a good under pressure.
 */
const FIRST_USE_BEFORE_LINK = new Set(['used', 'ingredient']);

/** Words before "in", "into" or "for" that name uses: "used in", "goes into", "essential for". */
const USES_BEFORE_LINK = new Set(['used', 'go', 'goes', 'went', 'essential', 'crucial', 'vital', 'critical', 'needed', 'found', 'ingredient']);

/**
 * "used in a wide range of products from batteries to weapons", "essential for manufacturing everything from microchips
 * to advanced weaponry": a good in a range of uses ("from ... to", a word of use within ten words before).
 */
function inRangeOfUses(text: string, tokens: Token[], m: Match<LeverEntry>): boolean {
  let from = false;
  for (let q = Math.max(0, m.i - 5); q < m.i && !from; q++) from = tokens[q].norm === 'from';
  if (!from) return false;
  let k = m.i - 1;
  while (k > m.i - 5 && k > 0 && /^(and|or)$|^\p{Ll}/u.test(tokens[k].text) && tokens[k].norm !== 'from' && !/[,;:]/.test(text.slice(tokens[k].end, tokens[k + 1].start))) k--;
  if (tokens[k]?.norm !== 'from') return false;
  let to = false;
  for (let q = m.j; q < Math.min(tokens.length, m.j + 6); q++) if (tokens[q].norm === 'to') to = true;
  if (!to) return false;
  for (let q = k - 1; q >= Math.max(0, k - 10); q--) if (RANGE_OF_USES.has(tokens[q].norm)) return true;
  return false;
}

/** Words that make a range "from ... to ..." one of uses. */
const RANGE_OF_USES = new Set(['used', 'uses', 'use', 'essential', 'crucial', 'vital', 'critical', 'needed', 'manufacturing', 'making', 'applications', 'found', 'ingredient', 'inputs']);

/** Initials in brackets right after a phrase, quoted or not: "(ACI)", "(‘FDPs’)", "“temporary general license” (TGL)". */
const BRACKETED_INITIALS = /^['"\u2019\u201d]?\s?\(['"\u2018\u2019\u201c\u201d]?(\p{Lu}[\p{Lu}\d]{1,5})(s?)['"\u2018\u2019\u201c\u201d]?\)/u;

/**
 * "the Anti-Coercion Instrument (ACI) ... An EU report on the ACI", "two new Foreign Direct Product rules (‘FDPs’)":
 * initials a story defines in brackets right after a lever's name, spelling the first or last words of that name,
 * name the same lever wherever the story writes them again, as written (or with a plural "s"), and in the brackets
 * themselves when they end their phrase. Records the definitions in `state` and returns `levers` with these added, in
 * text order.
 */
export function addDefinedInitials(text: string, tokens: Token[], levers: Match<LeverEntry>[], state: DocState): Match<LeverEntry>[] {
  for (const m of levers) {
    // Most mentions have no bracket after them: one character code first.
    const after = tokens[m.j - 1].end;
    const open = text.indexOf('(', after);
    if (open < 0 || open > after + 2) continue;
    const hit = BRACKETED_INITIALS.exec(text.slice(after, after + 14));
    if (!hit || !spellsEnd(tokens, m, hit[1])) continue;
    (state.initials ??= new Map()).set(hit[1], { ...m.entry, needsContext: false });
  }
  if (!state.initials) return levers;
  let added: Match<LeverEntry>[] | undefined;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    // Initials open with a capital: most words are passed over on their first character.
    const c = t.text.charCodeAt(0);
    if (c < 0x41 || c > 0x5a) continue;
    const entry = definedAs(t, state.initials);
    if (!entry || covers(levers, k)) continue;
    // (The initials in their brackets before a noun qualify it: "the Generalised System of Preferences (GSP) programme".)
    const close = text.indexOf(')', t.end);
    if (close >= 0 && close <= t.end + 1 && !initialsAlone(text, close)) continue;
    (added ??= []).push({ i: k, j: k + 1, entry });
  }
  if (!added) return levers;
  return [...levers, ...added].sort((a, b) => a.i - b.i);
}

/**
 * Whether `letters` are the initials of the first or the last words of the mention, small words aside when they have
 * no letter of their own ("Generalised System of Preferences (GSP)").
 */
function spellsEnd(tokens: Token[], m: Match<LeverEntry>, letters: string): boolean {
  const words: string[] = [];
  for (let q = m.i; q < m.j; q++) words.push(tokens[q].norm);
  const spells = (list: string[], from: number) => {
    for (let q = 0; q < letters.length; q++) if (list[from + q][0] !== letters[q].toLowerCase()) return false;
    return true;
  };
  const n = letters.length;
  const ends = (list: string[]) => n <= list.length && (spells(list, 0) || spells(list, list.length - n));
  return ends(words) || ends(words.filter((w) => !INITIALS_SKIP.has(w)));
}
const INITIALS_SKIP = new Set(['of', 'and', 'the', 'for', 'on', 'in', 'to']);

/** The lever that initials the story defined name (as written, or with a plural "s"). */
function definedAs(t: Token, initials: Map<string, LeverEntry>): LeverEntry | undefined {
  return initials.get(t.text) ?? (t.text.endsWith('s') ? initials.get(t.text.slice(0, -1)) : undefined);
}

/** Whether a word is initials the story defined for a lever (see addDefinedInitials). */
export function isDefinedInitials(t: Token, initials: Map<string, LeverEntry>): boolean {
  const c = t.text.charCodeAt(0);
  return c >= 0x41 && c <= 0x5a && definedAs(t, initials) !== undefined;
}
