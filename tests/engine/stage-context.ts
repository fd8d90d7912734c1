/**
 * Shared helper for the per-stage tests: prepares one sentence through src/engine/analyze.ts's own prepareSentence
 * and readSentence (match, filters, noun/verb call, merged heads, actor roles, trade evidence, idle goods, clauses,
 * then side and stance), so a test can call one stage directly on realistic input.
 */
import { analyze, newDocState, prepareSentence, readSentence } from '../../src/engine/analyze';
import { compileLexicon, verbLexicon, type CompiledLexicon } from '../../src/engine/index';
import type { LeverEntry } from '../../src/engine/lexicon';
import type { matchPhrases } from '../../src/engine/match';
import { stanceOf } from '../../src/engine/stance';
import { tokenize, type Token } from '../../src/engine/tokens';
import type { ActorHit, Attributed, DocState, Match, SentenceContext } from '../../src/engine/types';
import { seed } from '../../src/kb/seed/index';

/** The real lexicon of the shipped knowledge base, compiled once (cached per knowledge-base object). */
export const lexicon: CompiledLexicon = compileLexicon(seed, verbLexicon);

/** The texts of the mentions the whole engine finds in `text`, in order (the precision tests' view). */
export function mentionTexts(text: string): string[] {
  return analyze(text, lexicon).mentions.map((m) => m.text);
}

/** A fresh document state for a text, as analyze() builds it before its first sentence. */
export function docState(text: string, tokens: Token[] = tokenize(text), lex: CompiledLexicon = lexicon): DocState {
  return newDocState(text, tokens, lex);
}

export interface Prepared {
  text: string;
  tokens: Token[];
  /** What matchPhrases found, before any filter. */
  raw: ReturnType<typeof matchPhrases>;
  /** Side-named actors with their final roles. */
  actors: ActorHit[];
  /** Levers that survive every filter, in order. */
  levers: Match<LeverEntry>[];
  /** The sentence context, with `done` filled for every lever as analyze() fills it. */
  ctx: SentenceContext;
  /** Side, confidence and stance analyze() gives each lever (before the document-level second pass). */
  results: Map<Match<LeverEntry>, Attributed>;
  /** The surviving lever whose text is `term` (the nth such, from 0); throws when there is none. */
  lever(term: string, nth?: number): Match<LeverEntry>;
  /** The side-named actor whose text is `term`; throws when there is none. */
  actor(term: string, nth?: number): ActorHit;
  /** Text of a match. */
  textOf(m: { i: number; j: number }): string;
}

/** Prepares one sentence (the whole `text`) through the stages, as analyze() would for a one-sentence document. */
export function prepare(text: string, state: DocState = docState(text)): Prepared {
  const tokens = tokenize(text);
  const { ctx, raw } = prepareSentence(text, tokens, lexicon, state);
  const { actors, levers } = ctx;
  const results: Prepared['results'] = new Map(readSentence(ctx).map((r) => [r.match, r]));

  const textOf = (m: { i: number; j: number }) => text.slice(tokens[m.i].start, tokens[m.j - 1].end);
  const find = <T extends { i: number; j: number }>(list: T[], what: string, term: string, nth = 0): T => {
    const hits = list.filter((m) => textOf(m) === term);
    if (!hits[nth]) throw new Error(`${what} "${term}" not found in "${text}"; found: ${list.map(textOf).join(', ') || 'nothing'}`);
    return hits[nth];
  };
  return {
    text,
    tokens,
    raw,
    actors,
    levers,
    ctx,
    results,
    lever: (term, nth) => find(levers, 'lever', term, nth),
    actor: (term, nth) => find(actors, 'actor', term, nth),
    textOf,
  };
}

/** Index of the first token whose text is `word` (case-sensitive), from `from`; throws when there is none. */
export function tokenIndex(tokens: Token[], word: string, from = 0): number {
  for (let k = from; k < tokens.length; k++) if (tokens[k].text === word) return k;
  throw new Error(`token "${word}" not found in ${tokens.map((t) => t.text).join(' ')}`);
}

/** The side the whole engine gives the nth mention whose text is `term` (throws when there is no such mention). */
export function sideOf(text: string, term: string, nth = 0): string | null {
  const hits = analyze(text, lexicon).mentions.filter((m) => m.text === term);
  if (!hits[nth]) throw new Error(`"${term}" not found in "${text}"`);
  return hits[nth].side;
}

/** stanceOf() for the nth lever whose text is `term` in a one-sentence text. */
export function stanceIn(text: string, term: string, nth = 0): string {
  const p = prepare(text);
  return stanceOf(p.ctx, p.lever(term, nth));
}
