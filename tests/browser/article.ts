/**
 * Test articles on another origin that embed the map the way an editor would: with the snippets
 * the app gives them. The page and the app are both served from loopback, as Chromium's
 * local-network checks require of an iframe on 127.0.0.1.
 */
import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import { ARTICLE_PATH } from './article-page.ts';
import { appUrl, POLL } from './harness.ts';

export { filler } from './article-page.ts';

/** The sandbox the issue asks the embed to work in (the snippets add escape-to-new-tab). */
export const STRICT_SANDBOX = 'allow-scripts allow-same-origin allow-popups';

/**
 * Opens a test article around `body` (embed markup and filler). The test server writes the page
 * and serves it on `localhost`, another origin than the app's `127.0.0.1`, as on a news site;
 * `options.csp` is the article's own Content-Security-Policy.
 */
export async function openArticle(
  page: Page,
  body: string,
  options: { csp?: string } = {},
): Promise<void> {
  const url = new URL(ARTICLE_PATH, appUrl());
  url.hostname = 'localhost';
  url.searchParams.set('body', body);
  if (options.csp) url.searchParams.set('csp', options.csp);
  await page.goto(url.href);
}

/** The URL of the app in embed mode for the test story. */
export function embedSrc(hash = ''): string {
  return appUrl(`index.html?story=ncg-2024&embed=1${hash}`);
}

/** The embed frames of the page, in document order. */
export async function embedFrames(page: Page, count: number): Promise<Frame[]> {
  await expect
    .poll(() => page.frames().filter((frame) => isEmbed(frame)).length, {
      ...POLL,
      message: `${count} embed frame(s) on the article`,
    })
    .toBe(count);
  const handles = await page.locator('iframe').elementHandles();
  const frames = await Promise.all(handles.map((handle) => handle.contentFrame()));
  return frames.filter((frame): frame is Frame => frame !== null && isEmbed(frame));
}

function isEmbed(frame: Frame): boolean {
  return frame.url().includes('embed=1');
}

/** The iframe's height on the article page and its content's height inside, in pixels. */
export async function heights(
  page: Page,
  frame: Frame,
  index = 0,
): Promise<{ iframe: number; content: number }> {
  const iframe = await page
    .locator('iframe')
    .nth(index)
    .evaluate((element) => element.getBoundingClientRect().height);
  const content = await frame.evaluate(() => document.documentElement.scrollHeight);
  return { iframe, content };
}

/** The article's vertical scroll position. */
export function articleScrollY(page: Page): Promise<number> {
  return page.evaluate(() => window.scrollY);
}
