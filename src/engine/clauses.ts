/**
 * Clauses and the links between levers of one sentence: where a clause starts, whether punctuation breaks a
 * phrase, which lever governs another ("controls on gallium") and which lists one ("gallium, germanium and antimony").
 */
import type { LeverEntry } from './lexicon';
import { ATTRIBUTIVE, AUXILIARIES, CLAUSE_BREAKS, DETERMINERS, LIST_WORDS, MODIFIERS, OBJECT_PREPOSITIONS, RATE_UNITS, REACTIVE, REACTIVE_LAST_WORDS, REPORTING, TIME_AND_PLACE } from './rules';
import type { Token } from './tokens';
import type { Match, SentenceContext } from './types';
import { hasCharIn, isSpaceCode, startsWithDigit } from './chars';
import { covers, endingAt } from './spans';

/** Punctuation between two tokens that ends a phrase (a comma, a dash, a bracket, a colon). */
export function punctuationBetween(text: string, a: Token, b: Token): boolean {
  // Read in place, character by character: asked thousands of times per page, mostly of a single space.
  if (b.start - a.end === 1 && text.charCodeAt(a.end) === 0x20) return false;
  for (let q = a.end; q < b.start; q++) {
    const c = text.charCodeAt(q);
    if (PHRASE_BREAKS.has(c)) return true;
    // A hyphen with spaces round it is a dash: "tariffs - and".
    if (c === 0x2d && q > a.end && q + 1 < b.start && isSpaceCode(text.charCodeAt(q - 1)) && isSpaceCode(text.charCodeAt(q + 1))) return true;
  }
  return false;
}

/** , ; : ( ) em dash, en dash, straight and curly double quotes. */
const PHRASE_BREAKS = new Set([0x2c, 0x3b, 0x3a, 0x28, 0x29, 0x2014, 0x2013, 0x22, 0x201c, 0x201d]);


/** Prepositions of concession that open a sentence: "Despite the truce, ...", "Amid the dispute, ...". */
const CONCESSIVE = new Set(['despite', 'amid', 'notwithstanding']);

/** Auxiliaries and copulas: a clause with one of them has its verb. */
const FINITE = /^(is|are|was|were|be|been|has|have|had|do|does|did|will|would|could|can|may|might|must|should|shall)$/;

/** Token indexes where a new clause starts (0 included). */
export function clauseStarts(tokens: Token[], text?: string): number[] {
  const starts = [0];
  // "While the H20 is now permitted, exports of other chips remain restricted": a clause that opens the sentence
  // with a subordinator and has a verb ends at its first comma.
  let opening = text !== undefined && tokens.length > 0 && (CLAUSE_BREAKS.has(tokens[0].norm) || CONCESSIVE.has(tokens[0].norm)) ? 0 : -1;
  // ("Despite the truce, export controls stay in place": a phrase of concession ends at its comma, verb or not.)
  let verbSeen = opening === 0 && CONCESSIVE.has(tokens[0].norm);
  for (let k = 1; k < tokens.length; k++) {
    const n = tokens[k].norm;
    if (opening >= 0) {
      if (hasCharIn(text!, tokens[k - 1].end, tokens[k].start, ',;')) {
        if (verbSeen && !CLAUSE_BREAKS.has(n)) starts.push(k);
        opening = -1;
      } else if (FINITE.test(n) || n.endsWith('ed')) verbSeen = true;
    }
    // "Beijing declared that ...": what is reported is a clause of its own.
    if (CLAUSE_BREAKS.has(n) || (n === 'that' && REPORTING.has(tokens[k - 1].norm))) starts.push(k);
  }
  return starts;
}

export function clauseOf(clauses: number[], i: number): [number, number] {
  let lo = 0;
  let hi = Number.MAX_SAFE_INTEGER;
  for (const s of clauses) {
    if (s <= i) lo = s;
    else {
      hi = s;
      break;
    }
  }
  return [lo, hi];
}

/**
 * The lever whose object this lever is: "export controls on gallium, germanium and antimony", "tariffs of 10 percent
 * on a long list of farm goods". Only across prepositions, numbers, lists and side adjectives; never across a verb.
 */
export function governingLever(ctx: SentenceContext, m: Match<LeverEntry>): Match<LeverEntry> | undefined {
  const { tokens, lexicon } = ctx;
  let sawPreposition = false;
  for (let k = m.i - 1; k >= Math.max(0, m.i - 14); k--) {
    const g = endingAt(ctx.levers, k, m);
    if (g) {
      if (sawPreposition && ctx.done.has(g)) return g;
      // A list: "gallium, germanium and antimony" shares the governor of its first member.
      if (ctx.done.has(g)) {
        const gg = governingLever(ctx, g);
        if (gg) return gg;
      }
      return undefined;
    }
    const n = tokens[k].norm;
    if (REACTIVE.has(n) || (k > 0 && REACTIVE_LAST_WORDS.has(n) && REACTIVE.has(`${tokens[k - 1].norm} ${n}`))) return undefined;
    if (OBJECT_PREPOSITIONS.has(n)) {
      // ("tariffs on French cheese over digital tax": a measure after "over" is the reason, not the object.)
      if (n === 'over' && m.entry.polarity === 'measure') return undefined;
      sawPreposition = true;
      continue;
    }
    if (LIST_WORDS.has(n) || startsWithDigit(n) || AMOUNT_AND_ORIGIN.has(n)) continue;
    if (covers(ctx.actors, k)) continue;
    if (ATTRIBUTIVE.has(n) || tokens[k].possessive) continue;
    // "the 15 percent tariff levied in April on U.S. fruit": a participle right after a lever keeps it governing.
    const participleOfLever = (n.endsWith('ed') || n.endsWith('en')) && endingAt(ctx.levers, k - 1, m) !== undefined && !AUXILIARIES.has(n);
    if (participleOfLever) continue;
    if (TIME_AND_PLACE.has(n)) continue;
    // "Mexican duties of 15 to 25 percent fell on US pork": a verb of imposing links the lever to its object.
    const prep = tokens[k + 1]?.norm ?? '';
    const linking = sawPreposition && LINKING_PREPOSITIONS.has(prep) && /^(tighten|more)$/.test(lexicon.verbs.get(`${n} ${prep}`) ?? lexicon.verbs.get(n) ?? '');
    if (linking && measureEndingNear(ctx, m, k)) continue;
    if (lexicon.verbs.has(n) || CLAUSE_BREAKS.has(n) || AUXILIARIES.has(n) || n.endsWith('ed')) return undefined;
    if (n.endsWith('ing') && !ATTRIBUTIVE.has(n)) return undefined;
  }
  return undefined;
}

/** A measure other than `m` that ends within the six tokens before token k ("duties of 15 to 25 percent fell on"). */
function measureEndingNear(ctx: SentenceContext, m: Match<LeverEntry>, k: number): boolean {
  for (const o of ctx.levers) if (o !== m && o.j <= k && o.j >= k - 6 && o.entry.polarity === 'measure') return true;
  return false;
}

/** Prepositions after a verb of imposing that link a lever to its object: "duties ... fell on US pork". */
const LINKING_PREPOSITIONS = new Set(['on', 'to', 'against', 'targeting']);

/** Amounts and origins that may stand between a lever and its object ("tariffs of 25 percent on US goods"). */
const AMOUNT_AND_ORIGIN = new Set(['percent', 'pct', 'cent', 'per', 'to', 'up', 'us', 'chinese', 'american', 'european', 'japanese', 'dutch', 'korean', 'canadian']);

/** The lever before this one in a list: "gallium, germanium and antimony". */
export function listSibling(ctx: SentenceContext, m: Match<LeverEntry>): Match<LeverEntry> | undefined {
  const prev = ctx.levers.findLast((o) => o.j <= m.i && o.j >= m.i - 2 && ctx.done.has(o));
  if (!prev) return undefined;
  for (let k = prev.j; k < m.i; k++) if (!(ctx.tokens[k].norm === 'and' || ctx.tokens[k].norm === 'or')) return undefined;
  if (prev.j === m.i && !/,/.test(ctx.text.slice(ctx.tokens[prev.j - 1].end, ctx.tokens[m.i].start))) return undefined;
  return prev;
}

/**
 * The lever a list of examples hangs from: "cancelled its retaliatory tariffs, including a 25% tariff on U.S. autos",
 * "several measures, such as export controls". Only determiners, numbers and modifiers between the example word and
 * the lever.
 */
export function exampleOf(ctx: SentenceContext, m: Match<LeverEntry>): Match<LeverEntry> | undefined {
  const { tokens } = ctx;
  let k = m.i - 1;
  while (k >= 0 && m.i - k <= 5 && (DETERMINERS.has(tokens[k].norm) || MODIFIERS.has(tokens[k].norm) || startsWithDigit(tokens[k].norm) || RATE_UNITS.has(tokens[k].norm))) k--;
  if (k < 1) return undefined;
  const n = tokens[k].norm;
  const marker = n === 'including' || (n === 'as' && tokens[k - 1].norm === 'such');
  if (!marker) return undefined;
  const at = n === 'as' ? k - 1 : k;
  const head = ctx.levers.findLast((o) => o !== m && o.j <= at && ctx.done.has(o));
  // Only an example of its own kind: a duty among duties, a good among goods.
  return head && head.entry.polarity === m.entry.polarity ? head : undefined;
}
