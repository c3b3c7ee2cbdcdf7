/**
 * Tells the host page how tall the embed's content is, in the messages hosts already understand:
 * pym.js (`pymxPYMx<id>xPYMxheightxPYMx<px>`) and AMP's `embed-size`, both sent by Sidechain's
 * guest (@nprapps/sidechain, MIT). A message goes only when the height has changed.
 */
import SidechainGuest from '@nprapps/sidechain/src/guest.js';

/** How often the height is checked besides the observer, in milliseconds. */
const POLLING_MS = 500;

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
  // Browsers stop rendering an off-screen cross-origin iframe, and with it ResizeObserver, so an
  // embed further down the article would keep its first height until scrolled to: a slow poll
  // (timers still run there) keeps it right. The observer answers at once when it is on screen.
  const guest = new SidechainGuest({ polling: POLLING_MS });
  // The guest reads `data.sentinel` of every message and throws on `null` or `undefined`, which
  // any page may post: it hears only the others (host-page commands share the channel).
  window.removeEventListener('message', guest.onMessage);
  const onMessage = (event: MessageEvent) => {
    if (event.data !== null && event.data !== undefined) guest.onMessage(event);
  };
  window.addEventListener('message', onMessage);
  const observer = new ResizeObserver(() => guest.sendHeight());
  observer.observe(document.documentElement);
  return () => {
    observer.disconnect();
    window.removeEventListener('message', onMessage);
    guest.unregister();
  };
}
