/**
 * The weakest honest rival: a plain keyword list. Every surface form of every lever in the knowledge base (the same
 * forms the engine knows), matched longest first with no context, no traps and no grammar; the side is the lever's first
 * default holder, or the US (the side most often holding a lever in trade news) when it has none.
 */
import { compileLexicon, verbLexicon } from '../../src/engine/index';
import type { LeverEntry } from '../../src/engine/lexicon';
import { tokenize } from '../../src/engine/tokens';
import type { KnowledgeBase } from '../../src/types/knowledge';
import type { Predicted } from './gold';

export function keywordBaseline(kb: KnowledgeBase): (text: string) => Predicted[] {
  const lexicon = compileLexicon(kb, verbLexicon);
  return (text) => {
    const tokens = tokenize(text);
    const out: Predicted[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const list = lexicon.phrases.get(tokens[i].norm);
      if (!list) continue;
      for (const p of list) {
        if (p.entry.kind !== 'lever') continue;
        const n = p.tokens.length;
        let ok = i + n <= tokens.length;
        for (let k = 0; ok && k < n; k++) ok = tokens[i + k].norm === p.tokens[k] && (!p.exact || tokens[i + k].text === p.exact[k]);
        if (!ok) continue;
        const entry = p.entry as LeverEntry;
        const holders = lexicon.levers.get(entry.lever)?.holders ?? [];
        const start = tokens[i].start;
        const end = tokens[i + n - 1].end;
        out.push({ start, end, text: text.slice(start, end), lever: entry.lever, side: holders[0] ?? 'us', stance: 'tighten' });
        i += n - 1;
        break;
      }
    }
    return out;
  };
}
