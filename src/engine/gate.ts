/**
 * The loader's question "could this text mention a lever at all?", answered without the engine: is any lever phrase
 * of the lexicon in it, word for word? It must never say no where the engine would find a mention (a page it turns
 * away is never analysed), so it is looser than the engine: case, possessives and what stands between the words are
 * ignored. It is much stricter than looking for a phrase's first word alone, which most English pages contain
 * ("first", "new", "state", "export").
 */

/** A lever phrase's first word, and the words that must follow it in each phrase starting with it. */
export type GateData = [first: string, rests: string[][]][];
export type Gate = Map<string, string[][]>;

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
  let w = word.toLowerCase();
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
  const byFirst = new Map<string, Map<string, string[]>>();
  for (const tokens of phrases) {
    const words = gateWords(tokens.join(' ')).filter(Boolean);
    if (words.length === 0) continue;
    const rests = byFirst.get(words[0]) ?? new Map<string, string[]>();
    const rest = words.slice(1);
    rests.set(rest.join(' '), rest);
    byFirst.set(words[0], rests);
  }
  const data: GateData = [];
  for (const [first, rests] of byFirst) {
    // A one-word phrase makes the longer ones starting with it moot.
    data.push([first, rests.has('') ? [[]] : [...rests.values()]]);
  }
  return data;
}

export function compileGate(data: GateData): Gate {
  return new Map(data);
}

/** True when a lever phrase occurs in the text; stops at the first one. */
export function mayMention(text: string, gate: Gate): boolean {
  const words = new RegExp(WORD.source, 'g');
  for (let m = words.exec(text); m; m = words.exec(text)) {
    const rests = gate.get(gateWord(m[0]));
    if (!rests) continue;
    for (const rest of rests) if (rest.length === 0 || followedBy(text, words.lastIndex, rest)) return true;
  }
  return false;
}

function followedBy(text: string, from: number, rest: string[]): boolean {
  const words = new RegExp(WORD.source, 'g');
  words.lastIndex = from;
  for (const expected of rest) {
    const m = words.exec(text);
    if (!m || gateWord(m[0]) !== expected) return false;
  }
  return true;
}
