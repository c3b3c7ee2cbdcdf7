/**
 * Reading a Chromium trace (saved by `npm run bench -- --trace`): the page's main thread, its
 * tasks over 50 ms, what ran inside each (the timeline's events: scripts, style, layout, paint,
 * garbage collection) and which JavaScript functions the sampling profiler caught in them. Pure:
 * it takes the trace's parsed JSON.
 */

/** One event of Chromium's Trace Event Format (the fields this module reads). */
export interface TraceEvent {
  name: string;
  ph: string;
  /** Microseconds. */
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  cat?: string;
  id?: string;
  args?: Record<string, unknown>;
}

export interface ThreadId {
  pid: number;
  tid: number;
}

/** A share of a task's time: a timeline event's name, or a function with where it is. */
export interface Share {
  name: string;
  ms: number;
}

/** A main-thread task over the threshold, in ms since the page's navigation started. */
export interface TracedTask {
  startMs: number;
  durationMs: number;
  /** Timeline events directly inside the task, by name, longest first. */
  events: Share[];
  /** JS self time by function, from the profiler's samples in the task, longest first. */
  functions: Share[];
}

/** Names of a whole task on a thread, across Chromium versions. */
const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/**
 * Events that only wrap others (the scheduler, message pipes, the V8 entry point): a task's
 * breakdown looks through them to the work inside.
 */
const WRAPPERS = new Set([
  ...TASK_NAMES,
  'SimpleWatcher::OnHandleReady',
  'Receive mojo message',
  'Receive mojo reply',
  'EpollEvent',
  'ThreadPool_RunTask',
  'BlinkScheduler_PerformMicrotaskCheckpoint',
  'v8.callFunction',
  'V8.HandleInterrupts',
  'V8.StackGuard',
  'V8.BytecodeBudgetInterrupt',
  'V8.BytecodeBudgetInterruptWithStackCheck',
]);

const US_PER_MS = 1000;

/** The trace's events, from either of its shapes (`{traceEvents: [...]}` or a bare array). */
export function traceEventsOf(trace: unknown): TraceEvent[] {
  const events = Array.isArray(trace)
    ? trace
    : (trace as { traceEvents?: unknown } | null)?.traceEvents;
  if (!Array.isArray(events)) throw new Error('not a Chromium trace: no traceEvents');
  return events as TraceEvent[];
}

const sameThread = (event: TraceEvent, thread: ThreadId) =>
  event.pid === thread.pid && event.tid === thread.tid;

/** Whether the event is the start of a navigation to an http(s) document (not about:blank). */
function isPageNavigation(event: TraceEvent): boolean {
  if (event.name !== 'navigationStart') return false;
  const data = (event.args as { data?: { documentLoaderURL?: string } } | undefined)?.data;
  return /^https?:/.test(data?.documentLoaderURL ?? '');
}

/**
 * The page's main thread: of the threads named `CrRendererMain` in a process that navigated to
 * an http(s) page, the one that ran the most task time (a trace can hold other renderers: the
 * browser's own pages, about:blank).
 */
export function pageMainThread(events: readonly TraceEvent[]): ThreadId | null {
  const pagePids = new Set(events.filter(isPageNavigation).map((e) => e.pid));
  const mains = events
    .filter((e) => e.ph === 'M' && e.name === 'thread_name' && pagePids.has(e.pid))
    .filter((e) => (e.args as { name?: string } | undefined)?.name === 'CrRendererMain')
    .map((e) => ({ pid: e.pid, tid: e.tid, busyUs: 0 }));
  for (const event of events) {
    if (event.ph !== 'X' || !TASK_NAMES.has(event.name)) continue;
    const main = mains.find((thread) => sameThread(event, thread));
    if (main) main.busyUs += event.dur ?? 0;
  }
  const [busiest] = mains.sort((a, b) => b.busyUs - a.busyUs);
  return busiest && busiest.busyUs > 0 ? { pid: busiest.pid, tid: busiest.tid } : null;
}

/**
 * When the page's navigation started (µs): the first `navigationStart` of an http(s) document
 * on the thread's process (not the blank page before it), else the thread's first event.
 */
function originUs(events: readonly TraceEvent[], thread: ThreadId): number {
  const start = events.find((e) => e.pid === thread.pid && isPageNavigation(e));
  if (start) return start.ts;
  return Math.min(...events.filter((e) => sameThread(e, thread) && e.ph !== 'M').map((e) => e.ts));
}

/** Sums shares by name, longest first, dropping those under 1 ms. */
function sumShares(entries: Iterable<[string, number]>): Share[] {
  const totals = new Map<string, number>();
  for (const [name, ms] of entries) totals.set(name, (totals.get(name) ?? 0) + ms);
  return [...totals]
    .map(([name, ms]) => ({ name, ms }))
    .filter((share) => share.ms >= 1)
    .sort((a, b) => b.ms - a.ms);
}

interface ProfileNode {
  id: number;
  callFrame: {
    functionName: string;
    url?: string;
    scriptId?: number;
    lineNumber?: number;
    columnNumber?: number;
  };
}

/** One JS sample: when (µs) and the function it caught, as `name file:line:column`. */
interface Sample {
  ts: number;
  label: string;
  /** Time until the next sample, µs. */
  selfUs: number;
}

function frameLabel({ callFrame }: ProfileNode, scriptUrls: Map<number, string>): string {
  const name = callFrame.functionName || '(anonymous)';
  const url = callFrame.url || scriptUrls.get(callFrame.scriptId ?? 0);
  if (!url && !callFrame.scriptId) return name;
  const file = url ? (url.split('/').pop()?.split('?')[0] ?? url) : `script ${callFrame.scriptId}`;
  return `${name} ${file}:${(callFrame.lineNumber ?? 0) + 1}:${(callFrame.columnNumber ?? 0) + 1}`;
}

/** The sampling profiler's samples on `thread` (Profile + ProfileChunk events), in time order. */
export function profileSamples(events: readonly TraceEvent[], thread: ThreadId): Sample[] {
  const samples: Sample[] = [];
  // The profile starts on the thread; its chunks come from the profiler's own thread.
  const profiles = events.filter((e) => e.name === 'Profile' && sameThread(e, thread));
  for (const profile of profiles) {
    const chunks = events.filter(
      (e) => e.name === 'ProfileChunk' && e.id === profile.id && e.pid === thread.pid,
    );
    if (chunks.length === 0) continue;
    const nodes = new Map<number, ProfileNode>();
    // A script's URL comes with the first node of it that a chunk carries.
    const scriptUrls = new Map<number, string>();
    const profiled: { ts: number; node: ProfileNode | null }[] = [];
    let ts = (profile.args as { data?: { startTime?: number } }).data?.startTime ?? profile.ts;
    for (const chunk of chunks) {
      const data = (chunk.args as { data?: Record<string, unknown> }).data ?? {};
      const cpuProfile = (data['cpuProfile'] ?? {}) as {
        nodes?: ProfileNode[];
        samples?: number[];
      };
      for (const node of cpuProfile.nodes ?? []) {
        nodes.set(node.id, node);
        const { scriptId, url } = node.callFrame;
        if (scriptId && url) scriptUrls.set(scriptId, url);
      }
      const deltas = (data['timeDeltas'] ?? []) as number[];
      (cpuProfile.samples ?? []).forEach((nodeId, i) => {
        ts += deltas[i] ?? 0;
        const node = nodes.get(nodeId);
        profiled.push({ ts, node: node ?? null });
      });
    }
    for (const { ts, node } of profiled) {
      samples.push({ ts, label: node ? frameLabel(node, scriptUrls) : '(unknown)', selfUs: 0 });
    }
  }
  samples.sort((a, b) => a.ts - b.ts);
  samples.forEach((sample, i) => (sample.selfUs = (samples[i + 1]?.ts ?? sample.ts) - sample.ts));
  return samples;
}

/** Samples that stand for no JS: the thread idle, in native code or collecting garbage. */
const NOT_JS = new Set(['(idle)', '(program)', '(root)']);

/** The main thread's tasks of at least `minMs` (default 50), with what ran inside each. */
export function longTasksOf(
  events: readonly TraceEvent[],
  thread: ThreadId,
  minMs = 50,
): TracedTask[] {
  const origin = originUs(events, thread);
  const onThread = events.filter((e) => sameThread(e, thread) && e.ph === 'X');
  const tasks = onThread
    .filter((e) => TASK_NAMES.has(e.name) && (e.dur ?? 0) >= minMs * US_PER_MS)
    .sort((a, b) => a.ts - b.ts)
    // A task nested in another (a nested run loop) is part of the outer one.
    .filter((task, i, all) => !all.slice(0, i).some((outer) => contains(outer, task)));
  const samples = profileSamples(events, thread);
  return tasks.map((task) => {
    const inside = onThread.filter((e) => !WRAPPERS.has(e.name) && contains(task, e));
    const direct = inside.filter((e) => !inside.some((outer) => outer !== e && contains(outer, e)));
    const end = task.ts + (task.dur ?? 0);
    return {
      startMs: (task.ts - origin) / US_PER_MS,
      durationMs: (task.dur ?? 0) / US_PER_MS,
      events: sumShares(direct.map((e) => [eventLabel(e), (e.dur ?? 0) / US_PER_MS])),
      functions: sumShares(
        samples
          .filter((s) => s.ts >= task.ts && s.ts < end && !NOT_JS.has(s.label))
          .map((s) => [s.label, s.selfUs / US_PER_MS]),
      ),
    };
  });
}

function contains(outer: TraceEvent, inner: TraceEvent): boolean {
  return inner.ts >= outer.ts && inner.ts + (inner.dur ?? 0) <= outer.ts + (outer.dur ?? 0);
}

/** A timeline event's name, with the script it ran for scripts (`FunctionCall maplibre-gl….js`). */
function eventLabel(event: TraceEvent): string {
  const data = (event.args as { data?: { url?: string; functionName?: string } } | undefined)?.data;
  const file = data?.url?.split('/').pop()?.split('?')[0];
  return file ? `${event.name} ${file}` : event.name;
}

/** Navigation Timing's own entries, which Chromium records as user timing too. */
const NAVIGATION_TIMING =
  /^(navigationStart|fetchStart|responseEnd|unloadEvent|commitNavigationEnd|dom|loadEvent|\()/;

/** The user timing marks on the page's main thread, ms since navigation start. */
export function marksOf(events: readonly TraceEvent[], thread: ThreadId): Share[] {
  const origin = originUs(events, thread);
  return events
    .filter((e) => e.pid === thread.pid && e.cat?.includes('blink.user_timing') && e.ph !== 'M')
    .filter((e) => !NAVIGATION_TIMING.test(e.name))
    .map((e) => ({ name: e.name, ms: (e.ts - origin) / US_PER_MS }));
}

/** A readable summary: each long task with its three biggest events and five biggest functions. */
export function formatTraceSummary(title: string, tasks: readonly TracedTask[], marks: Share[]) {
  const ms = (value: number) => `${Math.round(value).toLocaleString('en-US')} ms`;
  const lines = [`${title}: ${tasks.length} task${tasks.length === 1 ? '' : 's'} over 50 ms`];
  if (marks.length > 0) {
    lines.push(`  marks: ${marks.map((mark) => `${mark.name} ${ms(mark.ms)}`).join(', ')}`);
  }
  for (const task of tasks) {
    lines.push(`  at ${ms(task.startMs)}: ${ms(task.durationMs)}`);
    const shares = (list: Share[], count: number) =>
      list
        .slice(0, count)
        .map((share) => `${share.name} ${ms(share.ms)}`)
        .join('; ');
    if (task.events.length > 0) lines.push(`    events: ${shares(task.events, 3)}`);
    if (task.functions.length > 0) lines.push(`    JS: ${shares(task.functions, 5)}`);
  }
  return lines.join('\n');
}
