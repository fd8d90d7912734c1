/**
 * A dedicated worker that deletes (and restores) many annotations for the dashboard. Each deleted annotation brings
 * dozens of counter reads and writes (src/kb/annotation-counts.ts): issued here, they cost the dashboard's main thread
 * nothing. The rows deleted stay in the worker for Undo, so 10,000 of them never cross back to the page.
 */
import { deleteMany, matchingIds, restoreMany } from '../../../kb/annotations';
import { openDb } from '../../../kb/db';
import type { AnnotationRow } from '../../../kb/db';
import type { BulkReply, BulkRequest } from './bulk-protocol';

const scope = self as unknown as { onmessage: ((e: MessageEvent<BulkRequest>) => void) | null; postMessage(reply: BulkReply): void };
const db = openDb();
/** The rows of each deletion, kept for its Undo. */
const removed = new Map<number, AnnotationRow[]>();

scope.onmessage = (e) => {
  const request = e.data;
  const progress = (done: number, total: number) => scope.postMessage({ kind: 'progress', done, total });
  const work = async (): Promise<number> => {
    if (request.kind === 'delete') {
      const ids = await matchingIds(db, request.query);
      progress(0, ids.length);
      const rows = await deleteMany(db, ids, progress);
      removed.set(request.batch, rows);
      return rows.length;
    }
    const rows = removed.get(request.batch) ?? [];
    removed.delete(request.batch);
    await restoreMany(db, rows, progress);
    return rows.length;
  };
  work().then(
    (count) => scope.postMessage({ kind: 'done', count }),
    (err: unknown) => scope.postMessage({ kind: 'failed', error: err instanceof Error ? err.message : String(err) }),
  );
};
