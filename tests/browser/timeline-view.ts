/** What the reader sees of the timeline and the event list, read back by the browser tests. */
import type { Page } from 'playwright-core';

/** The ids of the events the list shows, in order. */
export function listedEventIds(page: Page): Promise<string[]> {
  return page
    .locator('.event-list li')
    .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset['eventId'] ?? ''));
}

/** The ids of the events the list highlights (those of the chosen place). */
export function highlightedEventIds(page: Page): Promise<string[]> {
  return page
    .locator('.event-list li[data-highlighted="true"]')
    .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset['eventId'] ?? ''));
}

/** The timeline's "n of m events". */
export function shownCount(page: Page): Promise<string> {
  return page.locator('.timeline .count').innerText();
}

/** Clicks the label of a period (`2024-06`, `2024`) on the timeline's axis. */
export async function clickPeriod(page: Page, period: string): Promise<void> {
  const label = await page.locator(`.axis .label[data-period="${period}"]`).boundingBox();
  if (!label) throw new Error(`${period} has no label on the axis`);
  await page.mouse.click(label.x + label.width / 2, label.y + label.height / 2);
}
