/**
 * English, Korean and Japanese in real Chromium: the UI text, place names, dates, MapLibre's own
 * buttons and the document language change with `lang`; fonts load only for the language shown.
 * Screenshots of each language in each theme, desktop and phone, are for looking at.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appUrl,
  DESKTOP,
  launchChromium,
  openPage,
  PHONE,
  screenshot,
  waitForMapIdle,
  type WatchedPage,
} from './chromium.ts';
import { places } from './story-data.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

type Language = 'en' | 'ko' | 'ja';

const story = JSON.parse(readFileSync('geo/stories/ncg-2024/story.json', 'utf8')) as Record<
  string,
  unknown
>;
/** Place names as the story files give them per language, in list order. */
const namesIn = (language: Language): string[] =>
  places.map((place) => {
    const raw = JSON.parse(
      readFileSync(
        `geo/stories/ncg-2024/${place.id.startsWith('washington') || place.id === 'camp-david' ? 'washington' : place.id.startsWith('seoul') ? 'seoul' : place.id.startsWith('singapore') ? 'singapore' : 'freedom-edge'}.geojson`,
        'utf8',
      ),
    ) as { features: { id: string; properties: Record<string, string> }[] };
    const properties = raw.features.find((feature) => feature.id === place.id)?.properties ?? {};
    return (language === 'en' ? properties['name'] : properties[`name_${language}`]) ?? '';
  });

const EXPECTED: Record<
  Language,
  { places: string; zoomIn: string; updated: string; mapWord: string }
> = {
  en: { places: 'Places', zoomIn: 'Zoom in', updated: 'January 10, 2025', mapWord: 'Map:' },
  ko: { places: '장소', zoomIn: '확대', updated: '2025년 1월 10일', mapWord: '지도:' },
  ja: { places: '場所', zoomIn: '拡大', updated: '2025年1月10日', mapWord: '地図：' },
};

async function open(
  query: string,
  options: Parameters<typeof openPage>[2] = {},
  viewport = DESKTOP,
) {
  const watched = await openPage(browser, viewport, options);
  await watched.page.goto(appUrl(query));
  await waitForMapIdle(watched.page);
  return watched;
}

const fontFiles = ({ requests }: WatchedPage, family: 'kr' | 'jp') =>
  requests.filter((url) => new RegExp(`noto-sans-${family}-[^/]*\\.woff2`).test(url));

describe('each language changes the UI and the place names', () => {
  for (const language of ['en', 'ko', 'ja'] as const) {
    it(`shows the story in ${language}`, async () => {
      const { page, errors } = await open(`?story=ncg-2024&lang=${language}`);
      const expected = EXPECTED[language];
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
      const title = (language === 'en' ? story['title'] : story[`title_${language}`]) as string;
      expect(await page.locator('h1').innerText()).toBe(title);
      expect(await page.title()).toBe(title);
      expect(await page.locator('.places h2').innerText()).toBe(expected.places);
      expect(await page.locator('.places .name').allInnerTexts()).toEqual(namesIn(language));
      expect(await page.locator('.credit time').innerText()).toBe(expected.updated);
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

  it('marks story text with the language it is written in', async () => {
    const { page, errors } = await open('?story=ncg-2024&lang=ko#place=washington-pentagon');
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.locator('h2').innerText()).toBe('펜타곤(미국 국방부)');
    // Titles and summaries are translated; source titles are not, and say so for screen readers.
    expect(await dialog.locator('.event h3').first().getAttribute('lang')).toBe('ko');
    expect(await dialog.locator('.event h3 + p').first().getAttribute('lang')).toBe('ko');
    expect(await dialog.locator('.sources a').first().getAttribute('lang')).toBe('en');
    expect(await dialog.locator('.date').first().innerText()).toBe('2024년 2월 12일');
    expect(errors).toEqual([]);
  });

  it('follows the browser’s language when the URL names none', async () => {
    const { page, errors } = await open('?story=ncg-2024', { locale: 'ja-JP' });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');
    expect(await page.locator('.places h2').innerText()).toBe('場所');
    expect(errors).toEqual([]);
  });

  it('switches language from the page, keeping the story, the place and the camera', async () => {
    const { page, errors } = await open('?story=ncg-2024&lang=ko#place=seoul-mnd');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(1);
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
      .poll(() => page.getByRole('dialog').locator('h2').innerText())
      .toBe('韓国国防部（龍山）');
    expect(errors).toEqual([]);
  });
});

describe('fonts', () => {
  it('an English page requests no Korean or Japanese font file', async () => {
    const watched = await open('?story=ncg-2024&lang=en#place=freedom-edge-area');
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

  it('a Korean page loads only the Noto Sans KR slices its text needs, and no Japanese font', async () => {
    const watched = await open('?story=ncg-2024&lang=ko');
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

  it('a Japanese page loads Noto Sans JP and no Korean font', async () => {
    const watched = await open('?story=ncg-2024&lang=ja');
    expect(fontFiles(watched, 'jp').length).toBeGreaterThan(0);
    expect(fontFiles(watched, 'kr')).toEqual([]);
    expect(watched.errors).toEqual([]);
  });
});

describe('screenshots of each language and theme', () => {
  for (const language of ['en', 'ko', 'ja'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      it(`${language}, ${theme}: desktop with a popup, phone first view`, async () => {
        const desktop = await open(
          `?story=ncg-2024&lang=${language}&theme=${theme}#place=freedom-edge-area`,
        );
        await expect.poll(() => desktop.page.getByRole('dialog').count()).toBe(1);
        await screenshot(desktop.page, `desktop-${language}-${theme}`);
        const phone = await open(`?story=ncg-2024&lang=${language}&theme=${theme}`, {}, PHONE);
        await screenshot(phone.page, `phone-${language}-${theme}`);
        expect([...desktop.errors, ...phone.errors]).toEqual([]);
      });
    }
  }
});
