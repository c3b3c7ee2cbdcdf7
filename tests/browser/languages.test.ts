/**
 * English, Korean and Japanese in real Chromium: the UI text, place names, dates, MapLibre's own
 * buttons and the document language change with `lang`; fonts load only for the language shown.
 * Screenshots of each language in each theme on a phone are for looking at (the desktop ones are
 * taken by the axe-core tests in accessibility.test.ts).
 */
import { describe, expect } from 'vitest';
import {
  LOOK,
  PHONE,
  POLL,
  screenshot,
  test,
  waitForMapIdle,
  type WatchedPage,
} from './harness.ts';
import { longDate, ncg, type Language } from './story-data.ts';

/** The UI's own words in each language, as a reader should see them. */
const EXPECTED: Record<Language, { places: string; zoomIn: string; mapWord: string }> = {
  en: { places: 'Places', zoomIn: 'Zoom in', mapWord: 'Map:' },
  ko: { places: '장소', zoomIn: '확대', mapWord: '지도:' },
  ja: { places: '場所', zoomIn: '拡大', mapWord: '地図：' },
};

const fontFiles = ({ requests }: WatchedPage, family: 'kr' | 'jp') =>
  requests.filter((url) => new RegExp(`noto-sans-${family}-[^/]*\\.woff2`).test(url));

/** The story files the page asked for (`story.checked.ko.json`, `story.json`, …), in order. */
const storyFiles = ({ requests }: WatchedPage) =>
  requests.flatMap((url) => /\/stories\/ncg-2024\/(story[^/?]*\.json)/.exec(url)?.[1] ?? []);

describe('each language changes the UI and the place names', () => {
  for (const language of ['en', 'ko', 'ja'] as const) {
    test(`shows the story in ${language}`, async ({ openStory }) => {
      const watched = await openStory(`?story=ncg-2024&lang=${language}`);
      const { page, errors } = watched;
      // Only this language's checked copy: no other language's text, no validating story.json.
      expect(storyFiles(watched)).toEqual([`story.checked.${language}.json`]);
      const expected = EXPECTED[language];
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
      const title = ncg.titles[language];
      expect(await page.locator('h1').innerText()).toBe(title);
      expect(await page.title()).toBe(title);
      expect(await page.locator('.places h2').innerText()).toBe(expected.places);
      expect(await page.locator('.places .name').allInnerTexts()).toEqual(
        ncg.places.map((place) => place.names[language]),
      );
      expect(await page.locator('.credit time').innerText()).toBe(longDate(ncg.updated, language));
      expect(await page.locator('.maplibregl-ctrl-zoom-in').getAttribute('aria-label')).toBe(
        expected.zoomIn,
      );
      expect(await page.locator('canvas.maplibregl-canvas').getAttribute('aria-label')).toContain(
        expected.mapWord,
      );
      const current = page.locator('.language-switcher [aria-current="true"]');
      expect(await current.getAttribute('lang')).toBe(language);
      expect(errors).toEqual([]);
    });
  }

  test('marks story text with the language it is written in', async ({ openStory }) => {
    const place = 'washington-pentagon';
    const { page, errors } = await openStory(`?story=ncg-2024&lang=ko#place=${place}`);
    const dialog = page.getByRole('dialog');
    await expect
      .poll(() => dialog.locator('h2').innerText(LOOK), POLL)
      .toBe(ncg.placeName(place, 'ko'));
    // Titles and summaries are translated; source titles are not, and say so for screen readers.
    expect(await dialog.locator('.event h3').first().getAttribute('lang')).toBe('ko');
    expect(await dialog.locator('.event h3 + p').first().getAttribute('lang')).toBe('ko');
    expect(await dialog.locator('.sources a').first().getAttribute('lang')).toBe('en');
    expect(await dialog.locator('.date').first().innerText()).toBe(
      longDate(ncg.eventsOf(place)[0]?.date ?? '', 'ko'),
    );
    expect(errors).toEqual([]);
  });

  test('follows the browser’s language when the URL names none', async ({ openStory }) => {
    const { page, errors } = await openStory('?story=ncg-2024', { locale: 'ja-JP' });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');
    expect(await page.locator('.places h2').innerText()).toBe(EXPECTED.ja.places);
    expect(errors).toEqual([]);
  });

  test('switches language from the page, keeping the story, the place and the camera', async ({
    openStory,
  }) => {
    const watched = await openStory('?story=ncg-2024&lang=ko#place=seoul-mnd');
    const { page, errors } = watched;
    await expect.poll(() => page.getByRole('dialog').count(), POLL).toBe(1);
    const camera = await page.evaluate(() =>
      new URLSearchParams(location.hash.slice(1)).get('map'),
    );
    await page.getByRole('link', { name: '日本語' }).click();
    await page.waitForURL(/lang=ja/);
    await waitForMapIdle(page);
    const url = new URL(page.url());
    expect(url.searchParams.get('story')).toBe('ncg-2024');
    const hash = new URLSearchParams(url.hash.slice(1));
    expect(hash.get('place')).toBe('seoul-mnd');
    expect(hash.get('map')).toBe(camera);
    await expect
      .poll(() => page.getByRole('dialog').locator('h2').innerText(LOOK), POLL)
      .toBe(ncg.placeName('seoul-mnd', 'ja'));
    // The new page fetched the Japanese copy of the story.
    expect(storyFiles(watched)).toEqual(['story.checked.ko.json', 'story.checked.ja.json']);
    expect(errors).toEqual([]);
  });
});

describe('fonts', () => {
  test('an English page requests no Korean or Japanese font file', async ({ openStory }) => {
    const watched = await openStory('?story=ncg-2024&lang=en#place=freedom-edge-area');
    expect(fontFiles(watched, 'kr')).toEqual([]);
    expect(fontFiles(watched, 'jp')).toEqual([]);
    // The language switcher still draws "한국어" and "日本語" with its own tiny font.
    expect(
      await watched.page.evaluate(() =>
        [...document.fonts].some(
          (face) => face.family.includes('Language Names') && face.status === 'loaded',
        ),
      ),
    ).toBe(true);
    expect(watched.errors).toEqual([]);
  });

  test('a Korean page loads only the Noto Sans KR slices its text needs, and no Japanese font', async ({
    openStory,
  }) => {
    const watched = await openStory('?story=ncg-2024&lang=ko');
    const korean = new Set(fontFiles(watched, 'kr'));
    expect(korean.size).toBeGreaterThan(0);
    // 125 slices per weight are bundled; a page uses a few dozen at most.
    expect(korean.size).toBeLessThan(60);
    expect(fontFiles(watched, 'jp')).toEqual([]);
    expect(
      await watched.page.evaluate(() =>
        [...document.fonts].some(
          (face) => face.family.includes('Noto Sans KR') && face.status === 'loaded',
        ),
      ),
    ).toBe(true);
    expect(watched.errors).toEqual([]);
  });

  test('a Japanese page loads Noto Sans JP and no Korean font', async ({ openStory }) => {
    const watched = await openStory('?story=ncg-2024&lang=ja');
    expect(fontFiles(watched, 'jp').length).toBeGreaterThan(0);
    expect(fontFiles(watched, 'kr')).toEqual([]);
    expect(watched.errors).toEqual([]);
  });
});

describe('screenshots of each language and theme', () => {
  // The desktop ones, with a popup open, are taken by the axe-core tests on the same page
  // (accessibility.test.ts): desktop-<language>-<theme>.png.
  for (const language of ['en', 'ko', 'ja'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      test(`${language}, ${theme}: phone first view`, async ({ openStory }) => {
        const phone = await openStory(`?story=ncg-2024&lang=${language}&theme=${theme}`, {
          viewport: PHONE,
        });
        expect(await phone.page.evaluate(() => document.documentElement.lang)).toBe(language);
        expect(await phone.page.evaluate(() => document.documentElement.dataset['theme'])).toBe(
          theme,
        );
        await screenshot(phone.page, `phone-${language}-${theme}`);
        expect(phone.errors).toEqual([]);
      });
    }
  }
});
