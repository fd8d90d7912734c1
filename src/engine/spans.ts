/**
 * Which match of a sentence (an actor, a lever) covers or ends at a token. The rules ask this at every step of their
 * walks left and right of a lever, so these are plain loops over the sentence's few matches: a closure per step,
 * capturing the step's index, cost more than the question.
 */
interface TokenSpan {
  /** Token indexes [i, j) within the sentence. */
  i: number;
  j: number;
}

/** Whether a match of `list` covers token k. */
export function covers(list: readonly TokenSpan[], k: number): boolean {
  for (const s of list) if (s.i <= k && k < s.j) return true;
  return false;
}

/** Whether a match of `list` starts at token k. */
export function startsAt(list: readonly TokenSpan[], k: number): boolean {
  for (const s of list) if (s.i === k) return true;
  return false;
}

/** The first match of `list` (other than `except`) whose last token is k. */
export function endingAt<M extends TokenSpan>(list: readonly M[], k: number, except?: M): M | undefined {
  for (const s of list) if (s.j - 1 === k && s !== except) return s;
  return undefined;
}
