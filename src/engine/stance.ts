/**
 * Stance: which way a lever is pulled in its sentence, from the verb that governs it (left, then right), the
 * words next to it ("new tariffs", "tariff cuts"), negation, verb chains ("waived its right to impose") and the
 * polarity of the object ("suspend tariffs" relaxes, "suspend licences" tightens).
 */
import type { CompiledLexicon, LeverEntry, VerbClass } from './lexicon';
import { clauseOf, punctuationBetween } from './clauses';
import { hasCharIn, hasCode, startsWithDigit, startsWithUpper } from './chars';
import { askedActorEndingBefore, infinitiveTo } from './roles';
import { STRIVING, LIMIT_HEADS, AMOUNT_VERBS, BREAKING, COMPLAINING, UNDERMINING, MADE_FOR, PROMISES, DODGING, SEEKING, SQUEEZE_CUES, WIELDING, WIELD_PURPOSES, TOPICS, VERBISH_EXTRA, RETALIATING, APPLYING, ASPECTUAL, EXEMPTIONS, COPULAS, NUMBER_WORDS, ANALYSED, ANALYSED_AFTER, NAMED_HEADS, GOING_ON, PRICE_OBJECTS, FAILING, RAISED_WORRIES, ATTRIBUTIVE, AUXILIARIES, DEFINING, EASING_NAMES, DESCRIBING, GIVING_UP, PASSABLE_NOUNS, CHAIN_LINKS, CONTROL_CUES, DETERMINERS, ANAPHOR_DETERMINERS, FREE_OF, MODIFIERS, PERMISSIONS, PRESSURE_CUES, PREVENTING, RATE_UNITS, REPLY_NOUNS, REQUIREMENT, TARGET_PREPOSITIONS } from './rules';
import type { Token } from './tokens';
import { normsOf } from './tokens';
import type { Match, SentenceContext, Stance } from './types';
import { covers, startsAt } from './spans';

// Word sets for the words the walks below test at every step (a set lookup is several times cheaper than a regular
// expression).
const PERCENT_WORDS = new Set(['percent', 'pct', 'cent']);
const RAISING = new Set(['raise', 'raises', 'raised', 'raising']);
/** Words of the harm a lever does, in a predicate: "the most damaging of the measures". */
const HARMING = new Set(['damaging', 'damage', 'harmful', 'painful', 'costly', 'weapon', 'weapons']);
/** Determiners of any one of a kind after "than": "worse than a tariff". */
const COMPARED_INDEFINITE = new Set(['a', 'an', 'any', 'another']);
/** "under export controls", "added to its list", "onto the list". */
const PUT_UNDER = new Set(['under', 'to', 'onto']);
/** What an easing covers or includes. */
const COVERING = new Set(['covers', 'cover', 'covered', 'includes', 'include', 'included', 'extends', 'extended']);
/** Nouns of a rate's move before "from": "a steep drop from the 100 percent duty", "an increase from 10%". */
const RATE_FALLS = new Set(['drop', 'fall', 'cut', 'reduction', 'decline', 'decrease']);
const RATE_RISES = new Set(['rise', 'increase', 'jump', 'hike']);
/** Verbs of trading a good, in the past (not of starting, resuming or adding to it, nor a pledge to buy). */
const TRADING = new Set(['bought', 'purchased', 'imported', 'exported', 'sold', 'shipped']);
/** Hoping or wanting something not had: "hopes Japan will ease its controls". */
const HOPING = new Set(['hope', 'hopes', 'hoped', 'hoping', 'want', 'wants', 'wanted', 'wish', 'wishes', 'wished']);
/** Reasons: what follows one is not the object of a punishment before it. */
const REASONS = new Set(['because', 'despite', 'amid']);

/** Nouns that may stand between a lever and its head: "the H-1B visa application fee". */
const HEAD_QUALIFIERS = new Set(['application', 'applications', 'processing', 'filing', 'entry', 'issuance', 'renewal']);

export function polarityFrom(ctx: SentenceContext, from: number, m: Match<LeverEntry>, verbAt = -1): 'measure' | 'flow' {
  const { tokens, lexicon } = ctx;
  // "an extra 15 percent applied to American chicken": a rate applied to goods is a duty on them.
  if (verbAt >= 0) {
    // "The UK will increase the quota for US beef imports": more of a limit is more of what it lets through.
    if (LIMIT_HEADS.has(tokens[leverHead(tokens, m)].norm) || LIMIT_HEADS.has(tokens[m.j]?.norm ?? '')) {
      if (AMOUNT_VERBS.test(tokens[verbAt].norm)) return 'flow';
    }
    // "The limits apply to antimony ore": a rule that applies to goods falls on them.
    if (APPLYING.has(tokens[verbAt].norm) && tokens[verbAt + 1]?.norm === 'to' && verbAt < m.i) return 'measure';
    for (let k = Math.max(0, verbAt - 4); k < m.i; k++) if (PERCENT_WORDS.has(tokens[k].norm) || percentAfter(ctx.text, tokens[k].end)) return 'measure';
    // "measures on canola meal, lobsters and peas also removed": goods listed under a measure move with it.
    if (verbAt >= m.j && measureOver(ctx, m)) return 'measure';
    // "Tariffs will be placed on various agricultural goods", "slapped 25% on pork": goods that a verb puts something on
    // are what the measure falls on.
    if (verbAt < m.i && putOn(ctx, verbAt, m.i)) return 'measure';
  }
  // The words right before the lever qualify it ("China trade tariffs", "export controls"): they are not its head.
  let chain = m.i;
  while (chain > from && (ATTRIBUTIVE.has(tokens[chain - 1].norm) || covers(ctx.actors, chain - 1))) chain--;
  // "put seven rare earths under export licensing", "brought under licensing requirements": a regime one is put under.
  let start = m.i;
  while (start > 0 && (ATTRIBUTIVE.has(tokens[start - 1].norm) || tokens[start - 1].norm === 'export' || tokens[start - 1].norm === 'import')) start--;
  if (start > 0 && tokens[start - 1].norm === 'under' && !EASING_NAMES.has(tokens[m.i].norm)) return 'measure';
  for (let k = from; k < chain; k++) {
    // "paused export bans and tariffs": a lever listed before this one has its own head.
    const listed = listedBefore(ctx, m, k);
    if (listed) {
      k = listed.j - 1;
      continue;
    }
    const n = tokens[k].norm;
    // An exemption is a flow noun too: "removing an exemption to tariffs" tightens.
    if (lexicon.flowNouns.has(n)) return 'flow';
    if (lexicon.measureNouns.has(n)) return 'measure';
  }
  // "put seven rare earths under export controls": the measure comes after.
  const [, hi] = clauseOf(ctx.clauses, m.i);
  const underFrom = Math.max(m.j, verbAt + 1);
  for (let k = underFrom; k < Math.min(tokens.length, hi, underFrom + 8); k++) {
    // "added tungsten to its export control list": goods put on a list or under a control.
    // ("intensifying efforts to curb the fentanyl trade": "to" before a verb is an infinitive, not "to its list".)
    if (PUT_UNDER.has(tokens[k].norm) && !(tokens[k].norm === 'to' && lexicon.verbs.has(tokens[k + 1]?.norm ?? ''))) {
      // "added US beef, pork and wine to its retaliation list": a list named for pressure is a measure too.
      let pressing = false;
      for (let q = k + 1; q < Math.min(tokens.length, k + 5); q++) {
        const w = tokens[q].norm;
        if (lexicon.measureNouns.has(w) || /^(licen[cs]ing|dual-use)$/.test(w)) return 'measure';
        if (pressing && (w === 'list' || w === 'lists')) return 'measure';
        pressing ||= RETALIATING.has(w) || /^(tariff|target|control|controls|sanctions|entity)$/.test(w);
        if (!MODIFIERS.has(w) && !RETALIATING.has(w) && !/^(control|controls|export|its|their|tariff|target|sanctions|entity|counter)$/.test(w)) break;
      }
    }
  }
  // A noun right after the lever is the real head: "the tariff truce", "soybean purchases".
  // ("these licensing requirements—permits are still needed": a noun past punctuation heads nothing of the lever.)
  const next = m.j < tokens.length && !punctuationBetween(ctx.text, tokens[m.j - 1], tokens[m.j]) ? tokens[m.j].norm : '';
  if (lexicon.flowNouns.has(next)) return 'flow';
  if (lexicon.measureNouns.has(next)) return 'measure';
  // "the H-1B visa application fee": one more noun may stand before the head.
  const then = m.j + 1 < tokens.length ? tokens[m.j + 1].norm : '';
  if (HEAD_QUALIFIERS.has(next) && m.j + 1 < tokens.length && !punctuationBetween(ctx.text, tokens[m.j], tokens[m.j + 1])) {
    if (lexicon.measureNouns.has(then)) return 'measure';
    if (lexicon.flowNouns.has(then)) return 'flow';
  }
  // "a zero-tariff quota", "a tariff-free quota": an allowance, granted like a flow.
  for (let k = m.i; k < m.j - 1; k++) if (tokens[k].norm === 'zero' || tokens[k].norm === 'free') return 'flow';
  // Inside the lever itself: its head word decides ("export licences" is a flow even in a measure lever), the word
  // before its own preposition if it has one ("investments in China").
  const head = tokens[leverHead(tokens, m)].norm;
  // ("white list": a list is held back or let in by what it lists, so the lever's own polarity says which.)
  if (head === 'list' || head === 'lists') return m.entry.polarity;
  if (lexicon.flowNouns.has(head)) return 'flow';
  if (lexicon.measureNouns.has(head)) return 'measure';
  return m.entry.polarity;
}

/** The noun before the "on" or "against" that a list of goods hangs on, back from the lever, is a measure. */
function measureOver(ctx: SentenceContext, m: Match<LeverEntry>): boolean {
  const { tokens, text, lexicon } = ctx;
  for (let k = m.i - 1, words = 0; k >= Math.max(1, m.i - 14); k--) {
    const gap = text.slice(tokens[k].end, tokens[k + 1].start);
    if (/^\s*,\s*$/.test(gap)) words = 0;
    else if (!/^\s*$/.test(gap)) return false;
    const n = tokens[k].norm;
    if (n === 'on' || n === 'against') return lexicon.measureNouns.has(tokens[k - 1].norm);
    if (n === 'and' || n === 'or') words = 0;
    else if (++words > 3 || lexicon.verbFirstWords.has(n)) return false;
  }
  return false;
}

/** Prepositions of what a measure falls on: "placed on goods", "slapped on pork". */
const FALLS_ON = new Set(['on', 'onto', 'against']);

/**
 * Right after the verb at `k` (adverbs, amounts and "it" or "them" may stand between), "on" or "against", then only
 * what qualifies the lever before it at `i`.
 */
function putOn(ctx: SentenceContext, k: number, i: number): boolean {
  const { tokens } = ctx;
  let q = k + 1;
  while (q < i && (tokens[q].norm.endsWith('ly') || startsWithDigit(tokens[q].norm) || PERCENT_WORDS.has(tokens[q].norm) || tokens[q].norm === 'it' || tokens[q].norm === 'them')) q++;
  if (q >= i || !FALLS_ON.has(tokens[q].norm)) return false;
  for (q++; q < i; q++) if (!DETERMINERS.has(tokens[q].norm) && !MODIFIERS.has(tokens[q].norm) && !startsWithUpper(tokens[q].text) && !covers(ctx.actors, q)) return false;
  return !punctuationBetween(ctx.text, tokens[k], tokens[i]);
}

/** The index of a lever's head word: its last, or the one before its own preposition ("investments in China"). */
function leverHead(tokens: Token[], m: Match<LeverEntry>): number {
  for (let k = m.i + 1; k < m.j - 1; k++) if (/^(in|of|on|to|into|from|for)$/.test(tokens[k].norm)) return k - 1;
  return m.j - 1;
}

/** "15%", "15 %": a percent sign right after offset `at`, or after one space (read in place, without a slice). */
function percentAfter(text: string, at: number): boolean {
  return text.charCodeAt(at) === 0x25 || (text.charCodeAt(at + 1) === 0x25 && /\s/.test(text[at]));
}

/** A lever other than `m` that covers token k and is listed with `m` ("paused export bans and tariffs"). */
function listedBefore(ctx: SentenceContext, m: Match<LeverEntry>, k: number): Match<LeverEntry> | undefined {
  for (const o of ctx.levers) if (o !== m && o.i <= k && k < o.j && coordinated(ctx, o.j, m.i)) return o;
  return undefined;
}

/** Between two levers only a list's joints: "export bans and tariffs", "controls, quotas or new duties". */
function coordinated(ctx: SentenceContext, from: number, to: number): boolean {
  const { tokens } = ctx;
  let joined = false;
  for (let k = from; k < to; k++) {
    const n = tokens[k].norm;
    if (n === 'and' || n === 'or') joined = true;
    else if (!DETERMINERS.has(n) && !MODIFIERS.has(n) && !covers(ctx.actors, k)) return false;
  }
  return joined || (from < to ? false : /^\s*,\s*$/.test(ctx.text.slice(tokens[from - 1].end, tokens[to].start)));
}

export function resolve(cls: VerbClass, polarity: 'measure' | 'flow'): Stance {
  if (cls === 'keep') return polarity === 'measure' ? 'tighten' : 'neutral';
  if (cls === 'tighten') return 'tighten';
  if (cls === 'relax') return 'relax';
  if (cls === 'more') return polarity === 'measure' ? 'tighten' : 'relax';
  return polarity === 'measure' ? 'relax' : 'tighten';
}

export function verbClassAt(tokens: Token[], k: number, lexicon: CompiledLexicon, leverId: string): VerbClass | undefined {
  const n = tokens[k].norm;
  if (!lexicon.verbFirstWords.has(n) || n === 'remaining') return undefined;
  const prev = k > 0 ? tokens[k - 1] : undefined;
  const next = k + 1 < tokens.length ? tokens[k + 1].norm : '';
  // "Given the impact of the tariffs": without an auxiliary before it ("were given licences"), "given" is a preposition.
  if (n === 'given' && !/^(is|are|was|were|be|been|being|has|have|had|having|get|got|gets)$/.test(prev?.norm ?? '')) return undefined;
  // "In addition to soybeans": a phrase meaning "besides", not an addition.
  if (n === 'addition' && prev?.norm === 'in' && next === 'to') return undefined;
  // "The levies are lower than temporary duties": a comparison, not a move.
  if (next === 'than') return undefined;
  // "raised alarm over the shortage of magnets", "raised serious concerns", "security risks raised from the chips": a
  // worry voiced, not a lever raised.
  if (RAISING.has(n) && (RAISED_WORRIES.has(next) || RAISED_WORRIES.has(tokens[k + 2]?.norm ?? '') || RAISED_WORRIES.has(prev?.norm ?? ''))) return undefined;
  // "purchases of soybeans", "the supply", "its matching fees": after a determiner or before "of" it is a noun or
  // an adjective, not the verb that governs.
  // (The pair is built only when some two-word form ends in the next word: this is asked of most words of a sentence.)
  const pair = next && lexicon.verbPairSeconds.has(next) ? `${n} ${next}` : '';
  const specific = lexicon.leverVerbs.get(leverId);
  // A two-word form is unambiguous even after a determiner: "an end to the embargo".
  const paired = pair ? specific?.get(pair) ?? lexicon.verbs.get(pair) : undefined;
  if (paired) return paired;
  if (next === 'of' && (lexicon.flowNouns.has(n) || lexicon.measureNouns.has(n) || !/(ing|tion|sion|ment|al)$/.test(n))) return undefined;
  // "an agreement that reduces tariffs", "the order that imposed": after "that" a verb form opens a relative clause.
  const relative = prev?.norm === 'that' && /(s|ed)$/.test(n) && !/(tion|sion|ment)s$/.test(n);
  if (prev && !relative && (prev.possessive || DETERMINERS.has(prev.norm)) && !/(tion|sion|ment|al|ing)$/.test(n)) return undefined;
  if (prev && (prev.possessive || DETERMINERS.has(prev.norm)) && n.endsWith('ing') && next !== 'of') return undefined;
  return specific?.get(n) ?? lexicon.verbs.get(n);
}

/** The polarity of the lever's own words ("export licences" is a flow inside a measure lever), not of what follows. */
function ownPolarity(ctx: SentenceContext, m: Match<LeverEntry>): 'measure' | 'flow' {
  const head = ctx.tokens[leverHead(ctx.tokens, m)].norm;
  if (ctx.lexicon.flowNouns.has(head)) return 'flow';
  if (ctx.lexicon.measureNouns.has(head)) return 'measure';
  return m.entry.polarity;
}

/** The verb at `k` after the lever is active (no form of "be" before it) and has an object after it. */
function actsOnObject(ctx: SentenceContext, from: number, k: number): boolean {
  const { tokens } = ctx;
  for (let q = from; q < k; q++) if (/^(is|are|was|were|be|been|being|get|got)$/.test(tokens[q].norm)) return false;
  const next = tokens[k + 1];
  if (!next || punctuationBetween(ctx.text, tokens[k], next)) return false;
  // "began to flow two days after": a number or a time is not an object.
  if (startsWithDigit(next.norm) || NUMBER_WORDS.has(next.norm)) return false;
  // "the ban cut off most of its output", "shut out Huawei": a particle, then the object.
  if (next.norm === 'off' || next.norm === 'out') {
    const object = tokens[k + 2];
    return !!object && !punctuationBetween(ctx.text, next, object) && (DETERMINERS.has(object.norm) || /^(most|all|much|many|some)$/.test(object.norm) || (object.text[0] !== object.norm[0] && !object.possessive));
  }
  return !TARGET_PREPOSITIONS.has(next.norm) && !/^(back|off|up|down|out|away|by|to|in|further|again|sharply|slightly|after|before|since|until|when|last|this|next)$/.test(next.norm) && !next.norm.endsWith('ly');
}

/** Complements of a keeping verb that hold a flow back: "remain off-limits", "stay banned". */
const KEPT_EASED = /^(suspended|paused|lifted|waived|exempt|exempted|removed|lowered|reduced|on hold|in abeyance)\b/;
const OFF_LIMITS = /^(off-limits|off limits|banned|barred|blocked|restricted|prohibited|closed|frozen|halted|in place|in force|in effect)\b/;

/**
 * Where "including" or "such as" opens the list this lever is in, within its clause and with only list words between
 * ("including $32 billion worth of agriculture products"), or -1.
 */
function exampleMarkerBefore(ctx: SentenceContext, m: Match<LeverEntry>, lo: number): number {
  const { tokens, lexicon } = ctx;
  for (let k = m.i - 1; k >= Math.max(0, lo - 1, m.i - 10); k--) {
    const n = tokens[k].norm;
    if (n === 'including' || (n === 'as' && tokens[k - 1]?.norm === 'such')) return n === 'as' ? k - 1 : k;
    if (verbClassAt(tokens, k, lexicon, m.entry.lever) || COPULAS.has(n) || hasCharIn(ctx.text, tokens[k].end, tokens[k + 1].start, ':;')) return -1;
  }
  return -1;
}

/** "if" opens the clause of the verb at k, with its subject and auxiliaries only between ("if any US president would"). */
function supposedAt(tokens: Token[], k: number, lo: number): boolean {
  for (let q = k - 1; q >= Math.max(0, lo - 1, k - 6); q--) {
    if (tokens[q].norm === 'if') return true;
  }
  return false;
}

/**
 * "to 25% from 15%" or "from 84 percent to 15 percent" within a few words after the lever, in its clause: 'tighten'
 * when the rate rises, 'relax' when it falls, undefined when there is no such pair.
 */
/** Quantities other than a lever's rate that may move between two percentages after it. */
const OTHER_QUANTITIES = new Set(['share', 'shares', 'price', 'prices', 'sales', 'exports', 'imports', 'revenue', 'revenues', 'output', 'production', 'volume', 'volumes', 'stake', 'stock', 'stocks', 'profit', 'profits', 'margin', 'margins']);

/** Words of a range, not a move: "ranged from 116 percent to 218 percent". */
const RANGING = new Set(['range', 'ranges', 'ranged', 'ranging', 'vary', 'varies', 'varied', 'varying', 'between']);

function rateMove(ctx: SentenceContext, m: Match<LeverEntry>): Stance | undefined {
  const { tokens, text } = ctx;
  const rateAt = (k: number): number | undefined => {
    const t = tokens[k];
    if (!t || !startsWithDigit(t.norm)) return undefined;
    const after = text.slice(t.end, t.end + 2);
    const percent = after.startsWith('%') || after.startsWith(' %') || tokens[k + 1]?.norm === 'percent' || (tokens[k + 1]?.norm === 'per' && tokens[k + 2]?.norm === 'cent');
    return percent ? Number.parseFloat(t.norm) : undefined;
  };
  for (let k = m.j; k < Math.min(tokens.length - 1, m.j + 8); k++) {
    if (k > m.j && hasCharIn(text, tokens[k - 1].end, tokens[k].start, ';:()')) return undefined;
    // "Following the H20 export halt, Huang disclosed NVIDIA's market share dropped from 95% to 50%": past a comma, or
    // about another quantity, the rates are not the lever's.
    if (hasCharIn(text, tokens[k - 1].end, tokens[k].start, ',')) return undefined;
    const n = tokens[k].norm;
    if (OTHER_QUANTITIES.has(n)) return undefined;
    // "which ranged from 116 percent to 218 percent": a range, not a move.
    if (RANGING.has(n)) return undefined;
    if (n !== 'to' && n !== 'from') continue;
    const first = rateAt(k + 1);
    if (first === undefined) continue;
    // The other end: "from" after "to N%", or "to" after "from N%" (a word like "roughly" may stand before it).
    for (let q = k + 2; q < Math.min(tokens.length - 1, k + 6); q++) {
      const o = tokens[q].norm;
      if (o !== (n === 'to' ? 'from' : 'to')) continue;
      let r = q + 1;
      while (r < tokens.length && /^(about|around|roughly|nearly|almost|just|only)$/.test(tokens[r].norm)) r++;
      const second = rateAt(r);
      if (second === undefined || second === first || Number.isNaN(first) || Number.isNaN(second)) return undefined;
      const [from, to] = n === 'to' ? [second, first] : [first, second];
      return to > from ? 'tighten' : 'relax';
    }
    return undefined;
  }
  return undefined;
}

/** A good or purchase whose buyer holds it (soybeans, farm goods, "purchases"): buying more of it eases. */
function boughtGood(ctx: SentenceContext, m: Match<LeverEntry>): boolean {
  return ctx.lexicon.levers.get(m.entry.lever)?.openHolder === 'buyer';
}

/** A requirement between `from` and `to`: "must", "required to", "need to", "have to", "only with". */
function required(tokens: Token[], from: number, to: number): boolean {
  for (let q = from; q < to; q++) {
    if (REQUIREMENT.has(tokens[q].norm)) return true;
    // "will have to apply for an export licence", "has to seek approval".
    if (tokens[q].norm === 'to' && /^(have|has|had|having)$/.test(tokens[q - 1]?.norm ?? '')) return true;
  }
  return false;
}

/**
 * Where a relative clause holding the verb at `k` starts ("that had banned", "it has imposed"), or -1: the index of
 * its first word, so the caller can look for the verb outside it.
 */
function relativeClauseStart(ctx: SentenceContext, k: number, lo: number): number {
  const { tokens } = ctx;
  // "suspend a move imposing export restrictions", "rescinded the order banning exports": a participle right after a
  // noun of a decision describes it.
  if (k - 1 > lo && (tokens[k].norm.endsWith('ing') || tokens[k].norm.endsWith('ed')) && DECISION_NOUNS.has(tokens[k - 1].norm)) return k - 1;
  for (let q = k - 1; q >= Math.max(lo + 1, k - 3); q--) {
    const n = tokens[q].norm;
    if (n === 'that' || n === 'which') return q;
    // "the duties it has imposed": a pronoun right after a noun, with nothing between them.
    if (PRONOUNS.has(n)) {
      const before = tokens[q - 1];
      const noun = before && !punctuationBetween(ctx.text, before, tokens[q]) && !/^(and|or|but|that|which|when|as|if|because|after|before|while)$/.test(before.norm) && !ctx.lexicon.verbs.has(before.norm);
      return noun ? q : -1;
    }
    if (!AUXILIARIES.has(n) && !n.endsWith('ly')) return -1;
  }
  return -1;
}

/**
 * A relative clause opened at `k` (", which ...") with no verb of the lexicon, closed by a comma before an auxiliary or
 * a verb of the lexicon ("..., will cease to apply"): the index of that first word of the main clause, else -1.
 */
function mainClauseAfter(ctx: SentenceContext, k: number, leverId: string): number {
  const { tokens, text, lexicon } = ctx;
  for (let q = k + 1; q < Math.min(tokens.length, k + 25); q++) {
    const gap = text.slice(tokens[q - 1].end, tokens[q].start);
    if (/[;:()]/.test(gap)) return -1;
    if (/,/.test(gap)) return AUXILIARIES.has(tokens[q].norm) || verbClassAt(tokens, q, lexicon, leverId) ? q : -1;
    if (verbClassAt(tokens, q, lexicon, leverId)) return -1;
  }
  return -1;
}

/** "due to", "because of", "affected by", "hit by" right before the lever (past its determiners and modifiers). */
function causing(ctx: SentenceContext, i: number): boolean {
  const { tokens } = ctx;
  let k = i - 1;
  while (k > 0 && (DETERMINERS.has(tokens[k].norm) || MODIFIERS.has(tokens[k].norm) || tokens[k].norm.endsWith('ly') || CAUSE_MODIFIERS.has(tokens[k].norm) || covers(ctx.actors, k))) k--;
  if (k < 1) return false;
  // (Every pair below ends in "to", "of" or "by": no pair is built for any other word.)
  const last = tokens[k].norm;
  if (last !== 'to' && last !== 'of' && last !== 'by') return false;
  const pair = `${tokens[k - 1].norm} ${last}`;
  return /^(due to|because of|affected by|hit by|hurt by|impacted by|harmed by|caused by|driven by)$/.test(pair);
}

/** A promise at `p` that the words before it say was broken: "broken promises", "failed to meet its commitments". */
function brokenBefore(ctx: SentenceContext, p: number): boolean {
  const { tokens, text } = ctx;
  for (let q = p - 1; q >= Math.max(0, p - 8); q--) {
    if (hasCharIn(text, tokens[q].end, tokens[q + 1].start, ';:')) return false;
    if (BREAKING.has(tokens[q].norm)) return true;
    // "of not following through with its promise", "never followed through on": a promise not kept.
    if (tokens[q].norm === 'through' && q > 1 && /^follow(s|ed|ing)?$/.test(tokens[q - 1].norm) && /^(not|never|without)$/.test(tokens[q - 2].norm)) return true;
  }
  return false;
}

/** "without paying the extra", "without facing", "no longer face": the words before the lever at `i` spare it. */
function spared(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k > 0 && (DETERMINERS.has(tokens[k].norm) || MODIFIERS.has(tokens[k].norm) || startsWithDigit(tokens[k].norm) || SPARED_MODIFIERS.has(tokens[k].norm))) k--;
  if (k > 0 && SPARED_VERBS.has(tokens[k].norm) && tokens[k - 1].norm === 'without') return true;
  // "will no longer face the 25% tariffs", "are no longer subject to the duties", "will no longer be hit by tariffs".
  let v = k;
  if (tokens[v]?.norm === 'to' && tokens[v - 1]?.norm === 'subject') v--;
  else if (/^(by|with)$/.test(tokens[v]?.norm ?? '') && tokens[v - 1]?.norm === 'hit') v--;
  else if (!NO_LONGER_FACED.has(tokens[v]?.norm ?? '')) return false;
  if (v !== k && /^(be|being)$/.test(tokens[v - 1]?.norm ?? '')) v--;
  return v > 1 && tokens[v - 1].norm === 'longer' && tokens[v - 2].norm === 'no';
}

/**
 * "approved H200 exports under a 25% Treasury surcharge", "hits US with tariffs", "goods subject to Canadian duties": a
 * measure named as the terms something happens under is in force, whatever the verb does to the rest of the clause.
 */
function underTerms(ctx: SentenceContext, m: Match<LeverEntry>): Stance | null {
  const { tokens, lexicon } = ctx;
  let k = m.i - 1;
  for (let steps = 0; k > 0 && steps < 4; k--, steps++) {
    const n = tokens[k].norm;
    const actor = covers(ctx.actors, k);
    if (!DETERMINERS.has(n) && !MODIFIERS.has(n) && !startsWithDigit(n) && !RATE_UNITS.has(n) && !actor) break;
  }
  const n = tokens[k]?.norm ?? '';
  const terms = n === 'under' || n === 'with' || (n === 'to' && tokens[k - 1]?.norm === 'subject');
  if (!terms || k < 1) return null;
  // "With the barley ban lifted", "with tariffs cut to 10%": the measure is what moves.
  const next = tokens[m.j]?.norm ?? '';
  if (lexicon.lessModifiers.has(next) || (m.j < tokens.length && verbClassAt(tokens, m.j, lexicon, m.entry.lever)) || FREE_OF.has(tokens[m.i - 1]?.norm ?? '')) return null;
  // "copper scrap is not subject to the reciprocal tariffs": spared the measure.
  if (n === 'to' && lexicon.negations.has(tokens[k - 2]?.norm ?? '')) return 'relax';
  return 'tighten';
}

/** Nouns of a decision that a participle after them describes ("a move imposing", "the order banning"). */
const DECISION_NOUNS = new Set(['move', 'moves', 'measure', 'measures', 'order', 'orders', 'rule', 'rules', 'decision', 'plan', 'proposal', 'policy', 'step', 'action', 'regulation', 'regulations', 'decree', 'directive']);

/** The verb at `k` goes on as before: "continue to buy", "continued buying", "keep purchasing". */
function continuing(tokens: Token[], k: number): boolean {
  const prev = tokens[k - 1]?.norm ?? '';
  const link = prev === 'to' ? tokens[k - 2]?.norm ?? '' : tokens[k].norm.endsWith('ing') ? prev : '';
  return /^(continue|continues|continued|continuing|keep|keeps|kept|keeping)$/.test(link);
}

/** Intransitive verbs of a quantity moving: what follows them behind "on" or "after" is the cause, not the thing moved. */
const MOVING = /^(rise|rises|rose|risen|rising|fall|falls|fell|fallen|falling|drop|drops|dropped|dropping|climb|climbs|climbed|climbing|jump|jumps|jumped|jumping|soar|soars|soared|soaring|surge|surges|surged|surging|plunge|plunges|plunged|plunging|plummet|plummets|plummeted|plummeting|tumble|tumbles|tumbled|tumbling|slump|slumps|slumped|slumping|sink|sinks|sank|sunk|sinking|slide|slides|slid|sliding|rally|rallies|rallied|rallying|rebound|rebounds|rebounded|rebounding|decline|declines|declined|declining)$/;
/** Words that give the cause of a move: "fell on the ban", "rose after the tariffs", "slumped amid". */
const MOVED_BY = new Set(['on', 'after', 'amid', 'following', 'despite', 'upon']);

/** A preposition of cause right after the verb at `k` (adverbs and amounts may stand between) and before the lever. */
function movedOn(tokens: Token[], k: number, i: number): boolean {
  for (let q = k + 1; q < i; q++) {
    const n = tokens[q].norm;
    if (MOVED_BY.has(n)) return true;
    if (!n.endsWith('ly') && !startsWithDigit(n) && !PERCENT_WORDS.has(n) && n !== 'by' && n !== 'as' && n !== 'much') return false;
  }
  return false;
}

/** Words before an object that are no verb: prepositions, and adverbs that bound a list ("not just controlled items"). */
const NOT_VERBS = new Set(['in', 'on', 'of', 'to', 'for', 'from', 'with', 'by', 'at', 'as', 'into', 'onto', 'about', 'over', 'under', 'than', 'like', 'against', 'without', 'just', 'only', 'even', 'also', 'still', 'merely', 'simply', 'and', 'or', 'but', 'because', 'that']);
/**
 * Verbs of changing or of an act's reach: not changing a lever keeps it ("does not affect the ban"), and a decision
 * that "does not cover" or "does not include" a lever leaves it as it was; their denial is no denial of the lever.
 */
const CHANGING = /^(chang|alter|affect|touch|modif|revis|adjust|amend|cover|includ|concern|reach|extend)/;

/**
 * The word before the lever's determiners and modifiers is a verb outside the lexicon and is denied ("not", "never",
 * "yet to" before it): "has not yet published its list", "does not expect the restrictions to".
 */
function deniedObject(ctx: SentenceContext, m: Match<LeverEntry>, lo: number): boolean {
  const { tokens, text } = ctx;
  let k = m.i - 1;
  while (k > lo && (DETERMINERS.has(tokens[k].norm) || (MODIFIERS.has(tokens[k].norm) && !NOT_VERBS.has(tokens[k].norm)) || startsWithDigit(tokens[k].norm) || tokens[k].possessive || covers(ctx.actors, k))) k--;
  if (k <= lo || punctuationBetween(text, tokens[k], tokens[m.i])) return false;
  const n = tokens[k].norm;
  if (NOT_VERBS.has(n) || n.endsWith('ly') || ctx.lexicon.negations.has(n) || n.endsWith("n't") || CHANGING.test(n) || COPULAS.has(n) || AUXILIARIES.has(n)) return false;
  // A verb stands right after the denial, an auxiliary or "to" ("not the original list" has an adjective there).
  const prev = tokens[k - 1].norm;
  if (!DENIALS.test(prev) && prev !== 'to' && prev !== 'yet' && !AUXILIARIES.has(prev)) return false;
  // ("without a licence", "refused to": other words of denial say the lever is needed or is the point.)
  for (let q = k - 1; q >= Math.max(lo, k - 4); q--) {
    if (DENIALS.test(tokens[q].norm)) return true;
    if (tokens[q].norm === 'yet' && tokens[q + 1]?.norm === 'to') return true;
  }
  return false;
}

const DENIALS = /^(not|never|n't)$|n't$/;

/** Words between a verb and its object that join or place rather than qualify it: past one, the lever is no object. */
const NOT_QUALIFYING = new Set(['of', 'and', 'or', 'up', 'out', 'back', 'off', 'down', 'in', 'per', 'by', 'about']);

/** Only what qualifies the lever (determiners, modifiers, amounts, names, adverbs) between the verb at `k` and it. */
function directObject(ctx: SentenceContext, k: number, m: Match<LeverEntry>): boolean {
  const { tokens, text } = ctx;
  for (let q = k + 1; q < m.i; q++) {
    if (punctuationBetween(text, tokens[q - 1], tokens[q])) return false;
    const n = tokens[q].norm;
    if (NOT_QUALIFYING.has(n)) return false;
    if (!DETERMINERS.has(n) && !MODIFIERS.has(n) && !startsWithDigit(n) && !PERCENT_WORDS.has(n) && !n.endsWith('ly') && !tokens[q].possessive && !covers(ctx.actors, q)) return false;
  }
  return !punctuationBetween(text, tokens[m.i - 1], tokens[m.i]);
}

/** "to" right before the verb at k (an adverb may stand between) and a word of failing before it: "failed to curb". */
function failedTo(tokens: Token[], k: number): boolean {
  const to = tokens[k - 1]?.norm === 'to' ? k - 1 : tokens[k - 2]?.norm === 'to' && tokens[k - 1].norm.endsWith('ly') ? k - 2 : -1;
  return to > 0 && FAILING.has(tokens[to - 1].norm);
}

/** "would not impose", "won't be imposed", "decided not to": a negation of a decision or a promise before verb k. */
function decidedAgainst(tokens: Token[], k: number): boolean {
  for (let q = k - 1; q >= Math.max(0, k - 5); q--) {
    const n = tokens[q].norm;
    if (/^(would|will|wouldn't|won't|shall|decided|agreed|pledged|promised|chose)$/.test(n)) return true;
    if (/^(never|has|have|had|did|didn't|does|doesn't|hasn't|haven't)$/.test(n)) return false;
  }
  return false;
}

export function negated(tokens: Token[], k: number, lexicon: CompiledLexicon): boolean {
  for (let q = k - 1; q >= Math.max(0, k - 5); q--) {
    const n = tokens[q].norm;
    // "did not rule out raising tariffs": a threat kept open, not a denial.
    if (n === 'out' && /^(rule|rules|ruled|ruling)$/.test(tokens[q - 1]?.norm ?? '')) return false;
    // "Announcement No. 72" numbers a document; it negates nothing.
    if (n === 'no' && /^\d/.test(tokens[q + 1]?.norm ?? '')) continue;
    if (lexicon.negations.has(n) || n.endsWith("n't")) return true;
    // "has yet to approve", "is yet to lift": not done so far.
    if (n === 'yet' && tokens[q + 1]?.norm === 'to' && /^(has|have|had|is|are|was|were)$/.test(tokens[q - 1]?.norm ?? '')) return true;
  }
  return false;
}

/** Whether token k is a word of another lever named in two or more words ("asset freezes and financing sanctions"). */
function inLongerLeverName(ctx: SentenceContext, m: Match<LeverEntry>, k: number): boolean {
  for (const o of ctx.levers) if (o !== m && o.i <= k && k < o.j && o.j - o.i > 1) return true;
  return false;
}

/** Words that open a clause of their own after the lever ("as the waiver ends", "while talks go on"). */
/** Pronouns that stand for a noun before them: "the duties it has imposed". */
const PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we']);
/** Words before a lever named as a cause: "due to tight export restrictions", "hit by US tariffs". */
const CAUSE_MODIFIERS = new Set(['tight', 'strict', 'harsh', 'heavy', 'steep', 'us', 'u', 's', 'american', 'chinese']);
/** The two words before "no" that make a lever said not to exist an easing: "face no", "will be no". */
const NO_LEVER_EASES = /(^| )(face|faces|faced|facing)$|^(will|would|shall) be$/;
const NO_LEVER_ADVERBS = new Set(['essentially', 'virtually', 'therefore', 'also', 'then', 'thus']);

/** "without paying any extra duty". */
const SPARED_MODIFIERS = new Set(['any', 'extra', 'additional']);
const SPARED_VERBS = new Set(['paying', 'facing', 'incurring', 'attracting']);
/** Verbs of bearing a measure that "no longer" before them eases: "will no longer face tariffs". */
const NO_LONGER_FACED = new Set(['face', 'faces', 'facing', 'pay', 'pays', 'paying', 'incur', 'attract', 'bear']);
const ENFORCING = new Set(['enforce', 'enforces', 'enforcing']);
/** "have fallen under European sanctions", "came under export controls". */
const FALLING_UNDER = new Set(['fall', 'falls', 'fell', 'fallen', 'falling', 'come', 'comes', 'came', 'coming']);
/** Links inside the words an analysis speaks of (analysedOnly). */
const ANALYSED_LINKS = new Set(['with', 'of', 'for', 'by', 'to', 'on', 'behind']);
const SUBORDINATORS = new Set(['as', 'while', 'although', 'though', 'whereas', 'because', 'since']);
/** What a complaint is against: "the WTO complaint it filed against Japan's tighter regulations". */
const COMPLAINED_OF = new Set(['against', 'over', 'about', 'regarding']);

export function stanceOf(ctx: SentenceContext, m: Match<LeverEntry>): Stance {
  const stance = stanceInClause(ctx, m);
  // "it would be 45 days before export licenses are issued": an easing still to come leaves the lever held.
  return stance === 'relax' && easingYetToCome(ctx, m) ? 'tighten' : stance;
}

/** "before (any further) export licences (for advanced chips) are issued / granted": the lever waits for its easing. */
function easingYetToCome(ctx: SentenceContext, m: Match<LeverEntry>): boolean {
  const { tokens, text } = ctx;
  let opened = false;
  for (let k = m.i - 1; k >= Math.max(0, m.i - 6); k--) {
    if (punctuationBetween(text, tokens[k], tokens[k + 1])) break;
    if (tokens[k].norm === 'before') { opened = true; break; }
  }
  if (!opened) return false;
  for (let k = m.j; k < Math.min(tokens.length - 1, m.j + 4); k++) {
    if (k > m.j && punctuationBetween(text, tokens[k - 1], tokens[k])) return false;
    if (/^(is|are|was|were|be|been|get|gets)$/.test(tokens[k].norm) && PENDING_EASINGS.has(tokens[k + 1].norm)) return true;
  }
  return false;
}

const PENDING_EASINGS = new Set(['issued', 'granted', 'approved', 'lifted', 'removed', 'eased', 'resumed', 'restored']);

function stanceInClause(ctx: SentenceContext, m: Match<LeverEntry>): Stance {
  const { tokens, lexicon, text } = ctx;
  const [lo, hi] = clauseOf(ctx.clauses, m.i);
  const leverId = m.entry.lever;
  const before = m.i > 0 ? tokens[m.i - 1].norm : '';
  const after = m.j < tokens.length ? tokens[m.j].norm : '';
  // "new U.S. energy purchases", "fewer Chinese student visas": a modifier may stand before a side's adjective.
  const sideAdjective = ctx.actors.find((a) => a.j === m.i && a.i > 0 && a.entry.side && !tokens[a.j - 1].possessive && !punctuationBetween(text, tokens[a.j - 1], tokens[m.i]));
  const modAt = sideAdjective && !punctuationBetween(text, tokens[sideAdjective.i - 1], tokens[sideAdjective.i]) ? sideAdjective.i - 1 : m.i - 1;
  const modBefore = modAt >= 0 ? tokens[modAt].norm : '';
  const settle = (k: number, cls: VerbClass): Stance => {
    // "the Commerce Department division that enforces export controls", "responsible for enforcing them": a body
    // described by its task, not a move.
    if (ENFORCING.has(tokens[k].norm) && (/^(that|which|who)$/.test(tokens[k - 1]?.norm ?? '') || (/^(for|with)$/.test(tokens[k - 1]?.norm ?? '') && /^(responsible|charged|tasked)$/.test(tokens[k - 2]?.norm ?? '')))) return 'neutral';
    // "moved production to Mexico to avoid the Section 301 tariffs", "could avoid tariffs by becoming the 51st state":
    // a measure that firms dodge, or that a side escapes only on a condition, is in force or threatened.
    if (DODGING.has(tokens[k].norm) && k < m.i && polarityFrom(ctx, k + 1, m, k) === 'measure' && dodged(ctx, k, m.j, lo)) return 'tighten';
    // "would not retaliate against US tariffs": what is retaliated against is in force, whatever is done about it.
    if (RETALIATING.has(tokens[k].norm) && k < m.i && /^(against|for|over|to)$/.test(tokens[k + 1]?.norm ?? '')) return 'tighten';
    // ("its failure to curb fentanyl exports", "of failing to stop the flow": what a side failed to do is not done; a
    // lever past a comma after it, "..., and a 10% tariff placed on all countries", is not what was not done.)
    if (negated(tokens, k, lexicon) || (failedTo(tokens, k) && (k > m.i || !commaWithin(ctx, k + 1, m.i)))) {
      // Not easing is holding on ("did not lift the tariffs", "can no longer sell the chips", "not permitted"); not
      // tightening says nothing ("has never restricted exports").
      const pol = polarityFrom(ctx, k + 1, m, k);
      // "declined to block the law": not stopping a measure keeps it.
      const meant = cls === 'tighten' && pol === 'measure' && k < m.i && PREVENTING.has(tokens[k].norm) ? 'relax' : resolve(cls, pol);
      if (meant === 'relax' || PERMISSIONS.test(tokens[k].norm)) return 'tighten';
      // "would not be imposed", "won't put additional tariffs", "decided not to impose": a decision against a measure
      // eases it; "has never restricted exports" only says what was not done.
      // "will no longer require licences", "no longer imposes the duty": a tightening stopped eases.
      const stopped = tokens.slice(Math.max(0, k - 3), k).some((t, q, near) => t.norm === 'longer' && near[q - 1]?.norm === 'no');
      return meant === 'tighten' && (stopped || (pol === 'measure' && decidedAgainst(tokens, k))) ? 'relax' : 'neutral';
    }
    // "must apply for licences", "required to get approvals when shipping": a requirement holds the flow back.
    // "added 23 items that require approval": goods put where a requirement holds them.
    const relative = (tokens[m.j]?.norm === 'that' || tokens[m.j]?.norm === 'which') && required(tokens, m.j + 1, Math.min(tokens.length, m.j + 3));
    // ("The agreement required China to boost its purchases": a purchase required of the buyer is more of it.)
    if ((cls === 'more' || cls === 'relax') && !boughtGood(ctx, m) && (required(tokens, Math.max(0, k - 12), k) || required(tokens, k + 1, m.i) || (k < m.i && relative))) return 'tighten';
    // "stop selling chips", "barred Nvidia from selling", "waived its right to impose duties": a stopping verb
    // before another reverses it.
    // Only words between the lever and the verb, or before both: never the lever's own words.
    const floor = k >= m.j ? m.j : Math.max(lo, k - 6);
    for (let q = k - 1, unknown = 0; q >= Math.max(lo, k - 6, floor); q--) {
      const prior = verbClassAt(tokens, q, lexicon, leverId);
      const giving = prior === 'relax' && GIVING_UP.has(tokens[q].norm);
      const stopping = prior === 'less' || (prior === 'tighten' && tokens[k - 1]?.norm === 'from') || PREVENTING.has(tokens[q].norm);
      if ((stopping || giving) && (cls === 'more' || cls === 'tighten')) return resolve('less', polarityFrom(ctx, k + 1, m, k));
      if (stopping && cls === 'relax') return 'tighten'; // "stopped buying US farm goods"
      // "cancel a planned increase in tariffs", "cancel a 5 percent increase": a participle after a determiner, or a
      // rate, qualifies the noun; read on past it.
      if (!punctuationBetween(ctx.text, tokens[q], tokens[q + 1]) && ((q > lo && DETERMINERS.has(tokens[q - 1].norm) && /(ed|en)$/.test(tokens[q].norm)) || startsWithDigit(tokens[q].norm) || PERCENT_WORDS.has(tokens[q].norm))) continue;
      if (prior || punctuationBetween(ctx.text, tokens[q], tokens[q + 1])) break;
      // "barred Nvidia from selling": the one stopped may stand between the two verbs.
      if (!CHAIN_LINKS.has(tokens[q].norm) && (tokens[k - 1]?.norm !== 'from' || ++unknown > 4)) break;
    }
    // "will remain off-limits", "stay banned": kept out is held back, whatever the object.
    if (cls === 'keep' && k >= m.j && OFF_LIMITS.test(normsOf(tokens, k + 1, k + 3).join(' '))) return 'tighten';
    // "the 24% tariff stays suspended", "the duties remain on hold": a measure kept eased is eased.
    const polarity = polarityFrom(ctx, k + 1, m, k);
    // "will continue to buy Russian oil", "kept buying soybeans": more of the same flow is no move.
    if ((cls === 'more' || cls === 'relax') && polarity === 'flow' && continuing(tokens, k)) return 'neutral';
    // "China bought $19.5 billion worth of farm goods in 2017", "products China purchased annually before the trade
    // war": trade dated to a year or told as a yearly habit is counted, not moved.
    if ((cls === 'more' || cls === 'relax') && polarity === 'flow' && TRADING.has(tokens[k].norm) && datedTrade(ctx, k, hi)) return 'neutral';
    // "vote to block the tariffs", "barred the sanctions": stopping a measure eases it. ("China will prohibit foreign
    // firms listed as unreliable entities", "restrict more companies through the Entity List": a measure that is not
    // the verb's object is the means of the stopping, not what is stopped.)
    if (cls === 'tighten' && polarity === 'measure' && k < m.i && PREVENTING.has(tokens[k].norm) && directObject(ctx, k, m)) return 'relax';
    // "exporters struggled to obtain licences", "unable to buy chips": a flow that could not be had is held back.
    if ((cls === 'more' || cls === 'relax') && tokens[k - 1]?.norm === 'to' && /^(struggle|struggles|struggled|struggling|scramble|scrambles|scrambled|scrambling|fail|fails|failed|failing|unable|difficult|hard|impossible)$/.test(tokens[k - 2]?.norm ?? '')) return 'tighten';
    const meant = resolve(cls, polarity);
    // "Tokyo is urging Beijing to rescind the controls", "called on the EU to cancel its EV tariffs": an easing asked
    // of the holder is not had; the lever stands.
    // ("urged Washington to quickly lift": an adverb may stand before the verb.)
    const to = infinitiveTo(tokens, k);
    if (meant === 'relax' && polarity === 'measure' && to > 0 && askedActorEndingBefore(tokens, ctx.actors, to) !== undefined) return 'tighten';
    // "working to remove China's trade bans", "its effort to overturn the law", "opposed to ending the ban": an easing
    // striven for, or fought, is not had.
    if (meant === 'relax' && polarity === 'measure' && k < m.i && tokens[k - 1]?.norm === 'to' && STRIVING.has(tokens[k - 2]?.norm ?? '')) return 'tighten';
    // "South Korea hopes Japan will ease its export controls": an easing hoped for is not had either.
    if (meant === 'relax' && polarity === 'measure' && k < m.i && /^(will|would)$/.test(tokens[k - 1]?.norm ?? '') && tokens.slice(Math.max(lo, k - 6), k - 1).some((t) => HOPING.has(t.norm))) return 'tighten';
    // "China's broken promises to buy U.S. farm goods", "failing to follow through on a promise to buy", "scrapping an
    // earlier deal to buy more": an easing promised and then not made holds the lever.
    if (meant === 'relax' && tokens[k - 1]?.norm === 'to' && PROMISES.has(tokens[k - 2]?.norm ?? '') && brokenBefore(ctx, k - 2)) return 'tighten';
    // "will be imposed in 21 days unless the US tariffs are lifted": an easing that has not happened holds the lever.
    if (meant === 'relax' && tokens.slice(Math.max(lo, Math.min(k, m.i) - 4), Math.min(k, m.i)).some((t) => t.norm === 'unless' || t.norm === 'until')) return 'tighten';
    // "if any US president would remove chip restrictions", "if Beijing allows H200 sales": an easing only supposed.
    if (meant === 'relax' && k < m.i && supposedAt(tokens, k, lo)) return 'neutral';
    return meant;
  };
  // "Tariff story takes new twists", "the H20 model tailored for export restrictions": the verb is the head noun's.
  if (m.j < tokens.length && NAMED_HEADS.has(after) && !punctuationBetween(text, tokens[m.j - 1], tokens[m.j])) return 'neutral';
  // "which depends heavily on EDA tools", "its dependence on China for rare earths fell": a good a side relies on is
  // described, whatever verb governs the clause.
  if (ownPolarity(ctx, m) === 'flow' && reliedOn(ctx, m, lo)) return 'neutral';
  // "Unlike sanctions, the instrument needs no unanimity", "empty shelves are worse than a tariff": a lever set beside
  // another thing for comparison, or any one of its kind, is only described.
  if (comparedWith(ctx, m)) return 'neutral';
  // "targeting India's continued purchase of Russian oil", "a penalty for its continued import of Russian oil": a flow
  // said to go on as before is described, not moved (as "continue to buy" is).
  if (ownPolarity(ctx, m) === 'flow' && goingOn(ctx, m, lo)) return 'neutral';
  // "Japan controls 92% of the global resist supply", "India accounted for 38% of Russian crude oil exports": a
  // good in a market share is counted.
  if (ownPolarity(ctx, m) === 'flow' && shareOf(ctx, m, lo)) return 'neutral';
  // ("suspended the tariff exemption", "revoked its tariff waivers": an easing taken away tightens.)
  if ((FREE_OF.has(before) || FREE_OF.has(after)) && m.entry.polarity === 'measure') return FREE_OF.has(after) && removedAt(ctx, m.i, leverId) ? 'tighten' : 'relax';
  // "US ethanol will enter the UK tariff-free", "duty-free imports of beef": goods let in free of a measure.
  if (m.entry.polarity === 'flow' && lexicon.levers.get(leverId)?.openHolder && freeOfMeasure(ctx, m, hi)) return 'relax';
  // "import US soybeans without paying the extra duty", "enter without facing tariffs": spared the measure.
  if (m.entry.polarity === 'measure' && spared(tokens, m.i)) return 'relax';
  // "revenue was cut due to tight export restrictions", "farmers affected by retaliatory tariffs": a measure named as
  // the cause of harm is in force, whatever verb governs the clause.
  const ownMeasure = ownPolarity(ctx, m) === 'measure';
  if (ownMeasure) {
    if (causing(ctx, m.i)) return 'tighten';
    // "The reprieve covers $3.2 billion a year in U.S. fees": what an easing covers is eased.
    for (let k = m.i - 1; k >= Math.max(lo + 1, m.i - 12); k--) {
      if (!COVERING.has(tokens[k].norm)) continue;
      if (EASINGS.has(tokens[k - 1].norm) || EXEMPTIONS.has(tokens[k - 1].norm)) return 'relax';
      break;
    }
    // "with punitive tariffs", "denied under the embargo", "not subject to the reciprocal tariffs".
    const terms = underTerms(ctx, m);
    if (terms) return terms;
    // "would reverse the tariff rate back to 25% from 15%", "tariffs on canola will drop from 84 percent to 15
    // percent": two rates after the lever say which way it moved, whatever the verb.
    const moved = rateMove(ctx, m);
    if (moved) return moved;
    // "will now face a 10% tariff, down from the punitive 25% rate": a rate said to have come down was cut.
    // ("at a tariff of 6.1 percent, a steep drop from the 100 percent duty", "a 25% tariff, up from 10%".)
    for (let k = m.j; k < Math.min(tokens.length, m.j + 8); k++) {
      if (tokens[k + 1]?.norm === 'from' && /\d/.test(text.slice(tokens[k + 1].end, (tokens[k + 4] ?? tokens[tokens.length - 1]).end))) {
        const n = tokens[k].norm;
        if (n === 'down' || (RATE_FALLS.has(n) && k > m.j)) return 'relax';
        if (n === 'up' || (RATE_RISES.has(n) && k > m.j)) return 'tighten';
      }
      if (k > m.j && hasCharIn(text, tokens[k - 1].end, tokens[k].start, ';:()')) break;
    }
  }
  // "postponing the date that he threatened to impose such duties", "would delay for six months a decision on whether
  // to impose Section 232 tariffs": putting the lever in force is what a delayed date or decision is about.
  // ("The new tariffs will go into effect on Aug. 6, not on Friday as Trump announced": a start moved, not the one
  // first set.)
  if (ownMeasure && (putOffBefore(ctx, m) || startMoved(ctx, m))) return 'relax';
  const easing = easedBy(ctx, m);
  // "removing an exemption to tariffs": taking the easing away tightens.
  // "the end of the quotas" eases a measure; "the end of de minimis exemptions", "a suspension of purchases" hold a flow
  // back.
  if (easing >= 0) {
    // "India sought an exemption from the new tariffs": an easing asked for is not had; the measure stands.
    if (polarityFrom(ctx, m.i, m) === 'measure' && tokens.slice(Math.max(0, easing - 4), easing).some((t) => SEEKING.test(t.norm))) return 'tighten';
    // "failed to produce an immediate rollback of the ban", "having failed to persuade Washington to give it a waiver
    // from the levy": an easing not won leaves the measure standing.
    if (polarityFrom(ctx, m.i, m) === 'measure' && tokens.slice(Math.max(0, easing - 8), easing).some((t, q, near) => FAILING.has(t.norm) && near[q + 1]?.norm === 'to')) return 'tighten';
    const eased = FREE_OF.has(tokens[easing].norm) || polarityFrom(ctx, m.i, m) === 'measure' ? 'relax' : 'tighten';
    return removedAt(ctx, easing, leverId) ? (eased === 'relax' ? 'tighten' : 'relax') : eased;
  }
  // "there was no new tariff on LNG", "did not constitute an outright ban": a lever said not to exist.
  for (let k = m.i - 1; k >= Math.max(lo, m.i - 3); k--) {
    const n = tokens[k].norm;
    // ("the measures are not a complete ban": a copula denied.)
    // ("was not in any way a trade embargo": "in any way", "by any means" may stand after the negation.)
    const p = tokens[k - 1]?.norm === 'way' || tokens[k - 1]?.norm === 'means' ? (tokens[k - 2]?.norm === 'any' && /^(in|by)$/.test(tokens[k - 3]?.norm ?? '') ? k - 3 : k) : k;
    const deniedCopula = lexicon.negations.has(tokens[p - 1]?.norm ?? '') && COPULAS.has(tokens[p - 2]?.norm ?? '');
    // "These countries face essentially no restrictions", "there will be no tariff on these products": a target
    // spared the lever, or a lever promised not to come, eases it.
    if (n === 'no' && NO_LEVER_EASES.test(normsOf(tokens, Math.max(0, k - 4), k).filter((w) => !NO_LEVER_ADVERBS.has(w)).slice(-2).join(' '))) return 'relax';
    if (n === 'no' || ((n === 'a' || n === 'an') && ((/^(constitute|constitutes|constituted|mean|means|amount|amounts)$/.test(tokens[k - 1]?.norm ?? '') && negated(tokens, k - 1, lexicon)) || deniedCopula))) return 'neutral';
    if (!MODIFIERS.has(n) && n !== 'complete' && n !== 'outright' && n !== 'real') break;
  }
  // A governing verb on the left, nearest first, within the clause.
  let overSeen = false;
  let complainedOf = false;
  for (let k = m.i - 1; k >= Math.max(lo, m.i - 12); k--) {
    if (tokens[k].possessive && k < m.i - 1) continue;
    // "not all restrictions have been removed: exports of X are still restricted": a colon or semicolon ends the reach.
    if (hasCharIn(text, tokens[k].end, tokens[k + 1].start, ':;')) break;
    // "sanctions 20 firms over arms sales": what follows a reason is not a punishment's object.
    if (REASONS.has(tokens[k].norm)) break;
    // "said that the talks would resume and that the tariff threat was put off": a second reported clause.
    if (tokens[k].norm === 'that' && /^(and|or|but)$/.test(tokens[k - 1]?.norm ?? '')) break;
    if (tokens[k].norm === 'over') overSeen = true;
    // "withdrew the WTO complaint it filed against Japan's tighter regulations": what a complaint is against is in
    // force; a verb before the complaint moves the complaint.
    if (COMPLAINED_OF.has(tokens[k].norm)) complainedOf = true;
    // "delaying a response to U.S. tariffs", "in retaliation for the duties": what is answered is in force, whatever is
    // done to the answer.
    if (ownMeasure && REPLY_NOUNS.has(tokens[k].norm) && /^(to|against|for)$/.test(tokens[k + 1]?.norm ?? '') && k + 1 < m.i) return 'tighten';
    if (ownMeasure && complainedOf && COMPLAINING.has(tokens[k].norm) && !/^(drag|drags|dragged|sue|sues|sued)$/.test(tokens[k].norm)) return 'tighten';
    // "The licence suspensions were among new restrictions": a verb form before "were" is the subject's noun, not
    // the verb that governs the lever.
    // ("as were port fees" repeats the verb before it: that one still governs).
    // "Also paused were 100% tariffs on cranes": an inverted passive, the participle first, moves the lever after it.
    if (COPULAS.has(tokens[k].norm) && k - 1 >= lo && tokens[k - 1].norm.endsWith('ed') && (k - 1 === lo || /^(also|similarly|likewise)$/.test(tokens[k - 2]?.norm ?? ''))) {
      const inverted = verbClassAt(tokens, k - 1, lexicon, leverId);
      if (inverted) return settle(k - 1, inverted);
    }
    if (COPULAS.has(tokens[k].norm) && k < m.i - 1 && !/^(as|so)$/.test(tokens[k - 1]?.norm ?? '')) break;
    // "it includes targeted tariff reductions": a participle right before a lever whose head after it is the move
    // describes that move.
    if (k === m.i - 1 && (tokens[k].norm.endsWith('ed') || tokens[k].norm.endsWith('en')) && (lexicon.moreModifiers.has(after) || lexicon.lessModifiers.has(after))) continue;
    // "cuts off Huawei's efforts to undermine U.S. export controls", "in violation of US sanctions": a measure that is
    // got round or broken is in force, whatever is done to the one getting round it.
    if (ownMeasure && UNDERMINING.has(tokens[k].norm)) return 'tighten';
    // "asset freezes and financing sanctions": a word of another lever's name is no verb of this one.
    const cls = inLongerLeverName(ctx, m, k) ? undefined : verbClassAt(tokens, k, lexicon, leverId);
    if (!cls) continue;
    // "Shares of ZTE suppliers fell sharply on the Commerce ban", "prices rose after the tariffs": a market that moves
    // on a lever says the lever is there; the move is the market's, so it does not pull the lever.
    if (MOVING.test(tokens[k].norm) && movedOn(tokens, k, m.i)) break;
    // "Restrictions on some beef exporters remain, and imports of rock lobster are still blocked": a verb that ends
    // the clause before ", and" is that clause's.
    if (k + 2 < m.i && /^(and|but)$/.test(tokens[k + 1].norm) && hasCharIn(text, tokens[k].end, tokens[k + 1].start, ',')) break;
    // "have fallen under European sanctions", "came under export controls": brought under a measure in force.
    if (FALLING_UNDER.has(tokens[k].norm) && /^(under|within)$/.test(tokens[k + 1]?.norm ?? '') && ownMeasure) return 'tighten';
    // "removing an exemption to tariffs": the verb before the exemption moves it, and removing an easing tightens.
    if (EXEMPTIONS.has(tokens[k].norm) && /^(to|from|for|on)$/.test(tokens[k + 1]?.norm ?? '')) {
      // "India sought an exemption from the new tariffs": an easing asked for is not had; the lever stands.
      if (tokens.slice(Math.max(lo, k - 4), k).some((t) => SEEKING.test(t.norm))) return 'tighten';
      for (let q = k - 1; q >= Math.max(lo, k - 4); q--) {
        const c = verbClassAt(tokens, q, lexicon, leverId);
        if (c) return settle(q, c);
      }
    }
    if (overSeen && cls === 'tighten') break;
    if (tokens[k + 1]?.norm === 'that') continue; // "denied that", "said that": reporting, not acting.
    // "pause newly imposed export controls", "lift the recently announced tariffs": a participle that qualifies the
    // lever is no move of its own when a verb before it governs the phrase.
    if ((tokens[k].norm.endsWith('ed') || tokens[k].norm.endsWith('en')) && k > lo && (DETERMINERS.has(tokens[k - 1].norm) || tokens[k - 1].norm.endsWith('ly'))) {
      let q = k - 1;
      while (q > lo && (DETERMINERS.has(tokens[q].norm) || tokens[q].norm.endsWith('ly'))) q--;
      const outer = q < k - 1 || DETERMINERS.has(tokens[k - 1].norm) ? verbClassAt(tokens, q, lexicon, leverId) : undefined;
      if (outer && !AUXILIARIES.has(tokens[q].norm) && !punctuationBetween(text, tokens[q], tokens[q + 1])) return settle(q, outer);
    }
    // "could ease punishing US tariffs": an "-ing" adjective right after the verb that governs the phrase.
    if (tokens[k].norm.endsWith('ing') && k - 1 >= lo && !AUXILIARIES.has(tokens[k - 1].norm) && !COPULAS.has(tokens[k - 1].norm) && !punctuationBetween(text, tokens[k - 1], tokens[k])) {
      const outer = verbClassAt(tokens, k - 1, lexicon, leverId);
      if (outer && !tokens[k - 1].norm.endsWith('ing')) return settle(k - 1, outer);
    }
    if (k === modAt && (lexicon.moreModifiers.has(modBefore) || lexicon.lessModifiers.has(modBefore))) break;
    // "scrap the duties it has imposed on wine", "suspended the order that had banned gallium": a verb inside a
    // relative clause describes the head; an easing verb outside it is the move.
    const outer = relativeClauseStart(ctx, k, lo);
    if (outer >= 0) {
      for (let q = outer - 1; q >= Math.max(lo, outer - 8); q--) {
        const c = verbClassAt(tokens, q, lexicon, leverId);
        if (c && resolve(c, 'measure') === 'relax') return settle(q, c);
        if (c) break;
      }
      // "announced the suspension of Section 2 of Announcement No. 46, which imposed export controls": the clause
      // describes what an easing noun before it (across its comma) takes away.
      if (tokens[outer].norm === 'which' && ownMeasure && easingOf(ctx, outer)) return 'relax';
      // "the clause of an order that had banned exports of gallium, germanium and antimony was suspended": a relative
      // clause inside the subject describes its head; the main verb after it, when it eases, is the move.
      const main = headOpensClause(ctx, outer, lo, leverId) ? predicateAfter(ctx, m.j, hi, leverId) : -1;
      if (main >= 0) {
        const c = verbClassAt(tokens, main, lexicon, leverId)!;
        // (What the main verb eases is the head, a measure, whatever the lever inside the clause is.)
        if (resolve(c, 'measure') === 'relax' && !negated(tokens, main, lexicon)) return 'relax';
      }
    }
    return settle(k, cls);
  }
  // "committed to buy $200 billion more in American goods ..., including an extra $32 billion of farm products": an
  // example moves with the goods it is an example of, which the verb before them governs.
  const example = exampleMarkerBefore(ctx, m, lo);
  if (example >= 0) {
    for (let k = example - 1; k >= Math.max(0, example - 25); k--) {
      if (hasCharIn(text, tokens[k].end, tokens[k + 1].start, ':;')) break;
      if (REASONS.has(tokens[k].norm) || (COPULAS.has(tokens[k].norm) && k < example - 1)) break;
      // ("a probe into analog chips imported from the US, including interface chips": a lever named before is what
      // this one exemplifies, and its pull is this one's.)
      const named = ctx.levers.find((o) => o.j - 1 === k);
      if (named) {
        const done = ctx.done.get(named);
        if (done) return done.stance;
        break;
      }
      const cls = verbClassAt(tokens, k, lexicon, leverId);
      if (cls) return settle(k, cls);
    }
  }
  // A heading ("Tariffs", "Sanction response") names a topic.
  // ("Visas shortened" has a move in it: read on.)
  // ("New visa restrictions" says what moved: read on.)
  if (tokens.length <= 3 && !lexicon.moreModifiers.has(before) && !lexicon.lessModifiers.has(before) && !tokens.some((t, k) => (k < m.i || k >= m.j) && verbClassAt(tokens, k, lexicon, leverId))) return 'neutral';
  // "a zero-tariff quota", "tariff-free access": the lever is waived whatever the verb around it says.
  if ((FREE_OF.has(before) || FREE_OF.has(after)) && m.entry.polarity === 'measure') return 'relax';
  // After the lever the modifier is itself the head ("tariff cuts", "the tariff truce"): it pulls the lever, whatever
  // qualifies the head ("broader tariff reductions").
  if (lexicon.moreModifiers.has(after) && !punctuationBetween(text, tokens[m.j - 1], tokens[m.j])) return resolve('more', ownMeasure ? 'measure' : 'flow');
  // ("the ban cut off most of its output": a verb with its particle and object, not "ban cuts".)
  const objectAfter = m.j + 1 < tokens.length && /^(off|out|the|a|an|its|their|his|her|most|all|much)$/.test(tokens[m.j + 1].norm);
  if (lexicon.lessModifiers.has(after) && !objectAfter && !punctuationBetween(text, tokens[m.j - 1], tokens[m.j])) return resolve('less', ownMeasure ? 'measure' : 'flow');
  // Words right next to the lever: "new tariffs", "the truce".
  // ("Despite the truce, export controls stay": a word before a comma is no modifier of the lever.)
  const modJoined = modAt >= 0 && !punctuationBetween(text, tokens[modAt], tokens[modAt + 1]);
  if (modJoined && lexicon.moreModifiers.has(modBefore)) return resolve('more', polarityFrom(ctx, m.i, m));
  if (modJoined && lexicon.lessModifiers.has(modBefore)) return resolve('less', polarityFrom(ctx, m.i, m));
  // A verb on the right: "tariffs were lifted", "deliveries to China resumed", "licences will be suspended".
  let from = m.j;
  if (m.i <= lo + 1 && m.j < tokens.length && /^\s*,/.test(text.slice(tokens[m.j - 1].end, tokens[m.j].start))) {
    // "Tungsten, used in armour-piercing rounds, was placed under export controls": step over the aside.
    for (let k = m.j + 1; k < Math.min(tokens.length, m.j + 20); k++) {
      if (/,/.test(text.slice(tokens[k - 1].end, tokens[k].start))) {
        from = k;
        break;
      }
    }
  }
  let inPhrase = false;
  let listing = false;
  const named = (k: number) => covers(ctx.actors, k) || covers(ctx.levers, k);
  let resumeAt = -1;
  for (let k = from, skipped = 0; k < Math.min(hi, tokens.length) && skipped < 10; k++, skipped += named(k - 1) ? 0 : 1) {
    const gap = text.slice(tokens[k - 1].end, tokens[k].start);
    // "The duties, which ranged from 116 to 218 percent, will cease to apply": a relative clause that moves nothing is
    // stepped over to the verb of the main clause after it.
    if (k > from && tokens[k].norm === 'which' && /^\s*,\s*$/.test(gap)) {
      const end = mainClauseAfter(ctx, k, leverId);
      if (end > 0) {
        resumeAt = end;
        k = end - 1;
        continue;
      }
    }
    // "the Mexican tariffs, which take effect immediately": a relative clause still speaks of the lever.
    // ("Tariffs on steel, aluminium and cars will be lifted": a comma inside the lever's list of objects is no end.)
    const comma = /^\s*,\s*$/.test(gap);
    if (comma) listing = (inPhrase || listing || k === m.j) && listGoesOn(ctx, k, hi, leverId);
    if (k !== resumeAt && k > from && /[,;:()\u2014\u2013]|\s-\s/.test(gap) && !(comma && (listing || /^(which|that)$/.test(tokens[k].norm)))) break;
    const n = tokens[k].norm;
    // "face U.S. curbs on China operations as the waiver ends": a clause of its own.
    if (SUBORDINATORS.has(n) && k > m.j) break;
    // "The de minimis rule was a key driver", "H20 is the chip Nvidia tailored": a definition, not a move.
    // "The duties are a response to the US steel tariffs", "the tariffs were retaliation for": a lever used in reply.
    if (COPULAS.has(n) && !inPhrase && answering(tokens, k + 1)) return 'tighten';
    // ("Pork was the heaviest blow", "the visa restrictions are the first that Washington has imposed", "motorcycles are
    // one of the products affected by the tariff": a definition that tells the lever's bite is no mere definition.)
    if (COPULAS.has(n) && !inPhrase && DEFINING.has(tokens[k + 1]?.norm ?? '') && !bitingPredicate(ctx, k + 1, hi)) return 'neutral';
    // "The tariffs had been part of a broader trade dispute", "Tariffs were only part of it", "its soybean purchases are
    // among its most effective levers": a lever placed in a larger whole is described ("are among the products
    // affected by the tariff" tells its bite).
    if (!inPhrase && (COPULAS.has(n) || (n === 'been' && /^(has|have|had)$/.test(tokens[k - 1]?.norm ?? '')))) {
      let q = k + 1;
      while (q < Math.min(hi, tokens.length) - 1 && (tokens[q].norm.endsWith('ly') || /^(only|just|also|still|not|now)$/.test(tokens[q].norm))) q++;
      const whole = tokens[q]?.norm === 'among' || (tokens[q]?.norm === 'part' && tokens[q + 1]?.norm === 'of');
      if (whole && !bitingPredicate(ctx, q, hi)) return 'neutral';
    }
    // "The 15% tariff is still seen as a disappointing outcome", "These tariff tranches are generally referred to as
    // Lists 1, 2, and 3", "the Mexico tariffs were framed as an emergency": how a lever is regarded describes it ("seen
    // as retaliation", or a predicate that tells its bite, still tells its use).
    if (COPULAS.has(n) && !inPhrase && k === m.j) {
      const as = regardedAs(tokens, k + 1);
      if (as > 0 && !answering(tokens, as) && !bitingPredicate(ctx, as, hi)) return 'neutral';
    }
    // "The H20 microprocessor was specifically designed by Nvidia": what a good was made for describes it (a measure
    // "designed to cut off" Huawei is wielded).
    if (COPULAS.has(n) && !inPhrase && !ownMeasure && MADE_FOR.has((tokens[k + 1]?.norm.endsWith('ly') ? tokens[k + 2] : tokens[k + 1])?.norm ?? '')) return 'neutral';
    // "DUV machines can still be used to make advanced chips", "gallium is used in radar": what a good serves for
    // describes it (a measure "used as a weapon" is wielded).
    if (n === 'used' && !ownMeasure && /^(be|is|are|was|were|been)$/.test(tokens[k - 1]?.norm ?? '') && /^(to|in|for|by)$/.test(tokens[k + 1]?.norm ?? '') && tokens.slice(m.j, k).every((t) => AUXILIARIES.has(t.norm) || t.norm.endsWith('ly'))) return 'neutral';
    // "tariffs are paid by importers", "costs borne by consumers": who pays is analysis.
    // ("Cognac makes up the vast majority of EU brandy exports": a share counted.)
    if (DESCRIBING.has(n) || (n === 'aimed' && COPULAS.has(tokens[k - 1]?.norm ?? '')) || (n === 'makes' && tokens[k + 1]?.norm === 'up' && tokens[k + 2]?.norm !== 'for' && /^\s+$/.test(text.slice(tokens[k].end, tokens[k + 1].start)))) return 'neutral';
    const cls = verbClassAt(tokens, k, lexicon, leverId);
    // "the tariff threat was put off": a noun of intent after the lever is moved by the verb that follows it.
    if (cls && k === m.j && CHAIN_LINKS.has(n)) {
      for (let q = k + 1; q < Math.min(hi, tokens.length, k + 5); q++) {
        const c = verbClassAt(tokens, q, lexicon, leverId);
        if (c) return settle(q, c);
        if (!AUXILIARIES.has(tokens[q].norm) && !COPULAS.has(tokens[q].norm) && !tokens[q].norm.endsWith('ly')) break;
      }
    }
    // "the 24% tariff stays suspended", "the duties remain on hold": a measure kept eased is eased.
    if (cls === 'keep' && ownMeasure && KEPT_EASED.test(normsOf(tokens, k + 1, k + 3).join(' '))) return 'relax';
    // "The restrictions have slashed exports": a lever that acts on an object is in force and biting.
    // ("tariffs do increase prices", "duties will raise the costs of goods": an effect on prices is analysis.)
    if (cls && cls !== 'relax' && ownMeasure && actsOnObject(ctx, m.j, k)) return pricedObject(tokens, k + 1) ? 'neutral' : 'tighten';
    // "Talks on tariffs will resume next week": the verb after a lever that a topic noun governs moves the topic.
    if (cls && topicOf(ctx, m.i)) return 'neutral';
    // "The tariffs Canada imposed on US whiskey were removed": a relative clause without "that" describes the lever;
    // the verb of the main clause after it is the move.
    // "The tariffs imposed on Chinese goods were lifted in May": a participle right after the lever that opens the
    // clause qualifies it; the main verb after it is the move.
    if (cls && k === m.j && (n.endsWith('ed') || n.endsWith('en')) && subjectOfClause(ctx, m, lo)) {
      const main = mainVerbAfter(ctx, k, hi, leverId);
      const mainCls = main >= 0 ? verbClassAt(tokens, main, lexicon, leverId)! : undefined;
      // ("Tariffs imposed by China on U.S. soybeans have slashed exports": biting, as below.)
      if (mainCls && mainCls !== 'relax' && ownMeasure && actsOnObject(ctx, k + 1, main)) return 'tighten';
      if (mainCls) return settle(main, mainCls);
    }
    if (cls && k > m.j && reducedRelative(ctx, m.j, k)) {
      const main = mainVerbAfter(ctx, k, hi, leverId);
      if (main >= 0) return settle(main, verbClassAt(tokens, main, lexicon, leverId)!);
    }
    // "cashmere from the UK will have the 25 percent surcharge added": goods that have a measure put on them.
    if (cls && !ownMeasure && k > m.j && haveMeasure(ctx, m.j, k)) return resolve(cls, 'measure');
    if (cls) return settle(k, cls);
    const passable = AUXILIARIES.has(n) || lexicon.negations.has(n) || n === 'longer' || n === 'also' || n === 'still' || (n === 'between' && k === m.j) || n.endsWith('ly') || TARGET_PREPOSITIONS.has(n) || DETERMINERS.has(n) ||
      named(k) || lexicon.measureNouns.has(n) || lexicon.flowNouns.has(n) ||
      PASSABLE_NOUNS.has(n) || (ASPECTUAL.has(n) && tokens[k + 1]?.norm === 'to') ||
      // "exports of polyimides and hydrogen fluoride ... are still restricted": the next member of a list.
      ((n === 'and' || n === 'or') && startsAt(ctx.levers, k + 1)) ||
      // "H200 chips will remain off-limits": the generic noun the model name was merged with.
      (k === m.j && lexicon.leverFirstTokens.has(n) && !lexicon.verbs.has(n)) ||
      // "tariffs on Chinese imports linked to fentanyl will be halved": a participle that qualifies the lever's object.
      (inPhrase && n.endsWith('ed') && k > m.j + 1 && /^(to|by|from|with|in|under|since|for|at)$/.test(tokens[k + 1]?.norm ?? ''));
    // "Tariffs on British car exports to the US will be reduced": the lever's own prepositional phrase.
    // ("Tariffs between the two countries fell": the pair the lever is between.)
    if (TARGET_PREPOSITIONS.has(n) || (n === 'between' && k === m.j)) inPhrase = true;
    if (!passable && !(inPhrase && !(n.endsWith('ed') || n.endsWith('en')))) break;
  }
  // "Beijing is using its grip on rare earths as leverage", "could use tariffs as a weapon": a lever wielded.
  if (wieldedAs(tokens, m.j) && tokens.slice(Math.max(lo, m.i - 6), m.i).some((t) => WIELDING.test(t.norm))) return 'tighten';
  if (analysedOnly(ctx, m) || idleFlow(ctx, m)) return 'neutral';
  // "a temporary general licence", "an exemption": a lever whose own name is an easing.
  for (let k = m.i; k < m.j; k++) if (EASING_NAMES.has(tokens[k].norm)) return 'relax';
  // "Are any Biden-era chip export controls on the table?": a question with no move in it asks about the lever.
  const last = tokens[tokens.length - 1];
  if (/^["'\u201d\u2019)]?\?/.test(text.slice(last.end, last.end + 2)) && !tokens.some((t, k) => (k < m.i || k >= m.j) && (verbClassAt(tokens, k, lexicon, leverId) || RETALIATING.has(t.norm)))) return 'neutral';
  // "the list has not been published", "levies will not have much of an effect": a lever whose own clause denies
  // something of it, with no move in that clause, is only described.
  if (subjectDenied(ctx, m, hi)) return 'neutral';
  // "has not yet published its unreliable entity list", "chose not to enact such bans", "have never paid a duty": the
  // object of a denied act that no verb of the lexicon names is not in force by that act.
  if (deniedObject(ctx, m, lo)) return 'neutral';
  // "The deal includes ... $100 billion in energy purchases", "which would include $80 billion to $100 billion in
  // agricultural purchases": a sum of goods a buyer takes on in a deal is a purchase pledged.
  if (boughtGood(ctx, m) && amountBefore(ctx, m) && tokens.some((t) => DEAL_NOUNS.has(t.norm) || t.norm === 'include' || t.norm === 'includes')) return 'relax';
  return 'tighten';
}

/** Nouns of a deal or a pledge. */
const DEAL_NOUNS = new Set(['deal', 'deals', 'agreement', 'agreements', 'pact', 'truce', 'pledge', 'pledged', 'commitment', 'commitments', 'committed']);

/** "$100 billion in", "$40 billion worth of", "12 million tons of" right before the lever (past its modifiers and side). */
function amountBefore(ctx: SentenceContext, m: Match<LeverEntry>): boolean {
  const { tokens } = ctx;
  let k = m.i - 1;
  while (k > 0 && ((MODIFIERS.has(tokens[k].norm) && !/^(in|of)$/.test(tokens[k].norm)) || covers(ctx.actors, k))) k--;
  if (!/^(in|of)$/.test(tokens[k]?.norm ?? '')) return false;
  let q = k - 1;
  if (tokens[q]?.norm === 'worth') q--;
  if (/^(billion|million|trillion|bn|tons|tonnes)$/.test(tokens[q]?.norm ?? '')) q--;
  return q >= 0 && startsWithDigit(tokens[q].norm);
}

/**
 * After a comma at token k inside a lever's phrase: the next member of a list ("on steel, aluminium and cars"), up to
 * its "and" / "or", with no verb on the way and no more than three words to a member.
 */
function listGoesOn(ctx: SentenceContext, k: number, hi: number, leverId: string): boolean {
  const { tokens, text, lexicon } = ctx;
  for (let q = k, words = 0; q < Math.min(hi, tokens.length, k + 10); q++) {
    if (q > k) {
      const gap = text.slice(tokens[q - 1].end, tokens[q].start);
      if (/^\s*,\s*$/.test(gap)) words = 0;
      else if (!/^\s*$/.test(gap)) return false;
    }
    const n = tokens[q].norm;
    // ("lobsters, crabs, and peas": the serial comma before the last member, after another comma of the list.)
    if (n === 'and' || n === 'or') return q > k || (q + 1 < tokens.length && !verbClassAt(tokens, q + 1, lexicon, leverId) && commaWithin(ctx, k - 4, k - 1));
    if (++words > 3 || verbClassAt(tokens, q, lexicon, leverId) || AUXILIARIES.has(n) || COPULAS.has(n)) return false;
  }
  return false;
}

/** A comma between two neighbouring tokens from `from` to `to`. */
function commaWithin(ctx: SentenceContext, from: number, to: number): boolean {
  for (let q = Math.max(1, from); q <= to; q++) if (hasCharIn(ctx.text, ctx.tokens[q - 1].end, ctx.tokens[q].start, ',')) return true;
  return false;
}

/** After the verb at k, in its clause: "in 2017", "during 2003", "annually", "each year". */
function datedTrade(ctx: SentenceContext, k: number, hi: number): boolean {
  const { tokens } = ctx;
  for (let q = k + 1; q < Math.min(hi, tokens.length, k + 16); q++) {
    const n = tokens[q].norm;
    if (n === 'annually' || n === 'yearly' || ((n === 'each' || n === 'every' || n === 'per') && tokens[q + 1]?.norm === 'year')) return true;
    if ((n === 'in' || n === 'during') && /^(19|20)\d\d$/.test(tokens[q + 1]?.norm ?? '')) return true;
  }
  return false;
}

/** A word of pressure or harm in the predicate from `at`, within its clause: "the heaviest blow", "the most damaging". */
function bitingPredicate(ctx: SentenceContext, at: number, hi: number): boolean {
  for (let q = at; q < Math.min(hi, ctx.tokens.length, at + 10); q++) if (PRESSURE_CUES.has(ctx.tokens[q].norm) || HARMING.has(ctx.tokens[q].norm)) return true;
  return false;
}

/** Participles of regarding a thing as something. */
const REGARDED = new Set(['seen', 'viewed', 'regarded', 'considered', 'referred', 'known', 'described', 'framed', 'perceived', 'deemed', 'called', 'labelled', 'labeled', 'dubbed', 'characterized', 'characterised', 'portrayed', 'billed', 'touted', 'hailed', 'thought']);
/** Participles that take their description with no "as": "is considered a core value". */
const REGARDED_BARE = new Set(['considered', 'deemed', 'called', 'dubbed', 'labelled', 'labeled']);

/**
 * After a copula at `from`, past adverbs ("still", "generally", "at least"): a participle of regarding and its "as"
 * ("seen as", "referred to as"), or one that needs none ("considered a"): where the description starts, else -1.
 */
function regardedAs(tokens: Token[], from: number): number {
  let q = from;
  while (q < tokens.length - 1 && (tokens[q].norm.endsWith('ly') || /^(still|also|now|often|widely|long|at|least|even|once)$/.test(tokens[q].norm))) q++;
  if (!REGARDED.has(tokens[q]?.norm ?? '')) return -1;
  const link = tokens[q + 1]?.norm === 'to' ? q + 2 : q + 1;
  if (tokens[link]?.norm === 'as') return link + 1;
  return REGARDED_BARE.has(tokens[q].norm) && DEFINING.has(tokens[q + 1]?.norm ?? '') ? q + 1 : -1;
}

/** The object from `at`, past its determiners, is a price or a cost: "increase prices", "raise the costs of goods". */
function pricedObject(tokens: Token[], at: number): boolean {
  let q = at;
  while (q < tokens.length && DETERMINERS.has(tokens[q].norm)) q++;
  return PRICE_OBJECTS.has(tokens[q]?.norm ?? '');
}

/** Between from and k: "have" (or "get") and then a lever that is a measure ("will have the 25 percent surcharge"). */
function haveMeasure(ctx: SentenceContext, from: number, k: number): boolean {
  const { tokens } = ctx;
  for (let q = from; q < k; q++) {
    if (!/^(have|has|had|having|get|gets|got)$/.test(tokens[q].norm)) continue;
    return ctx.levers.some((o) => o.i > q && o.j <= k && o.entry.polarity === 'measure');
  }
  return false;
}

/** "tariff-free" or "duty-free" right before a flow lever or after it in its clause. */
function freeOfMeasure(ctx: SentenceContext, m: Match<LeverEntry>, hi: number): boolean {
  const { tokens, text, lexicon } = ctx;
  const freeAt = (k: number) => tokens[k]?.norm === 'free' && k > 0 && lexicon.measureNouns.has(tokens[k - 1].norm) && text.slice(tokens[k - 1].end, tokens[k].start) === '-';
  if (freeAt(m.i - 1)) return true;
  for (let k = m.j + 1; k < Math.min(hi, tokens.length); k++) if (freeAt(k)) return true;
  return false;
}

/** The lever is the subject of a denied verb: "the list has not been published", "the tariffs do not stack". */
function subjectDenied(ctx: SentenceContext, m: Match<LeverEntry>, hi: number): boolean {
  const { tokens, lexicon, text } = ctx;
  // ("approvals that may not come": a permission that does not come is withheld.)
  if (m.entry.lever === 'export-licences' || m.entry.polarity !== 'measure') return false;
  for (let k = m.j; k < Math.min(hi, tokens.length - 1, m.j + 6); k++) {
    if (punctuationBetween(text, tokens[k - 1], tokens[k])) return false;
    const n = tokens[k].norm;
    if (/n't$/.test(n)) return true;
    if (AUXILIARIES.has(n) || COPULAS.has(n)) return /^(not|n't|never)$/.test(tokens[k + 1].norm);
    if (lexicon.verbs.has(n) || n.endsWith('ed')) return false;
  }
  return false;
}

/**
 * With no verb or modifier to say which way a lever moves, the sentence reports it in force and being used
 * ("the 25% tariffs on Chinese goods", "under US sanctions", "China's export curbs on gallium"), which tightens,
 * unless it only names, describes or analyses it ("the impact of tariffs", "tariff revenue", "talks on export
 * controls").
 */
/** A good, chip or mineral in a sentence that puts no pressure on anything: "graphite is used in batteries". */
function idleFlow(ctx: SentenceContext, m: Match<LeverEntry>): boolean {
  // (The cheap test first: most sentences with a good in them name a measure too.)
  if (ctx.levers.some((o) => o !== m && o.entry.polarity === 'measure')) return false;
  if (polarityFrom(ctx, m.i, m) !== 'flow') return false;
  // "became weapons" is pressure; "used in weapons" only says what a good is for.
  const weaponised = (k: number) => ctx.tokens[k].norm === 'weapons' && !/^(in|for|of|and|or|nuclear|military)$/.test(ctx.tokens[k - 1]?.norm ?? '');
  return !ctx.tokens.some((t, k) => CONTROL_CUES.has(t.norm) || PRESSURE_CUES.has(t.norm) || SQUEEZE_CUES.has(t.norm) || weaponised(k));
}

/** Who avoids a measure at `k`: firms moving production or shipments, or a side offered a way out ("by becoming"). */
function dodged(ctx: SentenceContext, k: number, j: number, lo: number): boolean {
  const { tokens } = ctx;
  if (/^(by|if|unless)$/.test(tokens[j]?.norm ?? '') || /^(by|if|unless)$/.test(tokens[j + 1]?.norm ?? '')) return true;
  return tokens.slice(lo, k).some((t) => /^(companies|firms|producers|manufacturers|exporters|importers|factories|production|shipments|suppliers|retailers|brands)$/.test(t.norm));
}

/** No verb or auxiliary before the lever in its clause: the lever opens it as its subject. */
function subjectOfClause(ctx: SentenceContext, m: Match<LeverEntry>, lo: number): boolean {
  for (let q = lo; q < m.i; q++) {
    const n = ctx.tokens[q].norm;
    if (AUXILIARIES.has(n) || COPULAS.has(n) || verbClassAt(ctx.tokens, q, ctx.lexicon, m.entry.lever)) return false;
  }
  return true;
}

/** Only a side's name or a pronoun between the lever's end and the verb at `k`: "the tariffs Canada imposed". */
function reducedRelative(ctx: SentenceContext, from: number, k: number): boolean {
  for (let q = from; q < k; q++) {
    if (punctuationBetween(ctx.text, ctx.tokens[q - 1], ctx.tokens[q])) return false;
    if (!covers(ctx.actors, q) && !/^(it|they|he|she|we|has|have|had)$/.test(ctx.tokens[q].norm)) return false;
  }
  return ctx.actors.some((a) => a.i === from) || PRONOUNS.has(ctx.tokens[from].norm);
}

/** No verb or auxiliary between the start of the clause (or a comma) and `at`: what stands there is a subject. */
function headOpensClause(ctx: SentenceContext, at: number, lo: number, leverId: string): boolean {
  const { tokens, text, lexicon } = ctx;
  for (let q = at - 1; q >= lo; q--) {
    if (punctuationBetween(text, tokens[q], tokens[q + 1])) return true;
    const n = tokens[q].norm;
    if (AUXILIARIES.has(n) || COPULAS.has(n) || verbClassAt(tokens, q, lexicon, leverId)) return false;
  }
  return true;
}

/**
 * The verb of the main clause after a relative clause that ends somewhere after `j`, stepping over the list the lever is
 * in ("gallium, germanium and antimony ... was suspended"): a verb of the lexicon right after an auxiliary, or -1.
 */
function predicateAfter(ctx: SentenceContext, j: number, hi: number, leverId: string): number {
  const { tokens, text, lexicon } = ctx;
  let listing = false;
  for (let q = j; q < Math.min(hi, tokens.length, j + 20); q++) {
    const gap = text.slice(tokens[q - 1].end, tokens[q].start);
    if (/[;:()\u2014\u2013]/.test(gap)) return -1;
    if (/,/.test(gap) && !(listing = (listing || q === j) && listGoesOn(ctx, q, hi, leverId))) return -1;
    if (SUBORDINATORS.has(tokens[q].norm) || tokens[q].norm === 'that' || tokens[q].norm === 'which') return -1;
    const c = verbClassAt(tokens, q, lexicon, leverId);
    if (c && (AUXILIARIES.has(tokens[q - 1].norm) || COPULAS.has(tokens[q - 1].norm))) return q;
    if (c) return -1;
  }
  return -1;
}

/** The verb of the main clause after a relative clause ending somewhere after `k`: one after an auxiliary, or "remain". */
function mainVerbAfter(ctx: SentenceContext, k: number, hi: number, leverId: string): number {
  const { tokens, lexicon } = ctx;
  for (let q = k + 1; q < Math.min(hi, tokens.length); q++) {
    if (/[,;:()]/.test(ctx.text.slice(tokens[q - 1].end, tokens[q].start))) return -1;
    const c = verbClassAt(tokens, q, lexicon, leverId);
    if (c && (AUXILIARIES.has(tokens[q - 1].norm) || c === 'keep')) return q;
  }
  return -1;
}

/** Nouns of an easing granted on a lever: "a delay on U.S. tariffs", "exclusions from the Section 301 tariffs". */
/** Gerunds of putting a lever in force: "a 30-day delay in imposing the 25% tariffs". */
const PUTTING_IN_FORCE = new Set(['imposing', 'implementing', 'applying', 'collecting', 'enforcing', 'introducing', 'raising', 'imposition', 'implementation', 'application', 'collection', 'enforcement', 'introduction']);
const EASINGS = new Set([...FREE_OF, 'delay', 'delays', 'postponement', 'postponements', 'pause', 'pauses', 'suspension', 'suspensions', 'reprieves', 'rollback', 'rollbacks', 'removal', 'lifting', 'dumping', 'scrapping', 'cut', 'cuts', 'reduction', 'reductions', 'truce', 'ceasefire', 'cease-fire', 'end', 'ending', 'elimination', 'abolition', 'phase-out', 'repeal', 'rescission', 'rescinding', 'relaxation', 'loosening', 'unwinding', 'easing']);

/** Base verbs of putting a lever in force, after "to": "to impose such duties". */
const PUT_IN_FORCE = new Set(['impose', 'implement', 'introduce', 'levy', 'apply', 'enforce']);
/** Words of putting off. */
const PUTTING_OFF = /^(delay|delays|delayed|delaying|postpone|postpones|postponed|postponing|defer|defers|deferred|deferring)$/;
/** What is put off when the lever's start is: its date, or the decision on it. */
const TIMINGS = new Set(['date', 'dates', 'decision', 'decisions', 'start', 'deadline', 'timing', 'timeline']);

/**
 * "postponing the date that he initially threatened to impose such duties", "delay for six months a decision on
 * whether to impose Section 232 tariffs": "to" and a verb of putting in force right before the lever (only its
 * qualifiers between), a date or decision within eight words before that, and a word of putting off within six words
 * before the date.
 */
function putOffBefore(ctx: SentenceContext, m: Match<LeverEntry>): boolean {
  const { tokens, text } = ctx;
  let v = m.i - 1;
  while (v >= 0 && (ANAPHOR_DETERMINERS.has(tokens[v].norm) || DETERMINERS.has(tokens[v].norm) || MODIFIERS.has(tokens[v].norm) || startsWithDigit(tokens[v].norm) || PERCENT_WORDS.has(tokens[v].norm) || covers(ctx.actors, v))) v--;
  if (v < 2 || !PUT_IN_FORCE.has(tokens[v].norm) || tokens[v - 1].norm !== 'to' || punctuationBetween(text, tokens[v], tokens[v + 1])) return false;
  for (let t = v - 2; t >= Math.max(0, v - 10); t--) {
    if (hasCharIn(text, tokens[t].end, tokens[t + 1].start, ';:')) return false;
    if (!TIMINGS.has(tokens[t].norm)) continue;
    for (let d = t - 1; d >= Math.max(0, t - 6); d--) if (PUTTING_OFF.test(tokens[d].norm)) return true;
    return false;
  }
  return false;
}

/** Words of a lever's start: "will go into effect", "takes effect", "will begin", "kicks in". */
const STARTING = new Set(['effect', 'begin', 'begins', 'start', 'starts', 'kick', 'kicks']);

/**
 * "The new tariffs will go into effect on Aug. 6, not on Friday as Trump announced", "are set to go into effect August
 * 6, and not August 1": the lever's start, within ten words after it, then a date, then "not" after a comma and another
 * date (a number or a capitalised word): the start was moved from the one first set.
 */
function startMoved(ctx: SentenceContext, m: Match<LeverEntry>): boolean {
  const { tokens, text } = ctx;
  for (let k = m.j; k < Math.min(tokens.length, m.j + 10); k++) {
    if (hasCharIn(text, tokens[k - 1].end, tokens[k].start, ',;:')) return false;
    if (!STARTING.has(tokens[k].norm)) continue;
    for (let q = k + 1; q < Math.min(tokens.length - 1, k + 6); q++) {
      if (!hasCharIn(text, tokens[q - 1].end, tokens[q].start, ',')) continue;
      const not = tokens[q].norm === 'and' ? q + 1 : q;
      if (tokens[not]?.norm !== 'not') return false;
      const date = tokens[not + 1]?.norm === 'on' ? not + 2 : not + 1;
      return date < tokens.length && (startsWithDigit(tokens[date].norm) || startsWithUpper(tokens[date].text));
    }
    return false;
  }
  return false;
}

/** The links from a noun of easing to what it eases: "the suspension of", "a delay on". */
const EASED_LINKS = new Set(['from', 'of', 'on', 'to', 'in']);

/**
 * "exclusions from the Section 301 tariffs", "relief from the duties", "a one-month delay (until April 2) on U.S. 25%
 * tariffs": a noun of easing, then from/of/on/to, then only what qualifies the lever (determiners, modifiers, amounts,
 * the holder's name, an aside in brackets) before it.
 */
function easedBy(ctx: SentenceContext, m: Match<LeverEntry>): number {
  const { tokens, text } = ctx;
  // Not bounded by the clause: an aside in brackets starts one of its own.
  const lo = 0;
  const isActor = (k: number) => covers(ctx.actors, k);
  let depth = 0;
  for (let k = m.i - 1; k >= Math.max(lo, m.i - 12); k--) {
    const n = tokens[k].norm;
    // Walking left, a ")" after the token opens an aside and a "(" before it closes one.
    if (hasCode(text, tokens[k].end, tokens[k + 1].start, 0x29)) depth++;
    if (depth > 0) {
      if (k > 0 && hasCode(text, tokens[k - 1].end, tokens[k].start, 0x28)) depth--;
      continue;
    }
    if (EASED_LINKS.has(n)) {
      // The noun before, stepping over an aside: "a delay (until April 2) on".
      let p = k - 1;
      if (p > lo && text.slice(tokens[p].end, tokens[k].start).includes(')')) {
        while (p > lo && !text.slice(tokens[p - 1].end, tokens[p].start).includes('(')) p--;
        p--;
      } else if (p >= lo && punctuationBetween(text, tokens[p], tokens[k])) continue;
      if (p >= lo && EASINGS.has(tokens[p].norm)) return p;
      continue;
    }
    // "a 30-day delay in imposing the 25% tariffs": the gerund of putting the lever in force, right after the preposition.
    // ("a reprieve on the imposition of additional duties": the noun of it, after its article.)
    const link = tokens[k - 1]?.norm === 'the' ? tokens[k - 2]?.norm : tokens[k - 1]?.norm;
    const putting = PUTTING_IN_FORCE.has(n) && /^(in|of|on)$/.test(link ?? '');
    if (!putting && !DETERMINERS.has(n) && !MODIFIERS.has(n) && !startsWithDigit(n) && n !== 'percent' && n !== 'per' && n !== 'cent' && !isActor(k)) return -1;
  }
  return -1;
}

/**
 * An easing noun with "of" a few words before the "which" at `w`, with only what names the thing eased between
 * (names, numbers, "of", brackets): "the suspension of Section 2 of Announcement No. 46 (2024), which".
 */
function easingOf(ctx: SentenceContext, w: number): boolean {
  const { tokens } = ctx;
  for (let q = w - 1; q >= Math.max(1, w - 10); q--) {
    const n = tokens[q].norm;
    if (n === 'of' && EASINGS.has(tokens[q - 1].norm) && !removedAt(ctx, q - 1, '')) return true;
    if (ctx.lexicon.verbs.has(n) && !startsWithUpper(tokens[q].text)) return false;
  }
  return false;
}

/** "removing an exemption", "ended the reprieve": a verb that eases, right before the easing noun at `p`. */
function removedAt(ctx: SentenceContext, p: number, leverId: string): boolean {
  for (let k = p - 1; k >= Math.max(0, p - 4); k--) {
    const cls = verbClassAt(ctx.tokens, k, ctx.lexicon, leverId);
    if (cls) return resolve(cls, 'measure') === 'relax';
    if (!DETERMINERS.has(ctx.tokens[k].norm) && !MODIFIERS.has(ctx.tokens[k].norm)) return false;
  }
  return false;
}

/** After a copula: "a response", "retaliation", "in response", "partly a reprisal" (an adverb or an article first). */
function answering(tokens: Token[], k: number): boolean {
  for (let q = k; q < Math.min(tokens.length, k + 3); q++) {
    const n = tokens[q].norm;
    if (REPLY_NOUNS.has(n)) return true;
    if (!/^(a|an|the|in|partly|largely|mainly|seen|widely|direct|clear)$/.test(n) && !n.endsWith('ly')) return false;
  }
  return false;
}

/** "... as a weapon", "as a retaliation measure", "as a lever", "as a bargaining chip" right after the lever. */
function wieldedAs(tokens: Token[], j: number): boolean {
  // "use imported rare earths against China", "use the tariffs to alter the trajectory of a trial".
  if (tokens[j]?.norm === 'against') return true;
  if (tokens[j]?.norm === 'to') return WIELD_PURPOSES.test(tokens[j + 1]?.norm ?? '');
  if (tokens[j]?.norm !== 'as') return false;
  const words = normsOf(tokens, j + 1, j + 5);
  return words.some((w) => /^(weapon|weapons|retaliation|retaliatory|lever|leverage|bargaining|card|tool|cudgel|punishment|countermeasure)$/.test(w));
}

/**
 * "Talks on tariffs", "the impact of the new export controls" as the subject of the clause: a topic noun with no verb
 * before it in the clause, a preposition, then only determiners and modifiers before the lever.
 */
function topicOf(ctx: SentenceContext, i: number): boolean {
  const { tokens } = ctx;
  const [lo] = clauseOf(ctx.clauses, i);
  for (let k = i - 1; k >= Math.max(lo + 1, i - 4); k--) {
    const n = tokens[k].norm;
    if (/^(on|of|over|about)$/.test(n)) return TOPICS.test(tokens[k - 1].norm) && !tokens.slice(lo, k - 1).some((t) => ctx.lexicon.verbs.has(t.norm) || VERBISH_EXTRA.has(t.norm));
    if (!DETERMINERS.has(n) && !MODIFIERS.has(n)) return false;
  }
  return false;
}

export function analysedOnly(ctx: SentenceContext, m: Match<LeverEntry>): boolean {
  const { tokens } = ctx;
  const [lo] = clauseOf(ctx.clauses, m.i);
  for (let k = m.i - 1; k >= Math.max(lo, m.i - 7); k--) {
    const n = tokens[k].norm;
    // "about 70 percent of the chips" is a number, not a topic.
    // "China may use rare earths as a retaliation measure": using a lever as a weapon wields it.
    if (n === 'use' && wieldedAs(tokens, m.j)) return false;
    if (ANALYSED.has(n)) return !(n === 'about' && /^\d/.test(tokens[k + 1]?.norm ?? ''));
    // "comply with the Biden-era export controls", "the main target of the restrictions": a preposition, a
    // determiner or a hyphenated or capitalised modifier may stand between.
    const hyphenated = (k > 0 && ctx.text.slice(tokens[k - 1].end, tokens[k].start) === '-') || ctx.text.slice(tokens[k].end, tokens[k + 1].start) === '-';
    const linking = DETERMINERS.has(n) || ANALYSED_LINKS.has(n) || hyphenated || startsWithUpper(tokens[k].text);
    if (!MODIFIERS.has(n) && !startsWithDigit(n) && !linking && !covers(ctx.actors, k)) break;
  }
  return m.j < tokens.length && ANALYSED_AFTER.has(tokens[m.j].norm);
}

/** What a side relies on: "depends heavily on", "its reliance on American technology", "dependence on China for". */
const RELYING = new Set(['dependence', 'dependency', 'reliance', 'depend', 'depends', 'depended', 'rely', 'relies', 'relied', 'dependent', 'reliant']);

/**
 * A word of reliance, "on" or "upon", then only adverbs, determiners, modifiers, the side relied on and "for" before
 * the good.
 */
function reliedOn(ctx: SentenceContext, m: Match<LeverEntry>, lo: number): boolean {
  const { tokens, text } = ctx;
  for (let k = m.i - 1; k >= Math.max(lo, m.i - 8); k--) {
    if (punctuationBetween(text, tokens[k], tokens[k + 1])) return false;
    const n = tokens[k].norm;
    if ((n === 'on' || n === 'upon') && k > lo) {
      const p = /ly$/.test(tokens[k - 1].norm) && k - 1 > lo ? k - 2 : k - 1;
      if (RELYING.has(tokens[p].norm)) return true;
      continue;
    }
    if (!DETERMINERS.has(n) && !MODIFIERS.has(n) && n !== 'for' && !/ly$/.test(n) && !startsWithUpper(tokens[k].text) && !covers(ctx.actors, k)) return false;
  }
  return false;
}

/** "unlike" before the lever, or "than" and an indefinite determiner ("than a tariff", "rather than any quota"). */
function comparedWith(ctx: SentenceContext, m: Match<LeverEntry>): boolean {
  const { tokens } = ctx;
  let indefinite = false;
  for (let k = m.i - 1; k >= Math.max(0, m.i - 5); k--) {
    // ("Unlike Japan, China's export controls": a comma ends the thing compared.)
    if (punctuationBetween(ctx.text, tokens[k], tokens[k + 1])) return false;
    const n = tokens[k].norm;
    if (n === 'unlike') return true;
    if (n === 'than') return indefinite;
    if (COMPARED_INDEFINITE.has(n)) indefinite = true;
    else if (!MODIFIERS.has(n) && !startsWithDigit(n) && !startsWithUpper(tokens[k].text) && !covers(ctx.actors, k) && !tokens[k].possessive) return false;
  }
  return false;
}

/**
 * A word of a flow going on ("continued", "ongoing"), a flow noun and "of" or "in", then only determiners, modifiers,
 * names and the side's adjective before the good.
 */
function goingOn(ctx: SentenceContext, m: Match<LeverEntry>, lo: number): boolean {
  const { tokens, text, lexicon } = ctx;
  for (let k = m.i - 1; k >= Math.max(lo + 2, m.i - 6); k--) {
    if (punctuationBetween(text, tokens[k], tokens[k + 1])) return false;
    const n = tokens[k].norm;
    if (n === 'of' || n === 'in') return lexicon.flowNouns.has(tokens[k - 1].norm) && GOING_ON.has(tokens[k - 2].norm);
    if (!DETERMINERS.has(n) && !MODIFIERS.has(n) && !startsWithUpper(tokens[k].text) && !covers(ctx.actors, k)) return false;
  }
  return false;
}

/** Verbs that give a side's share of a market: "controls 90% of", "accounted for 38% of", "produces 70% of". */
const SHARE_VERBS = /^(control|controls|controlled|controlling|account|accounts|accounted|accounting|produce|produces|produced|producing|supply|supplies|supplied|supplying|hold|holds|held|dominate|dominates|dominated|represent|represents|represented|make|makes|made)$/;

/** A share verb, then "N% of" and no other verb or punctuation before the good. */
function shareOf(ctx: SentenceContext, m: Match<LeverEntry>, lo: number): boolean {
  const { tokens, text } = ctx;
  let share = false;
  for (let k = m.i - 1; k >= Math.max(lo, m.i - 16); k--) {
    if (punctuationBetween(text, tokens[k], tokens[k + 1]) && !percentAfter(text, tokens[k].end)) return false;
    const n = tokens[k].norm;
    if (n === 'of' && k > 0 && (PERCENT_WORDS.has(tokens[k - 1].norm) || percentAfter(text, tokens[k - 1].end))) share = true;
    if (SHARE_VERBS.test(n)) return share;
    if (verbClassAt(tokens, k, ctx.lexicon, m.entry.lever)) return false;
  }
  return false;
}
