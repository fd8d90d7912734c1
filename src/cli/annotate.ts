/**
 * `pressure-points annotate`: expands the inputs, runs them through the engine (in worker threads when there are
 * several), and writes each result in input order as soon as it and those before it are done. A problem with an input
 * is reported on stderr at its place in that order; the others still run, and the exit code is then 1.
 */
import type { Task, TaskResult } from './annotate-input';
import { createWriter } from './formats/index';
import { expandInputs, type Input } from './inputs';
import type { AnnotateOptions } from './options';
import { Progress } from './progress';
import { runTasks } from './run-tasks';

export interface Output {
  write(s: string): boolean;
}

export interface Io {
  stdout: Output;
  stderr: Output & { isTTY?: boolean; columns?: number };
  /** Read only when an input is `-`. */
  stdin: AsyncIterable<Uint8Array | string>;
}

async function readAll(stream: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

export async function annotate(options: AnnotateOptions, io: Io): Promise<number> {
  const inputs: Input[] = await expandInputs(options.inputs);
  const tasks: Task[] = [];
  /** For each task, the problems listed before it in the inputs (reported just before its result). */
  const problemsBefore: string[][] = [[]];
  for (const input of inputs) {
    if (input.kind === 'problem') {
      problemsBefore[tasks.length].push(input.message);
      continue;
    }
    const task: Task = { index: tasks.length, path: input.path };
    if (input.kind === 'stdin') {
      task.bytes = await readAll(io.stdin);
      task.stdinAs = options.stdinAs;
    }
    tasks.push(task);
    problemsBefore.push([]);
  }

  const writer = createWriter(options);
  const showProgress = options.progress ?? io.stderr.isTTY === true;
  const progress = showProgress && tasks.length > 0 ? new Progress(tasks.length, io.stderr) : undefined;
  let failures = 0;
  const report = (message: string) => {
    failures++;
    progress?.clear();
    io.stderr.write(`pressure-points: ${message}\n`);
  };

  io.stdout.write(writer.start());
  try {
    await runTasks(tasks, options.jobs, (result: TaskResult) => {
      for (const message of problemsBefore[result.index]) report(message);
      if (result.ok) io.stdout.write(writer.document(result.doc));
      else report(result.message);
      progress?.tick();
    });
  } finally {
    progress?.finish();
  }
  for (const message of problemsBefore[tasks.length]) report(message);
  io.stdout.write(writer.end());
  return failures > 0 ? 1 : 0;
}
