/**
 * Re-finds a saved quote in the text of a page that may have changed since it was saved: the W3C Web Annotation
 * TextQuoteSelector (the quote with some context either side) plus a TextPositionSelector as a hint, resolved in
 * the order Hypothesis's client uses (`src/annotator/anchoring/`): the old position if it still holds, then exact
 * occurrences ranked by their context, then an approximate match with a score floor. Anything below the floor is an
 * orphan (null): a saved note pinned to the wrong sentence is worse than one the reader is told was lost.
 * Pure: strings in, offsets out; the DOM side (text <-> Ranges) lives elsewhere.
 */

export interface QuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface PositionSelector {
  start: number;
  end: number;
}

export interface Anchor {
  start: number;
  end: number;
  method: 'position' | 'exact' | 'context' | 'fuzzy';
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

function atPosition(text: string, quote: QuoteSelector, position: PositionSelector | undefined): Anchor | null {
  if (!position || !validRange(text, position)) return null;
  const { start, end } = position;
  if (text.slice(start, end) !== quote.exact) return null;
  if (quote.exact.length < SHORT_QUOTE && !prefixHolds(text, start, quote.prefix) && !suffixHolds(text, end, quote.suffix)) {
    return null;
  }
  return { start, end, method: 'position', score: 1 };
}

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

function byFuzzyMatch(text: string, quote: QuoteSelector, position: PositionSelector | undefined): Anchor | null {
  const { exact, prefix, suffix } = quote;
  if (exact.length < SHORT_QUOTE) return null;
  const maxEdits = Math.floor(exact.length * MAX_EDIT_RATIO);
  const hits: Match[] = [];
  for (const [from, to] of searchWindows(text, exact, maxEdits, position)) approximateMatches(text, exact, from, to, maxEdits, hits);

  const contextChars = prefix.length + suffix.length;
  let best: Anchor | null = null;
  let bestDistance = Infinity;
  for (const hit of hits) {
    const start = snapStart(text, hit.start);
    const end = snapEnd(text, hit.end);
    if (end <= start) continue;
    const base = 1 - hit.edits / exact.length;
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

interface Match {
  start: number;
  end: number;
  edits: number;
}

/**
 * Sellers' approximate substring search over text[from, to): edit distance between the pattern and the best
 * substring ending at each position, a match starting anywhere for free. Ukkonen's cut-off computes each column
 * only down to the last row still within `maxEdits`, which makes the pass about O(n·k) on ordinary prose instead
 * of O(n·m). Each cell also carries where its alignment started, so a match comes out with both ends.
 * Pushes every end position whose distance is within `maxEdits`.
 */
function approximateMatches(text: string, pattern: string, from: number, to: number, maxEdits: number, out: Match[]): void {
  const m = pattern.length;
  const over = maxEdits + 1; // every distance beyond the limit is the same to us
  const dist = new Int32Array(m + 1);
  const origin = new Int32Array(m + 1);
  const codes = new Uint16Array(m);
  for (let i = 0; i < m; i++) codes[i] = pattern.charCodeAt(i);
  for (let i = 0; i <= m; i++) {
    dist[i] = Math.min(i, over);
    origin[i] = from;
  }
  let lastActive = Math.min(maxEdits, m);

  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    // Row 0 is the empty prefix of the pattern: free at every position, starting there.
    let diagDist = 0;
    let diagOrigin = origin[0];
    dist[0] = 0;
    origin[0] = j + 1;
    const rows = Math.min(m, lastActive + 1);
    let newLastActive = 0;
    for (let i = 1; i <= rows; i++) {
      const leftDist = i > lastActive ? over : dist[i];
      const leftOrigin = origin[i];
      let d = diagDist + (codes[i - 1] === c ? 0 : 1);
      let o = diagOrigin;
      if (dist[i - 1] + 1 < d) {
        d = dist[i - 1] + 1;
        o = origin[i - 1];
      }
      if (leftDist + 1 < d) {
        d = leftDist + 1;
        o = leftOrigin;
      }
      if (d > over) d = over;
      diagDist = leftDist;
      diagOrigin = leftOrigin;
      dist[i] = d;
      origin[i] = o;
      if (d <= maxEdits) newLastActive = i;
    }
    lastActive = newLastActive;
    if (rows === m && dist[m] <= maxEdits) out.push({ start: origin[m], end: j + 1, edits: dist[m] });
  }
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
