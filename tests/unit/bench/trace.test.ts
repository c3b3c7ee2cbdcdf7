import { describe, expect, test } from 'vitest';
import {
  formatTraceSummary,
  longTasksOf,
  marksOf,
  pageMainThread,
  profileSamples,
  traceEventsOf,
  type TraceEvent,
} from '../../../scripts/bench/trace.ts';

const PAGE = 10;
const OTHER = 20;
const MAIN = 1;
const PROFILER = 7;

const meta = (pid: number, tid: number, name: string): TraceEvent => ({
  name: 'thread_name',
  ph: 'M',
  ts: 0,
  pid,
  tid,
  args: { name },
});
const x = (name: string, tsMs: number, durMs: number, pid = PAGE, args = {}): TraceEvent => ({
  name,
  ph: 'X',
  ts: tsMs * 1000,
  dur: durMs * 1000,
  pid,
  tid: MAIN,
  args,
});

/** A renderer for the page (navigated at 1,000 ms) and another busier one (the browser's UI). */
const events: TraceEvent[] = [
  meta(PAGE, MAIN, 'CrRendererMain'),
  meta(OTHER, MAIN, 'CrRendererMain'),
  {
    name: 'navigationStart',
    ph: 'R',
    ts: 500_000,
    pid: PAGE,
    tid: MAIN,
    args: { data: { documentLoaderURL: '' } },
  },
  {
    name: 'navigationStart',
    ph: 'R',
    ts: 1_000_000,
    pid: PAGE,
    tid: MAIN,
    cat: 'blink.user_timing',
    args: { data: { documentLoaderURL: 'http://127.0.0.1:4000/?story=a' } },
  },
  { name: 'map-idle', ph: 'R', ts: 1_900_000, pid: PAGE, tid: MAIN, cat: 'blink.user_timing' },
  { name: 'domComplete', ph: 'R', ts: 1_100_000, pid: PAGE, tid: MAIN, cat: 'blink.user_timing' },
  x('RunTask', 5000, 2000, OTHER),
  // A long task: a wrapper, then a script and a layout inside it.
  x('RunTask', 1100, 120),
  x('ThreadControllerImpl::RunTask', 1100, 120),
  x('FunctionCall', 1101, 80, PAGE, { data: { url: 'http://127.0.0.1:4000/assets/start-x.js' } }),
  x('v8.compile', 1102, 10),
  x('Layout', 1185, 30),
  // A short task: not reported.
  x('RunTask', 1300, 40),
  x('FunctionCall', 1301, 30),
  // Another long task.
  x('RunTask', 1400, 60),
  x('FireAnimationFrame', 1400, 58),
  {
    name: 'Profile',
    ph: 'P',
    ts: 1_100_000,
    pid: PAGE,
    tid: MAIN,
    id: '0x1',
    args: { data: { startTime: 1_100_000 } },
  },
  {
    name: 'ProfileChunk',
    ph: 'P',
    ts: 1_200_000,
    pid: PAGE,
    tid: PROFILER,
    id: '0x1',
    args: {
      data: {
        cpuProfile: {
          nodes: [
            { id: 1, callFrame: { functionName: '(root)' } },
            {
              id: 2,
              callFrame: {
                functionName: 'buildStyle',
                scriptId: 3,
                url: 'http://127.0.0.1:4000/assets/start-x.js',
                lineNumber: 4,
                columnNumber: 9,
              },
            },
            { id: 3, callFrame: { functionName: '(idle)' } },
            { id: 4, callFrame: { functionName: 'render', scriptId: 3, lineNumber: 0 } },
          ],
          // 1,100 ms: buildStyle ×3 (10 ms each), idle, then render at 1,410.
          samples: [2, 2, 2, 3, 4, 3],
        },
        timeDeltas: [1000, 10_000, 10_000, 10_000, 270_000, 20_000],
      },
    },
  },
];

describe('reading a Chromium trace', () => {
  test('takes the events from either shape of a trace file', () => {
    expect(traceEventsOf({ traceEvents: events })).toBe(events);
    expect(traceEventsOf(events)).toBe(events);
    expect(() => traceEventsOf({ nothing: [] })).toThrow(/not a Chromium trace/);
  });

  test("the page's main thread is the renderer that navigated to the page, not a busier one", () => {
    expect(pageMainThread(events)).toEqual({ pid: PAGE, tid: MAIN });
  });

  test('profile samples come from the profiler thread, timed from the profile start', () => {
    const samples = profileSamples(events, { pid: PAGE, tid: MAIN });
    expect(samples.map((s) => [s.ts / 1000, s.label])).toEqual([
      [1101, 'buildStyle start-x.js:5:10'],
      [1111, 'buildStyle start-x.js:5:10'],
      [1121, 'buildStyle start-x.js:5:10'],
      [1131, '(idle)'],
      [1401, 'render start-x.js:1:1'],
      [1421, '(idle)'],
    ]);
  });

  test('long tasks are timed from the navigation, with the work inside them', () => {
    const tasks = longTasksOf(events, { pid: PAGE, tid: MAIN });
    expect(tasks.map((t) => [t.startMs, t.durationMs])).toEqual([
      [100, 120],
      [400, 60],
    ]);
    // The wrapper is looked through; the compile inside the script is part of the script.
    expect(tasks[0]?.events).toEqual([
      { name: 'FunctionCall start-x.js', ms: 80 },
      { name: 'Layout', ms: 30 },
    ]);
    expect(tasks[0]?.functions).toEqual([{ name: 'buildStyle start-x.js:5:10', ms: 30 }]);
    expect(tasks[1]?.functions).toEqual([{ name: 'render start-x.js:1:1', ms: 20 }]);
  });

  test("marks are the page's own, not Navigation Timing's", () => {
    expect(marksOf(events, { pid: PAGE, tid: MAIN })).toEqual([{ name: 'map-idle', ms: 900 }]);
  });

  test('the summary lists each long task with its events and functions', () => {
    const thread = { pid: PAGE, tid: MAIN };
    const text = formatTraceSummary('app', longTasksOf(events, thread), marksOf(events, thread));
    expect(text.split('\n')).toEqual([
      'app: 2 tasks over 50 ms',
      '  marks: map-idle 900 ms',
      '  at 100 ms: 120 ms',
      '    events: FunctionCall start-x.js 80 ms; Layout 30 ms',
      '    JS: buildStyle start-x.js:5:10 30 ms',
      '  at 400 ms: 60 ms',
      '    events: FireAnimationFrame 58 ms',
      '    JS: render start-x.js:1:1 20 ms',
    ]);
  });
});
