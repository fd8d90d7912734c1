import nlp from 'compromise';

/**
 * Asks compromise whether the words starting at the given offsets of one sentence are nouns. Only sentences where
 * the quick rules cannot tell ("China curbs exports" vs "China curbs on exports") come here, so the full tagger
 * runs on a handful of sentences per article, not on the article.
 */
export function disambiguateNouns(sentence: string, offsets: number[]): boolean[] {
  const doc = nlp(sentence);
  const terms: { offset: number; isNoun: boolean }[] = [];
  for (const sentenceJson of doc.json({ offset: true, terms: { offset: true } }) as TermSentence[]) {
    for (const term of sentenceJson.terms) {
      const tags = new Set(term.tags);
      terms.push({ offset: term.offset.start, isNoun: tags.has('Noun') || !tags.has('Verb') });
    }
  }
  return offsets.map((o) => {
    const term = terms.find((t) => t.offset === o) ?? terms.find((t) => Math.abs(t.offset - o) <= 1);
    return term ? term.isNoun : true;
  });
}

interface TermSentence {
  terms: { tags: string[]; offset: { start: number } }[];
}
