/**
 * The editor's way from the map to an article: "Share / embed" shows a link and the embed code
 * for the current view, copies it, and the copied code works when pasted into a page.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uiStrings } from '../../src/i18n/all-strings.ts';
import { embedFrames, openArticle, POLL, waitForEmbedMap } from './article.ts';
import {
  appUrl,
  DESKTOP,
  launchChromium,
  openPage,
  PHONE,
  screenshot,
  waitForMapIdle,
} from './chromium.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('Share / embed', () => {
  it('gives a link and embed code for the current view, copies them, and the code works in an article', async () => {
    const { page, errors } = await openPage(browser, DESKTOP);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(appUrl()).origin,
    });
    await page.goto(appUrl('?story=ncg-2024&lang=en#place=seoul-mnd'));
    await waitForMapIdle(page);
    await page.getByRole('button', { name: 'Share / embed' }).click();

    const link = new URL(await page.getByLabel('Link to this view').inputValue());
    expect(link.searchParams.get('story')).toBe('ncg-2024');
    expect(link.searchParams.get('embed')).toBeNull();
    expect(new URLSearchParams(link.hash.slice(1)).get('place')).toBe('seoul-mnd');

    const code = page.getByRole('textbox', { name: 'Embed code' });
    const iframe = await code.inputValue();
    expect(iframe).toMatch(/^<iframe src="[^"]+embed=1[^"]*#[^"]*place=seoul-mnd/);
    expect(iframe).toContain('title="Map: Nuclear talks');
    expect(iframe).toContain('loading="lazy"');
    expect(iframe).toContain('width="100%"');

    await page.getByRole('radio', { name: 'pym.js' }).check();
    const pym = await code.inputValue();
    expect(pym).toContain(`<script src="${appUrl('embed/pym.v1.min.js')}"></script>`);
    expect(pym).toContain('new pym.Parent("story-map-ncg-2024"');
    await page.getByRole('radio', { name: 'Sidechain' }).check();
    expect(await code.inputValue()).toContain(`<script src="${appUrl('embed/sidechain.js')}">`);

    await page.getByRole('radio', { name: 'iframe' }).check();
    await page.locator('fieldset').getByRole('button', { name: 'Copy' }).click();
    // The page has other live regions (announcements, the timeline): find the share panel's.
    await expect
      .poll(
        () =>
          page
            .getByRole('status')
            .filter({ hasText: /^Copied$/ })
            .count(),
        POLL,
      )
      .toBe(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(iframe);
    await screenshot(page, 'desktop-share-panel');
    expect(errors).toEqual([]);

    // Paste it into an article: the embed opens on the same place.
    const article = await openPage(browser, DESKTOP);
    await openArticle(article.page, iframe);
    const [frame] = await embedFrames(article.page, 1);
    if (!frame) throw new Error('no embed frame');
    await waitForEmbedMap(frame);
    await expect
      .poll(() => frame.getByRole('dialog').locator('h2').innerText(), POLL)
      .toContain('Ministry of National Defense');
    expect(article.errors).toEqual([]);
  });

  for (const language of ['ko', 'ja'] as const) {
    it(`speaks ${language} in the embed: its links, panels and the share panel`, async () => {
      const strings = uiStrings(language);
      const { page, errors } = await openPage(browser, PHONE);
      await page.goto(appUrl(`?story=ncg-2024&embed=1&lang=${language}`));
      await waitForMapIdle(page);
      expect(await page.locator('.places-panel summary').innerText()).toBe(strings.placesAndEvents);
      expect(await page.locator('a.full-map').innerText()).toContain(strings.openFullMap);
      await page.getByRole('button', { name: strings.share }).click();
      expect(await page.getByText(strings.embedIframeHint).count()).toBe(1);
      const code = await page.getByRole('textbox', { name: strings.embedCode }).inputValue();
      expect(code).toContain(`lang=${language}`);
      await screenshot(page, `phone-embed-share-${language}`);
      expect(errors).toEqual([]);
    });
  }
});
