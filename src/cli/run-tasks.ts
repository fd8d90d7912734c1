/**
 * Runs tasks in worker threads (or in this thread for one job or one task) and hands results back in task order:
 * a result waits only for the ones before it, so output streams and is the same whatever the number of jobs.
 */
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { annotateInput, type Task, type TaskResult } from './annotate-input';

/** The worker bundle sits next to the main one (dist/cli/worker.mjs); run from the sources there is none. */
const WORKER_URL = new URL('./worker.mjs', import.meta.url);

/** Tasks in flight per worker: one running, one waiting, so a worker never idles while a message crosses. */
const IN_FLIGHT = 2;

export function workersAvailable(): boolean {
  return WORKER_URL.protocol === 'file:' && existsSync(WORKER_URL);
}

/** Resolves when every result has been handed to `onResult`. */
export function runTasks(tasks: Task[], jobs: number, onResult: (result: TaskResult) => void): Promise<void> {
  const threads = Math.min(jobs, tasks.length);
  if (threads <= 1 || !workersAvailable()) return runInline(tasks, onResult);

  // Results may arrive out of order; they are released in order.
  const waiting = new Map<number, TaskResult>();
  let nextOut = 0;
  let nextTask = 0;
  const release = (result: TaskResult) => {
    waiting.set(result.index, result);
    while (waiting.has(nextOut)) {
      const r = waiting.get(nextOut) as TaskResult;
      waiting.delete(nextOut++);
      onResult(r);
    }
  };

  const workers: Worker[] = [];
  return new Promise<void>((resolve, reject) => {
    for (let w = 0; w < threads; w++) {
      const worker = new Worker(WORKER_URL);
      workers.push(worker);
      let inFlight = 0;
      const feed = () => {
        while (inFlight < IN_FLIGHT && nextTask < tasks.length) {
          const task = tasks[nextTask++];
          inFlight++;
          worker.postMessage(task);
        }
      };
      worker.on('message', (result: TaskResult) => {
        inFlight--;
        feed();
        release(result);
        if (nextOut === tasks.length) resolve();
      });
      worker.on('error', (err) => reject(err));
      feed();
    }
  }).finally(() => Promise.all(workers.map((w) => w.terminate())).then(() => undefined));
}

async function runInline(tasks: Task[], onResult: (result: TaskResult) => void): Promise<void> {
  for (const task of tasks) {
    onResult(await annotateInput(task));
    // Let the progress bar and stdout's drain run between inputs.
    await new Promise<void>((r) => setImmediate(r));
  }
}
