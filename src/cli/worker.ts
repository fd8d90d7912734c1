/** A worker thread of `--jobs N`: annotates the tasks it is sent and posts each result back. */
import { parentPort } from 'node:worker_threads';
import { annotateInput, type Task } from './annotate-input';

parentPort?.on('message', (task: Task) => {
  void annotateInput(task).then((result) => parentPort?.postMessage(result));
});
