/**
 * A thread that holds compromise and tags sentences for the main thread (see tagger.ts). It starts loading the
 * library at once, so the half second that takes runs beside the main thread's work instead of before it.
 */
import { createRequire } from 'node:module';
import { workerData, type MessagePort } from 'node:worker_threads';
import { COMPROMISE_FILE } from './lazy-compromise';
import type { TagReply, TagRequest } from './tagger';

type Nlp = typeof import('compromise').default;

const { port, signal } = workerData as { port: MessagePort; signal: Int32Array };

let nlp: Nlp | undefined;
let loadError: string | undefined;
try {
  const loaded = createRequire(import.meta.url)(COMPROMISE_FILE) as { default: Nlp };
  nlp = loaded.default;
} catch (err) {
  loadError = `could not load compromise: ${(err as Error).message}`;
}

function answer(reply: TagReply): void {
  port.postMessage(reply);
  // The main thread may be waiting on this counter (Atomics.wait); the message is queued before it moves.
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
}

port.on('message', (request: TagRequest) => {
  if (!nlp) return answer({ key: request.key, error: loadError ?? 'compromise is not loaded' });
  try {
    answer({ key: request.key, json: nlp(request.text).json(request.options as Parameters<ReturnType<Nlp>["json"]>[0]) as unknown });
  } catch (err) {
    answer({ key: request.key, error: (err as Error).message });
  }
});
