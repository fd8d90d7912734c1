/**
 * Attribution: which side holds a lever in its sentence. Evidence in order of strength: a possessive or side
 * adjective on the lever, a passive agent, the one asked to act, the subject of the clause (or one carried over),
 * the holder implied by a named target, what the document said of this lever before, the knowledge-base default.
 */
import type { SideId } from '../types/knowledge';
import type { LeverEntry } from './lexicon';
import { clauseOf, punctuationBetween } from './clauses';
import { afterTime, askedActorEndingBefore, infinitiveTo, isAsked } from './roles';
import { MOVE_NOUNS, PROBING_NOUNS, PROBING_VERBS, REPLYING, SELLING_VERBS, ACCUSING, COMPLAINING, PAYING, EXPORT_NOUNS, ADJUNCT_HEADS, BUYING_NOUNS, CONTEST_NOUNS, OWN_GOODS_WORDS, FACING, HIT_VERBS, BUYING_WORDS, ANAPHORS, AUXILIARIES, AVOIDING, CLAUSE_BREAKS, BUYING_VERBS, DETERMINERS, EXPORTERS, FIRMS, GOVERNING_NOUNS, PEOPLE, PRIVATE_HEADS, SEEKING_LICENCE, REPORTING, MODIFIERS, REACTIVE, REACTIVE_LAST_WORDS, RECIPROCAL, REPLY_NOUNS, REPLYING_LAST_WORDS, RETALIATING, TAKING_TO, TARGET_PREPOSITIONS, VERBISH_EXTRA } from './rules';
import type { Token } from './tokens';
import { normsOf } from './tokens';
import { UNSURE_RECIPROCAL, type ActorHit, type Attribution, type DocState, type Match, type SentenceContext } from './types';
import { covers, endingAt } from './spans';
import { toolMakerSide } from './sides';
import { hasCharIn, startsWithDigit, startsWithUpper } from './chars';

/**
 * The side a lever answers: after the lever, in its clause, a noun of reply with for/to/against, then within a few
 * words a side ("in retaliation for Ottawa imposing tariffs", "a response to Canada's surtax").
 */
function answeredSide(ctx: SentenceContext, m: Match<LeverEntry>): SideId | null {
  const { tokens } = ctx;
  const [, hi] = clauseOf(ctx.clauses, m.i);
  for (let k = m.j; k < Math.min(hi, tokens.length - 1, m.j + 8); k++) {
    if (!REPLY_NOUNS.has(tokens[k].norm) || !/^(for|to|against|at)$/.test(tokens[k + 1].norm)) continue;
    // ("a countermeasure against the efforts led by the US": a few words may stand before the side, not a comma.)
    let end = k + 2;
    while (end < Math.min(k + 7, tokens.length - 1) && !punctuationBetween(ctx.text, tokens[end], tokens[end + 1])) end++;
    return sideStartingIn(ctx.actors, k + 2, end);
  }
  return null;
}

/** The side of the first side-named actor that starts within tokens from..to (both included). */
function sideStartingIn(actors: ActorHit[], from: number, to: number): SideId | null {
  for (const a of actors) if (a.i >= from && a.i <= to && a.entry.side) return a.entry.side;
  return null;
}

/**
 * The first actor right after token k, perhaps past a "the" ("imposed by Washington", "by the United States").
 * (A function of its own: a closure capturing the index of a rule's loop makes V8 allocate at every step.)
 */
function actorAfter(ctx: SentenceContext, k: number): ActorHit | undefined {
  const { actors, tokens } = ctx;
  for (const a of actors) if (a.i === k + 1 || (a.i === k + 2 && tokens[k + 1].norm === 'the')) return a;
  return undefined;
}

/**
 * A side named after token k past a title and given names, capitalised and unbroken ("imposed by President Donald
 * Trump", "by Prime Minister Mark Carney's government"), or undefined.
 */
function titledActorAfter(ctx: SentenceContext, k: number): ActorHit | undefined {
  const { actors, tokens, text } = ctx;
  for (let q = k + 1; q < Math.min(tokens.length, k + 5); q++) {
    if (!startsWithUpper(tokens[q].text) || (q > k + 1 && punctuationBetween(text, tokens[q - 1], tokens[q]))) return undefined;
    const a = actors.find((x) => x.i === q && x.entry.side);
    if (a) return a;
  }
  return undefined;
}

/**
 * The other party when a sentence names only the target of a lever: the side named most often in the last few
 * sentences besides the target, else in the whole story (a 1987 story about Japan pairs the US with Japan, not with
 * China), else the US or China; null when even those are excluded.
 */
export function counterpart(target: SideId, state: DocState, also?: SideId | null, others?: SideId[]): SideId | null {
  // Nearest first: the sides named in the last few sentences, then across the story.
  const recent = new Map<SideId, number>();
  // The last hit at or before a little past this sentence's start, found by bisection: the list is in text order.
  let lo = 0;
  let hi = state.sideHits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (state.sideHits[mid].at <= state.at + 40) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0; k--) {
    const h = state.sideHits[k];
    if (h.at < state.at - RECENT_TOKENS) break;
    if (h.side !== target && h.side !== also && !others?.includes(h.side)) recent.set(h.side, (recent.get(h.side) ?? 0) + 1);
  }
  const pick = (counts: Map<SideId, number>) => {
    let best: SideId | null = null;
    let bestCount = 0;
    for (const [side, n] of counts) {
      if (side !== target && side !== also && !others?.includes(side) && n > bestCount) [best, bestCount] = [side, n];
    }
    return best;
  };
  return pick(recent) ?? pick(state.sideCounts) ?? (['us', 'china'].find((s) => s !== target && s !== also && !others?.includes(s)) ?? null);
}

/** How far back, in tokens, a side named earlier still counts as the other party of a sentence (a few sentences). */
const RECENT_TOKENS = 120;

/** Whether a side may hold this lever: a flow with named holders ("rare earths": China) only goes to them. */
export function acceptsSide(ctx: SentenceContext, m: Match<LeverEntry>, side: SideId): boolean {
  const lever = ctx.lexicon.levers.get(m.entry.lever);
  const holders = lever?.holders ?? [];
  if (lever?.exclusive) return holders.includes(side) || ownListOf(ctx, m) === side;
  return Boolean(lever?.openHolder) || !(m.entry.polarity === 'flow' && holders.length > 0) || holders.includes(side);
}

/**
 * "Taiwan's entity list", "Taiwan added Huawei to its export control entity list": a list another side keeps under the
 * same name as one the knowledge base gives to one side only is the possessor's, or, after "its", the nearest side
 * named before it in the clause (a few lever words may stand between: "its strategic high-tech commodities entity list";
 * "responding to Washington's addition of 140 companies to its Entity List": Washington's).
 */
function ownListOf(ctx: SentenceContext, m: Match<LeverEntry>): SideId | null {
  const { tokens, actors } = ctx;
  if (m.entry.polarity !== 'measure') return null;
  for (let k = m.i - 1; k >= Math.max(0, m.i - 5); k--) {
    if (punctuationBetween(ctx.text, tokens[k], tokens[k + 1])) return null;
    if (tokens[k].possessive) return endingAt(actors, k)?.entry.side ?? null;
    if (tokens[k].norm === 'its') {
      const [lo] = clauseOf(ctx.clauses, m.i);
      const subject = actors.findLast((a) => a.i >= lo && a.j <= k && a.entry.side && (tokens[a.j - 1].possessive || !TARGET_PREPOSITIONS.has(tokens[a.i - 1]?.norm ?? '')));
      return subject?.entry.side ?? null;
    }
    if (!/^[a-z][a-z-]*$/.test(tokens[k].norm) || AUXILIARIES.has(tokens[k].norm) || ctx.lexicon.verbs.has(tokens[k].norm) || DETERMINERS.has(tokens[k].norm)) return null;
  }
  return null;
}

/** The first side-named actor whose last token is right before token k. */
function sidedActorEndingBefore(actors: ActorHit[], k: number): ActorHit | undefined {
  for (const a of actors) if (a.j === k && a.entry.side) return a;
  return undefined;
}

/** A noun or adjective that may stand between a holder and its lever: not a verb, an auxiliary or a preposition. */
function plainWord(t: Token, lexicon: SentenceContext['lexicon']): boolean {
  const n = t.norm;
  if (t.possessive || lexicon.verbs.has(n) || AUXILIARIES.has(n) || TARGET_PREPOSITIONS.has(n) || CLAUSE_BREAKS.has(n)) return false;
  return !/^(and|or|but|that|which|who|to|as|than|if|while|said|says)$/.test(n) && !/(ed|ing)$/.test(n);
}

export function attribute(ctx: SentenceContext, m: Match<LeverEntry>): Attribution {
  const own = attributeInSentence(ctx, m);
  // "it will levy 25% tariffs on more than $20 billion in US goods", "vowed to impose new tariffs on around $300 billion
  // of Chinese goods": a measure never belongs to the side whose goods it falls on, whoever the clause seems to name.
  // ("Duties ranging from 27.7% to 34.9% will be applied to EU brandy shipments": with nothing else said, the other party.)
  // (Not a lever both sides hold at once: "Canada and Mexico agreed to drop their retaliatory tariffs on American goods".)
  if (own.confidence !== UNSURE_RECIPROCAL && m.entry.polarity === 'measure') {
    const target = goodsTargetOf(ctx, m);
    if (target && (target === own.side || !own.side)) {
      const other = (ctx.lexicon.levers.get(m.entry.lever)?.holders ?? []).find((h) => h !== target) ?? counterpart(target, ctx.state);
      if (other && acceptsSide(ctx, m, other)) return { side: other, confidence: 0.6 };
    }
  }
  return own;
}

/** Nouns of those who buy from a seller: "Russia's top crude buyers", "Australia's biggest barley customer". */
const SELLERS_BUYERS = new Set(['buyer', 'buyers', 'customer', 'customers', 'importer', 'importers', 'client', 'clients']);
/** Nouns of a seller's flow that a destination may follow: "Brazil's soybean shipments to China". */
const SELLERS_FLOWS = new Set(['exports', 'export', 'shipments', 'shipment', 'sales', 'deliveries']);

/**
 * A good a buyer holds, in the possessive of its seller: "India is among Russia's top crude buyers" (the subject),
 * "Australia's biggest barley customer" (the other party), "Brazil's soybean shipments to China" (the destination).
 * Returns the buyer, null when there is none to name, undefined when the possessor is no seller.
 */
function buyerOfSellers(ctx: SentenceContext, m: Match<LeverEntry>, seller: SideId): SideId | null | undefined {
  const { tokens, actors } = ctx;
  const next = tokens[m.j]?.norm ?? '';
  if (SELLERS_BUYERS.has(next)) {
    const subject = actors.findLast((x) => x.subjectLike && x.entry.side && x.entry.side !== seller && x.j <= m.i);
    return subject?.entry.side ?? counterpart(seller, ctx.state);
  }
  if ((SELLERS_FLOWS.has(tokens[m.j - 1].norm) || SELLERS_FLOWS.has(next)) && tokens[SELLERS_FLOWS.has(next) ? m.j + 1 : m.j]?.norm === 'to') {
    const to = SELLERS_FLOWS.has(next) ? m.j + 1 : m.j;
    const dest = actorAfter(ctx, to);
    return dest?.entry.side && dest.entry.side !== seller ? dest.entry.side : undefined;
  }
  return undefined;
}

/** Words between a measure and the "on" of the goods it falls on: a rate, a passive ("would be put on"). */
const BEFORE_GOODS_ON = /^(to|from|of|at|up|percent|per|cent|pct|would|will|be|been|is|are|was|were|being|now|also|put|imposed|levied|slapped|placed|applied|ranging)$/;
/** Words of an amount or a selection between "on" and the goods: "on more than $20 billion in", "on all", "on select". */
const AMOUNT_WORDS = new Set([
  'more', 'than', 'about', 'around', 'roughly', 'nearly', 'almost', 'over', 'some', 'up', 'to', 'billion', 'million',
  'trillion', 'bn', 'worth', 'of', 'in', 'all', 'select', 'selected', 'certain', 'the', 'remaining', 'additional',
  'another', 'a', 'an', 'further', 'most', 'many', 'various', 'key', 'major',
]);
/** Nouns of goods a side's name qualifies as their origin: "US goods", "Chinese products", "EU brandy shipments". */
const ORIGIN_GOODS = new Set(['goods', 'products', 'exports', 'items', 'shipments', 'produce', 'imports', 'product', 'merchandise', 'commodities']);

/**
 * The side whose goods a measure (not an export control: "controls on American chips" are the exporter's own) falls
 * on, named after "on" or "applied to" past an amount ("tariffs to 84% on select U.S. goods", "duties on £2.4 billion
 * worth of US products", "a tariff would be put on US soybeans", "tariffs on goods from Canada"), else null. "US imports
 * of steel", "US imports from China" are the US's own buying, not its goods.
 */
export function goodsTargetOf(ctx: SentenceContext, m: Match<LeverEntry>): SideId | null {
  const { tokens, text } = ctx;
  if (m.entry.polarity !== 'measure' || m.entry.category === 'export-controls') return null;
  let on = -1;
  for (let k = m.j; k < Math.min(tokens.length, m.j + 12); k++) {
    if (!plainGap(text, tokens[k - 1], tokens[k])) return null;
    const n = tokens[k].norm;
    if (n === 'on' || n === 'against' || n === 'targeting' || (n === 'to' && /^(applied|apply|applies)$/.test(tokens[k - 1]?.norm ?? ''))) {
      on = k;
      break;
    }
    if (!BEFORE_GOODS_ON.test(n) && !startsWithDigit(n)) return null;
  }
  if (on < 0) return null;
  for (let k = on + 1; k < Math.min(tokens.length, on + 10); k++) {
    const a = ctx.actors.find((x) => x.i === k && x.entry.side);
    if (a) {
      const next = tokens[a.j]?.norm ?? '';
      const after = tokens[a.j + 1]?.norm ?? '';
      const flow = ctx.levers.find((o) => o.i >= a.j && o.i <= a.j + 1 && o.entry.polarity === 'flow');
      const goods = (ORIGIN_GOODS.has(next) && !(/^imports?$/.test(next) && /^(of|from)$/.test(after))) || (ORIGIN_GOODS.has(after) && !ORIGIN_GOODS.has(next) && !/^(and|or)$/.test(next)) || flow !== undefined;
      return goods && plainGap(text, tokens[a.j - 1], tokens[a.j]) ? a.entry.side : null;
    }
    const n = tokens[k].norm;
    if (!plainGap(text, tokens[k - 1], tokens[k])) return null;
    // "tariffs on goods from Canada", "duties on imports from China": the side the goods come from.
    if (ORIGIN_GOODS.has(n) && tokens[k + 1]?.norm === 'from') {
      const from = ctx.actors.find((x) => x.entry.side && (x.i === k + 2 || (x.i === k + 3 && tokens[k + 2].norm === 'the')));
      return from?.entry.side ?? null;
    }
    if (!AMOUNT_WORDS.has(n) && !startsWithDigit(n)) return null;
  }
  return null;
}

/** Whether only spaces and the marks of an amount or an abbreviation stand between two tokens ("$20.6", "U.S. goods"). */
function plainGap(text: string, a: Token | undefined, b: Token): boolean {
  if (!a) return true;
  for (let q = a.end; q < b.start; q++) if (!' .%$£€-\u00a0'.includes(text[q])) return false;
  return true;
}

function attributeInSentence(ctx: SentenceContext, m: Match<LeverEntry>): Attribution {
  const { tokens, actors, lexicon, levers } = ctx;
  const holders = lexicon.levers.get(m.entry.lever)?.holders ?? [];
  const accept = (side: SideId) => acceptsSide(ctx, m, side);

  // 0. "Trump's sharp increase in tariffs", "Beijing's lifting of the ban": the one whose move it is holds the lever.
  if (m.i >= 3 && (tokens[m.i - 1].norm === 'in' || tokens[m.i - 1].norm === 'of') && CHANGE_NOUNS.test(tokens[m.i - 2].norm)) {
    for (let k = m.i - 3; k >= Math.max(0, m.i - 5); k--) {
      const owner = actors.find((x) => x.j - 1 === k && tokens[k].possessive && x.entry.side);
      if (owner && accept(owner.entry.side!)) return { side: owner.entry.side!, confidence: 0.9 };
      if (!MODIFIERS.has(tokens[k].norm) && !/^(sharp|steep|latest|new|planned|sudden|further)$/.test(tokens[k].norm)) break;
    }
  }

  // "China's purchase of agricultural goods": the one whose buying it is holds the good.
  if (lexicon.levers.get(m.entry.lever)?.openHolder === 'buyer') {
    let p = m.i - 1;
    while (p > 1 && tokens[p].norm !== 'of' && (DETERMINERS.has(tokens[p].norm) || MODIFIERS.has(tokens[p].norm))) p--;
    if (p > 1 && tokens[p].norm === 'of' && BUYING_NOUNS.has(tokens[p - 1].norm) && tokens[p - 2].possessive) {
      const buyer = actors.find((a) => a.j === p - 1 && a.entry.side);
      if (buyer && accept(buyer.entry.side!)) return { side: buyer.entry.side!, confidence: 0.9 };
    }
  }

  // "entry restrictions on employees into China", "prohibited from entering China ... visas revoked": entry is
  // granted or refused by the country entered.
  if (m.entry.category === 'people-visas') {
    const [lo, hi] = clauseOf(ctx.clauses, m.i);
    const entered = actors.find((a) => a.entry.side && a.i >= lo && a.i < Math.min(hi, m.j + 8) && /^(into|entering|enter|enters|entered)$/.test(tokens[a.i - 1]?.norm ?? ''));
    if (entered && accept(entered.entry.side!)) return { side: entered.entry.side!, confidence: 0.8 };
  }

  // "Matson paid $6.4 million in port fees to China": a charge is held by the side it is paid to.
  if (m.entry.polarity === 'measure' && tokens[m.j]?.norm === 'to' && tokens.slice(Math.max(0, m.i - 6), m.i).some((t) => PAYING.test(t.norm))) {
    const payee = actors.find((a) => a.entry.side && (a.i === m.j + 1 || (a.i === m.j + 2 && tokens[m.j + 1].norm === 'the')));
    if (payee && accept(payee.entry.side!)) return { side: payee.entry.side!, confidence: 0.85 };
  }

  // "following tariff talks between the two countries", "strained by years of tariff battles", "a tariff spiral": the
  // lever names what sides contest or deal over, held by neither.
  if (CONTEST_NOUNS.has(tokens[m.j]?.norm ?? '') && !punctuationBetween(ctx.text, tokens[m.j - 1], tokens[m.j])) return { side: null, confidence: UNSURE_RECIPROCAL };

  // 1. Directly before the lever: a possessive ("China's"), a side adjective ("Chinese", "US"), or its/their.
  let reactive = false;
  // Reacting by a reply ("in response to", "in retaliation for"), not by facing or bearing the lever.
  let replied = false;
  // Got "in exchange for" or "in return for" the subject's own move.
  let exchanged = false;
  let plain = 0;
  for (let k = m.i - 1, steps = 0; k >= 0 && steps < 5; k--, steps++) {
    if (punctuationBetween(ctx.text, tokens[k], tokens[k + 1])) break;
    const a = endingAt(actors, k);
    if (a && a.entry.side) {
      if (tokens[k].possessive) {
        const seller = lexicon.levers.get(m.entry.lever)?.openHolder === 'buyer' ? buyerOfSellers(ctx, m, a.entry.side) : undefined;
        if (seller !== undefined) {
          if (seller && accept(seller)) return { side: seller, confidence: 0.8 };
          break;
        }
        if (accept(a.entry.side)) return { side: a.entry.side, confidence: 0.95 };
        break;
      }
      if (a.role === 'holder-of-lever') {
        // "American soybeans": on a lever bought by its holder, the adjective names the seller.
        // "Chinese purchases": on the buying itself, the adjective names the buyer, who holds it.
        const bought = lexicon.levers.get(m.entry.lever)?.openHolder === 'buyer' && !BUYING_NOUNS.has(tokens[m.j - 1].norm);
        // "Russian oil imports": on the buying of a good the adjective may name the good's origin; the clause's
        // buyer, where it shows one, holds it ("India to continue Russian oil imports").
        // "American soybeans": the adjective names the origin, so the holder is the buyer: the one the sentence shows
        // buying ("India's purchases of Russian oil", "New Delhi will keep buying Russian oil"), else the usual buyer.
        const origin = bought || (m.j - m.i > 1 && !holders.includes(a.entry.side));
        const buyer = origin ? buyerOf(ctx, m, a.entry.side, accept) : null;
        if (buyer) return { side: buyer, confidence: 0.85 };
        // "resume U.S. soybean purchases": before a good and its buying noun, the adjective names where the good comes
        // from, not who buys it.
        const goodBought = origin && BUYING_NOUNS.has(tokens[m.j - 1].norm) && !BUYING_NOUNS.has(tokens[m.i].norm);
        if (!bought && !goodBought && accept(a.entry.side)) return { side: a.entry.side, confidence: 0.9 };
        // ("So we will undoubtedly be buying Russian oil," Sitharaman said: a good named by its origin, with no buyer in the
        // clause, is bought by the side the story has shown buying it, before the knowledge base's usual buyer.)
        // ("India accounted for 38% of Russian crude oil exports": the clause's subject before it, if any.)
        const from = a.entry.side;
        const ok = (s: SideId) => s !== from && accept(s);
        const storyBuyer = lexicon.levers.get(m.entry.lever)?.openHolder === 'buyer' && holders.length > 0
          ? actors.find((x) => x.subjectLike && x.entry.side && x.j <= m.i && ok(x.entry.side))?.entry.side ?? rememberedSide(ctx, m, ok)
          : null;
        const other = storyBuyer ?? holders.find((h) => h !== a.entry.side);
        return { side: other ?? counterpart(a.entry.side, ctx.state), confidence: 0.7 };
      }
      break;
    }
    const n = tokens[k].norm;
    if (n === 'its' || n === 'their') {
      // "Canada and Mexico agreed to drop their retaliatory tariffs": both sides' own, so no one side's.
      if (n === 'their' && pairedSubject(ctx, m.i)) return { side: null, confidence: UNSURE_RECIPROCAL };
      // "China called on the EU to cancel its EV tariffs", "called on the U.S. to completely cancel its tariffs": the
      // one asked to act on its own lever.
      const to = infinitiveTo(tokens, k - 1);
      if (to > 0) {
        const asked = askedActorEndingBefore(tokens, actors, to);
        if (asked && accept(asked.entry.side!)) return { side: asked.entry.side!, confidence: 0.8 };
      }
      // "China accused the EU of protectionism over its EV tariffs": the one accused of something with its lever.
      const accused = accusedBefore(ctx, k);
      if (accused && accept(accused)) return { side: accused, confidence: 0.8 };
      // "South Korea filed a complaint against Japan at the WTO over its export controls": the one complained against.
      const defendant = complainedAgainst(ctx, m);
      if (defendant && accept(defendant)) return { side: defendant, confidence: 0.8 };
      const subject = subjectFor(ctx, m, accept);
      if (subject) return { side: subject.side, confidence: 0.75 };
      break;
    }
    if (n === 'our') {
      // "Our tariffs will remain in place," the prime minister said: the speaker's side.
      const speaker = speakerSide(ctx);
      if (speaker && accept(speaker)) return { side: speaker, confidence: 0.75 };
      break;
    }
    const good = endingAt(levers, k, m);
    if (good) {
      // "the EU brandy probe", "US soybean tariffs": a side adjective before a good that qualifies a measure names the
      // good's origin, which the measure targets.
      // (Not an export control: "US chip restrictions" are the exporter's own.)
      if (good.entry.polarity === 'flow' && m.entry.polarity === 'measure' && m.entry.category === 'tariffs-remedies' && good.j === m.i) {
        const origin = actors.find((a) => a.j === good.i && a.entry.side && !tokens[a.j - 1].possessive);
        if (origin) {
          const other = holders.find((h) => h !== origin.entry.side!) ?? counterpart(origin.entry.side!, ctx.state);
          if (other && accept(other)) return { side: other, confidence: 0.75 };
        }
      }
      continue;
    }
    // "weighed retaliatory tariffs on US goods after the 50% tariff": in a sentence of retaliation, the lever right
    // after "after" is the one answered.
    if (n === 'after' && tokens.some((t) => RETALIATING.has(t.norm))) {
      reactive = true;
      replied = true;
      break;
    }
    // "sanctions 20 firms over arms sales": a punishment over a lever reacts to it.
    const punishedOver = n === 'over' && tokens.slice(clauseOf(ctx.clauses, m.i)[0], k).some((t, q) => lexicon.verbs.get(t.norm) === 'tighten' && q >= 0);
    if (REACTIVE.has(n) || punishedOver || (k > 0 && REACTIVE_LAST_WORDS.has(n) && REACTIVE.has(`${tokens[k - 1].norm} ${n}`))) {
      reactive = true;
      replied = REPLYING.has(n) || (k > 0 && REPLYING_LAST_WORDS.has(n) && REPLYING.has(`${tokens[k - 1].norm} ${n}`));
      exchanged = n === 'for' && /^(exchange|return)$/.test(tokens[k - 1]?.norm ?? '');
      break;
    }
    // "the United States' newly imposed port fees", "China's recently announced controls": a participle right after
    // the possessor (an adverb may stand before it) qualifies the lever.
    if ((n.endsWith('ed') || n.endsWith('en')) && (tokens[k - 1]?.possessive || (tokens[k - 1]?.norm.endsWith('ly') && tokens[k - 2]?.possessive))) continue;
    // "Trump's metals tariffs", "China's provisional antidumping duties": a noun or two may stand between.
    // ("the administration's imported steel duties": a possessor that names no side is a plain word.)
    if (!MODIFIERS.has(n) && !startsWithDigit(n) && (++plain > 2 || !(plainWord(tokens[k], lexicon) || (tokens[k].possessive && plainWord({ ...tokens[k], possessive: false }, lexicon))))) break;
  }
  if (!reactive) {
    // "to avoid the actual imposition of the tariffs", "challenge the tariffs in the GATT".
    const [lo0] = clauseOf(ctx.clauses, m.i);
    for (let k = m.i - 1; k >= Math.max(lo0, m.i - 8); k--) {
      const n = tokens[k].norm;
      if (AVOIDING.has(n)) {
        // "China is fighting with countermeasures, such as import duties": fighting with a lever wields it.
        // "told companies to avoid buying the processors": refusing to buy a good is the buyer's lever, not a reaction.
        // ("began to demand additional inspections": demanding more of a measure imposes it.)
        const demandingMore = /^(demand|demanded|demands)$/.test(n) && lexicon.moreModifiers.has(tokens[k + 1]?.norm ?? '');
        reactive = !/^(with|back)$/.test(tokens[k + 1]?.norm ?? '') && !BUYING_VERBS.has(tokens[k + 1]?.norm ?? '') && !demandingMore;
        // "cut tariffs on US goods to avoid a 46% levy": like a reply, the avoided lever is the side's that its own
        // move targets.
        replied = reactive;
        break;
      }
      const cls = lexicon.verbs.get(n);
      if (cls && !(n.endsWith('tion') || n.endsWith('sion') || n.endsWith('al') || n.endsWith('ing')) && !DETERMINERS.has(tokens[k - 1]?.norm ?? '')) break;
    }
  }

  // 2. A passive agent after the lever: "tariffs imposed by Washington".
  for (let k = m.j; k < Math.min(tokens.length, m.j + 5); k++) {
    if (CLAUSE_BREAKS.has(tokens[k].norm)) break;
    if (tokens[k].norm === 'by') {
      // "fees on vessels owned by Chinese companies": the owner of the goods, not the agent of the lever.
      if (OWNING_PARTICIPLES.test(tokens[k - 1]?.norm ?? '')) break;
      const a = actorAfter(ctx, k) ?? titledActorAfter(ctx, k);
      if (a?.entry.side && accept(a.entry.side)) return { side: a.entry.side, confidence: 0.85 };
      break;
    }
  }

  // "A ban on gallium exports to the US was announced by China's commerce ministry": the agent of a passive whose
  // subject the lever heads, past its target and other modifiers.
  const agent = passiveAgentLater(ctx, m);
  if (agent && accept(agent)) return { side: agent, confidence: 0.85 };

  // "The move by Amsterdam to partly revoke its export licence": the one whose move it is acts on the lever.
  const mover = moveBy(ctx, m);
  if (mover && accept(mover)) return { side: mover, confidence: 0.8 };

  // "individual export licenses from the U.S. Department of Commerce": the government that issues them.
  if (m.entry.lever === 'export-licences' && tokens[m.j]?.norm === 'from') {
    const issuer = actorAfter(ctx, m.j);
    if (issuer?.entry.side && accept(issuer.entry.side)) return { side: issuer.entry.side, confidence: 0.85 };
  }

  // "the steel tariffs that the United States imposed": the subject of a relative clause on the lever holds it.
  for (let k = m.j; k < Math.min(tokens.length, m.j + 3); k++) {
    const n = tokens[k].norm;
    if (n !== 'that' && n !== 'which') {
      if (n !== 'on' && n !== 'of' && n !== 'in' && !startsWithDigit(n) && !lexicon.flowNouns.has(n) && !lexicon.measureNouns.has(n)) break;
      continue;
    }
    const a = actorAfter(ctx, k);
    const verb = a ? tokens[a.j]?.norm ?? '' : '';
    if (a?.entry.side && accept(a.entry.side) && (lexicon.verbs.has(verb) || verb.endsWith('ed') || /^(has|have|had|is|was|will|would|plans|wants)$/.test(verb))) {
      return { side: a.entry.side, confidence: 0.85 };
    }
    break;
  }

  // "the high import duties the Trump administration has imposed": the same without "that".
  const zero = zeroRelativeSubject(ctx, m);
  if (zero && accept(zero)) return { side: zero, confidence: 0.85 };

  // "tariffs they imposed on each other", "the two sides cut tariffs": the lever is both sides' at once.
  // ("the two nations would revisit the rare earth issue": a good only one side can withhold stays that side's.)
  const oneHolder = holders.length === 1 && m.entry.polarity === 'flow';
  if ((!oneHolder && (reciprocalClause(ctx, m.i) || pairBoth(ctx, m))) || betweenPair(ctx, m) || (holders.length !== 1 && (sidePairOnly(ctx, m.i) || pairAgreeing(ctx, m)))) return { side: null, confidence: UNSURE_RECIPROCAL };

  // A lever word used to name something else ("the microchip pact", "a tariff dispute") is not being wielded by the
  // clause's subject: only the document or the knowledge base can say whose it is.
  const adjunct = m.j < tokens.length && ADJUNCT_HEADS.has(tokens[m.j].norm) && !punctuationBetween(ctx.text, tokens[m.j - 1], tokens[m.j]);
  if (adjunct) return holders.length === 1 ? { side: holders[0], confidence: 0.5 } : fallbackSide(ctx, m, accept, holders);

  // "Beijing accused Washington of abusing export controls", "criticised Ottawa for imposing the surtax": the one
  // accused holds the lever.
  // "South Korea filed a complaint against Japan over its export controls", "dragged the US to the WTO over the
  // duties": the side complained against holds the lever, not the one complaining.
  const defendant = complainedAgainst(ctx, m);
  if (defendant && accept(defendant)) return { side: defendant, confidence: 0.8 };
  const accused = accusedOf(ctx, m);
  if (accused && accept(accused)) return { side: accused, confidence: 0.8 };

  // "Beijing called the move an abuse of export controls": a lever its speaker calls abused is the other side's.
  const abuser = abusedBy(ctx, m, holders);
  if (abuser && accept(abuser)) return { side: abuser, confidence: 0.75 };

  // "The EU challenged the export ban on nickel ore", "launching an anti-discrimination investigation into the
  // tariffs": a measure probed or challenged is not the prober's; it is the other party's.
  if (m.entry.polarity === 'measure' && probedAt(ctx, m) >= 0) {
    const prober = subjectFor(ctx, m, () => true);
    if (prober) {
      const other = holders.find((h) => h !== prober.side && accept(h)) ?? counterpart(prober.side, ctx.state);
      if (other && accept(other)) return { side: other, confidence: 0.7 };
    }
  }

  // 3a. "Washington has asked Seoul to lower tariffs": the one asked acts.
  for (let k = m.i - 1; k >= Math.max(1, m.i - 8); k--) {
    if (tokens[k].norm !== 'to') continue;
    const asked = sidedActorEndingBefore(actors, k);
    if (asked && isAsked(tokens, asked.i)) {
      if (accept(asked.entry.side!)) return { side: asked.entry.side!, confidence: 0.8 };
    }
    break;
  }

  // 3c. "seeking a resolution with China regarding the export ban", "talks with Washington over tariffs": the
  //     party the subject deals with about a lever holds it.
  const counterparty = dealtWith(ctx, m, accept);
  if (counterparty) return { side: counterparty, confidence: 0.75 };

  // "Beijing warned Brussels against imposing the tariffs", "to stop Japan from extending its controls": the side
  // warned off or stopped from the move would hold the lever.
  const warned = warnedOff(ctx, m);
  if (warned && accept(warned)) return { side: warned, confidence: 0.8 };

  // "Russia has circumvented sanctions", "helping Iran evade sanctions": a measure evaded is not the evader's.
  const evaded = evadedBy(ctx, m);
  if (evaded !== undefined) return evaded;

  // 3. The subject of the clause, or the one carried over from the previous sentence. A lever the subject reacts
  //    to ("in response to the Section 301 tariffs") is not the subject's.
  // "Canada, Mexico and the EU all retaliated with tariffs": three or more sides as the subject hold no one lever.
  if (listSubject(ctx, m)) return { side: null, confidence: UNSURE_RECIPROCAL };
  // "'We will not lift the sanctions,' the EU's foreign policy chief said": a quoted "we" as the subject is the speaker.
  if (!reactive && quotedWeBefore(ctx, m)) {
    const speaker = speakerSide(ctx);
    if (speaker && accept(speaker)) return { side: speaker, confidence: 0.75 };
  }
  const subject = subjectFor(ctx, m, accept);
  // "ASML is barred from shipping its EUV machines to China", "the export of ASML's DUV systems": tools that several
  // governments control are held by the one that licenses the maker the sentence names, unless a side acts on them.
  if ((!subject || subject.carried) && m.entry.polarity === 'flow' && holders.length > 1) {
    const maker = toolMakerSide(tokens);
    if (maker && holders.includes(maker) && accept(maker)) return { side: maker, confidence: 0.7 };
  }
  // "the ability of Dutch tech giant ASML to export products to China without a specific export license", "ASML has been
  // dealing with export restrictions": an export control or licence a named tool maker deals with, with no side acting
  // in the sentence or carried over, is the one of the government that licenses the maker (the story may say otherwise).
  if (!subject && m.entry.category === 'export-controls' && holders.length === 0 && !reactive) {
    const maker = toolMakerSide(tokens);
    if (maker && accept(maker)) return { side: maker, confidence: 0.6 };
  }
  // "Chinese firms have accelerated domestic development under restrictions": a side that works under a measure bears
  // it (not "imposed tariffs under Section 232", where the measure is the subject's legal ground).
  if (subject && !subject.carried && m.entry.polarity === 'measure' && underMeasure(ctx, m)) {
    const other = holders.find((h) => h !== subject.side && accept(h)) ?? counterpart(subject.side, ctx.state);
    if (other && accept(other)) return { side: other, confidence: 0.6 };
  }
  // "The duties come in retaliation for Ottawa imposing tariffs", "the levies are a response to Canada's surtax": the
  // side replied to is the other one; the lever is the clause's own subject's, else the other party's.
  const provoker = answeredSide(ctx, m);
  if (provoker && !reactive) {
    if (subject && !subject.carried && subject.side !== provoker && ctx.actors.some((a) => a.entry.side === subject.side && a.j <= m.i)) return { side: subject.side, confidence: 0.8 };
    const other = holders.find((h) => h !== provoker && accept(h)) ?? counterpart(provoker, ctx.state);
    if (other && accept(other)) return { side: other, confidence: 0.7 };
  }
  const ownTarget = m.j < tokens.length && TARGETING_WORDS.has(tokens[m.j].norm)
    ? actors.find((a) => a.role === 'target' && a.entry.side && a.i > m.j && a.i <= m.j + 3)
    : undefined;
  if (subject && ownTarget && subject.side === ownTarget.entry.side) {
    // "Baldrige urged action on removing the tariffs on US cars": the lever is used against the speaker.
    const other = holders.find((h) => h !== subject.side);
    return { side: other ?? counterpart(subject.side, ctx.state), confidence: 0.6 };
  }
  if (subject && !reactive && boughtBySubject(ctx, m)) {
    // "Chinese tech companies have ordered 2 million H200s": the buyer of a good its seller controls does not hold it.
    const seller = holders.find((h) => h !== subject.side);
    if (seller) return { side: seller, confidence: 0.7 };
  }
  if (subject && !reactive && !subject.carried) {
    // "the United States shipped virtually nothing in soybeans to China": the seller of a good its buyer holds does
    // not hold it; the side it goes to does, else its usual buyer.
    const buyer = soldBySubject(ctx, m, subject.side);
    if (buyer !== undefined) {
      const holder = buyer ?? holders.find((h) => h !== subject.side);
      if (holder && accept(holder)) return { side: holder, confidence: 0.7 };
    }
    // "Lighthizer said the deal would include $80 billion in agricultural purchases", "accusing Beijing of not
    // resuming purchasing farm products": the buying of a good its usual buyer holds, with that buyer's counterpart as
    // the subject, is the usual buyer's (the subject sells; it is not the one buying).
    const usualBuyer = sellerSubjectBuyer(ctx, m, subject.side, holders);
    if (usualBuyer && accept(usualBuyer)) return { side: usualBuyer, confidence: 0.7 };
    return { side: subject.side, confidence: 0.8 };
  }
  // 3b. "restrictions on US exports to China", "Dutch manufacturer ASML", "Japanese exporters must seek approval": with
  //     no side as the subject, an export control is held by the government of the exporter.
  // ("Japanese manufacturers will soon face export restrictions to South Korea": exporters face their own
  // government's controls.)
  const exporter = reactive && !(m.entry.category === 'export-controls' && m.entry.polarity === 'measure') ? null : exporterSide(ctx, m, accept);
  if (exporter) return { side: exporter, confidence: 0.7 };
  // "It said it could impose duties": a pronoun right before the verb of imposing is surer than one opening the clause
  // (Only for a measure: a company "would halt shipments of components" as well as a government.)
  if (subject && !reactive) return { side: subject.side, confidence: subject.direct && m.entry.polarity === 'measure' ? 0.7 : 0.6 };
  if (reactive && !subject) {
    // "American soybeans still face a tariff": what faces the lever is its target ("Chinese exports to the US face
    // tariffs": the goods' origin, not where they go).
    const destination = (a: { i: number }) => isDestination(tokens, a.i);
    const left = actors.findLast((a) => a.j <= m.i && a.entry.side && !destination(a)) ?? actors.findLast((a) => a.j <= m.i && a.entry.side);
    // "Canadian goods entering the US face 35% tariffs": goods that face a lever where they go face that side's.
    const goesTo = actors.find((a) => a.j <= m.i && a.entry.side && destination(a) && facedBetween(tokens, a.j, m.i));
    if (goesTo?.entry.side && left?.entry.side !== goesTo.entry.side && accept(goesTo.entry.side)) return { side: goesTo.entry.side, confidence: 0.65 };
    if (left?.entry.side) {
      // ("Steel from the EU, Canada and Mexico faced tariffs": none of a list of sides holds what they all face.)
      const listed = listedWith(ctx, left);
      const other = holders.find((h) => h !== left.entry.side && !listed.includes(h));
      return { side: other ?? counterpart(left.entry.side, ctx.state, null, listed), confidence: 0.6 };
    }
  }
  if (subject && reactive) {
    // "Japan will invest $550 billion in the US in exchange for lower tariffs": the other side named gives it.
    if (exchanged) {
      const giver = actors.find((a) => a.entry.side && a.entry.side !== subject.side && accept(a.entry.side))?.entry.side;
      return { side: giver ?? counterpart(subject.side, ctx.state), confidence: 0.6 };
    }
    // "Canada faces new duties, Washington said": the one facing the lever is its target, the other side named holds it.
    const facing = actors.find((a) => a.role === 'target' && a.entry.side && a.j <= m.i);
    // ("China bans exports to the US in response to chip sanctions": the side the subject's own move targets is the
    // one it answers, and holds what is answered.)
    if (replied && facing?.entry.side && facing.entry.side !== subject.side && accept(facing.entry.side)) return { side: facing.entry.side, confidence: 0.65 };
    // "Japanese cars shipped to the United States face a 25% tariff": the side the goods go to, not one facing it.
    if (facing?.entry.side && facing.entry.side !== subject.side && isDestination(tokens, facing.i) && facedBetween(tokens, facing.j, m.i) && accept(facing.entry.side)) {
      return { side: facing.entry.side, confidence: 0.65 };
    }
    if (facing && facing.entry.side !== subject.side) {
      // ("Steel from the EU, Canada and Mexico faced tariffs": a side listed with the one facing faces it too.)
      const last = actors.findLast((a) => a.entry.side && a.j <= m.i);
      const listed = last ? listedWith(ctx, last) : [];
      if (listed.includes(subject.side) && listed.includes(facing.entry.side!)) {
        const other = holders.find((h) => !listed.includes(h)) ?? counterpart(subject.side, ctx.state, null, listed);
        // (Surer than the story's vote, which would give it to whichever listed side holds most of its levers.)
        if (other && accept(other)) return { side: other, confidence: 0.65 };
      }
      // ("Washington expanded its list of Chinese companies subject to export controls", "34 EU producers will be exempt
      // from the tariffs, the ministry said": the sentence names the side facing the lever and the one acting on it,
      // nearer evidence than the story's vote, which would often give it to the side facing it.)
      return { side: subject.side, confidence: 0.65 };
    }
    // "The US opposes lifting the embargo on China": neither the one reacting nor the target holds it.
    const target = actors.find((a) => a.role === 'target' && a.entry.side && a.i >= m.j && a.i <= m.j + 4)?.entry.side ?? null;
    const other = holders.find((h) => h !== subject.side && h !== target);
    if (other) return { side: other, confidence: 0.6 };
    if (holders.length === 0) {
      const remembered = rememberedSide(ctx, m, (s) => s !== subject.side && s !== target && accept(s));
      return { side: remembered ?? counterpart(subject.side, ctx.state, target), confidence: 0.55 };
    }
  }

  // "restrictions on exports of American chips to China", "curbs on US chip exports": an export control is held by the
  // side whose goods leave, not by the one they go to.
  if (m.entry.category === 'export-controls' && m.entry.polarity === 'measure') {
    const from = exportOrigin(ctx, m);
    if (from && accept(from)) return { side: from, confidence: 0.65 };
  }

  // 4. Only the target is named: the holder is the default holder other than the target, or the counterpart.
  //    A target right after the lever ("sanctions against Japan") is its own; else one in the clause, else any.
  const [lo, hi] = clauseOf(ctx.clauses, m.i);
  // ("a tariff would be put on US soybeans": for a measure, the origin of the goods it falls on is its target.)
  const onAt = m.entry.polarity === 'measure' ? tokens.slice(m.j, m.j + 6).findIndex((t) => t.norm === 'on' || t.norm === 'against') : -1;
  const goodsOrigin = onAt >= 0
    ? actors.find((a) => a.role === 'holder-of-lever' && a.entry.side && a.i > m.j + onAt && a.i <= m.j + onAt + 3 && ctx.levers.some((o) => o.i === a.j && o.entry.polarity === 'flow'))
    : undefined;
  const target = actors.find((a) => a.role === 'target' && a.entry.side && a.i >= m.j && a.i <= m.j + 4)
    ?? goodsOrigin
    ?? actors.find((a) => a.role === 'target' && a.entry.side && a.i >= lo && a.i < hi)
    ?? actors.find((a) => a.role === 'target' && a.entry.side);
  if (target?.entry.side && target.j === m.i && !tokens[target.j - 1].possessive && nameBeforeOwnsLever(ctx, m, target) && accept(target.entry.side)) {
    // "Canada retaliatory tariffs list", "Mexico tariffs on Asian imports to hit China hardest": a side's name right
    // before a lever of retaliation, or before one whose target follows it, names the side that imposes it.
    return { side: target.entry.side, confidence: 0.6 };
  }
  if (target?.entry.side) {
    // "European car exports to the U.S. will be subjected to a 15% tariff rate": goods that face a lever where they go
    // face that side's. (Surer than the story's vote.)
    const goesTo = actors.find((a) => a.j <= m.i && a.i >= lo && a.entry.side && isDestination(tokens, a.i) && facedBetween(tokens, a.j, m.i));
    if (goesTo?.entry.side && accept(goesTo.entry.side)) return { side: goesTo.entry.side, confidence: 0.65 };
    // "Energy imported from Canada ... would be taxed": a good its buyer holds is held by the side that buys it from the
    // target, whoever usually buys it.
    if (lexicon.levers.get(m.entry.lever)?.openHolder === 'buyer' && /^(from)$/.test(tokens[target.i - 1]?.norm ?? '') && /^(imported|imports|import|importing|purchased|bought|buying)$/.test(tokens[target.i - 2]?.norm ?? '')) {
      const buyer = counterpart(target.entry.side, ctx.state);
      if (buyer && accept(buyer)) return { side: buyer, confidence: 0.6 };
    }
    const other = holders.find((h) => h !== target.entry.side);
    // (Only a usual holder the story names: in a Japan–Korea story, the other party of South Korea is Japan, not the
    // knowledge base's US that the story never names.)
    if (other && !ctx.state.sideCounts.get(other)) {
      const party = counterpart(target.entry.side, ctx.state, null, targetsListedWith(ctx, target));
      if (party && accept(party)) return { side: party, confidence: 0.55 };
    }
    if (other) return { side: other, confidence: 0.65 };
    // ("The tariffs on Canada and Mexico took effect": no side listed with the target is its other party.)
    if (holders.length === 0) return { side: counterpart(target.entry.side, ctx.state, null, targetsListedWith(ctx, target)), confidence: 0.55 };
  }

  // "Negotiators from both sides will discuss tariffs": explicitly nobody's.
  // (The clause is joined and searched only when one of its words ends in "both", "two", "each" or "either".)
  if (bothSidesWordIn(tokens, lo, m.i)) {
    const clause = normsOf(tokens, lo, m.i).join(' ');
    if (/\b(both|the two|each|either) (sides|side|countries|governments|nations|parties|capitals)\b/.test(clause)) return { side: null, confidence: UNSURE_RECIPROCAL };
  }

  return fallbackSide(ctx, m, accept, holders);
}


/** Whether a token from `from` to `to` ends in a word that can open "both sides", "the two countries", "each side". */
function bothSidesWordIn(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const n = tokens[k].norm;
    if (n.endsWith('both') || n.endsWith('two') || n.endsWith('each') || n.endsWith('either')) return true;
  }
  return false;
}

/**
 * The clause of token i, cut further at ", and" / ", but" ("Washington lifted the tariffs on Canada and Mexico, and
 * both countries removed their duties": two clauses, one subject each).
 */
function coordinateOf(ctx: SentenceContext, i: number): [number, number] {
  let [lo, hi] = clauseOf(ctx.clauses, i);
  const end = Math.min(hi, ctx.tokens.length);
  for (const k of coordinateBreaks(ctx)) {
    if (k <= lo) continue;
    if (k >= end) break;
    if (k <= i) lo = k;
    else {
      hi = k;
      break;
    }
  }
  return [lo, hi];
}

/** Where ", and" / ", but" or a semicolon joins two clauses, in order; found once per sentence, for all its levers. */
function coordinateBreaks(ctx: SentenceContext): number[] {
  if (ctx.coordinateBreaks) return ctx.coordinateBreaks;
  const { tokens, text } = ctx;
  const breaks: number[] = [];
  for (let k = 1; k < tokens.length; k++) {
    // ", and" / ", but" join two clauses; so does a semicolon ("Both sides paused export bans; the US will delay ...").
    const semicolon = gapHas(text, tokens[k - 1].end, tokens[k].start, 0x3b);
    if (semicolon || ((tokens[k].norm === 'and' || tokens[k].norm === 'but') && gapHas(text, tokens[k - 1].end, tokens[k].start, 0x2c))) breaks.push(k);
  }
  ctx.coordinateBreaks = breaks;
  return breaks;
}

/** Whether the character `code` occurs in text[from, to). */
function gapHas(text: string, from: number, to: number, code: number): boolean {
  for (let q = from; q < to; q++) if (text.charCodeAt(q) === code) return true;
  return false;
}

/** Words before a pair that frame talks or a row, not a lever: "talks between the two sides". */
const BETWEEN_WORDS = new Set(['between', 'among', 'amongst']);
/** What a measure is aimed at after it: "tariffs on", "sanctions against", "duties targeting". */
const TARGETING_WORDS = new Set(['on', 'against', 'targeting', 'for', 'to', 'into']);
/** What a dealing is about: "talks regarding", "a deal over". */
const DEALT_WITH_LINKS = new Set(['regarding', 'over', 'about', 'concerning', 'on']);

/** The reciprocal phrases by their first word, as token lists. */
const RECIPROCAL_BY_FIRST = new Map<string, string[][]>();
for (const phrase of RECIPROCAL) {
  const words = phrase.split(/[\s-]+/);
  RECIPROCAL_BY_FIRST.set(words[0], [...(RECIPROCAL_BY_FIRST.get(words[0]) ?? []), words]);
}

/** Whether the clause holding token `i` speaks of both sides at once; computed once per clause. */
function reciprocalClause(ctx: SentenceContext, i: number): boolean {
  const [lo, hi] = coordinateOf(ctx, i);
  let known = ctx.reciprocal.get(lo);
  if (known === undefined) {
    known = false;
    const end = Math.min(hi, ctx.tokens.length);
    for (let k = lo; k < end && !known; k++) {
      const phrases = RECIPROCAL_BY_FIRST.get(ctx.tokens[k].norm);
      // ("talks between the two sides", "tensions between the two countries": the pair frames the talks or the row,
      // not the lever.)
      if (!phrases || BETWEEN_WORDS.has(ctx.tokens[k - 1]?.norm ?? '')) continue;
      for (const phrase of phrases) if (wordsAt(ctx.tokens, k, end, phrase)) known = true;
    }
    ctx.reciprocal.set(lo, known);
  }
  return known;
}

/**
 * "tariffs between the United States and China", "tariffs between the two countries": a lever right before "between"
 * and a pair is both sides' at once.
 */
function betweenPair(ctx: SentenceContext, m: Match<LeverEntry>): boolean {
  const { tokens } = ctx;
  // (A flow between two sides is the buyer's or the seller's: "agricultural sales between the two countries".)
  if (tokens[m.j]?.norm !== 'between' || m.entry.polarity !== 'measure') return false;
  if (/^(the two|both) (sides|countries|nations|governments|economies|neighbours|neighbors|powers)$/.test(normsOf(tokens, m.j + 1, m.j + 4).join(' ').replace(/^(the two|both) (\w+).*$/, '$1 $2'))) return true;
  const pair = ctx.actors.filter((a) => a.entry.side && a.i > m.j && a.i <= m.j + 8);
  return pair.length >= 2 && pair[0].entry.side !== pair[1].entry.side && tokens.slice(pair[0].j, pair[1].i).some((t) => t.norm === 'and');
}

/** Whether `words` are the tokens from k on, all before `end`. */
function wordsAt(tokens: Token[], k: number, end: number, words: string[]): boolean {
  for (let q = 0; q < words.length; q++) if (tokens[k + q]?.norm !== words[q] || k + q >= end) return false;
  return true;
}

/** "Canada and Mexico agreed ...": the clause's subject is two sides joined by "and". */
function pairedSubject(ctx: SentenceContext, i: number): boolean {
  const [lo] = clauseOf(ctx.clauses, i);
  const sided = ctx.actors.filter((a) => a.entry.side && a.i >= lo && a.j <= i);
  for (let q = 0; q + 1 < sided.length; q++) {
    const [a, b] = [sided[q], sided[q + 1]];
    if (a.entry.side === b.entry.side || a.role !== 'actor' || b.j > i) continue;
    const between = normsOf(ctx.tokens, a.j, b.i).join(' ');
    if (/^(and|and the)$/.test(between) && b.subjectLike) return true;
  }
  return false;
}

/**
 * "Beijing and Washington have both taken steps ... lifting sanctions", "the US and China each raised tariffs": two sides
 * as the clause's subject with "both" or "each" after them act on the lever together, so no one side holds it.
 */
function pairBoth(ctx: SentenceContext, m: Match<LeverEntry>): boolean {
  const { tokens } = ctx;
  const [lo] = clauseOf(ctx.clauses, m.i);
  const sided = ctx.actors.filter((a) => a.entry.side && a.i >= lo && a.j <= m.i);
  for (let q = 0; q + 1 < sided.length; q++) {
    const [a, b] = [sided[q], sided[q + 1]];
    if (a.entry.side === b.entry.side || a.role !== 'actor' || b.role !== 'actor') continue;
    if (!/^(and|and the)$/.test(normsOf(tokens, a.j, b.i).join(' '))) continue;
    for (let k = b.j; k < Math.min(m.i, b.j + 3); k++) {
      const n = tokens[k].norm;
      if (n === 'both' || n === 'each') return true;
      if (!AUXILIARIES.has(n)) break;
    }
  }
  return false;
}

/** Verbs of agreeing or dealing together: "Washington and Beijing agreed to pause port fees". */
const AGREEING = /^(agreed|agree|agrees|signed|sign|signs|reached|reach|discussed|discuss|negotiated|negotiate|came|settled|struck)$/;

/**
 * "Washington and Beijing additionally agreed to pause port fees", "Canada and China signed a deal that reduces tariffs":
 * two sides as the clause's subject, agreeing on the lever together, hold it together, so no one side.
 */
function pairAgreeing(ctx: SentenceContext, m: Match<LeverEntry>): boolean {
  const [lo, hi] = clauseOf(ctx.clauses, m.i);
  let agreeing = false;
  for (let k = m.i - 1; k >= lo && !agreeing; k--) agreeing = AGREEING.test(ctx.tokens[k].norm);
  if (!agreeing || !pairedSubject(ctx, m.i)) return false;
  // Not when the lever names a side it falls on ("agreed to replace the tariffs on European metal"): that is one side's.
  if (ctx.actors.some((a) => a.entry.side && a.i >= m.j && a.i < Math.min(hi, m.j + 6))) return false;
  // The pair is the last sides named before the verb: "the United States agreed to remove" after "Canada and Mexico" is not.
  for (let k = m.i - 1; k >= lo; k--) {
    if (AGREEING.test(ctx.tokens[k].norm)) {
      const sided = ctx.actors.filter((a) => a.entry.side && a.j <= k && a.i >= lo);
      const [a, b] = sided.slice(-2);
      if (!a || !b || a.entry.side === b.entry.side) return false;
      const between = normsOf(ctx.tokens, a.j, b.i).join(' ');
      return /^(and|and the)$/.test(between) && !/^(which|whom)$/.test(ctx.tokens[a.i - 1]?.norm ?? '');
    }
  }
  return false;
}

/**
 * "The agreement aims to stabilise the US-China trade relationship, strained by escalating tariffs": two sides named
 * only as a pair ("US-China", "U.S./China", "between the United States and China"), and no side acting in the clause.
 */
function sidePairOnly(ctx: SentenceContext, i: number): boolean {
  const [lo, hi] = clauseOf(ctx.clauses, i);
  const sided = ctx.actors.filter((a) => a.entry.side && a.i >= lo && a.i < hi);
  if (sided.some((a) => a.subjectLike)) return false;
  // "tariffs between the United States and China rose", "the conflict between China and the US": only a pair.
  if (sided.length === 2 && sided.every((a) => a.role === 'neutral') && sided[0].entry.side !== sided[1].entry.side) return true;
  for (let q = 0; q + 1 < sided.length; q++) {
    const [a, b] = [sided[q], sided[q + 1]];
    if (a.j === b.i && a.entry.side !== b.entry.side && /^[-\u2013/]$/.test(ctx.text.slice(ctx.tokens[a.j - 1].end, ctx.tokens[b.i].start))) {
      // Every sided name in the clause belongs to the pair.
      return sided.length === 2;
    }
  }
  return false;
}

/** Nouns of a move on a lever: "increase in tariffs", "lifting of the ban". */
const CHANGE_NOUNS = /^(increase|increases|hike|hikes|rise|cut|cuts|reduction|raising|lifting|removal|imposition|expansion|escalation|easing|tightening|suspension|extension)$/;

/** Participles that name the owner or maker of goods after "by": "vessels owned by Chinese companies". */
const OWNING_PARTICIPLES = /^(owned|operated|made|built|produced|manufactured|run|designed|controlled|supplied|used)$/;

/** Words of dealing with the other side: "a resolution with China regarding", "talks with Washington over". */
const DEALING = /^(resolution|talks|negotiations|negotiate|negotiating|deal|agreement|discussions|consultations|settlement|dispute|row|standoff|spat|clash|tensions|compromise)$/;

/** The side named as the origin of exported goods after an export control: "on exports of American chips to China". */
function exportOrigin(ctx: SentenceContext, m: Match<LeverEntry>): SideId | null {
  const { tokens, actors } = ctx;
  const [, hi] = clauseOf(ctx.clauses, m.i);
  // ("curbs on China-bound shipments": a side the goods are bound for is where they go, not where they leave.)
  const sideAt = (k: number) => actors.find((a) => a.i === k && a.entry.side && !/^(to|into|from|toward|towards)$/.test(tokens[k - 1]?.norm ?? '') && !/^(bound|destined)$/.test(tokens[a.j]?.norm ?? ''))?.entry.side ?? null;
  for (let q = m.i; q < Math.min(hi, tokens.length, m.j + 8); q++) {
    if (!EXPORT_NOUNS.test(tokens[q].norm)) continue;
    // "exports of American chips", "the export of US technology".
    let k = q + 1;
    if (tokens[k]?.norm === 'of') {
      k++;
      if (tokens[k]?.norm === 'the') k++;
      const side = sideAt(k);
      if (side) return side;
    }
    // "US chip exports": a side adjective up to two words before the noun.
    for (let b = q - 1; b >= Math.max(m.j, q - 3); b--) {
      const side = sideAt(b);
      if (side) return side;
    }
    return null;
  }
  return null;
}

/**
 * The buyer of a good whose origin is `origin`, as the clause shows it: the possessor of a buying noun ("India's
 * continued purchase of Russian oil"), the one "its" refers to ("tariffs on India for its imports of Russian oil"),
 * or the subject of a verb of buying ("New Delhi will continue to buy Russian oil").
 */
/** Words that give a good as the reason for a measure: "tariffs on India over Russian oil". */
const REASON_WORDS = new Set(['over', 'citing']);

function buyerOf(ctx: SentenceContext, m: Match<LeverEntry>, origin: SideId, accept: (side: SideId) => boolean): SideId | null {
  const { tokens, actors } = ctx;
  const [lo] = clauseOf(ctx.clauses, m.i);
  const ok = (side: SideId | null | undefined): side is SideId => !!side && side !== origin && accept(side);
  const from = actors.findLast((a) => a.j <= m.i && a.j >= m.i - 2 && a.entry.side === origin);
  if (from) {
    // "citing New Delhi's Russian oil imports": a possessive right before the origin names the buyer.
    const owner = actors.find((a) => a.j === from.i && tokens[a.j - 1].possessive);
    if (owner && ok(owner.entry.side)) return owner.entry.side;
    // "tariffs on India over Russian oil": a good given as the reason for a measure on a side is that side's buying.
    if (REASON_WORDS.has(tokens[from.i - 1]?.norm ?? '')) {
      const target = actors.findLast((a) => a.j < from.i && a.role === 'target' && ok(a.entry.side));
      if (target && ctx.levers.some((o) => o.j <= target.i && o.entry.polarity === 'measure')) return target.entry.side!;
    }
  }
  for (let k = m.i - 1; k >= Math.max(lo, m.i - 8); k--) {
    if (!BUYING_WORDS.has(tokens[k].norm)) continue;
    for (let q = k - 1; q >= Math.max(lo, k - 3); q--) {
      const owner = actors.find((a) => a.j - 1 === q && tokens[q].possessive);
      if (owner && ok(owner.entry.side)) return owner.entry.side;
      if (tokens[q].norm === 'its' || tokens[q].norm === 'their') {
        const named = actors.findLast((a) => a.j <= q && a.i >= lo && ok(a.entry.side) && a.role === 'target');
        return named?.entry.side ?? null;
      }
    }
    const subject = actors.findLast((a) => a.j <= k && a.i >= lo && a.subjectLike && ok(a.entry.side));
    return subject?.entry.side ?? null;
  }
  // "India to continue Russian oil imports", "pressure New Delhi to cut back on Russian oil purchases": the buying
  // noun after the good; the nearest side before it that acts (a subject, or one asked "to" do something) buys.
  if (BUYING_WORDS.has(tokens[m.j]?.norm ?? '')) {
    const acting = actors.findLast((a) => a.j <= m.i && a.i >= lo && ok(a.entry.side) && (a.subjectLike || tokens[a.j]?.norm === 'to'));
    return acting?.entry.side ?? null;
  }
  return null;
}

/**
 * The side a sentence is attributed to after the lever's clause: ", said Trade Minister Liesje Schreinemacher" (titles
 * and names between the verb and the side) or ", Beijing said" (the side right before the verb).
 */
function sayerAfter(ctx: SentenceContext, m: Match<LeverEntry>): SideId | null {
  const { tokens, actors, text } = ctx;
  for (let k = m.j + 1; k < tokens.length; k++) {
    if (!REPORTING.has(tokens[k].norm)) continue;
    const gap = text.slice(tokens[k - 1].end, tokens[k].start);
    if (/[,\u201d"]/.test(gap)) {
      // ", said Foreign Trade Minister Liesje Schreinemacher".
      for (let q = k + 1; q < Math.min(tokens.length, k + 7); q++) {
        const side = sideStartingIn(actors, q, q);
        if (side) return side;
        if (!startsWithUpper(tokens[q].text) && tokens[q].norm !== 'the') break;
      }
      return null;
    }
    // ", Beijing said": the side right before the verb, after a comma or a closing quote.
    const a = sidedActorEndingBefore(actors, k);
    if (a && a.i > m.j && /[,\u201d"]/.test(text.slice(tokens[a.i - 1].end, tokens[a.i].start))) return a.entry.side;
    return null;
  }
  return null;
}

/**
 * The side accused, between a verb of blaming and "of"/"for" with at most two words (a gerund and a determiner:
 * "of abusing", "for imposing the") before the lever.
 */
/** The side a complaint, case or challenge before the lever is brought against, when the lever is its subject. */
function complainedAgainst(ctx: SentenceContext, m: Match<LeverEntry>): SideId | null {
  const { tokens } = ctx;
  const lo = Math.max(0, m.i - 22);
  for (let k = m.i - 1; k >= lo; k--) {
    // ("dragged the U.S. to the WTO's dispute settlement mechanism over the duties": a word of complaint that names no
    // defendant, nearer the lever, does not hide the one that does.)
    if (COMPLAINING.has(tokens[k].norm)) {
      const defendant = complainedAgainstAt(ctx, m, k);
      if (defendant) return defendant;
    }
    // ("took China to the WTO over the wine tariffs"; not "it took two years to lift the duties".)
    if (TAKING_TO.has(tokens[k].norm)) {
      const defendant = complainedAgainstAt(ctx, m, k);
      if (defendant) return defendant;
    }
  }
  return null;
}

/**
 * Where the probe, challenge or complaint whose object the lever is stands ("challenged the export ban", "an
 * investigation into the tariffs", "a complaint over the duties"), or -1: only determiners and modifiers between.
 */
export function probedAt(ctx: SentenceContext, m: Match<LeverEntry>): number {
  const { tokens } = ctx;
  const [lo] = clauseOf(ctx.clauses, m.i);
  let k = m.i - 1;
  while (k >= lo && k > m.i - 5 && (DETERMINERS.has(tokens[k].norm) || MODIFIERS.has(tokens[k].norm))) k--;
  if (k < lo) return -1;
  if (PROBING_VERBS.has(tokens[k].norm)) return k;
  if (/^(into|of|over|against|about|regarding|concerning)$/.test(tokens[k].norm) && k - 1 >= lo && PROBING_NOUNS.has(tokens[k - 1].norm)) return k - 1;
  return -1;
}

/** complainedAgainst, given the word of complaint at token k. */
function complainedAgainstAt(ctx: SentenceContext, m: Match<LeverEntry>, k: number): SideId | null {
  const { tokens, actors } = ctx;
  const n = tokens[k].norm;
  // The lever is what the complaint is about: "over", "regarding", "about", "concerning" or "on" stands between.
  if (!tokens.slice(k + 1, m.i).some((t) => /^(over|regarding|about|concerning|on|into)$/.test(t.norm))) return null;
  for (let q = k + 1; q < Math.min(m.i, k + 8); q++) {
    if (/^(against|to)$/.test(tokens[q].norm) || (q === k + 1 && /^(dragged|drag|drags|took|take|takes|taking|sued|sue|sues)$/.test(n))) {
      const a = actors.find((x) => x.entry.side && (x.i === q + 1 || (x.i === q + 2 && tokens[q + 1].norm === 'the') || (q === k + 1 && x.i === q)));
      if (a?.entry.side) return a.entry.side;
    }
  }
  return null;
}

/** The word before a side's name, over a "the" ("accused the EU", "warned Brussels"): the verb that governs it. */
function verbBefore(tokens: Token[], i: number): number {
  return tokens[i - 1]?.norm === 'the' ? i - 2 : i - 1;
}

const WARNING_OFF = /^(warn|warns|warned|warning|caution|cautions|cautioned|deter|deters|deterred|discourage|discourages|discouraged|dissuade|dissuaded|stop|stops|stopped|prevent|prevents|prevented)$/;

/** The side after a verb of warning off, then "against" or "from" and the gerund that moves the lever. */
function warnedOff(ctx: SentenceContext, m: Match<LeverEntry>): SideId | null {
  const { tokens, actors, lexicon } = ctx;
  for (let v = m.i - 1; v >= Math.max(2, m.i - 5); v--) {
    const n = tokens[v].norm;
    if (n.endsWith('ing') && lexicon.verbs.has(n)) {
      if (!/^(against|from)$/.test(tokens[v - 1].norm)) return null;
      const a = actors.find((x) => x.j === v - 1 && x.entry.side);
      if (!a) return null;
      const verb = verbBefore(tokens, a.i);
      return WARNING_OFF.test(tokens[verb]?.norm ?? '') ? a.entry.side : null;
    }
    if (!DETERMINERS.has(n) && !MODIFIERS.has(n) && !startsWithDigit(n) && n !== 'its' && n !== 'their') return null;
  }
  return null;
}

/** The side accused or blamed before token k, with "of" or "for" after it ("accused Washington of abusing its"). */
function accusedBefore(ctx: SentenceContext, k: number): SideId | null {
  const { tokens, actors } = ctx;
  const [lo] = clauseOf(ctx.clauses, k);
  for (let p = k - 1; p >= Math.max(lo + 2, k - 8); p--) {
    if (tokens[p].norm !== 'of' && tokens[p].norm !== 'for') continue;
    for (const a of actors) {
      if (!a.entry.side || a.j > p || a.j < p - 1 || a.i <= lo) continue;
      const verb = verbBefore(tokens, a.i);
      if (verb >= lo && ACCUSING.test(tokens[verb]?.norm ?? '')) return a.entry.side;
    }
  }
  return null;
}

function accusedOf(ctx: SentenceContext, m: Match<LeverEntry>): SideId | null {
  const { tokens, actors } = ctx;
  const [lo] = clauseOf(ctx.clauses, m.i);
  for (let p = m.i - 1; p >= Math.max(lo + 2, m.i - 4); p--) {
    if (tokens[p].norm !== 'of' && tokens[p].norm !== 'for') continue;
    // Between "of" and the lever: a gerund, then determiners or modifiers only.
    if (!tokens.slice(p + 1, m.i).every((t, q) => (q === 0 && t.norm.endsWith('ing')) || DETERMINERS.has(t.norm) || MODIFIERS.has(t.norm))) return null;
    const a = sidedActorEndingBefore(actors, p);
    if (!a) return null;
    const verb = verbBefore(tokens, a.i);
    return verb >= lo && ACCUSING.test(tokens[verb]?.norm ?? '') ? a.entry.side : null;
  }
  return null;
}

/** "a resolution with China regarding the export ban": "with" a side, then "over/regarding/on" the lever. */
function dealtWith(ctx: SentenceContext, m: Match<LeverEntry>, accept: (side: SideId) => boolean): SideId | null {
  const { tokens, actors } = ctx;
  const [lo] = clauseOf(ctx.clauses, m.i);
  let k = m.i - 1;
  while (k > lo && (DETERMINERS.has(tokens[k].norm) || MODIFIERS.has(tokens[k].norm) || actors.some((a) => a.i <= k && k < a.j && a.role === 'holder-of-lever'))) k--;
  if (k <= lo || !DEALT_WITH_LINKS.has(tokens[k].norm)) return null;
  const withBefore = (a: { i: number }) => tokens[a.i - 1]?.norm === 'with' || (tokens[a.i - 1]?.norm === 'the' && tokens[a.i - 2]?.norm === 'with');
  const party = actors.find((a) => a.j === k && a.entry.side && a.i > lo && withBefore(a));
  if (!party?.entry.side || !accept(party.entry.side)) return null;
  // Talks "with" the other side sit after a noun or verb of dealing.
  const before = normsOf(tokens, Math.max(lo, party.i - 5), party.i);
  return before.some((w) => DEALING.test(w)) ? party.entry.side : null;
}

/** The side counted most often (the first so counted, in the order the sides came), without sorting a copy. */
function mostOften(counts: Map<SideId, number>): SideId {
  let best: SideId | undefined;
  let bestCount = -Infinity;
  for (const [side, n] of counts) {
    if (n > bestCount) {
      best = side;
      bestCount = n;
    }
  }
  return best!;
}

/** The side this lever was most often given earlier in the story, if it passes `ok`. */
function rememberedSide(ctx: SentenceContext, m: Match<LeverEntry>, ok: (side: SideId) => boolean): SideId | null {
  const remembered = ctx.state.leverSides.get(m.entry.lever);
  if (!remembered) return null;
  const side = mostOften(remembered);
  return ok(side) ? side : null;
}

/** When the sentence says nothing: who held this lever earlier in the document, else the knowledge base default. */
export function fallbackSide(ctx: SentenceContext, m: Match<LeverEntry>, accept: (side: SideId) => boolean, holders: SideId[]): Attribution {
  // "the sanctions" of paragraph four are those of paragraph one.
  const remembered = ctx.state.leverSides.get(m.entry.lever);
  if (remembered) {
    const side = mostOften(remembered);
    if (accept(side)) return { side, confidence: 0.5 };
  }
  if (holders.length === 1) return { side: holders[0], confidence: 0.5 };
  // "The first tranche of retaliation includes orange juice, ...": in a sentence of retaliation that names nobody, the
  // side the story shows retaliating.
  const retaliator = ctx.state.retaliator;
  if (retaliator && accept(retaliator) && ctx.tokens.some((t) => RETALIATING.has(t.norm))) return { side: retaliator, confidence: 0.65 };
  const related = ctx.state.categorySides.get(m.entry.category);
  if (related) {
    const side = mostOften(related);
    if (accept(side)) return { side, confidence: 0.4 };
  }
  // "Other products that will be affected include denim, orange juice and tobacco": goods that no one buys in the
  // sentence, in a story of tariffs, are held by the side the story shows taxing goods.
  if (holders.length === 0 && ctx.lexicon.levers.get(m.entry.lever)?.openHolder === 'buyer') {
    const taxing = ctx.state.categorySides.get('tariffs-remedies');
    if (taxing) {
      const side = mostOften(taxing);
      if (accept(side)) return { side, confidence: 0.4 };
    }
  }
  return { side: null, confidence: 0.2 };
}

/**
 * "We will not lift the sanctions": a "we" inside a quotation that opens before it, then only the verb that moves the
 * lever (auxiliaries, negations, adverbs, determiners and modifiers around it), and no side named between.
 */
function quotedWeBefore(ctx: SentenceContext, m: Match<LeverEntry>): boolean {
  const { tokens, lexicon } = ctx;
  const [lo] = clauseOf(ctx.clauses, m.i);
  let verbs = 0;
  for (let k = m.i - 1; k >= Math.max(lo, m.i - 8); k--) {
    const n = tokens[k].norm;
    if (n === 'we') return verbs === 1 && hasCharIn(ctx.text, 0, tokens[k].start, '"\u201c');
    if (covers(ctx.actors, k) || punctuationBetween(ctx.text, tokens[k], tokens[k + 1])) return false;
    if (lexicon.verbs.has(n) && !REACTIVE.has(n)) verbs++;
    else if (!AUXILIARIES.has(n) && !lexicon.negations.has(n) && !n.endsWith('ly') && !DETERMINERS.has(n) && !MODIFIERS.has(n) && !startsWithDigit(n)) return false;
  }
  return false;
}

/** Who says "our" in a quote: a side that is the subject of a verb of saying in the sentence, else the last subject. */
export function speakerSide(ctx: SentenceContext): SideId | null {
  const { tokens } = ctx;
  for (const a of ctx.actors) {
    if (!a.entry.side) continue;
    const next = tokens[a.j]?.norm ?? '';
    const prev = tokens[a.i - 1]?.norm ?? '';
    if (REPORTING.has(next) || REPORTING.has(prev) || /^(told|tells|says|said|added|stated)$/.test(next)) return a.entry.side;
    // "the EU's foreign policy chief said": a possessor's official, up to four words, before the verb of saying.
    if (tokens[a.j - 1].possessive) {
      for (let q = a.j; q < Math.min(tokens.length, a.j + 5); q++) {
        if (/^(said|says|told|tells|added|stated)$/.test(tokens[q].norm)) return a.entry.side;
        if (punctuationBetween(ctx.text, tokens[q - 1], tokens[q])) break;
      }
    }
  }
  return ctx.state.lastSubject;
}

/** The first side-named actor of kind 'actor' (a name, not a demonym) that starts within tokens from..to. */
function namedActorStartingIn(actors: ActorHit[], from: number, to: number): ActorHit | undefined {
  for (const a of actors) if (a.i >= from && a.i <= to && a.entry.side && a.entry.kind === 'actor') return a;
  return undefined;
}

/** Bodies of a government: an announcement by one is its side's. */
const GOVERNMENT_BODIES = /^(ministry|commission|council|department|office|administration|government|cabinet|customs|representative|bureau|agency)$/;

/** "according to (a statement by) the Customs Tariff Commission", after token `from`: that body's side. */
function announcer(ctx: SentenceContext, from: number): SideId | null {
  const { tokens } = ctx;
  for (let k = from; k < tokens.length - 1; k++) {
    if (tokens[k].norm !== 'according' || tokens[k + 1].norm !== 'to') continue;
    const a = namedActorStartingIn(ctx.actors, k + 2, k + 6);
    // A government body or a named leader ("according to von der Leyen"); not "according to Canadian data".
    if (a) return GOVERNMENT_BODIES.test(tokens[a.j - 1].norm) || (a.j - a.i > 1 || startsWithUpper(tokens[a.i].text)) && !a.entry.alsoDemonym ? a.entry.side : null;
    // "according to the ministry": the government the story last had acting.
    const body = tokens[k + 2]?.norm === 'the' && GOVERNMENT_BODIES.test(tokens[k + 3]?.norm ?? '') && !/^(of|for)$/.test(tokens[k + 4]?.norm ?? '');
    return body ? ctx.state.lastSubject : null;
  }
  return null;
}

/**
 * "duties the Donald Trump administration has imposed", "the curbs Washington announced": a side right after the
 * lever (after "the" and names), then perhaps its government, an auxiliary and a past verb of the lexicon.
 */
function zeroRelativeSubject(ctx: SentenceContext, m: Match<LeverEntry>): SideId | null {
  const { tokens, actors, lexicon } = ctx;
  if (m.j >= tokens.length || punctuationBetween(ctx.text, tokens[m.j - 1], tokens[m.j])) return null;
  const a = actors.find((x) => x.i >= m.j && x.i <= m.j + 3 && x.entry.side && !tokens[x.j - 1].possessive);
  if (!a) return null;
  for (let k = m.j; k < a.i; k++) if (tokens[k].norm !== 'the' && !startsWithUpper(tokens[k].text)) return null;
  let k = a.j;
  while (k < a.j + 2 && GOVERNING_NOUNS.has(tokens[k]?.norm ?? '')) k++;
  if (/^(has|have|had)$/.test(tokens[k]?.norm ?? '')) k++;
  const verb = tokens[k]?.norm ?? '';
  return verb.endsWith('ed') && lexicon.verbs.has(verb) ? a.entry.side : null;
}

/** "companies have reportedly ordered more than 2 million H200s": a good its seller holds, bought by the clause's subject. */
function boughtBySubject(ctx: SentenceContext, m: Match<LeverEntry>): boolean {
  const { tokens, lexicon } = ctx;
  if (lexicon.levers.get(m.entry.lever)?.openHolder !== 'seller') return false;
  const [lo] = clauseOf(ctx.clauses, m.i);
  for (let k = m.i - 1; k >= Math.max(lo, m.i - 6); k--) {
    const n = tokens[k].norm;
    if (BUYING_VERBS.has(n)) return boughtAt(ctx, k);
    if (lexicon.verbs.has(n)) return false;
  }
  return false;
}

/**
 * For a good its buyer holds, sold by the clause's subject (`seller`) with a selling verb right before it (a few words
 * between: "shipped virtually nothing in soybeans"): the side it is sold to ("to China"), null when none is named, and
 * undefined when the subject does not sell it.
 */
function soldBySubject(ctx: SentenceContext, m: Match<LeverEntry>, seller: SideId): SideId | null | undefined {
  const { tokens, lexicon } = ctx;
  if (lexicon.levers.get(m.entry.lever)?.openHolder !== 'buyer') return undefined;
  const [lo, hi] = clauseOf(ctx.clauses, m.i);
  for (let k = m.i - 1; k >= Math.max(lo, m.i - 6); k--) {
    const n = tokens[k].norm;
    if (SELLING_VERBS.has(n)) {
      // (Not a noun: "US exports of soybeans", "soybean sales".)
      if (DETERMINERS.has(tokens[k - 1]?.norm ?? '') || tokens[k + 1]?.norm === 'of' || (/^exports?$/.test(n) && endingAt(ctx.actors, k - 1) !== undefined)) return undefined;
      const to = ctx.actors.find((a) => a.entry.side && a.entry.side !== seller && a.i >= m.j && a.i < Math.min(hi, m.j + 6) && /^(to|into)$/.test(tokens[a.i - 1]?.norm ?? ''));
      return to?.entry.side ?? null;
    }
    if (lexicon.verbs.has(n)) return undefined;
  }
  return undefined;
}

/**
 * For a good its usual buyer holds, named as bought (a buying noun ends it, "agricultural purchases", or a verb of buying
 * comes right before it, "resume purchasing farm products"), with the clause's subject being that buyer's counterpart
 * in the story: the usual buyer. Null otherwise ("India will keep up its oil imports": the subject is a buyer too).
 */
function sellerSubjectBuyer(ctx: SentenceContext, m: Match<LeverEntry>, subject: SideId, holders: SideId[]): SideId | null {
  const { tokens, lexicon } = ctx;
  if (holders.length !== 1 || holders[0] === subject || lexicon.levers.get(m.entry.lever)?.openHolder !== 'buyer') return null;
  const boughtNoun = BUYING_NOUNS.has(tokens[m.j - 1].norm);
  const boughtVerb = m.i > 0 && BUYING_VERBS.has(tokens[m.i - 1].norm);
  if (!boughtNoun && !boughtVerb) return null;
  // (Only where the story names the usual buyer: in a story of India and the US, India's "energy purchases" are India's,
  // though India is the side other than China that the story names.)
  if (!ctx.state.sideCounts.get(holders[0])) return null;
  return counterpart(holders[0], ctx.state) === subject ? holders[0] : null;
}

const EVADING = /^(evade|evades|evaded|evading|evasion|circumvent|circumvents|circumvented|circumventing|circumvention|skirt|skirts|skirted|skirting|dodge|dodges|dodged|dodging|bypass|bypasses|bypassed|bypassing|flout|flouts|flouted|flouting)$/;

/**
 * A measure that a verb of evading takes ("Russia has circumvented sanctions", "the shadow fleet used to evade
 * sanctions", "helping Iran evade sanctions"): the evader and those helping it do not hold it. The holder is another side
 * that the sentence names ("The US accused Chinese firms of helping Iran evade sanctions"), else no one the sentence
 * shows. Undefined when no verb of evading takes the lever.
 */
function evadedBy(ctx: SentenceContext, m: Match<LeverEntry>): Attribution | undefined {
  const { tokens, actors } = ctx;
  if (m.entry.polarity !== 'measure') return undefined;
  const [lo] = clauseOf(ctx.clauses, m.i);
  let v = -1;
  for (let k = m.i - 1; k >= Math.max(lo, m.i - 4); k--) {
    if (EVADING.test(tokens[k].norm)) {
      v = k;
      break;
    }
    // ("the G7 price cap", "evasion of Western sanctions": a few plain words may stand between.)
    if (!MODIFIERS.has(tokens[k].norm) && !DETERMINERS.has(tokens[k].norm) && tokens[k].norm !== 'of' && !plainWord(tokens[k], ctx.lexicon)) return undefined;
  }
  if (v < 0) return undefined;
  // The evader: the nearest side before the verb; those before it in the sentence help or accuse.
  const evader = actors.findLast((a) => a.entry.side && a.j <= v);
  if (!evader?.entry.side) return undefined;
  const accuser = actors.find((a) => a.entry.side && a.j <= v && a !== evader && a.i < evader.i && ACCUSING.test(tokens[a.j]?.norm ?? ''));
  if (accuser?.entry.side && acceptsSide(ctx, m, accuser.entry.side)) return { side: accuser.entry.side, confidence: 0.7 };
  const other = (ctx.lexicon.levers.get(m.entry.lever)?.holders ?? []).find((h) => h !== evader.entry.side);
  if (other) return { side: other, confidence: 0.6 };
  return { side: null, confidence: UNSURE_RECIPROCAL };
}

/** boughtBySubject, given the verb of buying at token k. */
function boughtAt(ctx: SentenceContext, k: number): boolean {
  const { tokens, lexicon } = ctx;
  if (/^(to|not|never|stop|stopped|halt|halted|ban|banned|block|blocked|avoid|avoiding|refuse|refused|refusing|cease|ceased)$/.test(tokens[k - 1]?.norm ?? '')) return false;
  // The buyer is a side named just before the verb ("Chinese tech companies have reportedly ordered"), not a
  // pronoun of another clause ("Beijing asked why they buy").
  const buyer = ctx.actors.findLast((a) => a.entry.side && a.j <= k && k - a.j <= 4);
  return !!buyer && tokens.slice(buyer.j, k).every((t) => !/^(why|they|that|which|who|it|we|he|she|whether|if)$/.test(t.norm) && !lexicon.verbs.has(t.norm));
}

/** The side named as the exporter ("US exports", "Japanese exporters", "Dutch manufacturer") of a lever its exporter holds. */
/** "the move by Amsterdam to revoke ...", "a decision by Beijing to halt ...": the side whose move reaches the lever. */
function moveBy(ctx: SentenceContext, m: Match<LeverEntry>): SideId | null {
  const { tokens } = ctx;
  // "the US decision to revoke the visas of Chinese students", "Beijing's move to ban exports": the side named right
  // before the noun of the move.
  for (let k = m.i - 2; k >= Math.max(1, m.i - 6); k--) {
    if (tokens[k].norm !== 'to') continue;
    // ("the Trump administration's move last year to impose extra levies": a time may stand between the noun and "to".)
    let noun = k - 1;
    if (!MOVE_NOUNS.has(tokens[noun].norm)) {
      noun = -1;
      for (let q = k - 2; q >= Math.max(1, k - 4); q--) if (MOVE_NOUNS.has(tokens[q].norm) && afterTime(tokens, q + 1) === k) noun = q;
      if (noun < 0) continue;
    }
    const a = sidedActorEndingBefore(ctx.actors, noun);
    if (!a || punctuationBetween(ctx.text, tokens[noun - 1], tokens[noun])) break;
    for (let q = k + 1; q < m.i; q++) if (/[,;:]/.test(ctx.text.slice(tokens[q - 1].end, tokens[q].start)) || CLAUSE_BREAKS.has(tokens[q].norm)) return null;
    return a.entry.side;
  }
  for (let k = m.i - 1; k >= Math.max(2, m.i - 12); k--) {
    if (tokens[k].norm !== 'by' || !MOVE_NOUNS.has(tokens[k - 1].norm)) continue;
    const a = sidedActorAfter(ctx, k);
    if (!a || tokens[a.j]?.norm !== 'to') return null;
    // Nothing but the verb phrase between: no second clause ("..., which", "and").
    for (let q = a.j + 1; q < m.i; q++) if (/[,;:]/.test(ctx.text.slice(tokens[q - 1].end, tokens[q].start)) || CLAUSE_BREAKS.has(tokens[q].norm)) return null;
    return a.entry.side;
  }
  return null;
}

/**
 * Nouns and gerunds of abusing a lever ("an abuse of export controls", "abusing export control measures"); a lever
 * called unfair or illegal after it is held the same way (condemnedAfter).
 */
const ABUSE_NOUNS = /^(abuse|abuses|misuse|misuses)$/;
const ABUSING = /^(abusing|misusing)$/;

/**
 * The holder of a lever the sentence calls abused ("an abuse of export controls", "abusing export control measures",
 * "against the misuse of trade defence tools"): the side that abuses it ("China's abuse of"), else, since those who
 * say so are its targets, the party other than the first side the sentence names or the one it is attributed to.
 */
function abusedBy(ctx: SentenceContext, m: Match<LeverEntry>, holders: SideId[]): SideId | null {
  const { tokens } = ctx;
  let k = m.i - 1;
  while (k > 0 && tokens[k].norm !== 'of' && (DETERMINERS.has(tokens[k].norm) || MODIFIERS.has(tokens[k].norm))) k--;
  let noun = -1;
  if (tokens[k]?.norm === 'of' && ABUSE_NOUNS.test(tokens[k - 1]?.norm ?? '')) noun = k - 1;
  else if (!ABUSING.test(tokens[k]?.norm ?? '') && !condemnedAfter(tokens, m.j, CALLING.test(tokens[k]?.norm ?? ''))) return null;
  if (noun > 0 && tokens[noun - 1].possessive) {
    // "China's abuse of export controls": the possessor abuses its own lever.
    return sidedActorEndingBefore(ctx.actors, noun)?.entry.side ?? null;
  }
  // The one who says so opens the sentence ("The Chinese embassy in The Hague denounced ...") or closes it.
  const speaker = ctx.actors.find((a) => a.entry.side && a.j <= m.i)?.entry.side ?? sayerAfter(ctx, m);
  if (!speaker) return null;
  return holders.find((h) => h !== speaker) ?? counterpart(speaker, ctx.state);
}

/** Verbs of calling a thing something: "called the curbs bullying". */
const CALLING = /^(called|calls|call|calling|branded|brands|labelled|labeled|termed|deemed)$/;

/** Words that condemn a lever: "the tariffs were unfair", "called the curbs bullying", "described the duties as illegal". */
const CONDEMNING = new Set([
  'unfair', 'illegal', 'unjustified', 'unjustifiable', 'unreasonable', 'discriminatory', 'bullying', 'protectionist',
  'protectionism', 'coercion', 'coercive', 'blackmail', 'unacceptable', 'groundless', 'baseless', 'unlawful',
  'hegemonic', 'hegemonism', 'unwarranted',
]);

/**
 * Whether a word condemning the lever follows it ("were unfair", "as illegal", "a blatant act of bullying"), over a
 * verb "be", "as", an article and a few intensifiers; not when negated ("were not protectionist"). `called`: a verb of
 * calling stands right before the lever.
 */
function condemnedAfter(tokens: Token[], j: number, called: boolean): boolean {
  for (let k = j; k < Math.min(tokens.length, j + 6); k++) {
    const n = tokens[k].norm;
    // ("called the tariffs bullying": right after the lever only after a verb of calling.)
    if (CONDEMNING.has(n)) return k > j || called;
    if (!/^(is|are|was|were|be|as|a|an|act|of|acts|totally|completely|clearly|seriously|wholly|blatant|typical|unilateral|would|being|purely|outright)$/.test(n)) return false;
  }
  return false;
}

/**
 * The side a sentence shows facing or hit by a measure ("Vietnam faced a 46% tariff", "China was hit with duties"): the
 * one the document pass must not make its holder. Undefined when there is none.
 */
export function facedBy(ctx: SentenceContext, m: Match<LeverEntry>): SideId | undefined {
  if (m.entry.polarity !== 'measure') return undefined;
  const { tokens, text } = ctx;
  for (const a of ctx.actors) {
    if (a.role !== 'target' || !a.entry.side || a.j > m.i || m.i - a.j > 6) continue;
    let open = true;
    for (let q = a.j; q < m.i && open; q++) if (punctuationBetween(text, tokens[q - 1], tokens[q]) || CLAUSE_BREAKS.has(tokens[q].norm)) open = false;
    if (open && tokens.slice(a.j, m.i).some((t) => FACING.has(t.norm) || HIT_VERBS.has(t.norm))) return a.entry.side;
  }
  return undefined;
}

/** The sides of a list that ends with actor `last` ("the EU, Canada and Mexico"), `last`'s own included. */
function listedWith(ctx: SentenceContext, last: ActorHit): SideId[] {
  const { actors, tokens, text } = ctx;
  const out: SideId[] = last.entry.side ? [last.entry.side] : [];
  let cur = last;
  for (let q = actors.indexOf(cur) - 1; q >= 0; q--) {
    const a = actors[q];
    if (!a.entry.side) continue;
    // Joined by a comma, "and" or "or" (perhaps with "the"): "the EU, Canada, and the US".
    const between = normsOf(tokens, a.j, cur.i).filter((w) => w !== 'the');
    const comma = a.j < tokens.length && punctuationBetween(text, tokens[a.j - 1], tokens[a.j]);
    if (!(between.length === 0 && comma) && !(between.length === 1 && /^(and|or)$/.test(between[0]))) break;
    out.push(a.entry.side);
    cur = a;
  }
  return out;
}

/** The sides of a list of targets that holds `target` ("tariffs on Canada, Mexico and China"), `target`'s own included. */
function targetsListedWith(ctx: SentenceContext, target: ActorHit): SideId[] {
  let out: SideId[] = [];
  for (const a of ctx.actors) {
    if (a.i < target.i || a.role !== 'target' || !a.entry.side) continue;
    const listed = listedWith(ctx, a);
    if (listed.length > out.length && listed.includes(target.entry.side!)) out = listed;
  }
  return out;
}

/** Whether the subject of the lever's clause is a list of three or more sides ("Canada, Mexico and the EU retaliated"). */
function listSubject(ctx: SentenceContext, m: Match<LeverEntry>): boolean {
  const [lo] = clauseOf(ctx.clauses, m.i);
  const last = ctx.actors.findLast((a) => a.role === 'actor' && a.entry.side && a.subjectLike && a.i >= lo && a.j <= m.i);
  if (!last) return false;
  const listed = new Set(listedWith(ctx, last));
  if (listed.size < 3) return false;
  // ("an item from China, Brazil, or Canada": a list after a preposition is no subject.)
  const first = ctx.actors.find((a) => a.entry.side && a.i >= lo && listed.has(a.entry.side))!;
  const k = ctx.tokens[first.i - 1]?.norm === 'the' ? first.i - 2 : first.i - 1;
  return !/^(from|to|on|against|by|with|of|in|into|for|at|including|and|as)$/.test(ctx.tokens[k]?.norm ?? '');
}

/** Words before "as" that make it no conjunction: "such as", "as well as", "the same as", "known as". */
const NOT_CONJUNCTION_AS = new Set(['such', 'well', 'same', 'known', 'seen', 'described', 'regarded', 'listed', 'named', 'designated', 'much', 'far', 'high', 'early', 'soon', 'long']);

/** "as the 27-strong bloc wavers", "as Washington tightens": a side at token i right after a conjunction "as". */
function afterConjunctionAs(tokens: Token[], i: number): boolean {
  const k = tokens[i - 1]?.norm === 'the' ? i - 2 : i - 1;
  return tokens[k]?.norm === 'as' && !NOT_CONJUNCTION_AS.has(tokens[k - 1]?.norm ?? '');
}

/** Verbs an "as" clause gives a lever: "as EV tariffs take effect", "as the curbs bite". */
const AS_CLAUSE_VERBS = new Set(['take', 'takes', 'took', 'bite', 'bites', 'kick', 'kicks', 'loom', 'looms', 'start', 'starts', 'begin', 'begins', 'come', 'comes', 'hit', 'hits', 'mount', 'mounts', 'rise', 'rises', 'continue', 'continues', 'expire', 'expires']);

/** "..., as EV tariffs take effect": the lever (after "as" and modifiers) is the subject of the verb right after it. */
function subjectOfAsClause(ctx: SentenceContext, m: Match<LeverEntry>): boolean {
  const { tokens } = ctx;
  const verb = tokens[m.j]?.norm ?? '';
  if (!AS_CLAUSE_VERBS.has(verb) && !/^(is|are|was|were|will|have|has|had)$/.test(verb)) return false;
  // Over determiners, modifiers, side adjectives and up to two nouns ("as the EV tariffs take effect").
  let k = m.i - 1;
  let plain = 0;
  while (k > 0 && (DETERMINERS.has(tokens[k].norm) || MODIFIERS.has(tokens[k].norm) || covers(ctx.actors, k) || (plainWord(tokens[k], ctx.lexicon) && ++plain <= 2))) k--;
  return tokens[k]?.norm === 'as' && k > 0 && !NOT_CONJUNCTION_AS.has(tokens[k - 1].norm);
}

/** Words before a side that goods go to: "exports to the US", "goods entering the US", "shipped into China". */
const DESTINATION_WORDS = /^(to|into|toward|towards|entering|enter|enters|entered)$/;

/** Whether the side at token i is where goods go ("to the US", "entering China"). */
function isDestination(tokens: Token[], i: number): boolean {
  return DESTINATION_WORDS.test(tokens[i - 1]?.norm ?? '') || (tokens[i - 1]?.norm === 'the' && DESTINATION_WORDS.test(tokens[i - 2]?.norm ?? ''));
}

/** A verb of facing or being hit between tokens from and to: "... the US face 35% tariffs", "were hit with duties". */
function facedBetween(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (FACING.has(tokens[k].norm) || HIT_VERBS.has(tokens[k].norm)) return true;
  return false;
}

/**
 * Whether the side named right before the lever (`a`, a name, not an adjective) imposes it: the lever is one of
 * retaliation ("Canada retaliatory tariffs"), or its own target follows it ("Mexico tariffs on Asian imports"), so
 * the name cannot be the target.
 */
function nameBeforeOwnsLever(ctx: SentenceContext, m: Match<LeverEntry>, a: ActorHit): boolean {
  const { tokens } = ctx;
  if (a.entry.kind === 'demonym' || a.entry.alsoDemonym) return false;
  if (RETALIATING.has(tokens[m.i].norm) || m.entry.lever === 'retaliatory-tariffs') return true;
  if (m.entry.polarity !== 'measure' || !/^(on|against)$/.test(tokens[m.j]?.norm ?? '')) return false;
  // The target after "on" is goods or a side ("on Asian imports", "on steel"), not an effect ("the impact of China
  // tariffs on its results").
  const end = Math.min(tokens.length, m.j + 4);
  let goods = false;
  for (let k = m.j + 1; k < end && !goods; k++) goods = OWN_GOODS_WORDS.has(tokens[k].norm) || ctx.levers.some((o) => o.i === k) || ctx.actors.some((o) => o.i === k && o.entry.side && o.entry.side !== a.entry.side);
  return goods && !ctx.actors.some((o) => o.entry.side === a.entry.side && o.i > m.j && o.i <= m.j + 4);
}

/** Forms of "be" that make a passive: "was imposed", "will be announced", "have been implemented". */
const PASSIVE_BE = new Set(['is', 'are', 'was', 'were', 'be', 'been']);
/** Words that start another clause between a lever and a passive: "goods that were made by". */
const PASSIVE_STOPS = new Set(['that', 'which', 'who', 'whose', 'as', 'said', 'says']);

/**
 * "A 25 percent tariff on steel, affecting Canada, Mexico and the EU, was implemented by the Trump administration": the
 * side after "by" when the lever heads the subject of a passive later in its clause. Only over words that are no
 * finite verb of another clause (no relative pronoun, no coordinate clause) and within a few words.
 */
function passiveAgentLater(ctx: SentenceContext, m: Match<LeverEntry>): SideId | null {
  const { tokens, lexicon } = ctx;
  const [, hi] = clauseOf(ctx.clauses, m.i);
  const end = Math.min(hi, tokens.length - 2, m.j + 20);
  // Most levers have no "by" after them: look for one first, by plain comparison.
  let by = -1;
  for (let k = m.j + 2; k < end + 2 && by < 0; k++) if (tokens[k].norm === 'by') by = k;
  if (by < 0) return null;
  for (let k = m.j; k < by; k++) {
    const n = tokens[k].norm;
    if (PASSIVE_STOPS.has(n)) return null;
    if (!PASSIVE_BE.has(n)) {
      // A verb of the lexicon that is no participle ("China imposed ...") starts a clause of its own.
      if (lexicon.verbs.has(n) && !/(ed|ing|en)$/.test(n)) return null;
      continue;
    }
    // be, perhaps an adverb, a past participle, then "by".
    let q = k + 1;
    if (/ly$/.test(tokens[q].norm) || AUXILIARIES.has(tokens[q].norm)) q++;
    const participle = tokens[q]?.norm ?? '';
    if (!/(ed|en|put|set|hit|cut)$/.test(participle) || tokens[q + 1]?.norm !== 'by') return null;
    const a = actorAfter(ctx, q + 1);
    return a?.entry.side ?? null;
  }
  return null;
}

/** The first side-named actor right after token k, perhaps past a "the". */
function sidedActorAfter(ctx: SentenceContext, k: number): ActorHit | undefined {
  const { actors, tokens } = ctx;
  for (const a of actors) if ((a.i === k + 1 || (a.i === k + 2 && tokens[k + 1].norm === 'the')) && a.entry.side) return a;
  return undefined;
}

/** Verbs of making or selling a good. */
const MAKING = /^(makes|make|made|produces|produce|manufactures|manufacture|supplies|supply|sells|sell|builds|build|designs|design)$/;

function exporterSide(ctx: SentenceContext, m: Match<LeverEntry>, accept: (side: SideId) => boolean): SideId | null {
  const { tokens, lexicon } = ctx;
  const lever = lexicon.levers.get(m.entry.lever);
  const exporterHeld = m.entry.category === 'export-controls' || lever?.openHolder === 'seller' || (m.entry.polarity === 'flow' && (lever?.holders.length ?? 0) > 1);
  if (!exporterHeld) return null;
  for (const a of ctx.actors) {
    if (!a.entry.side || a.role === 'actor' || tokens[a.j - 1].possessive) continue;
    const next = tokens[a.j]?.norm ?? '';
    if (EXPORTERS.has(next) && !punctuationBetween(ctx.text, tokens[a.j - 1], tokens[a.j]) && accept(a.entry.side)) return a.entry.side;
  }
  // "ASML, the Dutch company that makes lithography machines": the maker's government holds what it makes.
  for (let k = m.i - 1; k >= Math.max(2, m.i - 3); k--) {
    if (!MAKING.test(tokens[k].norm)) continue;
    if (!/^(that|which|who)$/.test(tokens[k - 1].norm) || !(FIRMS.has(tokens[k - 2].norm) || EXPORTERS.has(tokens[k - 2].norm))) break;
    const maker = sidedActorEndingBefore(ctx.actors, k - 2);
    if (maker && accept(maker.entry.side!)) return maker.entry.side;
    break;
  }
  // "requires Japanese companies to apply for an individual licence", "exporters must apply for permission to ship them
  // out of China": a licence is asked of the exporter's own government.
  if (m.entry.lever !== 'export-licences') return null;
  if (!tokens.slice(Math.max(0, m.i - 4), m.i).some((t) => SEEKING_LICENCE.has(t.norm))) return null;
  const [lo, hi] = clauseOf(ctx.clauses, m.i);
  for (const a of ctx.actors) {
    if (!a.entry.side || a.i < lo || a.i >= hi || !accept(a.entry.side)) continue;
    if (a.j < m.i && FIRMS.has(tokens[a.j]?.norm ?? '') && !tokens[a.j - 1].possessive) return a.entry.side;
    if (a.i > m.j && tokens[a.i - 1]?.norm === 'of' && tokens[a.i - 2]?.norm === 'out') return a.entry.side;
  }
  return null;
}

/** "In June 2019, after a year of delays, it imposed tariffs": a pronoun right before the verb that governs the lever. */
function pronounSubject(ctx: SentenceContext, lo: number, i: number): boolean {
  const { tokens, lexicon } = ctx;
  for (let k = i - 1; k > lo; k--) {
    const n = tokens[k].norm;
    if (!lexicon.verbs.has(n) && !VERBISH_EXTRA.has(n) && !n.endsWith('ed')) continue;
    for (let q = k - 1; q >= Math.max(lo, k - 3); q--) {
      const w = tokens[q].norm;
      if (/^(it|they|he|she)$/.test(w)) return true;
      if (!AUXILIARIES.has(w) && !w.endsWith('ly')) return false;
    }
    return false;
  }
  return false;
}

/**
 * Whether a reply cue ("in response to", "in retaliation for") stands a few words before the lever in its clause: the
 * lever is what a side answers ("India ... impose retaliatory duties in response to U.S. steel tariffs"), and whoever
 * answers it does not hold it.
 */
export function answeredByReply(ctx: SentenceContext, m: Match<LeverEntry>): boolean {
  const { tokens } = ctx;
  for (let k = m.i - 1; k >= Math.max(1, m.i - 6); k--) {
    if (punctuationBetween(ctx.text, tokens[k], tokens[k + 1])) return false;
    if (REPLYING_LAST_WORDS.has(tokens[k].norm) && REPLYING.has(`${tokens[k - 1].norm} ${tokens[k].norm}`)) return true;
  }
  return false;
}

/** "under restrictions", "under the new controls": the lever right after "under", with no imposing verb before it in its clause. */
function underMeasure(ctx: SentenceContext, m: Match<LeverEntry>): boolean {
  const { tokens, lexicon } = ctx;
  let k = m.i - 1;
  while (k >= 0 && (DETERMINERS.has(tokens[k].norm) || MODIFIERS.has(tokens[k].norm)) && tokens[k].norm !== 'under') k--;
  if (tokens[k]?.norm !== 'under' || punctuationBetween(ctx.text, tokens[k], tokens[k + 1])) return false;
  const [lo] = clauseOf(ctx.clauses, m.i);
  for (let q = lo; q < k; q++) if (lexicon.verbs.get(tokens[q].norm) === 'tighten') return false;
  return true;
}

/** The side-named actor right before ", which" or ", who" that opens a relative clause holding token `to`. */
function antecedentOfRelative(ctx: SentenceContext, lo: number, to: number): ActorHit | undefined {
  const { tokens, actors, text } = ctx;
  for (let q = to - 1; q >= Math.max(1, lo - 1); q--) {
    // (", responsible for enforcing export controls" hangs on the body before it in the same way.)
    const w = tokens[q].norm;
    if (w !== 'which' && w !== 'who' && w !== 'responsible') continue;
    if (!/^\s*,\s*$/.test(text.slice(tokens[q - 1].end, tokens[q].start))) return undefined;
    return actors.find((a) => a.j === q && a.entry.side);
  }
  return undefined;
}

/**
 * "Britain's aluminium sector", "South Korea's Yonhap news agency", "Germany's Daimler AG": a side in the possessive
 * whose noun (past a word or two) is a firm, a trade or people, not its government.
 */
function privatePossessor(tokens: Token[], a: ActorHit): boolean {
  if (!tokens[a.j - 1].possessive) return false;
  for (let k = a.j; k < Math.min(tokens.length, a.j + 3); k++) {
    const n = tokens[k].norm;
    if (GOVERNING_NOUNS.has(n)) return false;
    if (FIRMS.has(n) || PEOPLE.has(n) || PRIVATE_HEADS.has(n)) return true;
  }
  return false;
}

/**
 * "On the Chinese side, the October export controls were suspended", "In the UK, more export licences were refused": a
 * side that opens the sentence as its frame, before a comma, speaks for a clause after it that names no side acting.
 */
function framingSide(ctx: SentenceContext, to: number): ActorHit | undefined {
  const { tokens, actors, text } = ctx;
  const first = tokens[0]?.norm;
  if (first !== 'on' && first !== 'in') return undefined;
  const at = tokens[1]?.norm === 'the' ? 2 : 1;
  const a = actors.find((x) => x.i === at && x.entry.side);
  if (!a || a.j >= to) return undefined;
  // "On the Chinese side," with its noun; "In Japan," alone.
  const end = first === 'on' ? (tokens[a.j]?.norm === 'side' ? a.j + 1 : -1) : a.j;
  if (end < 1 || end >= to || !/^\s*,\s*$/.test(text.slice(tokens[end - 1].end, tokens[end].start))) return undefined;
  return actors.some((x) => x !== a && x.entry.side && x.i >= end && x.i < to) ? undefined : a;
}

function subjectFor(
  ctx: SentenceContext,
  m: Match<LeverEntry>,
  accept: (side: SideId) => boolean,
): { side: SideId; carried: boolean; direct?: boolean } | null {
  const { tokens, actors, clauses, state } = ctx;
  const [lo, hi] = clauseOf(clauses, m.i);
  // "... as EV tariffs take effect": the lever is the subject of a clause of its own, whose holder the main clause's
  // subject does not name.
  if (subjectOfAsClause(ctx, m)) return null;
  const pick = (from: number, to: number) => {
    const cands = actors.filter((a) => a.role === 'actor' && a.entry.side && a.i >= from && a.j <= to);
    // The subject nearest the lever; of "Japan and the Netherlands", the first. ("as the bloc wavers": a side right
    // after a conjunction "as" is a subject, whatever its verb.)
    let subject = cands.findLast((a) => a.subjectLike || afterConjunctionAs(tokens, a.i));
    while (subject) {
      const before = cands.find((a) => (a.j + 1 === subject!.i && /^(and|or)$/.test(tokens[a.j].norm)) || (a.j + 2 === subject!.i && /^(and|or)$/.test(tokens[a.j].norm) && tokens[a.j + 1].norm === 'the'));
      if (!before) break;
      subject = before;
    }
    if (subject) return subject;
    // A side after a verb is its object ("sanctions have lost Poland markets"), not its subject.
    // ("Britain's aluminium sector has warned", "Germany's Daimler AG": a side owning firms or people speaks for none.)
    const first = cands.find((a) => !privatePossessor(tokens, a));
    if (first && tokens.slice(from, first.i).some((t) => ctx.lexicon.verbs.has(t.norm) || VERBISH_EXTRA.has(t.norm) || t.norm.endsWith('ed'))) return undefined;
    return first;
  };
  let s = pick(lo, m.i);
  // "a furious response from China, which banned exports of Nexperia chips": the side a "which" or "who" clause
  // hangs on is its subject, whatever its role in the clause before.
  if (!s) s = antecedentOfRelative(ctx, lo, m.i);
  if (!s && lo > 0) s = pick(0, m.i);
  if (!s) s = framingSide(ctx, m.i);
  if (s?.entry.side) {
    if (accept(s.entry.side)) return { side: s.entry.side, carried: false };
    return null;
  }
  // A side acting after the lever in the same clause ("... tariffs, Beijing said").
  // "the same day the temporary licence was issued, Mr Xi visited": a lever with a verb of its own after it is the
  // subject of a clause of its own, and the side after it the subject of another one, unless that side reports it.
  const after = actors.find((a) => a.role === 'actor' && a.subjectLike && a.entry.side && a.i >= m.j && a.i < hi && a.i - m.j <= 6);
  const ownVerb = (a: { i: number }) => tokens.slice(m.j, a.i).some((t) => ctx.lexicon.verbs.has(t.norm) || /^(is|was|are|were|has|have|had|will)$/.test(t.norm));
  const reports = (a: { j: number }) => tokens.slice(a.j, a.j + 2).some((t) => REPORTING.has(t.norm));
  if (after?.entry.side && accept(after.entry.side) && (!ownVerb(after) || reports(after))) return { side: after.entry.side, carried: false };
  // "The export restrictions will take effect in September, said Foreign Trade Minister Liesje Schreinemacher": the
  // one the sentence is attributed to at its end.
  const sayer = sayerAfter(ctx, m);
  if (sayer && accept(sayer)) return { side: sayer, carried: false };
  // "The new duties become effective March 20, according to a statement by the Customs Tariff Commission": the
  // government body that announces it.
  const source = announcer(ctx, 0);
  if (source && accept(source)) return { side: source, carried: false };
  // A pronoun or "the ministry" as subject: carry the previous sentence's subject.
  const opener = normsOf(tokens, lo, Math.min(m.i, lo + 4));
  const direct = pronounSubject(ctx, lo, m.i);
  const hasAnaphor = direct || opener.some((w, k) => ANAPHORS.has(w) || (k + 1 < opener.length && ANAPHORS.has(`${w} ${opener[k + 1]}`)));
  // Not for bought levers: "they" in a farm story is as likely the farmers as the government.
  const bought = ctx.lexicon.levers.get(m.entry.lever)?.openHolder === 'buyer';
  if (hasAnaphor && !bought && state.lastSubject && accept(state.lastSubject)) return { side: state.lastSubject, carried: true, direct };
  return null;
}
