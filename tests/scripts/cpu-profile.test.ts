import { describe, expect, it } from 'vitest';
import { compileIntervals, isProtocolEvaluation, scriptCpu } from '../../scripts/lib/cpu-profile';
import type { TraceEvent } from '../../scripts/lib/trace-tasks';

const OURS = 'chrome-extension://abc/loader.js';
const ours = (url: string) => url.startsWith('chrome-extension://');

/** A main thread (pid 1, tid 1) sampled every 100 µs from 1,000 µs: node 1 is no script, 2 is ours, 3 the page's. */
function profile(samples: number[]): TraceEvent[] {
  return [
    { name: 'Profile', ph: 'P', pid: 1, tid: 1, ts: 0, id: '0x1', args: { data: { startTime: 0 } } },
    {
      name: 'ProfileChunk',
      ph: 'P',
      pid: 1,
      tid: 1,
      ts: 1,
      id: '0x1',
      args: {
        data: {
          cpuProfile: {
            nodes: [
              { id: 1, callFrame: { functionName: '(program)' } },
              { id: 2, parent: 1, callFrame: { functionName: 'main', url: OURS, lineNumber: 0 } },
              { id: 3, parent: 1, callFrame: { functionName: 'site', url: 'http://127.0.0.1/page.js', lineNumber: 0 } },
            ],
            samples,
          },
          timeDeltas: samples.map((_, i) => (i === 0 ? 1000 : 100)),
        },
      },
    },
  ];
}

const complete = (name: string, ts: number, dur: number, tdur: number, args?: Record<string, unknown>, tid = 1): TraceEvent => ({ name, ph: 'X', pid: 1, tid, ts, dur, tdur, args });

describe('scriptCpu', () => {
  it('counts only samples with the script on the stack when there is no compile event', () => {
    // Samples at 1000..1600: ours at 1100, 1200 and 1400, each counted for the 100 µs until the next.
    const cpu = scriptCpu(profile([1, 2, 2, 3, 2, 1, 1]), ours);
    expect(cpu.ms).toBeCloseTo(0.3);
    expect(cpu.compileMs).toBe(0);
  });

  it("adds the script's own compile event, named by its URL, and does not count the samples inside it again", () => {
    const events = [
      ...profile([1, 2, 2, 3, 2, 1, 1]),
      complete('EvaluateScript', 1040, 500, 400, { data: { url: OURS } }),
      complete('v8.compile', 1050, 200, 150, { data: { url: OURS } }),
      // Nested in the compile above: inside its time already.
      complete('V8.CompileScript', 1060, 100, 90),
    ];
    const cpu = scriptCpu(events, ours);
    expect(cpu.compileMs).toBeCloseTo(0.15);
    // The samples at 1100 and 1200 fall inside the compile; the one at 1400 stays.
    expect(cpu.ms).toBeCloseTo(0.25);
    expect(cpu.byFunction.get('(compile)')).toBeCloseTo(0.15);
  });

  it("counts V8's unnamed compile events only inside the script's own evaluation or calls", () => {
    const events = [
      ...profile([1, 1, 1, 1, 1, 1, 1]),
      complete('FunctionCall', 1000, 300, 300, { data: { url: OURS } }),
      complete('V8.CompileCode', 1010, 50, 40),
      complete('FunctionCall', 1400, 100, 100, { data: { url: 'http://127.0.0.1/page.js' } }),
      complete('V8.CompileCode', 1410, 50, 30),
      complete('V8.CompileCode', 1600, 50, 20),
    ];
    expect(compileIntervals(events, ours).map((c) => c.from)).toEqual([1010]);
    expect(scriptCpu(events, ours).ms).toBeCloseTo(0.04);
  });

  it('takes compilations inside Runtime.evaluate calls as the code\'s own only when told to', () => {
    const floor = (url: string) => url === 'pp-bench/floor.js';
    const events = [...profile([1, 1, 1, 1, 1, 1, 1]), complete('EvaluateScript', 1000, 500, 450), complete('V8.CompileCode', 1005, 280, 250)];
    expect(scriptCpu(events, floor).ms).toBe(0);
    expect(scriptCpu(events, floor, isProtocolEvaluation).ms).toBeCloseTo(0.25);
    // A page's own script names its URL: not a protocol evaluation.
    expect(isProtocolEvaluation(complete('EvaluateScript', 0, 1, 1, { data: { url: 'http://127.0.0.1/a.js' } }))).toBe(false);
  });

  it('reports a streamed parse on a background thread apart, not in the main-thread time', () => {
    const events = [...profile([1, 1]), complete('v8.parseOnBackground', 1000, 9000, 5000, { data: { url: 'chrome-extension://uuid/page.js' } }, 7)];
    const cpu = scriptCpu(events, ours);
    expect(cpu.ms).toBe(0);
    expect(cpu.offThreadCompileMs).toBeCloseTo(5);
  });
});
