import type { KnowledgeBase } from '../types/knowledge';
import { verbLexicon, type VerbLexicon } from './verbs';
import { analyze, type Analysis } from './analyze';
import { compileLexicon } from './lexicon';

export type { Analysis, Mention, Stance } from './types';
export type { Tally, SideTally } from './tally';
export { tallyMentions, mergeTallies, byCountDesc, NO_SIDE } from './tally';
export { compileLexicon, buildLexiconData, loadLexicon } from './lexicon';
export { verbLexicon, type VerbLexicon } from './verbs';
export type { CompiledLexicon, LexiconData } from './lexicon';
export { analyze } from './analyze';

/** Text in, mentions and tally out. The lexicon is compiled once per knowledge-base object and cached. */
export function annotateText(
  text: string,
  kb: Pick<KnowledgeBase, 'levers' | 'sides'>,
  verbs: VerbLexicon = verbLexicon,
): Analysis {
  return analyze(text, compileLexicon(kb, verbs));
}
