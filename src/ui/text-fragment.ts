/**
 * A link that opens an article scrolled to one of its sentences, with the sentence highlighted: a URL text fragment
 * (`#:~:text=start,end`, supported by Chromium and by Firefox from version 131). Browsers without them open the
 * article at its top. Nothing runs on the page for it.
 */

/** Percent-encoding of a text directive term: also the characters that separate terms (`-`, `,`, `&`). */
function term(words: string[]): string {
  return encodeURIComponent(words.join(' ')).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

/**
 * `url` with a text fragment for `sentence`: the whole sentence when it is short, else its first and last five words
 * (the browser matches everything in between). A sentence cut short (ending in an ellipsis) gives its first words.
 */
export function textFragmentUrl(url: string, sentence: string): string {
  const base = url.replace(/#.*$/, '');
  const cut = /\u2026$/.test(sentence.trim());
  const words = sentence.replace(/\u2026$/, '').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return base;
  let directive: string;
  if (cut) directive = term(words.slice(0, 8));
  else if (words.length <= 10) directive = term(words);
  else directive = `${term(words.slice(0, 5))},${term(words.slice(-5))}`;
  return `${base}#:~:text=${directive}`;
}
