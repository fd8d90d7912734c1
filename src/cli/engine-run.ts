/**
 * Runs the engine on one text in this thread. When this thread works alone (one input, or --jobs 1), the built
 * tagger thread is there and a core is free for it, compromise is loaded and asked in that thread (see tagger.ts);
 * otherwise it loads here the first time the engine needs it. On a machine whose cores are all busy the second
 * thread would only add its extra reading of the text, so it is not used.
 */
import { availableParallelism, loadavg } from 'node:os';
import { analyze, type Analysis, type CompiledLexicon } from '../engine/index';
import { compromiseLoaded, setMode, takeCalls } from './lazy-compromise';
import { RemoteTagger, taggerAvailable } from './tagger';

let useTaggerThread = false;
let tagger: RemoteTagger | undefined;

/** Whether another core is idle: the load average of the last minute leaves at least one of them free. */
function spareCore(): boolean {
  const cores = availableParallelism();
  return cores >= 2 && loadavg()[0] <= cores - 1;
}

/** Lets this thread hand compromise to a tagger thread (the main thread, when it runs the inputs itself). */
export function useTagger(on: boolean): void {
  useTaggerThread = on && taggerAvailable() && process.env.PP_TAGGER_THREAD !== '0' && (process.env.PP_TAGGER_THREAD === '1' || spareCore());
}

export async function stopTagger(): Promise<void> {
  const t = tagger;
  tagger = undefined;
  await t?.stop();
}

function analyzeRemote(text: string, lexicon: CompiledLexicon, source: RemoteTagger): Analysis {
  setMode({ kind: 'remote', source });
  try {
    return analyze(text, lexicon);
  } finally {
    setMode({ kind: 'local' });
    source.forget();
  }
}

export function analyzeText(text: string, lexicon: CompiledLexicon): Analysis {
  if (!useTaggerThread || compromiseLoaded()) return analyze(text, lexicon);
  if (tagger) return analyzeRemote(text, lexicon, tagger);

  // First reading: the engine's questions to compromise go ahead to a tagger thread (started by the first one).
  takeCalls();
  let first: Analysis;
  setMode({ kind: 'record', ask: (t, options) => (tagger ??= new RemoteTagger()).prefetch(t, options) });
  try {
    first = analyze(text, lexicon);
  } finally {
    setMode({ kind: 'local' });
  }
  // No question asked: compromise played no part, and this reading is the result.
  if (takeCalls() === 0 || !tagger) return first;
  return analyzeRemote(text, lexicon, tagger);
}
