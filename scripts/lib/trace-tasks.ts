/**
 * Reads a Chromium trace (Tracing domain, "devtools.timeline" + "disabled-by-default-v8.cpu_profiler" categories) and
 * finds the main-thread tasks in which a given script ran: the tasks that evaluate it, and the tasks in which the CPU
 * profiler caught one of its functions on the stack (promise continuations, message replies, event handlers).
 * A task counts whole, so the style, layout and garbage collection it caused count with it. Times are the thread's CPU
 * time (`tdur`), so a task is not made longer by other processes taking the CPU from it; wall time is kept beside.
 */

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, µs. */
  tdur?: number;
  id?: string;
  args?: Record<string, unknown>;
}

export interface ScriptTasks {
  /** The script was seen running at all. */
  found: boolean;
  /** Main-thread CPU time of the tasks it ran in, ms. */
  busyMs: number;
  /** The same tasks' wall-clock durations, ms. */
  busyWallMs: number;
  /** The longest of those tasks in CPU time, ms. */
  longestMs: number;
  /** The longest of those tasks in wall-clock time, ms. */
  longestWallMs: number;
  /** Of busyMs, the evaluation of the script itself (compile and top-level code), ms of CPU time. */
  evaluateMs: number;
  tasks: number;
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url?: string };
}

interface ProfileChunkData {
  cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
  timeDeltas?: number[];
}

const data = (e: TraceEvent): Record<string, unknown> | undefined => e.args?.data as Record<string, unknown> | undefined;

function scriptUrlOf(e: TraceEvent): string | undefined {
  const d = data(e);
  if (typeof d?.url === 'string') return d.url;
  if (typeof e.args?.fileName === 'string') return e.args.fileName;
  return undefined;
}

/**
 * Main-thread tasks of the renderer that ran the script whose URL starts with `urlPrefix`, from its first evaluation
 * up to and including the task holding the user-timing mark `endMark` (all of the trace when there is no such mark).
 */
export function scriptTasks(events: TraceEvent[], urlPrefix: string, endMark?: string): ScriptTasks {
  const evaluations = events.filter((e) => (e.name === 'EvaluateScript' || e.name === 'v8.compile' || e.name === 'v8.run') && scriptUrlOf(e)?.startsWith(urlPrefix));
  if (evaluations.length === 0) return { found: false, busyMs: 0, busyWallMs: 0, longestMs: 0, longestWallMs: 0, evaluateMs: 0, tasks: 0 };
  const { pid, tid } = evaluations[0];
  const onThread = evaluations.filter((e) => e.pid === pid && e.tid === tid);
  const start = Math.min(...onThread.map((e) => e.ts));
  const evaluateMs = onThread.filter((e) => e.name === 'EvaluateScript').reduce((n, e) => n + cpu(e), 0);
  const mark = endMark ? events.filter((e) => e.name === endMark && e.pid === pid && (e.cat ?? '').includes('user_timing')).sort((a, b) => a.ts - b.ts)[0] : undefined;
  const end = mark?.ts ?? Number.POSITIVE_INFINITY;

  // Top-level tasks of that thread, in time order.
  const tasks: TraceEvent[] = [];
  let lastEnd = -1;
  for (const e of events.filter((x) => x.pid === pid && x.tid === tid && x.ph === 'X' && x.name === 'RunTask').sort((a, b) => a.ts - b.ts)) {
    if (e.ts < lastEnd) continue;
    tasks.push(e);
    lastEnd = e.ts + (e.dur ?? 0);
  }

  const hits = [...onThread.map((e) => e.ts), ...sampleTimes(events, pid, tid, urlPrefix)].sort((a, b) => a - b);
  let busy = 0;
  let busyWall = 0;
  let longest = 0;
  let longestWall = 0;
  let count = 0;
  for (const task of tasks) {
    const tEnd = task.ts + (task.dur ?? 0);
    if (tEnd < start || task.ts > end) continue;
    if (!anyWithin(hits, task.ts, tEnd)) continue;
    const wall = (task.dur ?? 0) / 1000;
    busy += cpu(task);
    busyWall += wall;
    longest = Math.max(longest, cpu(task));
    longestWall = Math.max(longestWall, wall);
    count++;
  }
  return { found: true, busyMs: busy, busyWallMs: busyWall, longestMs: longest, longestWallMs: longestWall, evaluateMs, tasks: count };
}

/** CPU time of a complete event in ms; its wall time where the trace has no thread time for it. */
function cpu(e: TraceEvent): number {
  return (e.tdur ?? e.dur ?? 0) / 1000;
}

/** Trace times of the CPU profiler's samples, on the given thread, with a frame of the script on the stack. */
function sampleTimes(events: TraceEvent[], pid: number, tid: number, urlPrefix: string): number[] {
  const profile = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  if (!profile) return [];
  const startTime = Number((data(profile) as { startTime?: number } | undefined)?.startTime ?? profile.ts);
  const chunks = events.filter((e) => e.name === 'ProfileChunk' && e.pid === pid && e.id === profile.id).sort((a, b) => a.ts - b.ts);
  const nodes = new Map<number, ProfileNode>();
  const samples: number[] = [];
  const deltas: number[] = [];
  for (const c of chunks) {
    const d = data(c) as ProfileChunkData | undefined;
    for (const n of d?.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
    samples.push(...(d?.cpuProfile?.samples ?? []));
    deltas.push(...(d?.timeDeltas ?? []));
  }
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const node = nodes.get(id);
    const value = !node ? false : node.callFrame.url?.startsWith(urlPrefix) === true || (node.parent !== undefined && isOurs(node.parent));
    ours.set(id, value);
    return value;
  };
  const times: number[] = [];
  let t = startTime;
  for (let i = 0; i < samples.length; i++) {
    t += deltas[i] ?? 0;
    if (isOurs(samples[i])) times.push(t);
  }
  return times;
}

function anyWithin(sorted: number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo] <= to;
}
