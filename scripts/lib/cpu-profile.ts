/**
 * CPU time of one piece of code in a Chromium trace, by the same method for every system the page benchmark
 * compares: the V8 CPU profiler's samples (trace category "disabled-by-default-v8.cpu_profiler") in which a frame of
 * that code's script is on the stack, each counted for the time until the next sample, plus the thread time of the
 * code's main-thread compilations (category "disabled-by-default-v8.compile"; see compileIntervals). Compiling a
 * script's top level, or a function the browser calls before the function's frame is pushed, has none of the script's
 * frames on the stack, so samples alone miss it. Work the code causes after it returns (style, layout, paint of what
 * it changed) and garbage collection count for nobody, alike for all; so does parsing a script on a background thread
 * (streaming), which is not main-thread time (reported apart as offThreadCompileMs).
 */
import type { TraceEvent } from './trace-tasks';

export interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName?: string; url?: string; lineNumber?: number };
}

interface ProfileChunkData {
  cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
  timeDeltas?: number[];
}

/**
 * A sample stands for the time until the next one, but for at most twice the profile's usual interval: a longer gap
 * means the thread was not running (another process had the CPU), and that time is not the code's.
 */
const MAX_SAMPLE_INTERVALS = 2;

export interface ScriptCpu {
  /** CPU time of the code on its thread, ms: compileMs, and the samples outside those compilations. */
  ms: number;
  /** Thread time of the main-thread compilations counted for the code (see compileIntervals), ms. */
  compileMs: number;
  /** Thread time of its scripts' parse and compile on background threads (streaming), ms; not in `ms`. */
  offThreadCompileMs: number;
  samples: number;
  /**
   * The same time by the innermost frame of the script on each sample's stack (`name:line`), or by the frame it
   * called when that is not script code of a page (a DOM call or a builtin: `[name] from name:line`).
   */
  byFunction: Map<string, number>;
}

/** One profiled thread of a trace: its call tree's nodes, and its samples with the time before each (µs). */
export interface ThreadProfile {
  pid: number;
  tid: number;
  /** Trace time (µs) the first sample's delta counts from. */
  startTime: number;
  nodes: Map<number, ProfileNode>;
  samples: number[];
  deltas: number[];
}

/** Every thread the V8 CPU profiler sampled in a trace. */
export function threadProfiles(events: TraceEvent[]): ThreadProfile[] {
  return events
    .filter((e) => e.name === 'Profile')
    .map((profile) => {
      const chunks = events.filter((e) => e.name === 'ProfileChunk' && e.pid === profile.pid && e.id === profile.id).sort((a, b) => a.ts - b.ts);
      const nodes = new Map<number, ProfileNode>();
      const samples: number[] = [];
      const deltas: number[] = [];
      for (const c of chunks) {
        const d = (c.args?.data ?? {}) as ProfileChunkData;
        for (const n of d.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
        samples.push(...(d.cpuProfile?.samples ?? []));
        deltas.push(...(d.timeDeltas ?? []));
      }
      const startTime = Number(((profile.args?.data ?? {}) as { startTime?: number }).startTime ?? profile.ts);
      return { pid: profile.pid, tid: profile.tid, startTime, nodes, samples, deltas };
    });
}

/**
 * Blink's events for compiling one script, named by its URL: a classic script (a content script, v8.compile), a
 * module (v8.compileModule), and the main-thread end of a streamed compile (v8.streamingCompile.complete).
 */
const SCRIPT_COMPILES = new Set(['v8.compile', 'v8.compileModule', 'v8.streamingCompile.complete']);
/** V8's own compile events, which name no script: a top-level compile (V8.Compile...), a lazy function's (V8.CompileCode). */
const V8_COMPILES = new Set(['V8.CompileScript', 'V8.Compile', 'V8.CompileCode', 'V8.CompileStreamedModule', 'V8.ParseProgram', 'V8.ParseFunction']);
/** Blink's events for running a script or calling into it, named by its URL (data.url or fileName). */
const SCRIPT_RUNS = new Set(['EvaluateScript', 'FunctionCall', 'v8.run', 'v8.compile', 'v8.compileModule']);
/** Background-thread events of a streamed script, named by its URL. */
const OFF_THREAD_COMPILES = new Set(['v8.parseOnBackground']);

function urlOf(e: TraceEvent): string {
  const d = e.args?.data as { url?: unknown } | undefined;
  if (typeof d?.url === 'string') return d.url;
  return typeof e.args?.fileName === 'string' ? e.args.fileName : '';
}

/** Thread time of a complete event, µs (wall time where the trace has none). */
const threadUs = (e: TraceEvent): number => e.tdur ?? e.dur ?? 0;

export interface CompileInterval {
  pid: number;
  tid: number;
  /** Trace time, µs. */
  from: number;
  to: number;
  /** Thread time, µs. */
  threadUs: number;
}

/**
 * The main-thread compilations of the code whose script URLs `matches` accepts, outermost events only (a nested one is
 * inside its parent's time): Blink's compile events named by one of its URLs, and V8's compile events (which name no
 * script) inside an event that runs or calls one of its scripts: its evaluation, its top-level run, a call of one of
 * its functions by the browser (a listener, a callback). `owners` adds events whose V8 compilations are the code's
 * too, for code that Blink does not name (a script evaluated through the DevTools protocol: its Runtime.evaluate).
 * A lazy compile reached from the code's own frame is on the stack of its samples as well; scriptCpu counts it once.
 */
export function compileIntervals(events: TraceEvent[], matches: (url: string) => boolean, owners?: (e: TraceEvent) => boolean): CompileInterval[] {
  const complete = events.filter((e) => e.ph === 'X');
  const windows = complete.filter((e) => (SCRIPT_RUNS.has(e.name) && matches(urlOf(e))) || owners?.(e) === true);
  const within = (e: TraceEvent) => windows.some((w) => w.pid === e.pid && w.tid === e.tid && w.ts <= e.ts && e.ts + (e.dur ?? 0) <= w.ts + (w.dur ?? 0));
  const candidates = complete
    .filter((e) => (SCRIPT_COMPILES.has(e.name) && matches(urlOf(e))) || (V8_COMPILES.has(e.name) && within(e)))
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const out: CompileInterval[] = [];
  const lastEnd = new Map<string, number>();
  for (const e of candidates) {
    const thread = `${e.pid}:${e.tid}`;
    const to = e.ts + (e.dur ?? 0);
    if (e.ts < (lastEnd.get(thread) ?? Number.NEGATIVE_INFINITY)) continue;
    lastEnd.set(thread, to);
    out.push({ pid: e.pid, tid: e.tid, from: e.ts, to, threadUs: threadUs(e) });
  }
  return out;
}

/**
 * CPU time of the code whose script URLs `matches` accepts: its samples over every profiled thread of the trace, and
 * its main-thread compilations (compileIntervals; `owners` as there). A sample taken during one of those compilations
 * is not counted again: the compile event's thread time stands for it.
 */
export function scriptCpu(events: TraceEvent[], matches: (url: string) => boolean, owners?: (e: TraceEvent) => boolean): ScriptCpu {
  const compiles = compileIntervals(events, matches, owners);
  const compileUs = compiles.reduce((n, c) => n + c.threadUs, 0);
  const offThreadUs = events.filter((e) => e.ph === 'X' && OFF_THREAD_COMPILES.has(e.name) && matches(urlOf(e))).reduce((n, e) => n + threadUs(e), 0);
  let us = 0;
  let count = 0;
  const byFunction = new Map<string, number>();
  if (compileUs > 0) byFunction.set('(compile)', compileUs / 1000);
  for (const { pid, tid, startTime, nodes, samples, deltas } of threadProfiles(events)) {
    const compiling = compiles.filter((c) => c.pid === pid && c.tid === tid);
    const inCompile = (t: number) => compiling.some((c) => c.from <= t && t <= c.to);
    const known = new Map<number, boolean>();
    const onStack = (id: number): boolean => {
      let value = known.get(id);
      if (value !== undefined) return value;
      const node = nodes.get(id);
      value = !node ? false : matches(node.callFrame.url ?? '') || (node.parent !== undefined && onStack(node.parent));
      known.set(id, value);
      return value;
    };
    const sorted = deltas.filter((d) => d > 0).sort((a, b) => a - b);
    const cap = MAX_SAMPLE_INTERVALS * (sorted[sorted.length >> 1] ?? 0);
    const label = (id: number): string => {
      let node = nodes.get(id);
      let callee: ProfileNode | undefined;
      while (node && !matches(node.callFrame.url ?? '')) {
        callee = node;
        node = node.parent === undefined ? undefined : nodes.get(node.parent);
      }
      const name = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'}:${(n.callFrame.lineNumber ?? -1) + 1}`;
      if (!node) return '(none)';
      return callee && !callee.callFrame.url ? `[${callee.callFrame.functionName || '(native)'}] from ${name(node)}` : name(node);
    };
    let at = startTime;
    for (let i = 0; i < samples.length; i++) {
      at += deltas[i] ?? 0;
      if (!onStack(samples[i]) || inCompile(at)) continue;
      count++;
      const t = Math.min(Math.max(deltas[i + 1] ?? 0, 0), cap);
      us += t;
      const key = label(samples[i]);
      byFunction.set(key, (byFunction.get(key) ?? 0) + t / 1000);
    }
  }
  return { ms: (us + compileUs) / 1000, compileMs: compileUs / 1000, offThreadCompileMs: offThreadUs / 1000, samples: count, byFunction };
}

/**
 * The DevTools protocol's Runtime.evaluate calls (EvaluateScript events that name no script): as `owners` of
 * scriptCpu, for code a benchmark evaluates that way, in a trace where nothing else is evaluated so.
 */
export function isProtocolEvaluation(e: TraceEvent): boolean {
  return e.name === 'EvaluateScript' && urlOf(e) === '';
}
