/**
 * Waiting for the prerendered static preview to be on screen before the app is requested, so the
 * preview gets the network first and paints before MapLibre is asked for.
 */

/**
 * Resolves once `image` is on screen: when its Element Timing entry arrives (`elementtiming` on the
 * image; the time the frame was presented, which can be well after it was drawn), else after the
 * frame that drew it. At once when there is no image or it is not rendered (another story's,
 * hidden); on a load error; and after `timeoutMs` at the latest: a browser draws no frames for a
 * hidden or off-screen cross-origin iframe, and an embed must still start to report its height.
 */
export function previewPainted(image: HTMLImageElement | null, timeoutMs = 1500): Promise<void> {
  if (!image || image.getClientRects().length === 0) return Promise.resolve();
  return new Promise((resolve) => {
    let observer: PerformanceObserver | null = null;
    const done = () => {
      clearTimeout(timer);
      observer?.disconnect();
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    image.addEventListener('error', done, { once: true });
    const identifier = image.getAttribute('elementtiming');
    if (identifier && PerformanceObserver.supportedEntryTypes.includes('element')) {
      observer = new PerformanceObserver((list) => {
        if (
          list
            .getEntries()
            .some((entry) => entry.name === 'image-paint' && hasIdentifier(entry, identifier))
        )
          done();
      });
      observer.observe({ type: 'element', buffered: true });
      return;
    }
    // No Element Timing (Firefox, Safari): the task after the frame that drew the loaded picture.
    const afterNextFrame = () => requestAnimationFrame(() => setTimeout(done, 0));
    if (image.complete) afterNextFrame();
    else image.addEventListener('load', afterNextFrame, { once: true });
  });
}

function hasIdentifier(entry: PerformanceEntry, identifier: string): boolean {
  return 'identifier' in entry && entry.identifier === identifier;
}
