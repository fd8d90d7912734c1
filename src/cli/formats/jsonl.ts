import type { Writer } from './writer';

/** JSON Lines: one compact object per input, `{"file", "mentions", "tally"}`, one line each. */
export function jsonlWriter(): Writer {
  return { start: () => '', document: (doc) => `${JSON.stringify(doc)}\n`, end: () => '' };
}
