/** Classes of characters read in place as UTF-16 code units, where slicing a string to test it would copy it. */

/** Whether a word starts with a digit 0-9 (what /^\d/ tests). */
export function startsWithDigit(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 0x30 && c <= 0x39;
}

/** Whether one of the characters of `chars` occurs in text[from, to). */
export function hasCharIn(text: string, from: number, to: number, chars: string): boolean {
  for (let q = from; q < Math.min(to, text.length); q++) if (chars.includes(text.charAt(q))) return true;
  return false;
}

const UPPER_START = /^\p{Lu}/u;
const LETTER_START = /^\p{L}/u;
const CAPITALISED_START = /^\p{Lu}\p{Ll}/u;

/** Whether a word starts with an upper-case letter (what /^\p{Lu}/u tests): ASCII read in place, the rest by the expression. */
export function startsWithUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  return UPPER_START.test(word);
}

/** Whether a word starts with a letter (what /^\p{L}/u tests). */
export function startsWithLetter(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return LETTER_START.test(word);
}

/** Whether a word starts with an upper-case letter and then a lower-case one (what /^\p{Lu}\p{Ll}/u tests). */
export function startsCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 0x80) {
    if (c < 0x41 || c > 0x5a) return false;
    const d = word.charCodeAt(1);
    if (d < 0x80) return d >= 0x61 && d <= 0x7a;
  }
  return CAPITALISED_START.test(word);
}

/** Whether the code unit `code` occurs in text[from, to) (what text.slice(from, to).includes(c) tells, without the copy). */
export function hasCode(text: string, from: number, to: number, code: number): boolean {
  for (let q = from; q < Math.min(to, text.length); q++) if (text.charCodeAt(q) === code) return true;
  return false;
}

/** Whether a UTF-16 code unit is one that /\s/ matches (white space and line terminators). */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
