/**
 * The lexicon the command line runs with. `npm run build:cli` compiles it from the seed knowledge base once and writes
 * it next to the bundle (lexicon.json), so a run only loads it into maps (a few milliseconds) and does not need
 * compromise's inflection tables. Run from the sources (the tests), it is compiled from the seed as the extension does.
 */
import { readFileSync } from 'node:fs';
import { compileLexicon, loadLexicon, verbLexicon, type CompiledLexicon, type LexiconData } from '../engine/index';

export const LEXICON_FILE = 'lexicon.json';

let lexicon: Promise<CompiledLexicon> | undefined;

export function cliLexicon(): Promise<CompiledLexicon> {
  lexicon ??= (async () => {
    let data: LexiconData | undefined;
    try {
      data = JSON.parse(readFileSync(new URL(`./${LEXICON_FILE}`, import.meta.url), 'utf8')) as LexiconData;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    if (data) return loadLexicon(data);
    const { seed } = await import('../kb/seed/index');
    return compileLexicon(seed, verbLexicon);
  })();
  return lexicon;
}
