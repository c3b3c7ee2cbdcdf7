/**
 * Running work after the browser has painted the next frame: what a click shows at once (a popup)
 * paints first, and map work that follows from it (a feature state that makes MapLibre redraw
 * every tile) comes in the task after, instead of holding that frame back (docs/performance.md).
 */

/** Runs `work` once the next frame has been painted; returns what cancels it if not yet run. */
export function afterNextPaint(work: () => void): () => void {
  let cancelled = false;
  const frame = requestAnimationFrame(() => {
    // A message posted from the frame's callback runs once that frame's work is done.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      if (!cancelled) work();
    };
    channel.port2.postMessage(null);
  });
  return () => {
    cancelled = true;
    cancelAnimationFrame(frame);
  };
}
