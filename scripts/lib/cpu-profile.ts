/**
 * CPU time of one piece of code in a Chromium trace, by the same method for every system the page benchmark
 * compares: the V8 CPU profiler's samples (trace category "disabled-by-default-v8.cpu_profiler") in which a frame of
 * that code's script is on the stack, each counted for the time until the next sample. Work the code causes after it
 * returns (style, layout, paint of what it changed) and garbage collection count for nobody, alike for all.
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
  /** CPU time with the script on the stack, ms. */
  ms: number;
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
      return { pid: profile.pid, tid: profile.tid, nodes, samples, deltas };
    });
}

/** CPU time of the code whose script URLs `matches` accepts, over every profiled thread of the trace. */
export function scriptCpu(events: TraceEvent[], matches: (url: string) => boolean): ScriptCpu {
  let us = 0;
  let count = 0;
  const byFunction = new Map<string, number>();
  for (const { nodes, samples, deltas } of threadProfiles(events)) {
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
    for (let i = 0; i < samples.length; i++) {
      if (!onStack(samples[i])) continue;
      count++;
      const t = Math.min(Math.max(deltas[i + 1] ?? 0, 0), cap);
      us += t;
      const key = label(samples[i]);
      byFunction.set(key, (byFunction.get(key) ?? 0) + t / 1000);
    }
  }
  return { ms: us / 1000, samples: count, byFunction };
}
