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

const WORD = /[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)?['\u2019]?/gu;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null && m.index < to) {
    let raw = m[0];
    let possessive = false;
    const tail = raw.slice(-2).toLowerCase();
    if (tail === "'s" || tail === '\u2019s') {
      raw = raw.slice(0, -2);
      possessive = true;
    } else if (raw.endsWith("'") || raw.endsWith('\u2019')) {
      raw = raw.slice(0, -1);
      // "countries'" is possessive; "'aggressively'" and "'tariffs'" are quoted words.
      const opened = m.index > 0 && /['\u2018\u2019]/.test(text[m.index - 1]);
      possessive = /s$/i.test(raw) && !opened;
    }
    if (!raw) continue;
    tokens.push({
      start: m.index,
      end: m.index + raw.length,
      text: raw,
      norm: raw.includes('\u2019') ? raw.toLowerCase().replace(/\u2019/g, "'") : raw.toLowerCase(),
      possessive,
    });
    if (raw.length > 1 && text[m.index - 1] === '(' && text[m.index + m[0].length] === ')' && isInitials(tokens)) tokens.pop();
  }
  return tokens;
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

/**
 * Whether two neighbouring tokens may belong to one phrase: only spaces, hyphens, slashes or line breaks between
 * them, or the dot of an initialism ("U.S.").
 */
export function joinable(text: string, left: Token, right: Token): boolean {
  if (left.possessive) return right.start - left.end <= 3 && /^['\u2019]s?\s+$/.test(text.slice(left.end, right.start));
  const gap = right.start - left.end;
  if (gap === 0) return true;
  // Across the initials left out by tokenize: "intelligence (AI) chips".
  if (gap > 4 && gap < 12 && /^ \(\p{Lu}{2,6}s?\) $/u.test(text.slice(left.end, right.start))) return true;
  if (gap > 3) return /^[\s\-\u2010\u2011]+$/.test(text.slice(left.end, right.start)) && gap < 8;
  const between = text.slice(left.end, right.start);
  if (/^[\s\-\u2010\u2011/]+$/.test(between)) return true;
  return between === '.' && left.text.length === 1 && right.text.length === 1;
}

/** Phrase text as the matcher sees it: tokens joined by one space. */
export function phraseKey(phrase: string): string {
  return tokenize(phrase)
    .map((t) => t.norm + (t.possessive ? "'s" : ''))
    .join(' ');
}
