/**
 * Stories other than ncg-2024, in the built app: a second folder works with no code change, and a
 * broken one gets a readable list of its problems instead of a blank map while the others still work.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLL } from './article.ts';
import {
  appUrl,
  launchChromium,
  moveCamera,
  openPage,
  screenshot,
  serveExtraStory,
  waitForMapIdle,
} from './chromium.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('a second story folder', () => {
  it('is drawn and opened with no code change, lines across the antimeridian included', async () => {
    const { page, errors } = await openPage(browser);
    await serveExtraStory(page, 'second', 'Minimal story', 'tests/fixtures/stories/valid-minimal');
    await page.goto(appUrl('?story=second'));
    await waitForMapIdle(page);
    expect(await page.locator('h1').innerText()).toBe('Minimal story');
    expect(await page.locator('.places button').count()).toBe(5);

    // The route is drawn as two lines meeting at 180°; click it just west of the antimeridian.
    await moveCamera(page, 5, 39.01, 170);
    const box = await page.locator('.story-map').boundingBox();
    if (!box) throw new Error('the map is not on the page');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const dialog = page.getByRole('dialog');
    await expect
      .poll(
        () =>
          dialog
            .locator('h2')
            .innerText({ timeout: 1000 })
            .catch(() => ''),
        POLL,
      )
      .toBe('Route across the Pacific');
    await screenshot(page, 'desktop-second-story-line');

    // And just east of it, on the other half of the same place.
    await page.keyboard.press('Escape');
    await moveCamera(page, 5, 32.01, -170);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect
      .poll(
        () =>
          dialog
            .locator('h2')
            .innerText({ timeout: 1000 })
            .catch(() => ''),
        POLL,
      )
      .toBe('Route across the Pacific');
    expect(errors).toEqual([]);
  });
});

describe('a story with errors', () => {
  it('shows each problem with its file, pointer and fix, and links to the stories that work', async () => {
    const { page, errors } = await openPage(browser);
    await serveExtraStory(page, 'broken', 'Broken', 'tests/fixtures/stories/event-unknown-place');

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
