/**
 * Re-finds a saved quote in the text of a page that may have changed since it was saved: the W3C Web Annotation
 * TextQuoteSelector (the quote with some context either side) plus a TextPositionSelector as a hint, resolved in
 * the order Hypothesis's client uses (`src/annotator/anchoring/`): the old position if it still holds, then exact
 * occurrences ranked by their context, then an approximate match with a score floor. Anything below the floor is an
 * orphan (null): a saved note pinned to the wrong sentence is worse than one the reader is told was lost.
 * Pure: strings in, offsets out; the DOM side (text <-> Ranges) lives elsewhere.
 */

import type { PositionSelector, QuoteSelector } from '../types/annotation';

export type { PositionSelector, QuoteSelector } from '../types/annotation';

export interface Anchor {
  start: number;
  end: number;
  method: 'position' | 'exact' | 'context' | 'fuzzy';
  /**
   * How sure the match is: 1 at the old position; 0.95 for the only exact occurrence; 0.85–0.95 for an exact
   * occurrence chosen by its context; 1 − edits/length for a fuzzy match, plus up to 0.05 for agreeing context
   * (never more than half of what the edits cost, so a fuzzy match stays below 1).
   */
  score: number;
}

export const CONTEXT_CHARS = 32;

/** Below this length a quote ("tariffs", "Beijing") says little on its own: it must bring its context along. */
const SHORT_QUOTE = 12;
/** Context characters a short quote must still share with an occurrence (prefix and suffix together). */
const SHORT_QUOTE_CONTEXT = 8;
/** Edits allowed in a fuzzy match, as a share of the quote's length. */
const MAX_EDIT_RATIO = 0.25;
const DEFAULT_MIN_SCORE = 0.75;
/** Above this many DP cells (text length × quote length) the fuzzy search only looks near distinctive pieces. */
const FULL_SCAN_CELLS = 4e7;
/** Pieces of the quote used to find candidate windows in long texts, and how often one may occur to count. */
const SEED_PIECES = 16;
const SEEDS_USED = 8;
const MAX_SEED_HITS = 32;

const SCORE_UNIQUE_EXACT = 0.95;
/** Context-ranked exact matches score between these, by the share of context that still agrees. */
const SCORE_CONTEXT_MIN = 0.85;
const SCORE_CONTEXT_MAX = 0.95;
/** Most a fuzzy match's score can gain from agreeing context; never more than half of what its edits cost. */
const FUZZY_CONTEXT_BONUS = 0.05;

/** Builds both selectors for text.slice(start, end): prefix/suffix are up to CONTEXT_CHARS chars around it. */
export function describeQuote(text: string, start: number, end: number): { quote: QuoteSelector; position: PositionSelector } {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`No quote at ${start}..${end} in a text of ${text.length} characters`);
  }
  let prefixStart = Math.max(0, start - CONTEXT_CHARS);
  let suffixEnd = Math.min(text.length, end + CONTEXT_CHARS);
  // Context is cut inside, never through, a surrogate pair (an emoji), so it stays valid UTF-16.
  if (prefixStart > 0 && splitsPair(text, prefixStart)) prefixStart += 1;
  if (suffixEnd < text.length && splitsPair(text, suffixEnd)) suffixEnd -= 1;
  return {
    quote: { exact: text.slice(start, end), prefix: text.slice(prefixStart, start), suffix: text.slice(end, suffixEnd) },
    position: { start, end },
  };
}

/** Finds the quote again in (possibly changed) text, or null. */
export function anchorQuote(
  text: string,
  quote: QuoteSelector,
  position?: PositionSelector,
  options: { minScore?: number } = {},
): Anchor | null {
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const { exact } = quote;
  if (exact.length === 0 || exact.length > text.length + Math.floor(exact.length * MAX_EDIT_RATIO)) return null;
  const found = atPosition(text, quote, position) ?? byExactMatch(text, quote, position) ?? byFuzzyMatch(text, quote, position);
  return found && found.score >= minScore ? found : null;
}

/** The old offsets still hold the quote; a short quote must also still have its neighbours on one side. */
function atPosition(text: string, quote: QuoteSelector, position: PositionSelector | undefined): Anchor | null {
  if (!position || !validRange(text, position)) return null;
  const { start, end } = position;
  if (text.slice(start, end) !== quote.exact) return null;
  if (quote.exact.length < SHORT_QUOTE && !prefixHolds(text, start, quote.prefix) && !suffixHolds(text, end, quote.suffix)) {
    return null;
  }
  return { start, end, method: 'position', score: 1 };
}

/** Every exact occurrence; a lone one is taken as it is, several are ranked by context, then by nearness. */
function byExactMatch(text: string, quote: QuoteSelector, position: PositionSelector | undefined): Anchor | null {
  const { exact, prefix, suffix } = quote;
  const short = exact.length < SHORT_QUOTE;
  const starts: number[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) starts.push(at);
  if (starts.length === 0) return null;
  if (starts.length === 1 && !short) {
    return { start: starts[0], end: starts[0] + exact.length, method: 'exact', score: SCORE_UNIQUE_EXACT };
  }

  const contextChars = prefix.length + suffix.length;
  // A short quote needs its context; when the whole saved context is shorter (a tiny text), all of it.
  const needed = short ? Math.min(SHORT_QUOTE_CONTEXT, contextChars) : 0;
  let best = -1;
  let bestAgreement = -1;
  let bestDistance = Infinity;
  for (const at of starts) {
    const agreement = contextAgreement(text, at, at + exact.length, prefix, suffix);
    if (agreement < needed) continue;
    const distance = position ? Math.abs(at - position.start) : 0;
    if (agreement > bestAgreement || (agreement === bestAgreement && distance < bestDistance)) {
      best = at;
      bestAgreement = agreement;
      bestDistance = distance;
    }
  }
  if (best === -1) return null;
  const share = contextChars === 0 ? 0 : bestAgreement / contextChars;
  const score = SCORE_CONTEXT_MIN + (SCORE_CONTEXT_MAX - SCORE_CONTEXT_MIN) * share;
  return { start: best, end: best + exact.length, method: 'context', score };
}

/** The closest approximate match within the edit limit, context breaking near-ties. */
function byFuzzyMatch(text: string, quote: QuoteSelector, position: PositionSelector | undefined): Anchor | null {
  const { exact, prefix, suffix } = quote;
  const m = exact.length;
  if (m < SHORT_QUOTE) return null;
  const maxEdits = Math.floor(m * MAX_EDIT_RATIO);
  const ends: MatchEnd[] = [];
  for (const [from, to] of searchWindows(text, exact, maxEdits, position)) findMatchEnds(text, exact, from, to, maxEdits, ends);
  if (ends.length === 0) return null;

  const contextChars = prefix.length + suffix.length;
  let best: Anchor | null = null;
  let bestDistance = Infinity;
  for (const { end: rawEnd, edits } of bestEnds(ends, m, maxEdits, position)) {
    const start = snapStart(text, matchStart(text, exact, rawEnd, maxEdits));
    const end = snapEnd(text, rawEnd);
    if (end <= start) continue;
    const base = 1 - edits / m;
    const share = contextChars === 0 ? 0 : contextAgreement(text, start, end, prefix, suffix) / contextChars;
    const score = base + Math.min(FUZZY_CONTEXT_BONUS, (1 - base) / 2) * share;
    const distance = position ? Math.abs(start - position.start) : 0;
    if (!best || score > best.score || (score === best.score && distance < bestDistance)) {
      best = { start, end, method: 'fuzzy', score };
      bestDistance = distance;
    }
  }
  return best;
}

interface MatchEnd {
  /** Offset just past the last character of the match. */
  end: number;
  /** Edit distance between the quote and the best substring ending there. */
  edits: number;
}

/**
 * Myers' bit-parallel approximate search (J. ACM 1999, with his blocks for quotes longer than 32 characters):
 * Sellers' dynamic programme, a match starting anywhere for free, with each text character advancing a whole
 * 32-row slice of the column in a few word operations. The column is kept as vertical differences (+1/−1 bit vectors
 * `plus`/`minus`) plus the value at the bottom of each block. Ukkonen's cut-off works block by block: blocks below
 * the last one that can hold a cell within `maxEdits` are not computed, so long quotes cost about O(n·k/32).
 * Appends every end in text[from, to) whose distance is within `maxEdits`.
 */
function findMatchEnds(text: string, pattern: string, from: number, to: number, maxEdits: number, out: MatchEnd[]): void {
  const m = pattern.length;
  const blocks = (m + 31) >>> 5;
  const last = blocks - 1;
  const lastRows = m - 32 * last;
  const noMatch = new Int32Array(blocks);
  // Where each character occurs in the pattern, one bit per row; ASCII looked up by index, the rest by map.
  const ascii: Int32Array[] = new Array<Int32Array>(128).fill(noMatch);
  const other = new Map<number, Int32Array>();
  for (let i = 0; i < m; i++) {
    const code = pattern.charCodeAt(i);
    let rows = code < 128 ? ascii[code] : other.get(code);
    if (!rows || rows === noMatch) {
      rows = new Int32Array(blocks);
      if (code < 128) ascii[code] = rows;
      else other.set(code, rows);
    }
    rows[i >>> 5] |= 1 << (i & 31);
  }

  const plus = new Int32Array(blocks);
  const minus = new Int32Array(blocks);
  const bottom = new Int32Array(blocks); // the column's value at each block's last row
  // Column 0 is 0, 1, 2 … m (every step down is +1); only the blocks reaching a row ≤ maxEdits are live.
  let live = maxEdits === 0 ? 0 : Math.min(last, (maxEdits - 1) >>> 5);
  for (let b = 0; b <= live; b++) {
    plus[b] = -1;
    bottom[b] = b === last ? m : 32 * (b + 1);
  }
  for (let j = from; j < to; j++) {
    const code = text.charCodeAt(j);
    const eqs = code < 128 ? ascii[code] : (other.get(code) ?? noMatch);
    let carry = 0; // horizontal difference entering a block from above; row 0 is free, so 0 for the first
    for (let b = 0; b <= live; b++) {
      carry = advanceBlock(plus, minus, b, eqs[b], carry, b === last ? lastRows : 32);
      bottom[b] += carry;
    }
    if (live < last && bottom[live] - carry <= maxEdits) {
      // The live region's bottom row was within reach in the previous column, so the next block's top row may be
      // now. Its earlier values were all beyond reach; starting it from "+1 per row" is exact wherever it matters.
      const above = bottom[live] - carry;
      live += 1;
      plus[live] = -1;
      minus[live] = 0;
      const rows = live === last ? lastRows : 32;
      carry = advanceBlock(plus, minus, live, eqs[live], carry, rows);
      bottom[live] = above + rows + carry;
    } else {
      while (live > 0 && bottom[live] >= maxEdits + 32) live -= 1; // every row of that block is out of reach
    }
    if (live === last && bottom[last] <= maxEdits) out.push({ end: j + 1, edits: bottom[last] });
  }
}

/**
 * One text character through one 32-row block of Myers' column: updates the block's difference vectors and
 * returns the horizontal difference (−1, 0, +1) at its last row, which enters the block below.
 */
function advanceBlock(plus: Int32Array, minus: Int32Array, b: number, eqIn: number, carryIn: number, rows: number): number {
  const pv = plus[b];
  const mv = minus[b];
  const eq = carryIn < 0 ? eqIn | 1 : eqIn;
  const xv = eqIn | mv;
  const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
  let ph = mv | ~(xh | pv);
  let mh = pv & xh;
  const lastRow = 1 << (rows - 1);
  const carryOut = (ph & lastRow) !== 0 ? 1 : (mh & lastRow) !== 0 ? -1 : 0;
  ph <<= 1;
  mh <<= 1;
  if (carryIn < 0) mh |= 1;
  else if (carryIn > 0) ph |= 1;
  plus[b] = mh | ~(xv | ph);
  minus[b] = ph & xv;
  return carryOut;
}

/** Cells the start searches may fill per quote, so many near-equal candidates cannot make anchoring slow. */
const START_SEARCH_CELLS = 2e6;

/**
 * The ends worth a closer look: local minima of the distance (each match site has a run of nearby ends one or two
 * edits worse) whose distance leaves them a chance once context is counted, nearest the old position first.
 */
function bestEnds(ends: MatchEnd[], m: number, maxEdits: number, position: PositionSelector | undefined): MatchEnd[] {
  let fewest = Infinity;
  for (const e of ends) fewest = Math.min(fewest, e.edits);
  const slack = Math.floor(FUZZY_CONTEXT_BONUS * m);
  const minima = ends.filter((e, i) => {
    if (e.edits > fewest + slack) return false;
    const before = ends[i - 1];
    const after = ends[i + 1];
    return (!before || before.end !== e.end - 1 || before.edits >= e.edits) && (!after || after.end !== e.end + 1 || after.edits >= e.edits);
  });
  const target = position ? position.end : 0;
  minima.sort((a, b) => a.edits - b.edits || Math.abs(a.end - target) - Math.abs(b.end - target));
  return minima.slice(0, Math.max(1, Math.floor(START_SEARCH_CELLS / (m * (2 * maxEdits + 1)))));
}

/**
 * Where the best match ending at `end` starts: the quote aligned backwards from `end`, with edits only in a band of
 * `maxEdits` around the diagonal. Among equally good starts, the one giving a match closest to the quote's length.
 */
function matchStart(text: string, pattern: string, end: number, maxEdits: number): number {
  const m = pattern.length;
  const span = Math.min(end, m + maxEdits);
  const over = maxEdits + 1;
  let prev = new Int32Array(span + 1).fill(over);
  let cur = new Int32Array(span + 1).fill(over);
  for (let j = 0; j <= Math.min(span, maxEdits); j++) prev[j] = j; // row 0: skipping text characters costs edits
  for (let i = 1; i <= m; i++) {
    const code = pattern.charCodeAt(m - i);
    const lo = Math.max(0, i - maxEdits);
    const hi = Math.min(span, i + maxEdits);
    if (lo > 0) cur[lo - 1] = over;
    for (let j = lo; j <= hi; j++) {
      if (j === 0) {
        cur[0] = Math.min(i, over);
        continue;
      }
      let d = prev[j - 1] + (text.charCodeAt(end - j) === code ? 0 : 1);
      if (prev[j] + 1 < d) d = prev[j] + 1;
      if (cur[j - 1] + 1 < d) d = cur[j - 1] + 1;
      cur[j] = d > over ? over : d;
    }
    if (hi + 1 <= span) cur[hi + 1] = over;
    [prev, cur] = [cur, prev];
  }
  let bestLength = -1;
  for (let j = Math.max(0, m - maxEdits); j <= span; j++) {
    if (bestLength === -1 || prev[j] < prev[bestLength] || (prev[j] === prev[bestLength] && Math.abs(j - m) < Math.abs(bestLength - m))) {
      bestLength = j;
    }
  }
  return end - bestLength;
}

/**
 * Where to run the approximate search. Short texts are searched whole. In long ones (a quote of a few hundred
 * characters in a long page) only windows around the rarest pieces of the quote, and around the old position, are
 * searched: a quote edited so heavily that none of its distinctive pieces survives is not worth the time.
 */
function searchWindows(text: string, exact: string, maxEdits: number, position: PositionSelector | undefined): Array<[number, number]> {
  const n = text.length;
  const m = exact.length;
  if (n * m <= FULL_SCAN_CELLS) return [[0, n]];

  const windows: Array<[number, number]> = [];
  const around = (quoteStart: number) => {
    windows.push([Math.max(0, quoteStart - maxEdits), Math.min(n, quoteStart + m + maxEdits)]);
  };
  if (position) around(position.start);

  const pieceLength = Math.max(4, Math.min(16, Math.floor(m / 4)));
  const pieceCount = Math.min(SEED_PIECES, Math.floor(m / pieceLength));
  const stride = (m - pieceLength) / Math.max(1, pieceCount - 1);
  const seeds: Array<{ offset: number; hits: number[] }> = [];
  for (let p = 0; p < pieceCount; p++) {
    const offset = Math.round(p * stride);
    const piece = exact.slice(offset, offset + pieceLength);
    const hits: number[] = [];
    for (let at = text.indexOf(piece); at !== -1 && hits.length <= MAX_SEED_HITS; at = text.indexOf(piece, at + 1)) hits.push(at);
    if (hits.length > 0 && hits.length <= MAX_SEED_HITS) seeds.push({ offset, hits });
  }
  seeds.sort((a, b) => a.hits.length - b.hits.length);
  for (const { offset, hits } of seeds.slice(0, SEEDS_USED)) for (const at of hits) around(at - offset);

  windows.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const w of windows) {
    const last = merged[merged.length - 1];
    if (last && w[0] <= last[1]) last[1] = Math.max(last[1], w[1]);
    else merged.push([w[0], w[1]]);
  }
  return merged;
}

/** Characters of the saved context that still surround text[start, end): prefix read leftwards, suffix rightwards. */
function contextAgreement(text: string, start: number, end: number, prefix: string, suffix: string): number {
  let before = 0;
  while (before < prefix.length && before < start && prefix[prefix.length - 1 - before] === text[start - 1 - before]) before++;
  let after = 0;
  while (after < suffix.length && end + after < text.length && suffix[after] === text[end + after]) after++;
  return before + after;
}

/** The saved prefix still ends where the quote starts; an empty one held only at the start of the text. */
function prefixHolds(text: string, start: number, prefix: string): boolean {
  return prefix.length === 0 ? start === 0 : start >= prefix.length && text.startsWith(prefix, start - prefix.length);
}

function suffixHolds(text: string, end: number, suffix: string): boolean {
  return suffix.length === 0 ? end === text.length : text.startsWith(suffix, end);
}

function validRange(text: string, { start, end }: PositionSelector): boolean {
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= text.length;
}

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when offset `i` falls between the two halves of a surrogate pair. */
function splitsPair(text: string, i: number): boolean {
  return i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));
}

/** A fuzzy match never starts or ends inside an emoji: it widens to take the whole character. */
function snapStart(text: string, i: number): number {
  return splitsPair(text, i) ? i - 1 : i;
}

function snapEnd(text: string, i: number): number {
  return splitsPair(text, i) ? i + 1 : i;
}
