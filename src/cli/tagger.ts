/**
 * compromise in a thread of its own, asked synchronously. The engine calls compromise's tagger inside its analysis,
 * for the few sentences its rules cannot decide; loading compromise takes about half a second. For the first
 * document of a run the main thread therefore reads it twice: once with the tagger's answers left blank, which only
 * collects the sentences the engine asks about and sends them ahead, while the tagger thread loads and tags them;
 * then for real, taking the answers as they come. The second reading gets exactly what compromise says, so the result
 * is the one a plain run gives; what changes is that loading and tagging run beside the engine instead of before it.
 */
import { existsSync } from 'node:fs';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';

export interface TagRequest {
  key: string;
  text: string;
  options: unknown;
}

export type TagReply = { key: string; json: unknown } | { key: string; error: string };

/** Built next to the main bundle; run from the sources there is none, and compromise runs in this thread. */
const TAGGER_URL = new URL('./tagger-worker.mjs', import.meta.url);

/** Longest wait for one answer: only reached if the tagger thread died. */
const ANSWER_TIMEOUT_MS = 60_000;

export function taggerAvailable(): boolean {
  return TAGGER_URL.protocol === 'file:' && existsSync(TAGGER_URL);
}

export class RemoteTagger {
  private readonly worker: Worker;
  private readonly port: MessagePort;
  private readonly signal = new Int32Array(new SharedArrayBuffer(4));
  private readonly asked = new Set<string>();
  private readonly answers = new Map<string, TagReply>();

  constructor() {
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    this.worker = new Worker(TAGGER_URL, { workerData: { port: port2, signal: this.signal }, transferList: [port2] });
    // Neither keeps the process alive: the main thread only ever waits on them synchronously.
    this.worker.unref();
    this.port.unref();
  }

  static key(text: string, options: unknown): string {
    return `${JSON.stringify(options ?? null)}\u0000${text}`;
  }

  /** Asks for a sentence's tags ahead of need. */
  prefetch(text: string, options: unknown): void {
    const key = RemoteTagger.key(text, options);
    if (this.asked.has(key)) return;
    this.asked.add(key);
    this.port.postMessage({ key, text, options } satisfies TagRequest);
  }

  /** compromise's `nlp(text).json(options)`, from the tagger thread; waits for it if it is not there yet. */
  json(text: string, options: unknown): unknown {
    const key = RemoteTagger.key(text, options);
    this.prefetch(text, options);
    for (;;) {
      const seen = Atomics.load(this.signal, 0);
      for (let m = receiveMessageOnPort(this.port); m; m = receiveMessageOnPort(this.port)) {
        const reply = m.message as TagReply;
        this.answers.set(reply.key, reply);
      }
      const reply = this.answers.get(key);
      if (reply) {
        if ('error' in reply) throw new Error(`the tagger thread failed: ${reply.error}`);
        return reply.json;
      }
      if (Atomics.wait(this.signal, 0, seen, ANSWER_TIMEOUT_MS) === 'timed-out') throw new Error('the tagger thread did not answer');
    }
  }

  /** Drops the answers kept for the document just done (each document asks about its own sentences). */
  forget(): void {
    this.asked.clear();
    this.answers.clear();
    // Late answers to questions no longer wanted are drained and dropped.
    while (receiveMessageOnPort(this.port));
  }

  stop(): Promise<number> {
    this.port.close();
    return this.worker.terminate();
  }
}
