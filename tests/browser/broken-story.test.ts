/**
 * A broken story in the built app: the reader gets a readable list of its problems instead of a
 * blank map, and the other stories still work.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, launchChromium, openPage, screenshot, waitForMapIdle } from './chromium.ts';

const FIXTURE = 'tests/fixtures/stories/event-unknown-place';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('a story with errors', () => {
  it('shows each problem with its file, pointer and fix, and links to the stories that work', async () => {
    const { page, errors } = await openPage(browser);
    // Serve an extra story folder beside the real ones, as if an editor had dropped it into
    // geo/stories/ with a mistake in it.
    await page.route('**/stories/index.json', async (route) => {
      const response = await route.fetch();
      const stories = (await response.json()) as { id: string; title: string }[];
      await route.fulfill({ response, json: [...stories, { id: 'broken', title: 'Broken' }] });
    });
    await page.route('**/stories/broken/*', (route) => {
      const name = new URL(route.request().url()).pathname.split('/').pop() ?? '';
      try {
        return route.fulfill({ body: readFileSync(join(FIXTURE, name), 'utf8') });
      } catch {
        return route.fulfill({ status: 404, body: 'not found' });
      }
    });

    await page.goto(appUrl('?story=broken'));
    const panel = page.getByRole('alert');
    await expect.poll(() => panel.locator('h1').innerText()).toBe('This story cannot be shown');
    const problem = await panel.locator('.problems li').first().innerText();
    expect(problem).toContain('broken/story.json');
    expect(problem).toContain('/events/1/places/0');
    expect(problem).toContain('did you mean "seoul"');
    await screenshot(page, 'desktop-broken-story');

    await panel.getByRole('link', { name: /Nuclear/ }).click();
    await waitForMapIdle(page);
    expect(await page.locator('h1').innerText()).toMatch(/Nuclear/);
    expect(errors.filter((error) => !error.includes('404'))).toEqual([]);
  });

  it('names a story that does not exist and lists the ones that do', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(appUrl('?story=no-such-story'));
    const panel = page.getByRole('alert');
    await expect
      .poll(() => panel.innerText())
      .toContain('There is no story called “no-such-story”');
    expect(await panel.innerText()).toContain('ncg-2024');
    expect(errors).toEqual([]);
  });
});
