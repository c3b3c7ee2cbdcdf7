/**
 * Scrolling a list to an item without scrolling the page: `scrollIntoView` would also scroll every
 * ancestor, the article that embeds the map included.
 */

/** The nearest ancestor of `element` that scrolls its own content vertically, if any. */
function scrollingAncestor(element: HTMLElement): HTMLElement | null {
  for (let node = element.parentElement; node; node = node.parentElement) {
    if (node === document.body || node === document.documentElement) return null;
    const overflow = getComputedStyle(node).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && node.scrollHeight > node.clientHeight) {
      return node;
    }
  }
  return null;
}

/**
 * Brings `element` into view inside the panel that scrolls it, with `marginPx` to spare, and
 * leaves the document's own scroll alone (on a phone the page scrolls, and that is the reader's).
 */
export function scrollWithin(element: HTMLElement, marginPx = 8): void {
  // A hidden element (in a tab panel not shown) has no box to bring into view.
  if (element.getClientRects().length === 0) return;
  const panel = scrollingAncestor(element);
  if (!panel) return;
  const box = element.getBoundingClientRect();
  // `scroll-padding-top` on the panel is where a sticky header (the tabs) hides rows.
  const stickyTopPx = parseFloat(getComputedStyle(panel).scrollPaddingTop) || 0;
  const panelBox = panel.getBoundingClientRect();
  const view = { top: panelBox.top + stickyTopPx, bottom: panelBox.bottom };
  if (box.top < view.top + marginPx) panel.scrollTop -= view.top + marginPx - box.top;
  else if (box.bottom > view.bottom - marginPx) {
    // A tall item shows its top rather than its bottom.
    panel.scrollTop += Math.min(box.bottom - view.bottom + marginPx, box.top - view.top - marginPx);
  }
}
