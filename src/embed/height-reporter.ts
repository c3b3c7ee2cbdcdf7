/**
 * Tells the host page how tall the embed's content is, in the messages hosts already understand:
 * pym.js (`pymxPYMx<id>xPYMxheightxPYMx<px>`) and AMP's `embed-size`, both sent by Sidechain's
 * guest (@nprapps/sidechain, MIT). Sent when the content's height changes, not on a timer.
 */
import SidechainGuest from '@nprapps/sidechain/src/guest.js';

/** Whether the page runs inside a frame (an article's iframe). */
export function isFramed(win: Window = window): boolean {
  try {
    return win.self !== win.top;
  } catch {
    return true; // A cross-origin parent denies access to `top`: framed.
  }
}

/**
 * Starts reporting the document's height to the parent window; returns the function that stops.
 * pym.js's child id comes from the `childId` query parameter, as pym.Parent sets it.
 */
export function startHeightReports(): () => void {
  const guest = new SidechainGuest({ disablePolling: true });
  // The height changes when a panel opens, the width changes or fonts arrive: observe, not poll.
  const observer = new ResizeObserver(() => guest.sendHeight());
  observer.observe(document.documentElement);
  return () => {
    observer.disconnect();
    guest.unregister();
  };
}
