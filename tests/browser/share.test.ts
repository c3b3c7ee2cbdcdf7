/**
 * The editor's way from the map to an article: "Share / embed" shows a link and the embed code
 * for the current view, copies it, and the copied code works when pasted into a page.
 */
import { describe, expect } from 'vitest';
import { uiStrings } from '../../src/i18n/all-strings.ts';
import { embedFrames, openArticle } from './article.ts';
import { appUrl, LOOK, PHONE, POLL, screenshot, test, waitForMapIdle } from './harness.ts';
import { ncg } from './story-data.ts';

describe('Share / embed', () => {
  test('gives a link and embed code for the current view, copies them, and the code works in an article', async ({
    newPage,
  }) => {
    const { page, context, errors } = await newPage();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
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
    expect(iframe).toContain(`title="Map: ${ncg.titles.en.split(':')[0]}`);
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
    const article = await newPage();
    await openArticle(article.page, iframe);
    const [frame] = await embedFrames(article.page, 1);
    if (!frame) throw new Error('no embed frame');
    await waitForMapIdle(frame);
    await expect
      .poll(() => frame.getByRole('dialog').locator('h2').innerText(LOOK), POLL)
      .toBe(ncg.placeName('seoul-mnd'));
    expect(article.errors).toEqual([]);
  });

  for (const language of ['ko', 'ja'] as const) {
    test(`speaks ${language} in the embed: its links, panels and the share panel`, async ({
      openStory,
    }) => {
      const strings = uiStrings(language);
      const { page, errors } = await openStory(`?story=ncg-2024&embed=1&lang=${language}`, {
        viewport: PHONE,
      });
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
