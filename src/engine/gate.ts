/**
 * The loader's question "could this text mention a lever at all?", answered without the engine: is any lever phrase
 * of the lexicon in it, word for word? It must never say no where the engine would find a mention (a page it turns
 * away is never analysed), so it is looser than the engine: case, possessives and what stands between the words are
 * ignored. It is much stricter than looking for a phrase's first word alone, which most English pages contain
 * ("first", "new", "state", "export").
 *
 * It runs on every article page, in code the browser has not compiled yet, so the work per word of the text is done by
 * the engine's built-ins (lower case, replace, match, a Set of the words); the loop in script runs over the few hundred
 * phrases instead, and only a phrase whose words are all there is looked for in order.
 */

/**
 * The gate as the background publishes it and the loader reads it: one string, a line per first word, the first word
 * alone when it is a phrase by itself, else followed by a space and the words that must follow it in each phrase
 * starting with it, phrases separated by "|" ("rare earth|earths"). Extension storage hands a content script one
 * string far faster than the ~3,000 arrays of the same data, and the loader only splits it into lines.
 */
export type GateData = string;
/** The lines of GateData. */
export type Gate = string[];

/**
 * The gate's words: ASCII letters and digits, with an inner apostrophe ("don't"), after the text is lower-cased, its
 * typographic apostrophes made straight and its possessive endings and trailing apostrophes dropped (see gateWords).
 * The engine's words (src/engine/tokens.ts) are Unicode letters and digits; any other character splits the gate's,
 * in the text and in the phrases alike, so a phrase the engine finds is still found: its words are split the same
 * way wherever they occur. A regular expression of Unicode letter classes costs milliseconds to compile on every page.
 */
const WORD = /[a-z0-9]+(?:'[a-z]+)?/g;
const TYPOGRAPHIC_APOSTROPHE = /\u2019/g;
/** A possessive "'s" or a trailing apostrophe at the end of a word ("China's", "exporters'"). */
const POSSESSIVE = /'s?(?![a-z0-9])/g;
/**
 * The one character whose lower case is two (U+0130 becomes "i" and a combining dot); as before the whole text was
 * lower-cased at once, it separates words. (The Kelvin sign becomes a plain "k", as the engine reads it.)
 */
const DOTTED_CAPITAL_I = /\u0130/g;

/** A phrase or a text in the gate's words. */
export function gateWords(text: string): string[] {
  let lower = text.toLowerCase();
  if (lower.length !== text.length) lower = text.replace(DOTTED_CAPITAL_I, ' ').toLowerCase();
  return lower.replace(TYPOGRAPHIC_APOSTROPHE, "'").replace(POSSESSIVE, '').match(WORD) ?? [];
}

/** Gate data from lever phrases (each a list of the engine's normalised tokens; see gatePhrases). */
export function buildGate(phrases: string[][]): GateData {
  const byFirst = new Map<string, string[][]>();
  for (const tokens of phrases) {
    const words = gateWords(tokens.join(' '));
    if (words.length === 0) continue;
    const rests = byFirst.get(words[0]) ?? [];
    rests.push(words.slice(1));
    byFirst.set(words[0], rests);
  }
  const lines: string[] = [];
  for (const [first, rests] of byFirst) {
    // A phrase makes the longer ones that start with it moot ("rare earth" those of "rare earth magnets"); a one-word
    // phrase, all the others.
    const kept: string[][] = [];
    for (const rest of rests.sort((a, b) => a.length - b.length)) {
      if (!kept.some((k) => k.length <= rest.length && k.every((w, i) => rest[i] === w))) kept.push(rest);
    }
    lines.push(kept[0].length === 0 ? first : `${first} ${kept.map((r) => r.join(' ')).join('|')}`);
  }
  return lines.join('\n');
}

/** The gate from its published form; null when `data` is not one (nothing published yet, or an older form). */
export function compileGate(data: unknown): Gate | null {
  return typeof data === 'string' && data !== '' ? data.split('\n') : null;
}

/** True when a lever phrase occurs in the text. */
export function mayMention(text: string, gate: Gate): boolean {
  const words = gateWords(text);
  const present = new Set(words);
  for (const line of gate) {
    const space = line.indexOf(' ');
    if (space < 0) {
      if (present.has(line)) return true;
      continue;
    }
    const first = line.slice(0, space);
    if (!present.has(first)) continue;
    for (const rest of line.slice(space + 1).split('|')) {
      const following = rest.split(' ');
      if (following.every((w) => present.has(w)) && inOrder(words, first, following)) return true;
    }
  }
  return false;
}

/** True when `first` is followed by the words `following` somewhere in `words`. */
function inOrder(words: string[], first: string, following: string[]): boolean {
  for (let i = words.indexOf(first); i >= 0; i = words.indexOf(first, i + 1)) {
    if (following.every((w, k) => words[i + 1 + k] === w)) return true;
  }
  return false;
}
