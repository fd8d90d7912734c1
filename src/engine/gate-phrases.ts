/**
 * What the page gate (gate.ts) looks for, built in the background from the lexicon; kept apart from gate.ts, which the
 * loader every page evaluates must stay small.
 */
import { OWNED_ONLY, OWNED_VIA, OWNER_WORDS } from './rules';

/**
 * The phrases the gate looks for: the lexicon's, except that a word which is a lever only when a side owns it
 * ("technology", "software": see OWNED_ONLY) is looked for with its owner ("american technology", "u s origin
 * software"); in a list ("components, software or technology") another lever phrase is there anyway. Without this
 * every page about technology would pass.
 */
export function gatePhrases(phrases: string[][]): string[][] {
  const out: string[][] = [];
  for (const tokens of phrases) {
    if (tokens.length !== 1 || !OWNED_ONLY.has(tokens[0])) {
      out.push(tokens);
      continue;
    }
    // "U.S." is the two words "u s", as the engine reads it.
    for (const owner of [...[...OWNER_WORDS].map((w) => [w]), ['u', 's']]) {
      out.push([...owner, tokens[0]]);
      for (const via of OWNED_VIA) out.push([...owner, via, tokens[0]]);
    }
  }
  return out;
}
