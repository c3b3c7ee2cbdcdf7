/**
 * Which part of a long list to render: a contiguous window that pages of items are added to on
 * request, and that always holds the item the reader is on. Pure, so it is tested in Node.
 *
 * A window keeps the DOM small whatever the list's length (10,000 events), and every item in it is
 * a real element: Tab, a screen reader's list navigation and find-in-page work on what is shown,
 * and buttons at either end show more.
 */

/** Items `start` (included) to `end` (excluded) of a list. */
export interface ListWindow {
  start: number;
  end: number;
}

/** The window on a list of `total` items that holds the page (`pageSize` items) of item `index`. */
export function pageOf(index: number, total: number, pageSize: number): ListWindow {
  const start = Math.max(0, Math.min(Math.floor(index / pageSize) * pageSize, total - 1));
  return { start, end: Math.min(total, start + pageSize) };
}

/**
 * The window to render on a list of `total` items, given the one rendered before (`previous`,
 * on the same list) and the item to show (`focus`, -1 for none): the previous window if it holds
 * the focus, grown to it if it lies within a page of either edge (stepping through items), else
 * the page holding it. Without a previous window, the first page (or the focus's page).
 */
export function windowFor(
  total: number,
  pageSize: number,
  focus: number,
  previous?: ListWindow,
): ListWindow {
  if (total <= 0) return { start: 0, end: 0 };
  const hasFocus = focus >= 0 && focus < total;
  if (!previous) return pageOf(hasFocus ? focus : 0, total, pageSize);
  const start = Math.min(Math.max(previous.start, 0), total - 1);
  const end = Math.min(Math.max(previous.end, start + 1), total);
  if (!hasFocus || (focus >= start && focus < end)) return { start, end };
  if (focus < start && start - focus <= pageSize) return { start: focus, end };
  if (focus >= end && focus - end < pageSize) return { start, end: focus + 1 };
  return pageOf(focus, total, pageSize);
}

/** The window with up to `pageSize` more items before it (`-1`) or after it (`1`). */
export function growWindow(
  window: ListWindow,
  total: number,
  pageSize: number,
  direction: -1 | 1,
): ListWindow {
  return direction === -1
    ? { start: Math.max(0, window.start - pageSize), end: window.end }
    : { start: window.start, end: Math.min(total, window.end + pageSize) };
}

/** `true` when the window leaves out part of the list. */
export function isPartial(window: ListWindow, total: number): boolean {
  return window.start > 0 || window.end < total;
}
