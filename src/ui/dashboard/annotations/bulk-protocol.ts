/**
 * What the dashboard and its bulk worker (bulk-worker.ts) say to each other, and the dashboard's side of it: one
 * request at a time, progress as it goes, then the count done or the error.
 */
import type { AnnotationQuery } from '../../../kb/annotations';

/** `batch` names a deletion, so that its Undo puts back that one. */
export type BulkRequest = { kind: 'delete'; batch: number; query: AnnotationQuery } | { kind: 'restore'; batch: number };

export type BulkReply = { kind: 'progress'; done: number; total: number } | { kind: 'done'; count: number } | { kind: 'failed'; error: string };

export interface BulkRunner {
  /** Deletes every annotation matching `query`; resolves with how many went and a restore that undoes it. */
  deleteMatching(query: AnnotationQuery, onProgress: (done: number, total: number) => void): Promise<{ count: number; restore(onProgress: (done: number, total: number) => void): Promise<number> }>;
  destroy(): void;
}

/** Runs bulk requests on a worker, one at a time. */
export function bulkRunner(worker: Worker): BulkRunner {
  let queue: Promise<unknown> = Promise.resolve();
  const run = (request: BulkRequest, onProgress: (done: number, total: number) => void): Promise<number> => {
    const next = queue.then(
      () =>
        new Promise<number>((resolve, reject) => {
          worker.onmessage = (e: MessageEvent<BulkReply>) => {
            const reply = e.data;
            if (reply.kind === 'progress') onProgress(reply.done, reply.total);
            else if (reply.kind === 'done') resolve(reply.count);
            else reject(new Error(reply.error));
          };
          worker.onerror = (e) => reject(new Error(e.message || 'The bulk worker stopped.'));
          worker.postMessage(request);
        }),
    );
    queue = next.catch(() => undefined);
    return next;
  };
  let batches = 0;
  return {
    async deleteMatching(query, onProgress) {
      const batch = ++batches;
      const count = await run({ kind: 'delete', batch, query }, onProgress);
      return { count, restore: (progress) => run({ kind: 'restore', batch }, progress) };
    },
    destroy: () => worker.terminate(),
  };
}
