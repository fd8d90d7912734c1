/**
 * Where the time goes in a Chromium trace: for each thread the V8 CPU profiler sampled (trace category
 * "disabled-by-default-v8.cpu_profiler"), the functions with the most self time, and the thread's longest tasks
 * ("RunTask" events, thread time). Used by `npm run bench:store` with PP_BENCH_TRACE=1.
 */
import { threadProfiles, type ProfileNode } from './cpu-profile';
import type { TraceEvent } from './trace-tasks';

export interface ThreadSummary {
  thread: string;
  /** Sampled time in all, ms. */
  sampledMs: number;
  /** Functions by self time, most first. */
  top: { name: string; ms: number }[];
  /** The longest tasks, ms of thread time (wall time when the trace has no thread time). */
  longestTasks: number[];
}

function threadNames(events: TraceEvent[]): Map<string, string> {
  const processes = new Map<number, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'process_labels') processes.set(e.pid, String(e.args?.labels ?? ''));
  for (const e of events) if (e.ph === 'M' && e.name === 'process_name' && !processes.get(e.pid)) processes.set(e.pid, String(e.args?.name ?? ''));
  const names = new Map<string, string>();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, `${processes.get(e.pid) || `pid ${e.pid}`} / ${String(e.args?.name ?? e.tid)}`);
  }
  return names;
}

function frameName(n: ProfileNode): string {
  const url = n.callFrame.url ?? '';
  const file = url ? url.slice(url.lastIndexOf('/') + 1) : '';
  const fn = n.callFrame.functionName || '(anonymous)';
  return file ? `${fn} ${file}:${(n.callFrame.lineNumber ?? 0) + 1}` : fn;
}

/** Self time per function for every sampled thread, with its longest tasks; threads with most sampled time first. */
export function summariseProfile(events: TraceEvent[], topN = 10): ThreadSummary[] {
  const names = threadNames(events);
  const out: ThreadSummary[] = [];
  for (const { pid, tid, nodes, samples, deltas } of threadProfiles(events)) {
    const self = new Map<string, number>();
    let total = 0;
    for (let i = 0; i < samples.length; i++) {
      const node = nodes.get(samples[i]);
      if (!node || node.callFrame.functionName === '(idle)') continue;
      const us = Math.max(deltas[i + 1] ?? 0, 0);
      total += us;
      const name = frameName(node);
      self.set(name, (self.get(name) ?? 0) + us);
    }
    const tasks = events
      .filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === pid && e.tid === tid)
      .map((e) => (e.tdur ?? e.dur ?? 0) / 1000)
      .sort((a, b) => b - a);
    out.push({
      thread: names.get(`${pid}:${tid}`) ?? `pid ${pid} tid ${tid}`,
      sampledMs: total / 1000,
      top: [...self].sort((a, b) => b[1] - a[1]).slice(0, topN).map(([name, us]) => ({ name, ms: us / 1000 })),
      longestTasks: tasks.slice(0, 5),
    });
  }
  return out.filter((t) => t.sampledMs > 0).sort((a, b) => b.sampledMs - a.sampledMs);
}

/** The summary as lines of text. */
export function formatSummary(title: string, threads: ThreadSummary[], maxThreads = 4): string {
  const lines = [`${title}`];
  for (const t of threads.slice(0, maxThreads)) {
    lines.push(`  ${t.thread}: ${t.sampledMs.toFixed(1)} ms sampled; longest tasks ${t.longestTasks.map((x) => x.toFixed(1)).join(', ')} ms`);
    for (const f of t.top) lines.push(`    ${f.ms.toFixed(1).padStart(7)} ms  ${f.name}`);
  }
  return lines.join('\n');
}
