/** Sentence spans of a text, found with one regular-expression pass; no parsing. */
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
      const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(start, m.index - 12), m.index));
      const word = before ? before[1].toLowerCase() : '';
      if (m[0][0] === '.' && (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word))) {
        const next = /\S/.exec(text.slice(end, end + 40));
        // "U.S. President" continues the sentence; "the U.S. The" is ambiguous, so only a capital after an initialism
        // that is followed by a typical sentence opener ends it.
        if (!next || !/^(The|A|An|It|He|She|They|We|But|In|On|That|This|Its|Their)\b/.test(text.slice(end, end + 24).trimStart())) continue;
      } else {
        const next = /\S/.exec(text.slice(end, end + 4));
        if (next && /[a-z]/.test(next[0])) continue;
      }
    }
    if (end > start) spans.push(trim(text, start, end));
    start = end;
  }
  if (start < text.length) spans.push(trim(text, start, text.length));
  return spans.filter((s) => s.end > s.start);
}

function trim(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
