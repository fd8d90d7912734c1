/**
 * Which match of a sentence (an actor, a lever) covers or ends at a token. The rules ask this at every step of their
 * walks left and right of a lever, so these are plain loops over the sentence's few matches: a closure per step,
 * capturing the step's index, cost more than the question. Index loops, not for-of: a for-of checks the array's kind
 * first (an empty list is of another kind than a full one), and a kind it was not compiled for throws away the
 * compiled code of every rule that asks.
 */
interface TokenSpan {
  /** Token indexes [i, j) within the sentence. */
  i: number;
  j: number;
}

/** Whether a match of `list` covers token k. */
export function covers(list: readonly TokenSpan[], k: number): boolean {
  for (let n = 0; n < list.length; n++) if (list[n].i <= k && k < list[n].j) return true;
  return false;
}

/** Whether a match of `list` starts at token k. */
export function startsAt(list: readonly TokenSpan[], k: number): boolean {
  for (let n = 0; n < list.length; n++) if (list[n].i === k) return true;
  return false;
}

/** The first match of `list` (other than `except`) whose last token is k. */
export function endingAt<M extends TokenSpan>(list: readonly M[], k: number, except?: M): M | undefined {
  for (let n = 0; n < list.length; n++) {
    const s = list[n];
    if (s.j - 1 === k && s !== except) return s;
  }
  return undefined;
}

/**
 * `list.map(f)` as a packed array. The rules read a sentence's matches in loops that V8 compiles for the kind of array
 * they first see; Array.prototype.map makes a packed array until the code calling it is optimised and a holey one
 * after, and every rule compiled for the first kind is thrown away and compiled again. Pushed in a loop, the array is
 * of one kind whichever code makes it.
 */
export function packedList<T, U>(list: readonly T[], f: (x: T, k: number) => U): U[] {
  const out: U[] = [];
  for (let k = 0; k < list.length; k++) out.push(f(list[k], k));
  return out;
}
