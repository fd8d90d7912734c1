/** Sentence spans of a text, found with one regular-expression pass; no parsing. */
import { isSpaceCode } from './chars';
export interface Span {
  start: number;
  end: number;
}

const BOUNDARY = /[.!?]+["'\u201d\u2019)\]]*(?=\s)|\n[ \t]*\n/g;
const ABBREVIATIONS = new Set([
  'u.s', 'u.k', 'e.u', 'u.n', 'mr', 'mrs', 'ms', 'dr', 'st', 'no', 'nos', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul',
  'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'inc', 'corp', 'co', 'ltd', 'vs', 'e.g', 'i.e', 'gov', 'sen', 'rep',
  'gen', 'approx', 'est', 'fig', 'dept', 'mln', 'bln', 'pct', 'p.m', 'a.m', 'ft', 'jr', 'sr', 'cf', 'al', 'op',
]);

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY.exec(text)) !== null) {
    const end = m.index + m[0].length;
    if (m[0][0] !== '\n') {
      // Abbreviations and initials do not end a sentence; nor does a full stop before a lower-case word.
      const word = wordBefore(text, Math.max(start, m.index - 12), m.index).toLowerCase();
      if (m[0][0] === '.' && (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word))) {
        // "U.S. President" continues the sentence; "the U.S. The" is ambiguous, so only a capital after an initialism
        // that is followed by a typical sentence opener ends it.
        if (firstNonSpace(text, end, end + 40) < 0 || !/^(The|A|An|It|He|She|They|We|But|In|On|That|This|Its|Their)\b/.test(text.slice(end, end + 24).trimStart())) continue;
      } else {
        const next = firstNonSpace(text, end, end + 4);
        if (next >= 0x61 && next <= 0x7a /* a-z */) continue;
      }
    }
    if (end > start) spans.push(trim(text, start, end));
    start = end;
  }
  if (start < text.length) spans.push(trim(text, start, text.length));
  return spans.filter((s) => s.end > s.start);
}

function trim(text: string, start: number, end: number): Span {
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/**
 * The letters and dots that end text[from, to) ("U.S", "Mr"), as /([\p{L}.]+)$/u finds them, or ''. Most are plain
 * ASCII and are read in place; anything else goes to the regular expression.
 */
function wordBefore(text: string, from: number, to: number): string {
  let p = to;
  while (p > from) {
    const c = text.charCodeAt(p - 1);
    if (c >= 0x80) {
      const before = /([\p{L}.]+)$/u.exec(text.slice(from, to));
      return before ? before[1] : '';
    }
    if (c !== 0x2e /* . */ && !((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a)) break;
    p--;
  }
  return text.slice(p, to);
}

/** The first character of text[from, to) (within the text) that is not white space, as a code unit; -1 if none. */
function firstNonSpace(text: string, from: number, to: number): number {
  for (let q = from; q < Math.min(to, text.length); q++) {
    const c = text.charCodeAt(q);
    if (!isSpaceCode(c)) return c;
  }
  return -1;
}
