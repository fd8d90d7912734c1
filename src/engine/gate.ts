/**
 * The loader's question "could this text mention a lever at all?", answered without the engine: is any lever phrase
 * of the lexicon in it, word for word? It must never say no where the engine would find a mention (a page it turns
 * away is never analysed), so it is looser than the engine: case, possessives and what stands between the words are
 * ignored. It is much stricter than looking for a phrase's first word alone, which most English pages contain
 * ("first", "new", "state", "export").
 */

/**
 * The gate as the background publishes it and the loader reads it: one string, a line per first word, the first word
 * alone when it is a phrase by itself, else followed by a space and the words that must follow it in each phrase
 * starting with it, phrases separated by "|" ("rare earth|earths"). Extension storage hands a content script one
 * string far faster than the ~3,000 arrays of the same data, and the loader only splits it into lines.
 */
export type GateData = string;
/** A first word, and what must follow it: '' (nothing: a one-word phrase) or the phrases' rests as in GateData. */
export type Gate = Map<string, string>;

/**
 * The engine's word pattern (src/engine/tokens.ts: letters and digits, an inner apostrophe, a trailing one), with
 * ASCII letters and digits only: a regular expression of Unicode letter classes costs milliseconds to compile on
 * every page. Any other character splits words, in the text and in the phrases alike (buildGate splits the phrases
 * with it too), so a phrase the engine finds is still found: its words are split the same way wherever they occur.
 * The Kelvin sign is the one non-ASCII character whose lower case is an ASCII letter ("k"), hence its place here.
 */
const WORD = /[A-Za-z0-9\u212A]+(?:['\u2019][A-Za-z\u212A]+)?['\u2019]?/g;

/** A phrase or a text in the gate's words. */
function gateWords(text: string): string[] {
  return (text.match(WORD) ?? []).map(gateWord);
}

/** A word as the gate compares it: lower case, typographic apostrophe folded, without a possessive ending. */
function gateWord(word: string): string {
  return possessiveless(word.toLowerCase());
}

/** gateWord of a word already in lower case. */
function possessiveless(w: string): string {
  const last = w.charCodeAt(w.length - 1);
  if (last === 0x27 || last === 0x2019) w = w.slice(0, -1);
  else if (last === 0x73 /* s */ && w.length > 2) {
    const apostrophe = w.charCodeAt(w.length - 2);
    if (apostrophe === 0x27 || apostrophe === 0x2019) w = w.slice(0, -2);
  }
  return w.includes('\u2019') ? w.replace(/\u2019/g, "'") : w;
}

/** Gate data from the lexicon's lever phrases (each a list of the engine's normalised tokens). */
export function buildGate(phrases: string[][]): GateData {
  const byFirst = new Map<string, string[][]>();
  for (const tokens of phrases) {
    const words = gateWords(tokens.join(' ')).filter(Boolean);
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
  if (typeof data !== 'string' || data === '') return null;
  const gate: Gate = new Map();
  for (const line of data.split('\n')) {
    const space = line.indexOf(' ');
    if (space < 0) gate.set(line, '');
    else gate.set(line.slice(0, space), line.slice(space + 1));
  }
  return gate;
}

/** Words of already lower-cased text (WORD without upper case: the Kelvin sign is a "k" by then). */
const LOWER_WORD = /[a-z0-9]+(?:['\u2019][a-z]+)?['\u2019]?/g;

/** True when a lever phrase occurs in the text; stops at the first one. */
export function mayMention(text: string, gate: Gate): boolean {
  // Lower case once for the whole text, unless that changes its length (a dotted capital I becomes two characters),
  // where the words are taken from the text as it is and each one lower-cased, as before.
  const lower = text.toLowerCase();
  const folded = lower.length === text.length;
  const source = folded ? lower : text;
  const words = new RegExp(folded ? LOWER_WORD.source : WORD.source, 'g');
  for (let m = words.exec(source); m; m = words.exec(source)) {
    const rests = gate.get(folded ? possessiveless(m[0]) : gateWord(m[0]));
    if (rests === undefined) continue;
    if (rests === '') return true;
    const at = words.lastIndex;
    for (const rest of rests.split('|')) if (followedBy(source, at, rest.split(' '), folded)) return true;
    words.lastIndex = at;
  }
  return false;
}

function followedBy(text: string, from: number, rest: string[], folded: boolean): boolean {
  const words = new RegExp(folded ? LOWER_WORD.source : WORD.source, 'g');
  words.lastIndex = from;
  for (const expected of rest) {
    const m = words.exec(text);
    if (!m || (folded ? possessiveless(m[0]) : gateWord(m[0])) !== expected) return false;
  }
  return true;
}
