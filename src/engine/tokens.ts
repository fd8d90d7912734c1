/**
 * Word tokens with their offsets in the original string. Phrases are matched over tokens, so "rare-earth",
 * "rare earth" and "rare\nearth" are the same phrase, and "U.S." is matched token by token.
 */
export interface Token {
  /** Offset of the first character in the source text. */
  start: number;
  end: number;
  /** Original text of the token, without a trailing possessive. */
  text: string;
  /** Lower case, typographic apostrophes folded. */
  norm: string;
  /** Followed by 's or a bare apostrophe ("China's", "countries'"). */
  possessive: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)?['\u2019]?/uy;
/** Where the next word starts: WORD matches exactly where its first character does. */
const WORD_START = /[\p{L}\p{N}]/gu;

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const isApostrophe = (c: number) => c === APOSTROPHE || c === RIGHT_QUOTE;

/**
 * Tokenizing runs over every character of every page, so it allocates only the tokens themselves: ASCII words are read
 * as character codes, the two regular expressions (only tested, no match arrays) read the rest, and the possessive
 * endings are read as character codes.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let next = from;
  for (;;) {
    const start = wordStart(text, next);
    if (start < 0 || start >= to) break;
    const matchEnd = wordEnd(text, start);
    next = matchEnd;
    let end = matchEnd;
    let possessive = false;
    const last = text.charCodeAt(end - 1);
    if (end - start >= 2 && (last === 0x73 /* s */ || last === 0x53 /* S */) && isApostrophe(text.charCodeAt(end - 2))) {
      end -= 2;
      possessive = true;
    } else if (isApostrophe(last)) {
      end -= 1;
      // "countries'" is possessive; "'aggressively'" and "'tariffs'" are quoted words.
      const before = start > 0 ? text.charCodeAt(start - 1) : -1;
      const opened = before === APOSTROPHE || before === 0x2018 || before === RIGHT_QUOTE;
      const s = text.charCodeAt(end - 1);
      possessive = end > start && (s === 0x73 || s === 0x53) && !opened;
    }
    if (end === start) continue;
    const raw = text.slice(start, end);
    tokens.push({ start, end, text: raw, norm: normalForm(raw), possessive });
    if (end - start > 1 && text.charCodeAt(start - 1) === 0x28 /* ( */ && text.charCodeAt(matchEnd) === 0x29 /* ) */ && isInitials(tokens) && !initialsAlone(text, matchEnd)) tokens.pop();
  }
  return tokens;
}

/** Whether a UTF-16 code unit below 0x80 is a letter or a digit (what [\p{L}\p{N}] matches in ASCII). */
const isAsciiWordCode = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
const isAsciiLetterCode = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);

/**
 * Where the next word starts at or after `from`, or -1: what WORD_START finds. ASCII is read in place; from the first
 * other character on, the expression looks.
 */
function wordStart(text: string, from: number): number {
  for (let q = from; q < text.length; q++) {
    const c = text.charCodeAt(q);
    if (c < 0x80) {
      if (isAsciiWordCode(c)) return q;
      continue;
    }
    WORD_START.lastIndex = q;
    if (!WORD_START.test(text)) return -1;
    // One code unit back, two for a letter outside the Basic Multilingual Plane.
    const found = WORD_START.lastIndex;
    return found >= 2 && isLowSurrogate(text.charCodeAt(found - 1)) && isHighSurrogate(text.charCodeAt(found - 2)) ? found - 2 : found - 1;
  }
  return -1;
}

/**
 * Where the word starting at `start` ends: what WORD matches. A word of ASCII letters and digits, perhaps with an
 * apostrophe and ASCII letters, is read in place; anything else goes to the expression.
 */
function wordEnd(text: string, start: number): number {
  const n = text.length;
  let e = start;
  while (e < n && isAsciiWordCode(text.charCodeAt(e))) e++;
  const c = e < n ? text.charCodeAt(e) : -1;
  if (e > start && c < 0x80 && c !== APOSTROPHE) return e;
  if (e > start && isApostrophe(c)) {
    let f = e + 1;
    while (f < n && isAsciiLetterCode(text.charCodeAt(f))) f++;
    const d = f < n ? text.charCodeAt(f) : -1;
    if (d < 0x80 || d === RIGHT_QUOTE) {
      if (f === e + 1) return e + 1;
      return isApostrophe(d) ? f + 1 : f;
    }
  }
  WORD.lastIndex = start;
  WORD.test(text);
  return WORD.lastIndex;
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * Lower case with typographic apostrophes folded. Most words are plain lower-case ASCII already, and toLowerCase
 * would copy them anyway: those are returned as they are.
 */
function normalForm(raw: string): string {
  for (let k = 0; k < raw.length; k++) {
    const c = raw.charCodeAt(k);
    if (c >= 0x80 || (c >= 0x41 && c <= 0x5a)) {
      return raw.includes('\u2019') ? raw.toLowerCase().replace(/\u2019/g, "'") : raw.toLowerCase();
    }
  }
  return raw;
}

/**
 * "artificial intelligence (AI) chips", "electronic design automation (EDA) software": the last token, in brackets,
 * spells the initials of the words before it, so it is left out and the phrase reads on across it.
 */
function isInitials(tokens: Token[]): boolean {
  const t = tokens[tokens.length - 1];
  const letters = t.text.replace(/s$/, '');
  if (letters.length < 2 || letters.length > 6 || letters !== letters.toUpperCase() || !/^\p{Lu}+$/u.test(letters)) return false;
  const n = letters.length;
  if (tokens.length <= n) return false;
  for (let k = 0; k < n; k++) if (tokens[tokens.length - 1 - n + k].norm[0] !== letters[k].toLowerCase()) return false;
  return true;
}

/** What may follow a bracket that ends a phrase: a preposition, a conjunction, a verb of being, or punctuation. */
const AFTER_PHRASE = /^\)(?:\s*(?:[,.;:!?)\u2014\u2013-]|$)|\s+(?:to|from|for|in|into|and|or|that|which|were|was|are|is|with|by|on|at|as|under|after|through|against|until|since)\b)/;

/**
 * "exports of its H20 graphics processing units (GPUs) to China", "liquefied natural gas (LNG) and other energy
 * products", "the Foreign Subsidies Regulation (FSR), which": initials in brackets that end their phrase are a word of
 * their own (a mention of their own where they name a lever); before a noun ("(GPU) chips") they are left out.
 */
export function initialsAlone(text: string, close: number): boolean {
  return AFTER_PHRASE.test(text.slice(close, close + 8));
}

/**
 * Whether two neighbouring tokens may belong to one phrase: only spaces, hyphens, slashes or line breaks between
 * them, or the dot of an initialism ("U.S.").
 */
export function joinable(text: string, left: Token, right: Token): boolean {
  if (left.possessive) return right.start - left.end <= 3 && /^['\u2019]s?\s+$/.test(text.slice(left.end, right.start));
  const gap = right.start - left.end;
  if (gap === 0) return true;
  // (Most gaps are one space: no slice and no expression for those.)
  if (gap === 1 && text.charCodeAt(left.end) === 0x20) return true;
  // Across the initials left out by tokenize: "intelligence (AI) chips".
  if (gap > 4 && gap < 12 && /^ \(\p{Lu}{2,6}s?\) $/u.test(text.slice(left.end, right.start))) return true;
  if (gap > 3) return /^[\s\-\u2010\u2011]+$/.test(text.slice(left.end, right.start)) && gap < 8;
  const between = text.slice(left.end, right.start);
  if (/^[\s\-\u2010\u2011/]+$/.test(between)) return true;
  return between === '.' && left.text.length === 1 && right.text.length === 1;
}

/**
 * The normal forms of tokens[from, to), as tokens.slice(from, to).map((t) => t.norm) gives them (for from, to >= 0), in
 * an array pushed in a loop: the rules join and search these, and map makes arrays of another kind once the rule
 * calling it is optimised, which throws the rule's compiled code away (see packedList in spans.ts).
 */
export function normsOf(tokens: readonly Token[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let k = Math.max(0, from); k < Math.min(to, tokens.length); k++) out.push(tokens[k].norm);
  return out;
}

/** Phrase text as the matcher sees it: tokens joined by one space. */
export function phraseKey(phrase: string): string {
  return tokenize(phrase)
    .map((t) => t.norm + (t.possessive ? "'s" : ''))
    .join(' ');
}
