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

/** Counterparts used when a sentence names only the target of a lever. */
function counterpart(target: SideId): SideId {
  return target === 'us' ? 'china' : 'us';
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
  const state: DocState = { lastSubject: null };
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

interface DocState {
  lastSubject: SideId | null;
}

function isAllCaps(tokens: Token[]): boolean {
  let upper = 0;
  let letters = 0;
  for (const t of tokens) {
    if (/\p{L}/u.test(t.text)) {
      letters++;
      if (t.text === t.text.toUpperCase()) upper++;
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
    const list = lexicon.phrases.get(tokens[i].norm);
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
        if (t.norm !== p.tokens[k]) {
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
        // A possessive may end a phrase ("China's"), never sit inside one.
        if (k < n - 1 && t.possessive) {
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

/** Single words that may be a noun (a lever) or a verb ("to ban", "chip in"). */
const VERBABLE = new Set([
  'ban', 'bans', 'curb', 'curbs', 'sanction', 'sanctions', 'control', 'controls', 'chip', 'chips', 'permit', 'permits',
  'license', 'licenses', 'licence', 'licences', 'levy', 'levies', 'embargo', 'embargoes', 'restrict', 'blacklist',
  'blacklists', 'target', 'tariff', 'tariffs', 'duty', 'surcharge', 'visa', 'visas', 'dump', 'subsidies',
]);

const PREPOSITION_AFTER = new Set(['on', 'against', 'over', 'for', 'of', 'in', 'to', 'imposed', 'and', 'or', 'that', 'which']);

/** Quick noun/verb call for an ambiguous one-word lever; `undefined` when only a parser can tell. */
function quickIsVerb(tokens: Token[], m: Match<LeverEntry>, actorAt: Map<number, ActorHit>): boolean | undefined {
  if (m.j - m.i !== 1) return false;
  const t = tokens[m.i];
  if (!VERBABLE.has(t.norm)) return false;
  const prev = m.i > 0 ? tokens[m.i - 1] : undefined;
  const next = m.j < tokens.length ? tokens[m.j] : undefined;
  if (!prev) return false;
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
  const prevActor = actorAt.get(m.i - 1);
  if (prevActor) return undefined;
  return undefined;
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

  const actors = classifyActors(tokens, rawActors.filter((a) => a.entry.side !== null), leverStart, lexicon);
  const actorEnd = new Map<number, ActorHit>();
  for (const a of actors) actorEnd.set(a.j - 1, a);

  // Generic and ambiguous words need trade evidence nearby and must be nouns.
  const strong = levers.some((m) => !m.entry.needsContext && !m.entry.generic);
  const undecided: Match<LeverEntry>[] = [];
  const verbal = new Set<Match<LeverEntry>>();
  for (const m of levers) {
    if (!m.entry.needsContext && !m.entry.generic) continue;
    const isVerb = quickIsVerb(tokens, m, actorEnd);
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
  levers = levers.filter((m) => {
    if (verbal.has(m)) return false;
    if (!m.entry.needsContext && !m.entry.generic) return true;
    if (!m.entry.needsContext) return hasTradeEvidence(tokens, m, lexicon, actors, levers, 12) || strong;
    return hasTradeEvidence(tokens, m, lexicon, actors, levers, 6);
  });
  if (levers.length === 0) {
    updateSubject(tokens, actors, state);
    return;
  }

  const sentence = text.slice(span.start, span.end).replace(/\s+/g, ' ');
  const clauses = clauseStarts(tokens);
  for (const m of levers) {
    const { side, confidence } = attribute(tokens, m, actors, lexicon, clauses, state, levers);
    const stance = stanceOf(tokens, m, lexicon, clauses);
    const start = tokens[m.i].start;
    const end = tokens[m.j - 1].end;
    out.push({
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
  updateSubject(tokens, actors, state);
}

function updateSubjectOnly(text: string, tokens: Token[], lexicon: CompiledLexicon, state: DocState): void {
  // Only sentences that open with a side move the carried-over subject; cheap enough to do without a full match.
  const first = tokens.slice(0, 6);
  const { actors } = matchPhrases(text, first, lexicon);
  const hits = classifyActors(first, actors.filter((a) => a.entry.side !== null), new Map(), lexicon);
  updateSubject(first, hits, state);
}

function updateSubject(tokens: Token[], actors: ActorHit[], state: DocState): void {
  const subject = actors.find((a) => a.role === 'actor' && a.subjectLike && a.i < Math.min(tokens.length, 12));
  if (subject?.entry.side) state.lastSubject = subject.entry.side;
}

const VERBISH_EXTRA = new Set([
  'said', 'says', 'say', 'announced', 'announces', 'plans', 'planned', 'wants', 'wanted', 'agreed', 'agrees',
  'moved', 'moves', 'decided', 'decides', 'has', 'have', 'had', 'will', 'would', 'is', 'was', 'are', 'were',
  'could', 'may', 'might', 'must', 'should', 'can', 'also', 'on', 'last', 'this', 'warned', 'warns', 'told',
  'hit', 'hits', 'struck', 'responded', 'answered', 'retaliated', 'began', 'begins', 'started', 'kept', 'keeps',
  'made', 'took', 'takes', 'imposed', 'issued', 'approved', 'gave', 'gives', 'sought', 'seeks', 'pushed',
  'accused', 'accuses', 'insisted', 'stepped', 'signalled', 'signaled', 'countered', 'followed', 'unveiled',
]);

function looksLikeSubject(tokens: Token[], j: number, lexicon: CompiledLexicon): boolean {
  for (let k = j; k < Math.min(tokens.length, j + 3); k++) {
    const n = tokens[k].norm;
    if (lexicon.verbs.has(n) || VERBISH_EXTRA.has(n) || AUXILIARIES.has(n)) return n !== 'to' || k > j;
    if (/ed$/.test(n) && n.length > 4) return true;
    if (TARGET_PREPOSITIONS.has(n) || n === 'and') return false;
    if (!/ly$/.test(n) && !/^(government|officials|authorities|administration|ministry|side)$/.test(n) && k === j) {
      continue;
    }
  }
  return false;
}

/** Decides for each side name whether it acts, is the target, or qualifies a lever directly. */
function classifyActors(
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
    let role: ActorRole = 'actor';
    if (lastTok.possessive) {
      role = 'actor';
    } else {
      // What does the name qualify? Skip modifiers up to a noun.
      let k = a.j;
      while (k < tokens.length && k < a.j + 4 && !leverStart.has(k) && MODIFIERS.has(tokens[k].norm) && tokens[k].norm !== 'of' && tokens[k].norm !== 'and') {
        k++;
      }
      const next = k < tokens.length ? tokens[k] : undefined;
      if (leverStart.has(k)) role = 'holder-of-lever';
      else if (a.entry.kind === 'demonym' && next && GOVERNING_NOUNS.has(next.norm)) role = 'actor';
      else if (a.entry.kind === 'demonym') role = 'target';
      else if (next && /^(made|built|owned|linked|based|origin|origin)$/.test(next.norm)) role = 'target';
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
    return { ...a, role, subjectLike: role === 'actor' && !lastTok.possessive && looksLikeSubject(tokens, a.j, lexicon) };
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
    if (CLAUSE_BREAKS.has(tokens[k].norm)) starts.push(k);
  }
  return starts;
}

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

function attribute(
  tokens: Token[],
  m: Match<LeverEntry>,
  actors: ActorHit[],
  lexicon: CompiledLexicon,
  clauses: number[],
  state: DocState,
  levers: Match<LeverEntry>[],
): { side: SideId | null; confidence: number } {
  const lever = lexicon.levers.get(m.entry.lever);
  const holders = lever?.holders ?? [];
  const flowWithHolder = m.entry.polarity === 'flow' && holders.length > 0;
  const accept = (side: SideId) => !flowWithHolder || holders.includes(side);

  // 1. Directly before the lever: a possessive ("China's"), a side adjective ("Chinese", "US"), or its/their.
  for (let k = m.i - 1, steps = 0; k >= 0 && steps < 5; k--, steps++) {
    const a = actors.find((x) => x.j - 1 === k);
    if (a && a.entry.side) {
      if (tokens[k].possessive) {
        if (accept(a.entry.side)) return { side: a.entry.side, confidence: 0.95 };
        break;
      }
      if (a.role === 'holder-of-lever') {
        if (accept(a.entry.side)) return { side: a.entry.side, confidence: 0.9 };
        // "American soybeans": the adjective names the origin, so the holder is the buyer.
        const other = holders.find((h) => h !== a.entry.side);
        return { side: other ?? counterpart(a.entry.side), confidence: 0.7 };
      }
      break;
    }
    const n = tokens[k].norm;
    if (n === 'its' || n === 'their') {
      const subject = subjectFor(tokens, m, actors, clauses, state, accept, levers);
      if (subject) return { side: subject.side, confidence: 0.75 };
    }
    if (levers.some((o) => o !== m && o.j - 1 === k)) continue;
    if (!MODIFIERS.has(n) && !/^\d/.test(n)) break;
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

  // 3. The subject of the clause, or the one carried over from the previous sentence.
  const subject = subjectFor(tokens, m, actors, clauses, state, accept, levers);
  if (subject) return { side: subject.side, confidence: subject.carried ? 0.6 : 0.8 };

  // 4. Only the target is named: the holder is the default holder other than the target, or the counterpart.
  const [lo, hi] = clauseOf(clauses, m.i);
  const target = actors.find((a) => a.role === 'target' && a.entry.side && a.i >= lo && a.i < hi)
    ?? actors.find((a) => a.role === 'target' && a.entry.side);
  if (target?.entry.side) {
    const other = holders.find((h) => h !== target.entry.side);
    if (other) return { side: other, confidence: 0.65 };
    if (holders.length === 0) return { side: counterpart(target.entry.side), confidence: 0.55 };
  }

  // 5. The knowledge base default.
  if (holders.length === 1) return { side: holders[0], confidence: 0.5 };
  return { side: null, confidence: 0.2 };
}

function subjectFor(
  tokens: Token[],
  m: Match<LeverEntry>,
  actors: ActorHit[],
  clauses: number[],
  state: DocState,
  accept: (side: SideId) => boolean,
  levers: Match<LeverEntry>[],
): { side: SideId; carried: boolean } | null {
  const [lo] = clauseOf(clauses, m.i);
  const pick = (from: number, to: number) => {
    const cands = actors.filter((a) => a.role === 'actor' && a.entry.side && a.i >= from && a.j <= to);
    const subj = [...cands].reverse().find((a) => a.subjectLike) ?? cands[0];
    return subj;
  };
  let s = pick(lo, m.i);
  if (!s && lo > 0) s = pick(0, m.i);
  if (s?.entry.side) {
    if (accept(s.entry.side)) return { side: s.entry.side, carried: false };
    return null;
  }
  // A side acting after the lever in the same clause ("... tariffs, Beijing said").
  const [, hi] = clauseOf(clauses, m.i);
  const after = actors.find(
    (a) => a.role === 'actor' && a.subjectLike && a.entry.side && a.i >= m.j && a.i < hi && !levers.some((o) => o.i > m.i && o.i < a.i && o.i >= m.j + 8),
  );
  if (after?.entry.side && accept(after.entry.side) && after.i - m.j <= 6) return { side: after.entry.side, carried: false };
  // A pronoun or "the ministry" as subject: carry the previous sentence's subject.
  const opener = tokens.slice(lo, Math.min(m.i, lo + 4)).map((t) => t.norm);
  const hasAnaphor = opener.some((w, k) => ANAPHORS.has(w) || (k + 1 < opener.length && ANAPHORS.has(`${w} ${opener[k + 1]}`)));
  if (hasAnaphor && state.lastSubject && accept(state.lastSubject)) return { side: state.lastSubject, carried: true };
  return null;
}

function polarityFrom(tokens: Token[], from: number, to: number, m: Match<LeverEntry>, lexicon: CompiledLexicon) {
  for (let k = from; k < to; k++) {
    const n = tokens[k].norm;
    if (k >= m.i && k < m.j) break;
    if (lexicon.flowNouns.has(n)) return 'flow';
    if (lexicon.measureNouns.has(n)) return 'measure';
  }
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

function verbClassAt(tokens: Token[], k: number, lexicon: CompiledLexicon, leverId: string): VerbClass | undefined {
  const n = tokens[k].norm;
  const pair = k + 1 < tokens.length ? `${n} ${tokens[k + 1].norm}` : '';
  const specific = lexicon.leverVerbs.get(leverId);
  return specific?.get(pair) ?? specific?.get(n) ?? lexicon.verbs.get(pair) ?? lexicon.verbs.get(n);
}

function negated(tokens: Token[], k: number, lexicon: CompiledLexicon): boolean {
  for (let q = k - 1; q >= Math.max(0, k - 3); q--) {
    const n = tokens[q].norm;
    if (lexicon.negations.has(n) || n.endsWith("n't")) return true;
  }
  return false;
}

function stanceOf(tokens: Token[], m: Match<LeverEntry>, lexicon: CompiledLexicon, clauses: number[]): Stance {
  const [lo, hi] = clauseOf(clauses, m.i);
  const leverId = m.entry.lever;
  // Modifiers right next to the lever: "new tariffs", "tariff cuts", "the truce".
  const before = m.i > 0 ? tokens[m.i - 1].norm : '';
  const after = m.j < tokens.length ? tokens[m.j].norm : '';
  // A governing verb on the left, nearest first, within the clause.
  for (let k = m.i - 1; k >= Math.max(lo, m.i - 9); k--) {
    if (tokens[k].possessive && k < m.i - 1) continue;
    const cls = verbClassAt(tokens, k, lexicon, leverId);
    if (cls) {
      if (negated(tokens, k, lexicon)) return 'neutral';
      if (k === m.i - 1 && (lexicon.moreModifiers.has(before) || lexicon.lessModifiers.has(before))) break;
      return resolve(cls, polarityFrom(tokens, k + 1, m.j, m, lexicon));
    }
  }
  if (lexicon.moreModifiers.has(before)) return resolve('more', polarityFrom(tokens, m.i, m.j, m, lexicon));
  if (lexicon.lessModifiers.has(before)) return resolve('less', polarityFrom(tokens, m.i, m.j, m, lexicon));
  if (lexicon.moreModifiers.has(after)) return resolve('more', polarityFrom(tokens, m.i, m.j, m, lexicon));
  if (lexicon.lessModifiers.has(after)) return resolve('less', polarityFrom(tokens, m.i, m.j, m, lexicon));
  // A passive or intransitive verb on the right: "tariffs were lifted", "licences will be suspended".
  let k = m.j;
  let skipped = 0;
  while (k < Math.min(hi, tokens.length) && skipped < 5) {
    const n = tokens[k].norm;
    const cls = verbClassAt(tokens, k, lexicon, leverId);
    if (cls && (skipped === 0 || /(ed|en|wn|ut|ft)$/.test(n) || k > m.j)) {
      if (negated(tokens, k, lexicon)) return 'neutral';
      return resolve(cls, polarityFrom(tokens, m.i, m.j, m, lexicon));
    }
    if (!AUXILIARIES.has(n) && !/ly$/.test(n) && !/^(on|of|for|against|to|in|from|chinese|us|american|goods|imports|exports)$/.test(n)) break;
    k++;
    skipped++;
  }
  return 'neutral';
}
