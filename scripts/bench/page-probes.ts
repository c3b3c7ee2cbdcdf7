/**
 * Code the bench runs inside the page, as JavaScript source text: Playwright sends functions to
 * the page as their source, and tsx's compiled functions call a helper (`__name`) the page does
 * not have, so these stay plain strings.
 *
 * The page exposes its milestones as User Timing marks (see docs/performance.md, "Hooks"):
 * `map-idle`, `popup-open`, `story-loaded`, and, once the features exist, `preview-painted`
 * (or Element Timing `elementtiming="preview"`) and `filter-applied`.
 */

/**
 * Installed before any page script runs (Playwright `addInitScript`): records Element Timing
 * paints of the preview and whether the HTML carried a preview, and defines `__bench` helpers.
 */
export const INIT_PROBES = String.raw`
(() => {
  if (window.__bench) return;
  const bench = (window.__bench = { previewInHtml: false, previewPaints: [], lcpMs: null, longTasks: [] });
  const observe = (type, onEntry) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(onEntry)).observe({ type, buffered: true });
    } catch {
      // An entry type this Chromium does not know: the figure stays empty.
    }
  };
  observe('element', (entry) => {
    if (entry.identifier === 'preview') bench.previewPaints.push(entry.renderTime || entry.loadTime);
  });
  // Main-thread tasks over 50 ms, from the first script on (this observer is the first).
  observe('longtask', (entry) => {
    bench.longTasks.push({ startMs: entry.startTime, durationMs: entry.duration });
  });
  observe('largest-contentful-paint', (entry) => {
    bench.lcpMs = entry.startTime;
  });
  // A preview in the HTML is seen once parsing ends, before deferred and module scripts run
  // (they may replace it); one added later by a script is seen as it is added.
  const seePreview = (node) => {
    if (node instanceof Element && (node.matches('[data-preview]') || node.querySelector('[data-preview]'))) {
      bench.previewInHtml = true;
    }
  };
  document.addEventListener('readystatechange', () => {
    if (document.readyState === 'interactive') seePreview(document.documentElement);
  });
  const watcher = new MutationObserver((records) => {
    for (const record of records) record.addedNodes.forEach(seePreview);
    if (bench.previewInHtml) watcher.disconnect();
  });
  watcher.observe(document, { childList: true, subtree: true });
  // Resolves when a mark named "name" made at or after "since" has been drawn: the first
  // animation frame after the mark, plus a message posted from it, which runs once that frame's
  // style, layout and paint work on the main thread is done.
  bench.afterMark = (name, since, timeoutMs) =>
    new Promise((resolve) => {
      const poll = () =>
        requestAnimationFrame(() => {
          const frameMs = performance.now();
          const mark = performance.getEntriesByName(name, 'mark').find((m) => m.startTime >= since);
          if (!mark) {
            if (performance.now() - since > timeoutMs) resolve(null);
            else poll();
            return;
          }
          const channel = new MessageChannel();
          channel.port1.onmessage = () =>
            resolve({ startMs: since, markMs: mark.startTime, frameMs, drawnMs: performance.now() });
          channel.port2.postMessage(null);
        });
      poll();
    });
  // Times the next click on the page until the popup it opens is drawn.
  bench.armClick = (timeoutMs) => {
    bench.clicked = new Promise((resolve) => {
      addEventListener(
        'click',
        (event) => {
          bench.clickMs = event.timeStamp;
          bench.afterMark('popup-open', event.timeStamp, timeoutMs).then(resolve);
        },
        { capture: true, once: true },
      );
    });
  };
  // Sets the date range in the hash (the URL contract) and times it until the filter is drawn.
  bench.applyRange = (from, to, timeoutMs) => {
    const params = new URLSearchParams(location.hash.slice(1));
    params.set('from', from);
    params.set('to', to);
    const start = performance.now();
    location.hash = params.toString().replace(/%2F/gi, '/');
    return bench.afterMark('filter-applied', start, timeoutMs);
  };
})();
`;

/** Evaluates to the page's milestones, in ms since navigation start (null when absent). */
export const READ_MILESTONES = String.raw`
(() => {
  const bench = window.__bench ?? { previewInHtml: false, previewPaints: [], lcpMs: null };
  const mark = (name) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? null;
  const paint = (name) => performance.getEntriesByName(name, 'paint')[0]?.startTime ?? null;
  const elementPaint = bench.previewPaints.length > 0 ? Math.min(...bench.previewPaints) : null;
  const previewPaintMs = mark('preview-painted') ?? elementPaint;
  return {
    timeOrigin: performance.timeOrigin,
    previewPresent:
      bench.previewInHtml || previewPaintMs !== null || document.querySelector('[data-preview]') !== null,
    previewPaintMs,
    firstContentfulPaintMs: paint('first-contentful-paint'),
    largestContentfulPaintMs: bench.lcpMs,
    storyLoadedMs: mark('story-loaded'),
    mapIdleMs: mark('map-idle'),
    mapState: document.querySelector('.story-map')?.getAttribute('data-state') ?? null,
    dateFilterPresent: document.querySelector('[data-date-filter]') !== null,
    mapBox: (() => {
      const box = document.querySelector('.story-map')?.getBoundingClientRect();
      return box ? { width: Math.round(box.width), height: Math.round(box.height) } : null;
    })(),
  };
})()
`;

/** The shape `READ_MILESTONES` evaluates to. */
export interface PageMilestones {
  timeOrigin: number;
  previewPresent: boolean;
  previewPaintMs: number | null;
  firstContentfulPaintMs: number | null;
  largestContentfulPaintMs: number | null;
  storyLoadedMs: number | null;
  mapIdleMs: number | null;
  mapState: string | null;
  dateFilterPresent: boolean;
  /** The map's box in CSS pixels, null when the page has no `.story-map`. */
  mapBox: { width: number; height: number } | null;
}

/** Evaluates to the main-thread tasks over 50 ms seen so far (Long Tasks API), in page time. */
export const READ_LONG_TASKS = String.raw`(window.__bench?.longTasks ?? []).slice()`;

/** One task over 50 ms on the page's main thread, in ms since navigation start. */
export interface LongTask {
  startMs: number;
  durationMs: number;
}

/** What `__bench.afterMark` resolves to: when it started, the mark, and when it was drawn. */
export interface MarkTiming {
  startMs: number;
  markMs: number;
  /** When the animation frame that draws it began (its first requestAnimationFrame callback). */
  frameMs: number;
  drawnMs: number;
}
