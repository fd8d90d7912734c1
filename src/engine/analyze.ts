import type { CategoryId, SideId } from '../kb/types';
import type { ActorEntry, CompiledLexicon, LeverEntry, VerbClass } from './lexicon';
import {
  ANAPHORS,
  AUXILIARIES,
  CLAUSE_BREAKS,
  GOVERNING_NOUNS,
  MODIFIERS,
  TARGET_PREPOSITIONS,
  VERB_CONTEXT,
} from './rules';
import { splitSentences, type Span } from './sentences';
import { joinable, tokenize, type Token } from './tokens';
import { disambiguateNouns } from './pos';
import { tallyMentions, type Tally } from './tally';

export type Stance = 'tighten' | 'relax' | 'neutral';

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

export interface Analysis {
  mentions: Mention[];
  tally: Tally;
}

interface Match<E> {
  /** Token indexes [i, j) within the sentence. */
  i: number;
  j: number;
  entry: E;
}

type ActorRole = 'holder-of-lever' | 'actor' | 'target' | 'neutral';
interface ActorHit extends Match<ActorEntry> {
  role: ActorRole;
  /** Looks like the subject of a verb ("Beijing announced", "the US will"). */
  subjectLike: boolean;
}

const EMPTY: Analysis = { mentions: [], tally: tallyMentions([]) };

/**
 * The other party when a sentence names only the target of a lever: the side the document names most often besides
 * the target (a 1987 story about Japan pairs the US with Japan, not with China), else the US or China.
 */
function counterpart(target: SideId, state: DocState): SideId {
  let best: SideId | null = null;
  let bestCount = 0;
  for (const [side, n] of state.sideCounts) {
    if (side !== target && n > bestCount) {
      best = side;
      bestCount = n;
    }
  }
  return best ?? (target === 'us' ? 'china' : 'us');
}

/**
 * Finds every lever mention in `text` with its side and stance. Cheap first: one tokenising pass and a map lookup
 * per token decide whether anything is there; sentences without a lever word are never looked at again.
 */
export function analyze(text: string, lexicon: CompiledLexicon): Analysis {
  const tokens = tokenize(text);
  let any = false;
  for (const t of tokens) {
    if (lexicon.leverFirstTokens.has(t.norm)) {
      any = true;
      break;
    }
  }
  if (!any) return EMPTY;

  const mentions: Mention[] = [];
  const sideCounts = countSides(text, tokens, lexicon);
  let strongWords = 0;
  for (const t of tokens) if (lexicon.strongFirstTokens.has(t.norm)) strongWords++;
  let sideWords = 0;
  for (const n of sideCounts.values()) sideWords += n;
  const state: DocState = { lastSubject: null, leverSides: new Map(), sideCounts, tradeDoc: strongWords >= 3 && strongWords + sideWords >= 8 };
  let ti = 0;
  for (const span of splitSentences(text)) {
    while (ti < tokens.length && tokens[ti].start < span.start) ti++;
    let tj = ti;
    while (tj < tokens.length && tokens[tj].end <= span.end) tj++;
    if (tj > ti) {
      const sentenceTokens = tokens.slice(ti, tj);
      let has = false;
      for (const t of sentenceTokens) {
        if (lexicon.leverFirstTokens.has(t.norm)) {
          has = true;
          break;
        }
      }
      if (has) analyzeSentence(text, span, sentenceTokens, lexicon, state, mentions);
      else updateSubjectOnly(text, sentenceTokens, lexicon, state);
    }
    ti = tj;
  }
  return { mentions, tally: tallyMentions(mentions) };
}

/** Counts the sides a document names, with one map lookup per token. */
function countSides(text: string, tokens: Token[], lexicon: CompiledLexicon): Map<SideId, number> {
  const counts = new Map<SideId, number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const list = lexicon.phrases.get(t.norm);
    if (!list) continue;
    for (const p of list) {
      if (p.entry.kind !== 'actor' && p.entry.kind !== 'demonym') continue;
      const n = p.tokens.length;
      let ok = i + n <= tokens.length;
      for (let k = 0; ok && k < n; k++) {
        const u = tokens[i + k];
        ok = u.norm === p.tokens[k] && (!p.exact || u.text === p.exact[k] || u.text === u.text.toUpperCase()) && (k === 0 || joinable(text, tokens[i + k - 1], u));
      }
      if (!ok) continue;
      if (p.entry.side) counts.set(p.entry.side, (counts.get(p.entry.side) ?? 0) + 1);
      i += n - 1;
      break;
    }
  }
  return counts;
}

interface DocState {
  lastSubject: SideId | null;
  /** Sides given to each lever so far with good evidence, for later mentions that name nobody. */
  leverSides: Map<string, Map<SideId, number>>;
  /** The document is about trade pressure: enough lever words and side names that an ambiguous word is a lever. */
  tradeDoc: boolean;
  /** How often each side is named across the whole text. */
  sideCounts: Map<SideId, number>;
}

function isAllCaps(tokens: Token[]): boolean {
  let upper = 0;
  let letters = 0;
  for (const t of tokens) {
    const up = t.text.toUpperCase();
    if (up !== t.text.toLowerCase()) {
      letters++;
      if (t.text === up) upper++;
    }
  }
  return letters > 2 && upper / letters > 0.8;
}

function matchPhrases(text: string, tokens: Token[], lexicon: CompiledLexicon) {
  const levers: Match<LeverEntry>[] = [];
  const actors: Match<ActorEntry>[] = [];
  const traps: Match<null>[] = [];
  const caps = isAllCaps(tokens);
  let nextLever = 0;
  let nextActor = 0;
  let nextTrap = 0;
  for (let i = 0; i < tokens.length; i++) {
    const list = lexicon.phrases.get(tokens[i].possessive ? `${tokens[i].norm}'s` : tokens[i].norm) ?? lexicon.phrases.get(tokens[i].norm);
    if (!list) continue;
    let gotLever = i < nextLever;
    let gotActor = i < nextActor;
    let gotTrap = i < nextTrap;
    for (const p of list) {
      const kind = p.entry.kind;
      const group = kind === 'lever' ? gotLever : kind === 'trap' ? gotTrap : gotActor;
      if (group) continue;
      const n = p.tokens.length;
      if (i + n > tokens.length) continue;
      let ok = true;
      for (let k = 0; k < n; k++) {
        const t = tokens[i + k];
        if ((k < n - 1 && t.possessive ? `${t.norm}'s` : t.norm) !== p.tokens[k]) {
          ok = false;
          break;
        }
        if (p.exact && t.text !== p.exact[k] && !(caps && t.text === t.text.toUpperCase())) {
          ok = false;
          break;
        }
        if (k > 0 && !joinable(text, tokens[i + k - 1], t)) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      if (kind === 'lever') {
        levers.push({ i, j: i + n, entry: p.entry as LeverEntry });
        nextLever = i + n;
        gotLever = true;
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
 * "anti-subsidy duties", "rare-earth export controls": a named lever followed by a generic instrument is one
 * mention of the named lever, spanning both.
 */
function mergeHeads(text: string, tokens: Token[], levers: Match<LeverEntry>[]): Match<LeverEntry>[] {
  const out: Match<LeverEntry>[] = [];
  for (let k = 0; k < levers.length; k++) {
    const a = levers[k];
    const b = levers[k + 1];
    const adjacent = b && !a.entry.generic && b.entry.generic && b.i === a.j && joinable(text, tokens[a.j - 1], tokens[b.i]);
    if (adjacent && b.entry.polarity === 'measure') {
      out.push({ i: a.i, j: b.j, entry: a.entry });
      k++;
    } else if (adjacent && b.entry.category === a.entry.category) {
      // "H200 chips": the model name is the mention; the generic noun after it adds nothing.
      out.push(a);
      k++;
    } else out.push(a);
  }
  return out;
}

/** Single words that may be a noun (a lever) or a verb ("to ban", "chip in"). */
const VERBABLE = new Set([
  'ban', 'bans', 'curb', 'curbs', 'sanction', 'sanctions', 'control', 'controls', 'chip', 'chips', 'permit', 'permits',
  'license', 'licenses', 'licence', 'licences', 'levy', 'levies', 'embargo', 'embargoes', 'restrict', 'blacklist',
  'blacklists', 'target', 'duty', 'surcharge', 'visa', 'visas', 'dump', 'subsidies', 'dumping',
]);

const PREPOSITION_AFTER = new Set(['on', 'against', 'over', 'for', 'of', 'in', 'to', 'imposed', 'and', 'or', 'that', 'which']);

/** Quick noun/verb call for an ambiguous one-word lever; `undefined` when only a parser can tell. */
function quickIsVerb(text: string, tokens: Token[], m: Match<LeverEntry>, actorAt: Map<number, ActorHit>): boolean | undefined {
  if (m.j - m.i !== 1) return false;
  const t = tokens[m.i];
  if (!VERBABLE.has(t.norm)) return false;
  const prev = m.i > 0 ? tokens[m.i - 1] : undefined;
  const next = m.j < tokens.length && !punctuationBetween(text, t, tokens[m.j]) ? tokens[m.j] : undefined;
  // "stop dumping chips", "companies are dumping cut-price chips": a gerund with an object is a verb.
  if (t.norm.endsWith('ing')) return Boolean(next && !PREPOSITION_AFTER.has(next.norm) && !/^(by|is|was|were|are|has|have|had|duties|duty|margins?|charges?|complaints?|probe|investigations?|case|cases|findings?|rulings?|allegations?|petitions?)$/.test(next.norm));
  if (!prev) return false;
  if (punctuationBetween(text, prev, t)) return false;
  if (prev.possessive) return false;
  if (/^(the|a|an|its|their|his|her|our|new|fresh|any|no|these|those|such|of|on|with|by|from|more|further|tougher|stricter|sweeping|broad|broader|existing|export|import|trade|technology|chip|tech)$/.test(prev.norm)) {
    return false;
  }
  if (VERB_CONTEXT.has(prev.norm)) {
    // "and" is only a verb cue between two verbs ("blocked and bans"); leave it to the parser.
    return prev.norm === 'and' ? undefined : true;
  }
  if (next && PREPOSITION_AFTER.has(next.norm)) return false;
  if (!next) return false;
  // "China sanctions 20 US firms", "Beijing bans the export": a side, the word, then its object.
  const prevActor = actorAt.get(m.i - 1);
  if (prevActor?.entry.kind === 'demonym' || prevActor?.entry.alsoDemonym || prevActor?.role === 'holder-of-lever') return false;
  if (prevActor && (/^\d/.test(next.norm) || /^(the|a|an|its|their|all|some|more|exports?|imports?|shipments?|sales?)$/.test(next.norm) || actorAt.has(m.j))) {
    return true;
  }
  return undefined;
}

/** Everything the rules need to know about one sentence. */
interface SentenceContext {
  text: string;
  tokens: Token[];
  lexicon: CompiledLexicon;
  actors: ActorHit[];
  levers: Match<LeverEntry>[];
  clauses: number[];
  state: DocState;
  /** Results already computed for earlier levers of the sentence, by match. */
  done: Map<Match<LeverEntry>, { side: SideId | null; confidence: number; stance: Stance }>;
}

/** Punctuation between two tokens that ends a phrase (a comma, a dash, a bracket, a colon). */
function punctuationBetween(text: string, a: Token, b: Token): boolean {
  return /[,;:()\u2014\u2013"\u201c\u201d]|\s-\s/.test(text.slice(a.end, b.start));
}

function analyzeSentence(
  text: string,
  span: Span,
  tokens: Token[],
  lexicon: CompiledLexicon,
  state: DocState,
  out: Mention[],
): void {
  const { levers: rawLevers, actors: rawActors, traps } = matchPhrases(text, tokens, lexicon);
  const inTrap = (i: number, j: number) => traps.some((t) => i < t.j && t.i < j);
  let levers = rawLevers.filter((m) => !inTrap(m.i, m.j));
  const leverStart = new Map<number, Match<LeverEntry>>();
  for (const m of levers) leverStart.set(m.i, m);

  let actors = classifyActors(text, tokens, rawActors.filter((a) => a.entry.side !== null), leverStart, lexicon);
  const actorEnd = new Map<number, ActorHit>();
  for (const a of actors) actorEnd.set(a.j - 1, a);

  // Generic and ambiguous words must be nouns, and ambiguous ones need trade evidence nearby.
  const strong = levers.some((m) => !m.entry.needsContext && !m.entry.generic);
  const undecided: Match<LeverEntry>[] = [];
  const verbal = new Set<Match<LeverEntry>>();
  for (const m of levers) {
    if (!m.entry.needsContext && !m.entry.generic) continue;
    const isVerb = quickIsVerb(text, tokens, m, actorEnd);
    if (isVerb === true) verbal.add(m);
    else if (isVerb === undefined) undecided.push(m);
  }
  if (undecided.length > 0) {
    const nouns = disambiguateNouns(
      text.slice(span.start, span.end),
      undecided.map((m) => tokens[m.i].start - span.start),
    );
    undecided.forEach((m, k) => {
      if (!nouns[k]) verbal.add(m);
    });
  }
  levers = mergeHeads(text, tokens, levers.filter((m) => !verbal.has(m)));
  // Who a side name qualifies depends on which words are levers: classify again now that verbs are set aside.
  const finalStart = new Map<number, Match<LeverEntry>>();
  for (const m of levers) finalStart.set(m.i, m);
  actors = classifyActors(text, tokens, rawActors.filter((a) => a.entry.side !== null), finalStart, lexicon);
  levers = levers.filter((m) => {
    if (!m.entry.needsContext) return true;
    // In an article about trade pressure, a generic word ("sanctions", "curbs", "chips") needs less around it.
    const window = state.tradeDoc && m.entry.generic ? tokens.length : 6;
    return hasTradeEvidence(tokens, m, lexicon, actors, levers, window) || (strong && m.entry.generic) || (m.entry.generic && tokens[m.i].norm === 'sanctions') || (state.tradeDoc && m.entry.generic && /^sanction/.test(tokens[m.i].norm));
  });
  if (levers.length === 0) {
    updateSubject(tokens, actors, state);
    return;
  }

  const sentence = text.slice(span.start, span.end).replace(/\s+/g, ' ');
  const made: Mention[] = [];
  const ctx: SentenceContext = { text, tokens, lexicon, actors, levers, clauses: clauseStarts(tokens), state, done: new Map() };
  for (const m of levers) {
    const governor = governingLever(ctx, m);
    const own = attribute(ctx, m);
    let { side, confidence } = own;
    let stance = stanceOf(ctx, m);
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
      // says more about the object itself.
      const g = ctx.done.get(governor)!;
      if (own.confidence < 0.85 && g.side && acceptsSide(ctx, m, g.side)) {
        side = g.side;
        confidence = Math.min(g.confidence, 0.85);
      }
      if (g.stance !== 'neutral') stance = g.stance;
    }
    ctx.done.set(m, { side, confidence, stance });
    if (side && confidence >= 0.75) {
      const seen = state.leverSides.get(m.entry.lever) ?? new Map<SideId, number>();
      seen.set(side, (seen.get(side) ?? 0) + 1);
      state.leverSides.set(m.entry.lever, seen);
    }
    const start = tokens[m.i].start;
    const end = tokens[m.j - 1].end;
    made.push({
      start,
      end,
      text: text.slice(start, end),
      lever: m.entry.lever,
      category: m.entry.category,
      side,
      stance,
      confidence,
      sentence,
    });
  }
  // A list takes the pull of whichever member has a verb: "gallium, germanium and antimony ... were not permitted".
  for (let k = levers.length - 1; k > 0; k--) {
    const sibling = listSibling(ctx, levers[k]);
    if (!sibling) continue;
    const s = made[levers.indexOf(sibling)];
    if (s.stance === 'neutral' && made[k].stance !== 'neutral') {
      s.stance = made[k].stance;
      ctx.done.get(sibling)!.stance = made[k].stance;
    }
  }
  out.push(...made);
  updateSubject(tokens, actors, state);
}

function updateSubjectOnly(text: string, tokens: Token[], lexicon: CompiledLexicon, state: DocState): void {
  // Only sentences that open with a side move the carried-over subject; cheap enough to do without a full match.
  const first = tokens.slice(0, 6);
  const { actors } = matchPhrases(text, first, lexicon);
  const hits = classifyActors(text, first, actors.filter((a) => a.entry.side !== null), new Map(), lexicon);
  updateSubject(first, hits, state);
}

function updateSubject(tokens: Token[], actors: ActorHit[], state: DocState): void {
  const subject = actors.find((a) => a.role === 'actor' && a.subjectLike && a.i < Math.min(tokens.length, 12));
  if (subject?.entry.side) state.lastSubject = subject.entry.side;
}

const VERBISH_EXTRA = new Set([
  'said', 'says', 'say', 'announced', 'announces', 'plans', 'planned', 'wants', 'wanted', 'agreed', 'agrees',
  'moved', 'moves', 'decided', 'decides', 'has', 'have', 'had', 'will', 'would', 'is', 'was', 'are', 'were',
  'could', 'may', 'might', 'must', 'should', 'can', 'also', 'warned', 'warns', 'told', 'which', 'who',
  'hit', 'hits', 'struck', 'responded', 'answered', 'retaliated', 'began', 'begins', 'started', 'kept', 'keeps',
  'made', 'took', 'takes', 'imposed', 'issued', 'approved', 'gave', 'gives', 'sought', 'seeks', 'pushed',
  'accused', 'accuses', 'insisted', 'stepped', 'signalled', 'signaled', 'countered', 'followed', 'unveiled',
  'first', 'then', 'now', 'later', 'quickly', 'again', 'still', 'already', 'itself', 'declared', 'announce',
]);

/** "Beijing announced", "the US will", "Washington, which had": a side followed by a verb. */
function looksLikeSubject(text: string, tokens: Token[], j: number, lexicon: CompiledLexicon): boolean {
  for (let k = j; k < Math.min(tokens.length, j + 3); k++) {
    const n = tokens[k].norm;
    if (k > j && punctuationBetween(text, tokens[k - 1], tokens[k])) return false;
    if (k === j && punctuationBetween(text, tokens[j - 1], tokens[k]) && !/^(which|who)$/.test(n)) return false;
    if (lexicon.verbs.has(n) || VERBISH_EXTRA.has(n) || (AUXILIARIES.has(n) && n !== 'to')) return true;
    if (/ed$/.test(n) && n.length > 4) return true;
    if (TARGET_PREPOSITIONS.has(n) || n === 'and' || n === 'to') return false;
    if (k > j || !GOVERNING_NOUNS.has(n)) {
      if (k === j && /ly$/.test(n)) continue;
      if (k === j && GOVERNING_NOUNS.has(n)) continue;
      return false;
    }
  }
  return false;
}

/** Sides whose plain name before a measure names its holder ("EC tariffs"), not its target. */
const BLOCS = new Set(['us', 'eu', 'uk']);
/** Sides that commonly impose sanctions; for others, "X sanctions" means sanctions on X. */
const SANCTIONERS = new Set(['us', 'eu', 'uk', 'china', 'japan', 'canada', 'australia', 'switzerland', 'south-korea', 'taiwan']);

/** "U.S. chipmakers urge", "Japanese firms agreed": a verb in the active voice right after a noun. */
function activeVerbAt(tokens: Token[], k: number, lexicon: CompiledLexicon): boolean {
  const n = tokens[k].norm;
  if (/^(was|were|is|are|be|been|being|get|got)$/.test(n)) return /^(not)$/.test(tokens[k + 1]?.norm ?? '') ? false : !/(ed|en)$/.test(tokens[k + 1]?.norm ?? '');
  return lexicon.verbs.has(n) || VERBISH_EXTRA.has(n) || /^(urge|urged|urges|want|wants|wanted|say|said|says|called|call|calls|demand|demanded|demands|ask|asked|asks|plan|planned|plans)$/.test(n);
}

/** Words allowed between a side adjective and the lever it qualifies ("US chip export controls"). */
const ATTRIBUTIVE = new Set([...MODIFIERS].filter((w) => !/^(the|a|an|its|their|his|her|of|and|or|up|out|back|off|down|in|by|about|per|that|this|those|these|some|many|all|any|such|so-called|twice|half|expanded|limited|targeted|planned|proposed|related)$/.test(w)));

/** Decides for each side name whether it acts, is the target, or qualifies a lever directly. */
function classifyActors(
  text: string,
  tokens: Token[],
  actors: Match<ActorEntry>[],
  leverStart: Map<number, Match<LeverEntry>>,
  lexicon: CompiledLexicon,
): ActorHit[] {
  const leverEnds = new Set<number>();
  for (const m of leverStart.values()) leverEnds.add(m.j);
  return actors.map((a) => {
    const lastTok = tokens[a.j - 1];
    const prev = a.i > 0 ? tokens[a.i - 1].norm : '';
    const prev2 = a.i > 1 ? tokens[a.i - 2].norm : '';
    const directLever = leverStart.get(a.j);
    const subjectLike = !lastTok.possessive && !directLever && looksLikeSubject(text, tokens, a.j, lexicon);
    let role: ActorRole = 'actor';
    if (lastTok.possessive) {
      role = 'actor';
    } else if (subjectLike) {
      role = prev === 'between' || prev2 === 'between' ? 'neutral' : 'actor';
    } else {
      // What does the name qualify? Skip adjectives up to a noun.
      let k = a.j;
      while (k < tokens.length && k < a.j + 4 && !leverStart.has(k) && ATTRIBUTIVE.has(tokens[k].norm)) k++;
      const next = k < tokens.length && (k === a.j ? !punctuationBetween(text, lastTok, tokens[k]) : true) ? tokens[k] : undefined;
      const adjective = a.entry.kind === 'demonym' || a.entry.alsoDemonym === true;
      const qualified = next ? leverStart.get(k) : undefined;
      const side = a.entry.side ?? '';
      if (qualified && a.entry.kind === 'actor' && !a.entry.alsoDemonym && !BLOCS.has(side) && qualified.entry.polarity === 'measure' && k === a.j) {
        // "Japan sanctions", "China tariffs": a bare country name before a measure is usually its target
        // ("EC tariffs", "US sanctions" are the bloc's own).
        role = 'target';
      } else if (qualified && qualified.entry.lever === 'sanctions' && !SANCTIONERS.has(side)) {
        // "Polish sanctions", "Iranian sanctions": sanctions named after a country that rarely imposes them are on it.
        role = 'target';
      } else if (qualified) role = 'holder-of-lever';
      if (role !== 'actor') {
        // decided above
      } else if (adjective && next && GOVERNING_NOUNS.has(next.norm)) role = 'actor';
      else if (adjective && next && k + 1 < tokens.length && activeVerbAt(tokens, k + 1, lexicon)) role = 'actor';
      else if (a.entry.kind === 'demonym') role = 'target';
      else if (adjective && next && !AUXILIARIES.has(next.norm) && !TARGET_PREPOSITIONS.has(next.norm) && !/^(and|or|to|that|which|who)$/.test(next.norm)) {
        role = 'target';
      } else if (next && /^(made|built|owned|linked|based|origin)$/.test(next.norm)) role = 'target';
      if (role === 'actor' || role === 'holder-of-lever') {
        const prepAt = TARGET_PREPOSITIONS.has(prev) ? a.i - 1 : /^(the|a)$/.test(prev) && TARGET_PREPOSITIONS.has(prev2) ? a.i - 2 : -1;
        if (prepAt >= 0) {
          // "sanctions on Chinese chips": a side after a lever and a preposition is its target. "The lifting of US
          // sanctions": after any other word, a side qualifying a lever still holds it.
          const afterLever = leverEnds.has(prepAt);
          if (role !== 'holder-of-lever' || afterLever) role = 'target';
        }
        if (prev === 'by' && role !== 'holder-of-lever') role = 'actor';
        if (prev === 'between' || prev2 === 'between') role = 'neutral';
      }
    }
    return { ...a, role, subjectLike: role === 'actor' && subjectLike };
  });
}

function hasTradeEvidence(
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

/** Token indexes where a new clause starts (0 included). */
function clauseStarts(tokens: Token[]): number[] {
  const starts = [0];
  for (let k = 1; k < tokens.length; k++) {
    const n = tokens[k].norm;
    // "Beijing declared that ...": what is reported is a clause of its own.
    if (CLAUSE_BREAKS.has(n) || (n === 'that' && REPORTING.has(tokens[k - 1].norm))) starts.push(k);
  }
  return starts;
}

const REPORTING = new Set([
  'said', 'says', 'say', 'declared', 'declares', 'announced', 'announces', 'warned', 'warns', 'added', 'noted',
  'argued', 'argues', 'claimed', 'claims', 'denied', 'denies', 'insisted', 'insists', 'stated', 'states', 'told',
  'confirmed', 'confirms', 'reported', 'reports', 'believe', 'believes', 'estimate', 'estimates', 'expects', 'expect',
]);

function clauseOf(clauses: number[], i: number): [number, number] {
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

/** Whether a side may hold this lever: a flow with named holders ("rare earths": China) only goes to them. */
function acceptsSide(ctx: SentenceContext, m: Match<LeverEntry>, side: SideId): boolean {
  const lever = ctx.lexicon.levers.get(m.entry.lever);
  const holders = lever?.holders ?? [];
  return Boolean(lever?.openHolder) || !(m.entry.polarity === 'flow' && holders.length > 0) || holders.includes(side);
}

const OBJECT_PREPOSITIONS = new Set(['on', 'for', 'against', 'covering', 'targeting', 'of', 'over', 'to']);
const LIST_WORDS = new Set(['and', 'or', 'as', 'well', 'including', 'such', 'a', 'an', 'the', 'long', 'list', 'range', 'of', 'some', 'other', 'types', 'kinds', 'exports', 'imports', 'shipments', 'sales']);

/**
 * The lever whose object this lever is: "export controls on gallium, germanium and antimony", "tariffs of 10 percent
 * on a long list of farm goods". Only across prepositions, numbers, lists and side adjectives; never across a verb.
 */
function governingLever(ctx: SentenceContext, m: Match<LeverEntry>): Match<LeverEntry> | undefined {
  const { tokens, lexicon } = ctx;
  let sawPreposition = false;
  for (let k = m.i - 1; k >= Math.max(0, m.i - 14); k--) {
    const g = ctx.levers.find((o) => o.j - 1 === k && o !== m);
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
    if (REACTIVE.has(n) || (k > 0 && REACTIVE.has(`${tokens[k - 1].norm} ${n}`))) return undefined;
    if (OBJECT_PREPOSITIONS.has(n)) {
      sawPreposition = true;
      continue;
    }
    if (LIST_WORDS.has(n) || /^\d/.test(n) || /^(percent|pct|cent|per|to|up|us|chinese|american|european|japanese|dutch|korean|canadian)$/.test(n)) continue;
    if (ctx.actors.some((a) => a.i <= k && k < a.j)) continue;
    if (ATTRIBUTIVE.has(n) || tokens[k].possessive) continue;
    if (lexicon.verbs.has(n) || CLAUSE_BREAKS.has(n) || AUXILIARIES.has(n) || /ed$/.test(n)) return undefined;
    if (/ing$/.test(n) && !ATTRIBUTIVE.has(n)) return undefined;
  }
  return undefined;
}

/** The lever before this one in a list: "gallium, germanium and antimony". */
function listSibling(ctx: SentenceContext, m: Match<LeverEntry>): Match<LeverEntry> | undefined {
  const prev = [...ctx.levers].reverse().find((o) => o.j <= m.i && o.j >= m.i - 2 && ctx.done.has(o));
  if (!prev) return undefined;
  for (let k = prev.j; k < m.i; k++) if (!/^(and|or)$/.test(ctx.tokens[k].norm)) return undefined;
  if (prev.j === m.i && !/,/.test(ctx.text.slice(ctx.tokens[prev.j - 1].end, ctx.tokens[m.i].start))) return undefined;
  return prev;
}

/** Is the side at token `i` the object of a verb of asking ("asked Seoul", "urged Tokyo")? */
function a_asking(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1]?.norm ?? '';
  const prev2 = tokens[i - 2]?.norm ?? '';
  const ASK = /^(ask|asked|asks|asking|urge|urged|urges|urging|press|pressed|presses|pressing|pressure|pressured|pressuring|persuade|persuaded|force|forced|forcing|told|tell|tells|want|wants|wanted|allow|allowed|get|got)$/;
  return ASK.test(prev) || (prev === 'on' && /^(call|called|calls|calling)$/.test(prev2)) || (prev === 'the' && ASK.test(prev2));
}

/** Verbs of avoiding or opposing: what they govern is the other side's lever. */
const AVOIDING = new Set([
  'avoid', 'avoids', 'avoided', 'avoiding', 'forestall', 'forestalls', 'forestalled', 'forestalling', 'avert', 'averts',
  'averted', 'averting', 'challenge', 'challenges', 'challenged', 'challenging', 'resist', 'resisted', 'resisting',
  'fight', 'fought', 'fighting', 'escape', 'escaped', 'evade', 'evaded', 'protest', 'protested', 'oppose', 'opposed',
  'opposes', 'opposing', 'condemn', 'condemned', 'criticise', 'criticised', 'criticize', 'criticized', 'denounce',
  'denounced', 'appeal', 'appealed', 'contest', 'contested', 'demand', 'demanded', 'demands', 'urged', 'sought',
]);

/** Prepositions that make a lever the thing reacted to, not the thing wielded ("in response to US tariffs"). */
const REACTIVE = new Set([
  'response to', 'reaction to', 'retaliation for', 'retaliation against', 'retaliating against', 'retaliated against',
  'retaliate against', 'protest against', 'protested', 'protesting', 'complained about', 'criticised', 'criticized',
  'condemned', 'opposed', 'answer to', 'reply to', 'hit back at', 'responded to', 'respond to', 'responding to', 'amid',
  'despite', 'face', 'faces', 'faced', 'facing', 'hit by', 'subject to', 'exposed to', 'suffered from',
]);

function attribute(ctx: SentenceContext, m: Match<LeverEntry>): { side: SideId | null; confidence: number } {
  const { tokens, actors, lexicon, levers } = ctx;
  const holders = lexicon.levers.get(m.entry.lever)?.holders ?? [];
  const accept = (side: SideId) => acceptsSide(ctx, m, side);

  // 1. Directly before the lever: a possessive ("China's"), a side adjective ("Chinese", "US"), or its/their.
  let reactive = false;
  for (let k = m.i - 1, steps = 0; k >= 0 && steps < 5; k--, steps++) {
    const a = actors.find((x) => x.j - 1 === k);
    if (a && a.entry.side) {
      if (tokens[k].possessive) {
        if (accept(a.entry.side)) return { side: a.entry.side, confidence: 0.95 };
        break;
      }
      if (a.role === 'holder-of-lever') {
        // "American soybeans": on a lever bought by its holder, the adjective names the seller.
        const bought = lexicon.levers.get(m.entry.lever)?.openHolder === 'buyer';
        if (!bought && accept(a.entry.side)) return { side: a.entry.side, confidence: 0.9 };
        // "American soybeans": the adjective names the origin, so the holder is the buyer.
        const other = holders.find((h) => h !== a.entry.side);
        return { side: other ?? counterpart(a.entry.side, ctx.state), confidence: 0.7 };
      }
      break;
    }
    const n = tokens[k].norm;
    if (n === 'its' || n === 'their') {
      const subject = subjectFor(ctx, m, accept);
      if (subject) return { side: subject.side, confidence: 0.75 };
      break;
    }
    if (levers.some((o) => o !== m && o.j - 1 === k)) continue;
    // "sanctions 20 firms over arms sales": a punishment over a lever reacts to it.
    const punishedOver = n === 'over' && tokens.slice(clauseOf(ctx.clauses, m.i)[0], k).some((t, q) => lexicon.verbs.get(t.norm) === 'tighten' && q >= 0);
    if (REACTIVE.has(n) || punishedOver || (k > 0 && REACTIVE.has(`${tokens[k - 1].norm} ${n}`))) {
      reactive = true;
      break;
    }
    if (!MODIFIERS.has(n) && !/^\d/.test(n)) break;
  }
  if (!reactive) {
    // "to avoid the actual imposition of the tariffs", "challenge the tariffs in the GATT".
    const [lo0] = clauseOf(ctx.clauses, m.i);
    for (let k = m.i - 1; k >= Math.max(lo0, m.i - 8); k--) {
      const n = tokens[k].norm;
      if (AVOIDING.has(n)) {
        reactive = true;
        break;
      }
      const cls = lexicon.verbs.get(n);
      if (cls && !/(tion|sion|al|ing)$/.test(n)) break;
    }
  }

  // 2. A passive agent after the lever: "tariffs imposed by Washington".
  for (let k = m.j; k < Math.min(tokens.length, m.j + 5); k++) {
    if (CLAUSE_BREAKS.has(tokens[k].norm)) break;
    if (tokens[k].norm === 'by') {
      const a = actors.find((x) => x.i === k + 1 || (x.i === k + 2 && tokens[k + 1].norm === 'the'));
      if (a?.entry.side && accept(a.entry.side)) return { side: a.entry.side, confidence: 0.85 };
      break;
    }
  }

  // A lever word used to name something else ("the microchip pact", "a tariff dispute") is not being wielded by the
  // clause's subject: only the document or the knowledge base can say whose it is.
  const adjunct = m.j < tokens.length && ADJUNCT_HEADS.has(tokens[m.j].norm) && !punctuationBetween(ctx.text, tokens[m.j - 1], tokens[m.j]);
  if (adjunct) return holders.length === 1 ? { side: holders[0], confidence: 0.5 } : fallbackSide(ctx, m, accept, holders);

  // 3a. "Washington has asked Seoul to lower tariffs": the one asked acts.
  for (let k = m.i - 1; k >= Math.max(1, m.i - 8); k--) {
    if (tokens[k].norm !== 'to') continue;
    const asked = actors.find((a) => a.j === k && a.entry.side);
    if (asked && a_asking(tokens, asked.i)) {
      if (accept(asked.entry.side!)) return { side: asked.entry.side!, confidence: 0.8 };
    }
    break;
  }

  // 3. The subject of the clause, or the one carried over from the previous sentence. A lever the subject reacts
  //    to ("in response to the Section 301 tariffs") is not the subject's.
  const subject = subjectFor(ctx, m, accept);
  const ownTarget = m.j < tokens.length && /^(on|against|targeting|for|to)$/.test(tokens[m.j].norm)
    ? actors.find((a) => a.role === 'target' && a.entry.side && a.i > m.j && a.i <= m.j + 3)
    : undefined;
  if (subject && ownTarget && subject.side === ownTarget.entry.side) {
    // "Baldrige urged action on removing the tariffs on US cars": the lever is used against the speaker.
    const other = holders.find((h) => h !== subject.side);
    return { side: other ?? counterpart(subject.side, ctx.state), confidence: 0.6 };
  }
  if (subject && !reactive) return { side: subject.side, confidence: subject.carried ? 0.6 : 0.8 };
  if (reactive && !subject) {
    // "American soybeans still face a tariff": what faces the lever is its target.
    const left = [...actors].reverse().find((a) => a.j <= m.i && a.entry.side);
    if (left?.entry.side) {
      const other = holders.find((h) => h !== left.entry.side);
      return { side: other ?? counterpart(left.entry.side, ctx.state), confidence: 0.6 };
    }
  }
  if (subject && reactive) {
    const other = holders.find((h) => h !== subject.side);
    if (other) return { side: other, confidence: 0.6 };
    if (holders.length === 0) return { side: counterpart(subject.side, ctx.state), confidence: 0.55 };
  }

  // 4. Only the target is named: the holder is the default holder other than the target, or the counterpart.
  //    A target right after the lever ("sanctions against Japan") is its own; else one in the clause, else any.
  const [lo, hi] = clauseOf(ctx.clauses, m.i);
  const target = actors.find((a) => a.role === 'target' && a.entry.side && a.i >= m.j && a.i <= m.j + 4)
    ?? actors.find((a) => a.role === 'target' && a.entry.side && a.i >= lo && a.i < hi)
    ?? actors.find((a) => a.role === 'target' && a.entry.side);
  if (target?.entry.side) {
    const other = holders.find((h) => h !== target.entry.side);
    if (other) return { side: other, confidence: 0.65 };
    if (holders.length === 0) return { side: counterpart(target.entry.side, ctx.state), confidence: 0.55 };
  }

  // "Negotiators from both sides will discuss tariffs": explicitly nobody's.
  const clause = tokens.slice(lo, m.i).map((t) => t.norm).join(' ');
  if (/\b(both|the two|each|either) (sides|side|countries|governments|nations|parties|capitals)\b/.test(clause)) return { side: null, confidence: 0.3 };

  return fallbackSide(ctx, m, accept, holders);
}

/** Nouns that a lever word can qualify without being wielded: "semiconductor pact", "tariff dispute". */
const ADJUNCT_HEADS = new Set([
  'dispute', 'disputes', 'pact', 'agreement', 'accord', 'talks', 'row', 'war', 'deal', 'issue', 'issues', 'industry',
  'industries', 'sector', 'firms', 'companies', 'makers', 'producers', 'manufacturers', 'market', 'markets', 'negotiations',
  'friction', 'conflict', 'fight', 'battle', 'showdown', 'standoff', 'association', 'group', 'stocks', 'shares',
]);

/** When the sentence says nothing: who held this lever earlier in the document, else the knowledge base default. */
function fallbackSide(ctx: SentenceContext, m: Match<LeverEntry>, accept: (side: SideId) => boolean, holders: SideId[]): { side: SideId | null; confidence: number } {
  // "the sanctions" of paragraph four are those of paragraph one.
  const remembered = ctx.state.leverSides.get(m.entry.lever);
  if (remembered) {
    const [side] = [...remembered].sort((a, b) => b[1] - a[1])[0];
    if (accept(side)) return { side, confidence: 0.5 };
  }
  if (holders.length === 1) return { side: holders[0], confidence: 0.5 };
  return { side: null, confidence: 0.2 };
}

function subjectFor(
  ctx: SentenceContext,
  m: Match<LeverEntry>,
  accept: (side: SideId) => boolean,
): { side: SideId; carried: boolean } | null {
  const { tokens, actors, clauses, state } = ctx;
  const [lo, hi] = clauseOf(clauses, m.i);
  const pick = (from: number, to: number) => {
    const cands = actors.filter((a) => a.role === 'actor' && a.entry.side && a.i >= from && a.j <= to);
    const subject = [...cands].reverse().find((a) => a.subjectLike);
    if (subject) return subject;
    // A side after a verb is its object ("sanctions have lost Poland markets"), not its subject.
    const first = cands[0];
    if (first && tokens.slice(from, first.i).some((t) => ctx.lexicon.verbs.has(t.norm) || VERBISH_EXTRA.has(t.norm) || /ed$/.test(t.norm))) return undefined;
    return first;
  };
  let s = pick(lo, m.i);
  if (!s && lo > 0) s = pick(0, m.i);
  if (s?.entry.side) {
    if (accept(s.entry.side)) return { side: s.entry.side, carried: false };
    return null;
  }
  // A side acting after the lever in the same clause ("... tariffs, Beijing said").
  const after = actors.find((a) => a.role === 'actor' && a.subjectLike && a.entry.side && a.i >= m.j && a.i < hi && a.i - m.j <= 6);
  if (after?.entry.side && accept(after.entry.side)) return { side: after.entry.side, carried: false };
  // A pronoun or "the ministry" as subject: carry the previous sentence's subject.
  const opener = tokens.slice(lo, Math.min(m.i, lo + 4)).map((t) => t.norm);
  const hasAnaphor = opener.some((w, k) => ANAPHORS.has(w) || (k + 1 < opener.length && ANAPHORS.has(`${w} ${opener[k + 1]}`)));
  // Not for bought levers: "they" in a farm story is as likely the farmers as the government.
  const bought = ctx.lexicon.levers.get(m.entry.lever)?.openHolder === 'buyer';
  if (hasAnaphor && !bought && state.lastSubject && accept(state.lastSubject)) return { side: state.lastSubject, carried: true };
  return null;
}

function polarityFrom(ctx: SentenceContext, from: number, m: Match<LeverEntry>, verbAt = -1): 'measure' | 'flow' {
  const { tokens, lexicon } = ctx;
  for (let k = from; k < m.i; k++) {
    const n = tokens[k].norm;
    if (lexicon.flowNouns.has(n)) return 'flow';
    if (lexicon.measureNouns.has(n)) return 'measure';
  }
  // "put seven rare earths under export controls": the measure comes after.
  const [, hi] = clauseOf(ctx.clauses, m.i);
  const underFrom = Math.max(m.j, verbAt + 1);
  for (let k = underFrom; k < Math.min(tokens.length, hi, underFrom + 8); k++) {
    if (tokens[k].norm === 'under') {
      const next = tokens[k + 1]?.norm ?? '';
      const after = tokens[k + 2]?.norm ?? '';
      if (lexicon.measureNouns.has(next) || lexicon.measureNouns.has(after) || /^(licen[cs]ing|export|dual-use)$/.test(next)) return 'measure';
    }
  }
  // A noun right after the lever is the real head: "the tariff truce", "soybean purchases".
  const next = m.j < tokens.length ? tokens[m.j].norm : '';
  if (lexicon.flowNouns.has(next)) return 'flow';
  if (lexicon.measureNouns.has(next)) return 'measure';
  // Inside the lever itself: its head word decides ("export licences" is a flow even in a measure lever).
  const head = tokens[m.j - 1].norm;
  if (lexicon.flowNouns.has(head)) return 'flow';
  if (lexicon.measureNouns.has(head)) return 'measure';
  return m.entry.polarity;
}

function resolve(cls: VerbClass, polarity: 'measure' | 'flow'): Stance {
  if (cls === 'tighten') return 'tighten';
  if (cls === 'relax') return 'relax';
  if (cls === 'more') return polarity === 'measure' ? 'tighten' : 'relax';
  return polarity === 'measure' ? 'relax' : 'tighten';
}

/** Words that may stand between a verb and the verb it governs ("waived its right to impose"). */
const CHAIN_LINKS = new Set(['to', 'its', 'their', 'his', 'her', 'the', 'a', 'right', 'rights', 'power', 'plan', 'plans', 'threat', 'decision', 'move', 'bid', 'effort', 'efforts']);

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'new', 'further', 'more', 'any', 'no', 'this', 'that']);
/** Permissions whose denial tightens: "would not be permitted". */
const PERMISSIONS = /^(permit|permits|permitted|allow|allows|allowed|approve|approves|approved|grant|grants|granted)$/;

function verbClassAt(tokens: Token[], k: number, lexicon: CompiledLexicon, leverId: string): VerbClass | undefined {
  const n = tokens[k].norm;
  if (!lexicon.verbFirstWords.has(n)) return undefined;
  const prev = k > 0 ? tokens[k - 1] : undefined;
  const next = k + 1 < tokens.length ? tokens[k + 1].norm : '';
  // "purchases of soybeans", "the supply", "its matching fees": after a determiner or before "of" it is a noun or
  // an adjective, not the verb that governs.
  if (next === 'of' && (lexicon.flowNouns.has(n) || lexicon.measureNouns.has(n) || !/(ing|tion|sion|ment|al)$/.test(n))) return undefined;
  if (prev && (prev.possessive || DETERMINERS.has(prev.norm)) && !/(tion|sion|ment|al|ing)$/.test(n)) return undefined;
  if (prev && (prev.possessive || DETERMINERS.has(prev.norm)) && /ing$/.test(n) && next !== 'of') return undefined;
  const pair = next ? `${n} ${next}` : '';
  const specific = lexicon.leverVerbs.get(leverId);
  return specific?.get(pair) ?? specific?.get(n) ?? lexicon.verbs.get(pair) ?? lexicon.verbs.get(n);
}

function negated(tokens: Token[], k: number, lexicon: CompiledLexicon): boolean {
  for (let q = k - 1; q >= Math.max(0, k - 5); q--) {
    const n = tokens[q].norm;
    if (lexicon.negations.has(n) || n.endsWith("n't")) return true;
  }
  return false;
}

function stanceOf(ctx: SentenceContext, m: Match<LeverEntry>): Stance {
  const { tokens, lexicon, text } = ctx;
  const [lo, hi] = clauseOf(ctx.clauses, m.i);
  const leverId = m.entry.lever;
  const before = m.i > 0 ? tokens[m.i - 1].norm : '';
  const after = m.j < tokens.length ? tokens[m.j].norm : '';
  const settle = (k: number, cls: VerbClass): Stance => {
    if (negated(tokens, k, lexicon)) return PERMISSIONS.test(tokens[k].norm) ? 'tighten' : 'neutral';
    // "stop selling chips", "waived its right to impose duties": a stopping verb before another reverses it.
    for (let q = k - 1; q >= Math.max(lo, k - 5); q--) {
      const prior = verbClassAt(tokens, q, lexicon, leverId);
      const giving = prior === 'relax' && /^(waive|waived|waives|waiving|forgo|forgoes|forwent|renounce|renounced|abandon|abandoned)$/.test(tokens[q].norm);
      if ((prior === 'less' || giving) && (cls === 'more' || cls === 'tighten')) return resolve('less', polarityFrom(ctx, k + 1, m, k));
      if (prior || !CHAIN_LINKS.has(tokens[q].norm) || punctuationBetween(ctx.text, tokens[q], tokens[q + 1])) break;
    }
    return resolve(cls, polarityFrom(ctx, k + 1, m, k));
  };
  // A governing verb on the left, nearest first, within the clause.
  let overSeen = false;
  for (let k = m.i - 1; k >= Math.max(lo, m.i - 12); k--) {
    if (tokens[k].possessive && k < m.i - 1) continue;
    // "sanctions 20 firms over arms sales": what follows a reason is not a punishment's object.
    if (/^(because|despite|amid)$/.test(tokens[k].norm)) break;
    if (tokens[k].norm === 'over') overSeen = true;
    const cls = verbClassAt(tokens, k, lexicon, leverId);
    if (!cls) continue;
    if (overSeen && cls === 'tighten') break;
    if (tokens[k + 1]?.norm === 'that') continue; // "denied that", "said that": reporting, not acting.
    if (k === m.i - 1 && (lexicon.moreModifiers.has(before) || lexicon.lessModifiers.has(before))) break;
    return settle(k, cls);
  }
  // Words right next to the lever: "new tariffs", "tariff cuts", "the truce".
  if (lexicon.moreModifiers.has(before)) return resolve('more', polarityFrom(ctx, m.i, m));
  if (lexicon.lessModifiers.has(before)) return resolve('less', polarityFrom(ctx, m.i, m));
  if (lexicon.moreModifiers.has(after)) return resolve('more', polarityFrom(ctx, m.i, m));
  if (lexicon.lessModifiers.has(after)) return resolve('less', polarityFrom(ctx, m.i, m));
  // A verb on the right: "tariffs were lifted", "deliveries to China resumed", "licences will be suspended".
  let from = m.j;
  if (m.i <= lo + 1 && m.j < tokens.length && /^\s*,/.test(text.slice(tokens[m.j - 1].end, tokens[m.j].start))) {
    // "Tungsten, used in armour-piercing rounds, was placed under export controls": step over the aside.
    for (let k = m.j + 1; k < Math.min(tokens.length, m.j + 14); k++) {
      if (/,/.test(text.slice(tokens[k - 1].end, tokens[k].start))) {
        from = k;
        break;
      }
    }
  }
  for (let k = from, skipped = 0; k < Math.min(hi, tokens.length) && skipped < 10; k++, skipped++) {
    if (k > from && /[,;:()\u2014\u2013]|\s-\s/.test(text.slice(tokens[k - 1].end, tokens[k].start))) break;
    const n = tokens[k].norm;
    const cls = verbClassAt(tokens, k, lexicon, leverId);
    if (cls) return settle(k, cls);
    const passable = AUXILIARIES.has(n) || lexicon.negations.has(n) || n === 'longer' || /ly$/.test(n) || TARGET_PREPOSITIONS.has(n) || DETERMINERS.has(n) ||
      ctx.actors.some((a) => a.i <= k && k < a.j) || /^(goods|imports|exports|products|firms|companies|principle|effect|practice|part|in)$/.test(n);
    if (!passable) break;
  }
  return 'neutral';
}
