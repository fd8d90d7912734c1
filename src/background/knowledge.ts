/**
 * The knowledge base in the form the background answers pages from: the engine's lexicon, the lever cards and side
 * colours, and the lever phrases an article must hold to be read (gate.ts). As data it is JSON-safe and built once per
 * knowledge base: at build time for the shipped seed (scripts/vite/seed-knowledge.ts), and into extension storage
 * after the reader edits the knowledge base. Loading it takes a few milliseconds and no compromise.
 */
import { buildLexiconData, loadLexicon, verbLexicon, type CompiledLexicon, type LexiconData } from '../engine/index';
import { CATEGORY_NAMES, type KnowledgeBase } from '../types/knowledge';
import type { LeverCard, SideInfo } from '../messaging/protocol';
import { buildGate, compileGate, type Gate, type GateData } from '../engine/gate';
import { gatePhrases } from '../engine/gate-phrases';
import { idRecordFrom } from '../types/ids';

export interface KnowledgeData {
  lexicon: LexiconData;
  cards: LeverCard[];
  sides: SideInfo[];
  gate: GateData;
}

export interface Knowledge {
  lexicon: CompiledLexicon;
  cards: Map<string, LeverCard>;
  sides: Record<string, SideInfo>;
  /** The lever phrases an article's text is checked for before the engine reads it (empty: none). */
  gate: Gate;
}

/** Expands a knowledge base (this is where compromise's inflection tables are used). */
export function buildKnowledge(kb: Pick<KnowledgeBase, 'levers' | 'sides'>): KnowledgeData {
  const lexicon = buildLexiconData(kb, verbLexicon);
  return {
    lexicon,
    cards: kb.levers.map((l) => ({
      id: l.id,
      name: l.name,
      category: l.category,
      categoryName: CATEGORY_NAMES[l.category] ?? l.category,
      holders: l.holders,
      context: l.context,
      facts: l.facts,
      asOf: l.asOf,
    })),
    sides: kb.sides.map((s) => ({ id: s.id, name: s.name, color: s.color })),
    gate: buildGate(gatePhrases(lexicon.phrases.filter((p) => p.entry.kind === 'lever').map((p) => p.tokens))),
  };
}

export function loadKnowledge(data: KnowledgeData): Knowledge {
  return {
    lexicon: loadLexicon(data.lexicon),
    cards: new Map(data.cards.map((c) => [c.id, c])),
    sides: idRecordFrom(data.sides.map((s) => [s.id, s])),
    gate: compileGate(data.gate) ?? [],
  };
}
