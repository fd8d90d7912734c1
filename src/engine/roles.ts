/**
 * Actor roles: for each side named in a sentence, whether it acts (subject, possessor), qualifies a lever
 * directly ("Dutch export controls"), is the target ("tariffs on Chinese goods") or neither ("talks between").
 */
import type { ActorEntry, CompiledLexicon, LeverEntry } from './lexicon';
import { punctuationBetween } from './clauses';
import { ASKING, ACTIVE_AFTER_NOUN, ATTRIBUTIVE, AUXILIARIES, AVOIDING, ORIGIN_WORDS, BLOCS, DETERMINERS, FACING, HIT_VERBS, PEOPLE, REPORTING, RETALIATING, GOODS_NOUNS, GOVERNING_NOUNS, POSSESSIVE_TARGET_PREPOSITIONS, SANCTIONERS, TARGET_PREPOSITIONS, TRADE_FLOWS, VERBISH_EXTRA } from './rules';
import type { Token } from './tokens';
import type { ActorHit, ActorRole, DocState, Match } from './types';
import { startsWithUpper } from './chars';

export function updateSubject(tokens: Token[], actors: ActorHit[], state: DocState): void {
  const subject = actors.find((a) => a.role === 'actor' && a.subjectLike && a.i < Math.min(tokens.length, 12));
  if (subject?.entry.side) state.lastSubject = subject.entry.side;
  // "Canada plans additional retaliation", "Canada's retaliatory tariffs": the side that answers in this story.
  const k = tokens.findIndex((t) => RETALIATING.has(t.norm));
  if (k < 0) return;
  // ("If Washington restricts imports, the EU threatens with retaliatory duties": the subject nearest before the word.)
  const nearest = actors.findLast((a) => a.role === 'actor' && a.subjectLike && a.entry.side && a.j <= k);
  const owner = actors.find((a) => a.entry.side && a.j === k && a.role !== 'target') ?? nearest ?? (subject && subject.i < k ? subject : undefined);
  if (owner?.entry.side) state.retaliator = owner.entry.side;
}

// Word sets, not regular expressions: afterTime is asked after every side named in every sentence.
const DAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight']);
const TIME_DETERMINERS = new Set(['last', 'this', 'next', 'that']);
const PERIODS = new Set(['week', 'month', 'year', 'weekend', 'spring', 'summer', 'autumn', 'fall', 'winter', 'quarter']);

/**
 * The index after a time phrase starting at `j` ("last month", "earlier this year", "on Friday", "this week"), or `j`
 * when there is none.
 */
export function afterTime(tokens: Token[], j: number): number {
  const w = (k: number) => tokens[k]?.norm ?? '';
  let k = j;
  if ((w(k) === 'earlier' || w(k) === 'later') && /^(this|last|that)$/.test(w(k + 1))) k++;
  if (TIME_DETERMINERS.has(w(k)) && PERIODS.has(w(k + 1))) return k + 2;
  if (w(k) === 'on' && DAYS.has(w(k + 1))) return k + 2;
  if (k === j && DAYS.has(w(k))) return k + 1;
  return j;
}

/** "Beijing announced", "the US will", "Washington, which had": a side followed by a verb. */
export function looksLikeSubject(text: string, tokens: Token[], j: number, lexicon: CompiledLexicon): boolean {
  // "Washington in return lifted": a short aside between the subject and its verb.
  if ((tokens[j]?.norm === 'in' || tokens[j]?.norm === 'for') && /^(return|turn|response|exchange|part)$/.test(tokens[j + 1]?.norm ?? '')) j += 2;
  // "Mexico last month imposed", "Beijing on Friday announced": a time between the subject and its verb.
  else if (!punctuationBetween(text, tokens[j - 1], tokens[j] ?? tokens[j - 1])) j = afterTime(tokens, j);
  for (let k = j; k < Math.min(tokens.length, j + 3); k++) {
    const n = tokens[k].norm;
    if (k > j && punctuationBetween(text, tokens[k - 1], tokens[k])) return false;
    if (k === j && punctuationBetween(text, tokens[j - 1], tokens[k]) && !/^(which|who)$/.test(n)) return false;
    if (lexicon.verbs.has(n) || VERBISH_EXTRA.has(n) || AVOIDING.has(n) || REPORTING.has(n) || FACING.has(n) || (AUXILIARIES.has(n) && n !== 'to')) return true;
    if (n.endsWith('ed') && n.length > 4) return true;
    if (TARGET_PREPOSITIONS.has(n) || n === 'and' || n === 'to') return false;
    if (k > j || !GOVERNING_NOUNS.has(n)) {
      if (k === j && n.endsWith('ly')) continue;
      if (k === j && GOVERNING_NOUNS.has(n)) continue;
      return false;
    }
  }
  return false;
}

/** "U.S. chipmakers urge", "Japanese firms agreed": a verb in the active voice right after a noun. */
export function activeVerbAt(tokens: Token[], k: number, lexicon: CompiledLexicon): boolean {
  const n = tokens[k].norm;
  if (/^(was|were|is|are|be|been|being|get|got)$/.test(n)) {
    const next = tokens[k + 1]?.norm ?? '';
    return next === 'not' ? false : !(next.endsWith('ed') || next.endsWith('en')) && !HIT_VERBS.has(next);
  }
  return lexicon.verbs.has(n) || VERBISH_EXTRA.has(n) || ACTIVE_AFTER_NOUN.has(n);
}

const BEING_OR_GETTING = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'get', 'got', 'gets', 'getting']);

/** "China was hit with tariffs", "Canada faces duties": the subject of a verb of being hit is the target. */
export function passiveTarget(tokens: Token[], j: number): boolean {
  let passive = false;
  for (let k = j; k < Math.min(tokens.length, j + 5); k++) {
    const n = tokens[k].norm;
    if (FACING.has(n)) return true;
    if (BEING_OR_GETTING.has(n)) {
      passive = true;
      continue;
    }
    if (passive && HIT_VERBS.has(n)) return true;
    if (!AUXILIARIES.has(n) && !n.endsWith('ly')) return false;
  }
  return false;
}

/** Words that may stand in a pair after "between": its joints, and the lower-case forms of side names. */
const PAIR_WORDS = new Set(['and', 'the', 'a', 'both']);
const PAIR_SIDE_WORDS = new Set(['us', 'u', 's', 'eu', 'uk']);

/** "between China and the US": both sides of a pair after "between" are neither holder nor target. */
function betweenPair(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    const n = tokens[k].norm;
    if (n === 'between') return true;
    if (!PAIR_WORDS.has(n) && !startsWithUpper(tokens[k].text) && !PAIR_SIDE_WORDS.has(n)) return false;
  }
  return false;
}

/** "talks in Madrid", "the summit at Busan": a city named as the venue of a meeting, not a side acting. */
function venue(tokens: Token[], i: number): boolean {
  if (tokens[i - 1]?.norm !== 'in' && tokens[i - 1]?.norm !== 'at') return false;
  for (let k = i - 2; k >= Math.max(0, i - 5); k--) {
    if (/^(talks|negotiations|meeting|meetings|summit|summits|discussions|consultations|round|conference|session|sessions)$/.test(tokens[k].norm)) return true;
  }
  return false;
}

/** Whether the possessive side at token `i` follows a preposition that names a lever's target. */
function possessiveTarget(tokens: Token[], i: number, leverEnds: Set<number>): boolean {
  const prep = i > 0 ? tokens[i - 1].norm : '';
  if (!POSSESSIVE_TARGET_PREPOSITIONS.has(prep)) return false;
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) if (leverEnds.has(k)) return true;
  return i > 1 && TRADE_FLOWS.has(tokens[i - 2].norm);
}

/** A lever a seller controls (chips, tools, controlled goods) starting within three words of `k`. */
function controlledAfter(tokens: Token[], k: number, leverStart: Map<number, Match<LeverEntry>>, lexicon: CompiledLexicon): boolean {
  for (let q = k; q < Math.min(tokens.length, k + 3); q++) {
    const m = leverStart.get(q);
    if (!m) continue;
    const info = lexicon.levers.get(m.entry.lever);
    return info?.openHolder === 'seller' || info?.category === 'export-controls' || info?.category === 'semiconductors-tech';
  }
  return false;
}

/** Prepositions that make a side after them an object ("selling to China"). */
const OBJECT_MARKERS = new Set(['to', 'on', 'against', 'into', 'from', 'toward', 'towards', 'targeting']);
/**
 * Verb forms (never nouns) whose object is struck by a measure: "the rules hit China with new curbs", "slapping Canada
 * with tariffs". (Not "sanctions" or "targets", which are as often nouns: "the sanctions China imposed".)
 */
const STRIKING = new Set(['hit', 'hitting', 'slapped', 'slapping', 'targeted', 'punished', 'punishing', 'penalised',
  'penalized', 'penalising', 'penalizing', 'saddled', 'saddling', 'sanctioned', 'sanctioning', 'blacklisted',
  // ... and whose object is harmed: "the effort to hobble Beijing's chipmaking ambitions", "to stymie China's ability".
  'hobble', 'hobbling', 'stymie', 'stymieing', 'stymying', 'cripple', 'crippling', 'hamper', 'hampering', 'thwart',
  'thwarting', 'contain', 'containing', 'undermine', 'undermining', 'weaken', 'weakening', 'isolate', 'isolating',
  'punish', 'pressure', 'pressuring', 'squeeze', 'squeezing', 'choke', 'choking', 'starve', 'starving']);
/** Leaders, governments and capitals whose name before a measure owns it: "Trump tariffs", "Beijing curbs". */
const GOVERNMENTS = new Set(['trump', 'biden', 'obama', 'reagan', 'bush', 'clinton', 'xi', 'administration', 'washington', 'house', 'department', 'commission', 'brussels', 'beijing', 'tokyo', 'ottawa', 'delhi', 'seoul', 'london', 'berlin', 'paris', 'canberra']);

/** Decides for each side name whether it acts, is the target, or qualifies a lever directly. */
export function classifyActors(
  text: string,
  tokens: Token[],
  actors: Match<ActorEntry>[],
  leverStart: Map<number, Match<LeverEntry>>,
  lexicon: CompiledLexicon,
): ActorHit[] {
  const leverEnds = new Set<number>();
  for (const m of leverStart.values()) leverEnds.add(m.j);
  // (Pushed in a loop, not mapped: see packedList in spans.ts.)
  const done: ActorHit[] = [];
  for (let k = 0; k < actors.length; k++) done.push(classifyActor(actors[k]));
  return done;

  function classifyActor(a: Match<ActorEntry>): ActorHit {
    const lastTok = tokens[a.j - 1];
    const prev = a.i > 0 ? tokens[a.i - 1].norm : '';
    const prev2 = a.i > 1 ? tokens[a.i - 2].norm : '';
    const directLever = leverStart.get(a.j);
    // "U.S.-made beer", "China-based firms": the origin of goods, not a subject ("made" is no verb here).
    const origin = a.j < tokens.length && ORIGIN_WORDS.has(tokens[a.j].norm) && /^\.?-$/.test(text.slice(lastTok.end, tokens[a.j].start));
    const subjectLike = !lastTok.possessive && !directLever && !origin && looksLikeSubject(text, tokens, a.j, lexicon);
    let role: ActorRole = 'actor';
    if (lastTok.possessive) {
      // "tariffs on China's goods": a possessive after a lever's preposition names the target.
      role = possessiveTarget(tokens, a.i, leverEnds) || STRIKING.has(prev) ? 'target' : 'actor';
    } else if (subjectLike) {
      // "selling to China begins": a side after a preposition is its object, whatever follows it.
      // "in response to Trump raising the tariff": the side is the agent of the verb after it, not an object.
      // "on the heels of Mexico last month imposing its own tariffs", "after China raising duties": likewise after "of",
      // "after" and kin, unless the preposition follows a lever or a trade flow ("tariffs on China hitting").
      const gerund = tokens[afterTime(tokens, a.j)]?.norm ?? '';
      const agentOfGerund = gerund.endsWith('ing') && lexicon.verbs.has(gerund) && (
        (prev === 'to' && /^(response|reaction|retaliation|reply|answer)$/.test(prev2)) ||
        (/^(of|after|despite|without|about)$/.test(prev) && !leverEnds.has(a.i - 1) && !TRADE_FLOWS.has(prev2)));
      // ("imports from the EU were subject to duties": "the" may stand after "from", where goods come from.)
      const [p1, p2] = prev === 'the' && prev2 === 'from' ? [prev2, a.i > 2 ? tokens[a.i - 3].norm : ''] : [prev, prev2];
      const objectOf = (OBJECT_MARKERS.has(p1) && !/^(according|due|thanks|owing|prior|next|close|compared)$/.test(p2) && !agentOfGerund) || STRIKING.has(prev);
      role = betweenPair(tokens, a.i) ? 'neutral' : passiveTarget(tokens, a.j) || objectOf || listedWithTarget(a) ? 'target' : 'actor';
    } else {
      // What does the name qualify? Skip adjectives up to a noun.
      let k = a.j;
      while (k < tokens.length && k < a.j + 4 && !leverStart.has(k) && ATTRIBUTIVE.has(tokens[k].norm)) k++;
      const next = k < tokens.length && (k === a.j ? !punctuationBetween(text, lastTok, tokens[k]) : true) ? tokens[k] : undefined;
      const adjective = a.entry.kind === 'demonym' || a.entry.alsoDemonym === true;
      const qualified = next ? leverStart.get(k) : undefined;
      const side = a.entry.side ?? '';
      // "Trump tariffs", "Washington sanctions", "Beijing curbs": a leader, government or capital before a measure owns it.
      const government = GOVERNMENTS.has(lastTok.norm);
      if (qualified && a.entry.kind === 'actor' && !a.entry.alsoDemonym && !BLOCS.has(side) && qualified.entry.polarity === 'measure' && !government) {
        // "Japan sanctions", "China tariffs": a bare country name before a measure is usually its target
        // ("EC tariffs", "US sanctions" are the bloc's own).
        role = 'target';
      } else if (qualified && qualified.entry.lever === 'sanctions' && !SANCTIONERS.has(side)) {
        // "Polish sanctions", "Iranian sanctions": sanctions named after a country that rarely imposes them are on it.
        role = 'target';
      } else if (qualified) role = 'holder-of-lever';
      else if (next && ((a.entry.alsoDemonym && BLOCS.has(side)) || government) && !GOVERNING_NOUNS.has(next.norm)) {
        // "US car tariffs", "US steel and aluminium tariffs": a bloc's name, a noun or two, then a measure is the
        // bloc's own.
        for (let q = k; q < Math.min(tokens.length, k + 4); q++) {
          if (q > a.j - 1 && punctuationBetween(text, tokens[q - 1], tokens[q]) && !/^\s*,\s*$/.test(text.slice(tokens[q - 1].end, tokens[q].start))) break;
          const after = leverStart.get(q);
          if (after) {
            if (after.entry.polarity === 'measure') role = 'holder-of-lever';
            break;
          }
          const w = tokens[q].norm;
          if (lexicon.verbs.has(w) || AUXILIARIES.has(w) || TARGET_PREPOSITIONS.has(w) || DETERMINERS.has(w) || /^(a|an)$/.test(w) || (q === k && /^(and|or)$/.test(w))) break;
        }
      }
      if (role !== 'actor') {
        // decided above
      } else if (next?.norm === 'origin' && controlledAfter(tokens, k + 1, leverStart, lexicon)) {
        // "U.S.-origin advanced semiconductor equipment": export rules follow a controlled item's origin, so the
        // origin holds it; the origin of anything else ("US-origin soybeans") is the side it is bought from.
        role = 'holder-of-lever';
      } else if (origin) role = 'target';
      // "US goods subject to Canadian duties include whiskey", "EU products": a side's name on its goods names where they
      // come from, not a government acting.
      // (Before a verb after them: "US goods subject to", "US exports fell".)
      else if (GOODS_NOUNS.has(tokens[a.j]?.norm ?? '') && !punctuationBetween(text, lastTok, tokens[a.j])) role = 'target';
      else if (adjective && next && PEOPLE.has(next.norm)) role = 'target';
      else if (adjective && next && GOVERNING_NOUNS.has(next.norm)) role = 'actor';
      else if (adjective && next && k + 1 < tokens.length && activeVerbAt(tokens, k + 1, lexicon)) role = 'actor';
      else if (a.entry.kind === 'demonym') role = 'target';
      else if (adjective && next && !AUXILIARIES.has(next.norm) && !TARGET_PREPOSITIONS.has(next.norm) && !/^(and|or|to|that|which|who)$/.test(next.norm)) {
        role = 'target';
      } else if (next && ORIGIN_WORDS.has(next.norm)) role = 'target';
      if (role === 'actor' || role === 'holder-of-lever') {
        const prepAt = TARGET_PREPOSITIONS.has(prev) ? a.i - 1 : /^(the|a)$/.test(prev) && TARGET_PREPOSITIONS.has(prev2) ? a.i - 2 : -1;
        if (prepAt >= 0) {
          // "sanctions on Chinese chips": a side after a lever and a preposition is its target. "The lifting of US
          // sanctions": after any other word, a side qualifying a lever still holds it.
          const afterLever = leverEnds.has(prepAt);
          if (role !== 'holder-of-lever' || afterLever) role = 'target';
        }
        if (prev === 'by' && role !== 'holder-of-lever') role = 'actor';
        if (role === 'actor' && STRIKING.has(prev)) role = 'target';
        if (role === 'actor' && listedWithTarget(a)) role = 'target';
        if (betweenPair(tokens, a.i)) role = 'neutral';
      }
    }
    if (a.entry.kind === 'actor' && venue(tokens, a.i)) role = 'neutral';
    return { i: a.i, j: a.j, entry: a.entry, role, subjectLike: role === 'actor' && subjectLike };
  }

  /**
   * "The tariffs on Canada and Mexico were set to take effect": the last side of a pair a lever's preposition names is
   * a target like the first, though a verb follows it. (Not after ", and", which may open a clause of its own.)
   */
  function listedWithTarget(a: Match<ActorEntry>): boolean {
    const before = done.at(-1);
    if (!before || before.role !== 'target' || before.entry.side === null || before.entry.side === a.entry.side || a.i < 2) return false;
    const conj = tokens[a.i - 1];
    // "Canada and Mexico", "Canada, Mexico and China": joined by "and" / "or" with no comma, or by a comma alone.
    // (A comma alone only inside a list that goes on: "In addition to the Netherlands, Japan also decided" is no list.)
    if (before.j === a.i) {
      const goesOn = a.j < tokens.length && (/^(and|or)$/.test(tokens[a.j].norm) || /^\s*,\s*$/.test(text.slice(tokens[a.j - 1].end, tokens[a.j].start)));
      return goesOn && /^\s*,\s*$/.test(text.slice(tokens[a.i - 1].end, tokens[a.i].start));
    }
    return before.j === a.i - 1 && /^(and|or)$/.test(conj.norm) && !punctuationBetween(text, tokens[a.i - 2], conj);
  }
}

/** Is the side at token `i` the object of a verb of asking ("asked Seoul", "urged Tokyo")? */
export function isAsked(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1]?.norm ?? '';
  const prev2 = tokens[i - 2]?.norm ?? '';
  return ASKING.has(prev) || calledOn(tokens, i - 1) || (prev === 'the' && (ASKING.has(prev2) || calledOn(tokens, i - 2)));
}

/** "called on": token `at` is the "on" of a verb of calling. */
function calledOn(tokens: Token[], at: number): boolean {
  return tokens[at]?.norm === 'on' && /^(call|called|calls|calling)$/.test(tokens[at - 1]?.norm ?? '');
}

/**
 * The first side-named actor whose last token is right before token k and that is the object of a verb of asking
 * ("urging Beijing to", "called on the EU to"). (A function of its own: a closure capturing a rule loop's index makes
 * V8 allocate at every step.)
 */
export function askedActorEndingBefore(tokens: Token[], actors: readonly ActorHit[], k: number): ActorHit | undefined {
  for (const a of actors) if (a.j === k && a.entry.side && isAsked(tokens, a.i)) return a;
  return undefined;
}

/** The "to" of the infinitive whose verb is at `verbAt` ("to cancel", "to completely cancel"), or -1. */
export function infinitiveTo(tokens: Token[], verbAt: number): number {
  if (tokens[verbAt - 1]?.norm === 'to') return verbAt - 1;
  return tokens[verbAt - 2]?.norm === 'to' && tokens[verbAt - 1].norm.endsWith('ly') ? verbAt - 2 : -1;
}
